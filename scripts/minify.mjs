// Post-build step of a release build (scripts/post-build, before scripts/hash.mjs names the files
// by their content): the JavaScript a reader loads, minified with esbuild (npm, pinned in
// package.json): the wasm-bindgen glue of both modules and boot.js. Whitespace, comments and local
// names only: property names (the wasm's import names among them), exports and strings stay as they
// are, and no syntax is rewritten. Measured: the first-load glue 8.6 → 6.0 KB gzip. Trunk's own
// JavaScript minifier cannot parse the glue (`export default`); it minifies the HTML and CSS
// (`minify = "on_release"` in Trunk.toml).
//
// Usage: node scripts/minify.mjs [dir]   (default: $TRUNK_STAGING_DIR, else dist)
import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR || 'dist';
for (const name of ['skyddsguide.js', 'skyddsguide-trainer.js', 'boot.js']) {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) continue;
  const before = fs.readFileSync(file, 'utf8');
  const { code } = transformSync(before, { minify: true, format: 'esm', legalComments: 'none' });
  fs.writeFileSync(file, code);
  console.log(`[minify] ${name}: ${before.length} → ${code.length} bytes`);
}
// The trainer module's stylesheet is copied by scripts/trainer-module, not built by Trunk (which
// minifies style.css): esbuild minifies it the same way (whitespace, comments, shorter values).
{
  const file = path.join(dir, 'skyddsguide-trainer.css');
  if (fs.existsSync(file)) {
    const before = fs.readFileSync(file, 'utf8');
    const { code } = transformSync(before, { minify: true, loader: 'css', legalComments: 'none' });
    fs.writeFileSync(file, code);
    console.log(`[minify] skyddsguide-trainer.css: ${before.length} → ${code.length} bytes`);
  }
}
