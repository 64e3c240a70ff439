// Post-build step of a release build (scripts/post-build, before scripts/minify.mjs): the names by
// which each module's wasm and its JavaScript glue call each other, shortened in both.
//
// wasm-bindgen names every import after its Rust binding plus a 16-digit hash
// (`__wbg_setAttribute_2704501201f15687`), under the module name "./skyddsguide_bg.js", and the
// exports after their Rust functions (`wasm_bindgen__convert__closures_____invoke__h82ab…`). The
// names are written twice, in the wasm's import and export sections and in the glue, and the
// hashes barely compress. Binaryen's `--minify-imports-and-exports-and-modules` renames them in
// the wasm ("a", "b", … in module "a") and prints the mapping; this script applies the same mapping
// to the glue: the import object's keys and module name, and every `wasm.<export>` it calls.
// The same call drops the `producers` and `target_features` custom sections, which no browser
// reads. Nothing else changes: no code, no string a reader sees. What it saves is measured in
// ARCHITECTURE.md (Budgets, "Short names between each wasm and its glue").
//
// The step checks its own work and fails the build where the glue does not have the shape it
// expects (a new wasm-bindgen): every import renamed in the wasm is found as a key of the glue's
// import object, every export the glue calls is renamed, and no old name is left.
//
// Usage: node scripts/short-names.mjs [dir]   (default: $TRUNK_STAGING_DIR, else dist)
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const local = path.join(root, 'node_modules', '.bin', 'wasm-opt');
const wasmOpt = fs.existsSync(local) ? local : 'wasm-opt';

const MODULES = [
  ['skyddsguide.js', 'skyddsguide_bg.wasm'],
  ['skyddsguide-trainer.js', 'skyddsguide-trainer_bg.wasm'],
];

const escape = (s) => s.replace(/[$]/g, '\\$&');
// A whole identifier: not preceded or followed by another identifier character.
const word = (name) => new RegExp(`(?<![\\w$])${escape(name)}(?![\\w$])`, 'g');

function fail(message) {
  throw new Error(`[short-names] ${message}`);
}

/** Rewrite `glue` (the text of the JavaScript glue) with the mapping binaryen printed. */
export function rewrite(glue, map, label = 'glue') {
  const modules = new Set(map.imports.map(([module]) => module));
  if (modules.size > 1) fail(`${label}: imports from ${[...modules].join(', ')}: expected one module`);
  for (const module of modules) {
    const key = `${JSON.stringify(module)}: import0`;
    if (!glue.includes(key)) fail(`${label}: no ${key} in the import object`);
    glue = glue.replace(key, '"a": import0');
  }
  for (const [, base, short] of map.imports) {
    const re = word(base);
    const found = glue.match(re)?.length ?? 0;
    if (found !== 1) fail(`${label}: import ${base} found ${found} times, expected once (as a key)`);
    glue = glue.replace(new RegExp(`(?<![\\w$])${escape(base)}(?=: function\\b)`), short);
    if (word(base).test(glue)) fail(`${label}: import ${base} is not a key of the import object`);
  }
  for (const [long, short] of map.exports) {
    glue = glue.replace(new RegExp(`\\bwasm\\.${escape(long)}(?![\\w$])`, 'g'), `wasm.${short}`);
  }
  const left = [...glue.matchAll(/\bwasm\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]);
  const shorts = new Set(map.exports.map(([, short]) => short));
  const unknown = [...new Set(left.filter((name) => !shorts.has(name)))];
  if (unknown.length) fail(`${label}: calls wasm exports the wasm does not have: ${unknown.join(', ')}`);
  return glue;
}

/** Shorten the names of every module found in `dir`. */
function run(dir) {
  for (const [js, wasm] of MODULES) {
    const jsFile = path.join(dir, js);
    const wasmFile = path.join(dir, wasm);
    if (!fs.existsSync(jsFile) || !fs.existsSync(wasmFile)) continue;
    const before = fs.statSync(wasmFile).size;
    const out = execFileSync(wasmOpt, [
      wasmFile,
      '--minify-imports-and-exports-and-modules',
      // The two custom sections no browser reads (which compiler built it, which features it
      // uses; binaryen reads the latter before it drops it): 0.2 KB gzip of the first load.
      '--strip-producers',
      '--strip-target-features',
      '-o',
      wasmFile,
    ], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    const start = out.indexOf('{');
    if (start < 0) fail(`${wasm}: wasm-opt printed no mapping`);
    const map = JSON.parse(out.slice(start));
    const glue = fs.readFileSync(jsFile, 'utf8');
    const next = rewrite(glue, map, js);
    fs.writeFileSync(jsFile, next);
    console.log(
      `[short-names] ${wasm}: ${map.imports.length} imports, ${map.exports.length} exports; ` +
        `wasm ${before} → ${fs.statSync(wasmFile).size} bytes, ${js} ${glue.length} → ${next.length}`,
    );
  }
}

// Run as a script (scripts/post-build); imported by a test, it only lends `rewrite`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run(process.argv[2] || process.env.TRUNK_STAGING_DIR || 'dist');
}
