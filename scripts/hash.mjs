// Post-build step (a Trunk post_build hook, so every `trunk build` and `trunk serve` runs it):
// give every file of the build a content hash in its name, except the two embed names a host
// page links to (boot.js, style.css), the HTML pages and the type declarations; then rewrite the
// references in boot.js and the HTML pages. A browser holding an old boot.js therefore loads the
// old wasm and glue as a pair, and a new boot.js the new pair: never a mix. boot.js also loses its
// whole-line comments (it is on every reader's first load).
//
// Usage: node scripts/hash.mjs [dir]   (default: $TRUNK_STAGING_DIR, else dist)
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { pathToFileURL } from 'node:url';

// The embed names, the HTML pages and the example host page's own files keep their names.
export const STABLE = /^(boot\.js|boot\.d\.ts|style\.css|.*\.html|[a-z]+-example\.(css|js|json))$/;
const HASHED = /-[0-9a-f]{16}\.[a-z0-9]+$/;

// Run only as a script (the tests import STABLE from here without renaming anything).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) hashNames(process.argv[2] || process.env.TRUNK_STAGING_DIR || 'dist');

function hashNames(dir) {
  const files = fs.readdirSync(dir, { recursive: true }).filter((f) => fs.statSync(path.join(dir, f)).isFile());
  const renames = new Map();
  for (const f of files) {
    const base = path.basename(f);
    if (STABLE.test(base) || HASHED.test(base)) continue;
    const hash = crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex').slice(0, 16);
    const ext = path.extname(base);
    const named = `${base.slice(0, base.length - ext.length)}-${hash}${ext}`;
    fs.renameSync(path.join(dir, f), path.join(dir, path.dirname(f), named));
    renames.set(f.split(path.sep).join('/'), path.posix.join(path.dirname(f).split(path.sep).join('/'), named));
  }
  // References are relative names in quotes or attribute values: "skyddsguide.js", './favicon.svg',
  // or unquoted in the minified pages (href=skyddsguide_bg.wasm).
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const f of files.filter((x) => /(^|\/)(boot\.js|[^/]*\.html|[a-z]+-example\.js)$/.test(x.split(path.sep).join('/')))) {
    const p = path.join(dir, f);
    let text = fs.readFileSync(p, 'utf8');
    for (const [from, to] of renames) {
      text = text.replace(new RegExp(`(["'/=])${escape(from)}(?=["'?#\\s>])`, 'g'), `$1${to}`);
    }
    // boot.js is on every reader's first load: its comments (for whoever reads the source; the
    // README and boot.d.ts document it for publishers) stay in the repository. Whole-line
    // comments only, so no string or regular expression is touched.
    if (path.basename(f) === 'boot.js') {
      text = text.replace(/^[ \t]*\/\*\*[\s\S]*?\*\/[ \t]*\n/gm, '').replace(/^[ \t]*\/\/.*\n/gm, '').replace(/\n{3,}/g, '\n\n');
    }
    fs.writeFileSync(p, text);
  }
  for (const [from, to] of renames) console.log(`[hash] ${from} → ${to}`);
}
