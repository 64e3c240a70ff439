// The foundation: the release dist/ runs under the strict CSP, from any sub-path and embedded in a
// host page; the explainer renders with sources, passes axe-core, reflows at 320 px and works by
// keyboard; nothing is requested after load but the widget's own files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from './lib.mjs';
import { DIST, serve, launch, open, assertClean, axe, noHorizontalScroll, widgetReady } from './lib.mjs';

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serve('/');
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('dist/index.html has no inline script, no inline style and no event-handler attributes', () => {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  assert.ok(scripts.length >= 1, 'a script tag loads the widget');
  for (const [, attrs, body] of scripts) {
    assert.match(attrs, /\bsrc=/, 'every script has a src');
    assert.equal(body.trim(), '', 'no script body');
  }
  assert.doesNotMatch(html, /\sstyle=/i, 'no style attribute');
  assert.doesNotMatch(html, /\son[a-z]+=/i, 'no event-handler attribute');
  for (const f of ['boot.js', 'style.css', 'embed-example.html', 'host-example.html', 'boot.d.ts']) {
    assert.ok(fs.existsSync(path.join(DIST, f)), `dist/${f} exists`);
  }
  for (const re of [/^skyddsguide-[0-9a-f]{16}\.js$/, /^skyddsguide_bg-[0-9a-f]{16}\.wasm$/, /^favicon-[0-9a-f]{16}\.svg$/]) {
    assert.equal(fs.readdirSync(DIST).filter((f) => re.test(f)).length, 1, `dist/ has one file named like ${re}`);
  }
  // Relative asset paths only (relocatable); the release build leaves some attribute values unquoted.
  assert.doesNotMatch(html, /(src|href)=["']?\/(?!\/)/, 'no root-absolute asset path');
  // Every file the page and boot.js name is in dist/ under that name (scripts/hash.mjs rewrote them all).
  const named = [...html.matchAll(/\b(?:src|href)=["']?([^"'\s>]+)/g)].map((m) => m[1]);
  const boot = fs.readFileSync(path.join(DIST, 'boot.js'), 'utf8');
  named.push(...[...boot.matchAll(/["']((?:\.\/)?[\w.-]+\.(?:js|wasm|txt))["']/g)].map((m) => m[1]));
  assert.ok(named.filter((f) => /\.wasm$/.test(f)).length >= 3, `the page preloads the wasm and boot.js names both modules: ${named}`);
  for (const f of named) assert.ok(fs.existsSync(path.join(DIST, f)), `dist/${f}, named by index.html or boot.js, exists`);
});

test('every shipped page states at least the README\'s minimum CSP in its own meta element', () => {
  // The README's "Headers to send": base-uri is not covered by default-src, and objects are never needed.
  const minimum = ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "connect-src 'self'", "base-uri 'self'", "object-src 'none'"];
  for (const page of ['index.html', 'embed-example.html', 'host-example.html']) {
    const html = fs.readFileSync(path.join(DIST, page), 'utf8');
    // The release build minifies index.html: attributes in any order, some unquoted.
    const meta = [...html.matchAll(/<meta\b[^>]*>/gi)].map((m) => m[0]).find((m) => /Content-Security-Policy/i.test(m)) ?? '';
    const csp = meta.match(/content="([^"]*)"/i)?.[1] ?? '';
    const directives = csp.split(';').map((d) => d.trim());
    for (const d of minimum) assert.ok(directives.includes(d), `${page}: ${d} in ${csp}`);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/, `${page}: nothing unsafe but wasm compilation`);
  }
});

test('the explainer renders with a source on every cell, with zero axe violations', async () => {
  const t = await open(browser);
  await t.page.goto(`${server.url}#/explain`);
  await widgetReady(t.page);
  const headers = await t.page.locator('.sg-compare thead th').allInnerTexts();
  assert.equal(headers.length, 3);
  assert.match(headers[0], /Låsa inloggning/);
  assert.match(headers[1], /Försegla journalen/);
  assert.match(headers[2], /Spärra journal/);
  const cells = await t.page.locator('.sg-compare tbody td').allInnerTexts();
  assert.ok(cells.length >= 18, `${cells.length} cells`);
  for (const c of cells) assert.match(c, /\(Källa: (S[0-4]|N[1-3])/, `a cell without source: ${c}`);
  const access = await t.page.locator('.sg-access dt').allInnerTexts();
  assert.deepEqual(access.slice(0, 3), ['Barn under 13 år', 'Barn 13–15 år', 'Från 16 år']);
  assert.ok(access.includes('Ombud'));
  await axe(t.page, 'the explainer (desktop)');
  await assertClean(t);
  await t.context.close();
});

test('at 320 px the explainer and the first question reflow without horizontal scrolling', async () => {
  const t = await open(browser, { width: 320, height: 640 });
  await t.page.goto(`${server.url}#/explain`);
  await widgetReady(t.page);
  await noHorizontalScroll(t.page, 'explainer at 320 px');
  await axe(t.page, 'the explainer (320 px)');
  await t.page.goto(`${server.url}#/guide`);
  await t.page.waitForSelector('[data-testid="question"][data-question="start"]');
  await noHorizontalScroll(t.page, 'start question at 320 px');
  await axe(t.page, 'the start question (320 px)');
  await assertClean(t);
  await t.context.close();
});

test('the explainer and the guide are reachable and usable by keyboard alone', async () => {
  const t = await open(browser);
  const { page } = t;
  await page.goto(`${server.url}#/guide`);
  await page.waitForSelector('[data-testid="question"]');
  // Tab to the explainer link and follow it with Enter.
  let found = false;
  for (let i = 0; i < 10 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.textContent?.includes('skillnaden'));
  }
  assert.ok(found, 'the explainer link is reachable by Tab');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.sg-explainer');
  // Every interactive element in the explainer takes focus in turn, and focus is visible.
  const focusables = await page.locator('.sg a, .sg button, .sg select, .sg input').count();
  const seen = new Set();
  for (let i = 0; i < focusables + 3; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const a = document.activeElement;
      const s = getComputedStyle(a);
      return { text: `${a.tagName}:${a.textContent?.trim() || a.getAttribute('aria-label') || a.id}`, outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 };
    });
    if (info.text.startsWith('BODY')) continue;
    seen.add(info.text);
    assert.ok(info.outline, `focus is not visible on ${info.text}`);
  }
  assert.ok(seen.size >= 5, `few focusable elements reached: ${[...seen].join(', ')}`);
  await assertClean(t);
  await t.context.close();
});

test('served under /some/sub/path/ the widget loads its own files and runs', async () => {
  const sub = await serve('/some/sub/path/');
  const t = await open(browser);
  const statuses = [];
  t.page.on('response', (r) => statuses.push(`${r.status()} ${r.url()}`));
  await t.page.goto(`${sub.url}#/guide`);
  await t.page.waitForSelector('[data-testid="question"][data-question="start"]');
  for (const s of statuses) assert.match(s, /^200 .*\/some\/sub\/path\//, s);
  await assertClean(t);
  await t.context.close();
  await sub.close();
});

test('an intranet host page embeds the widget with its script, stylesheet and element', async () => {
  const t = await open(browser);
  await t.page.goto(`${server.url}embed-example.html`);
  await t.page.waitForSelector('[data-skyddsguide] [data-testid="question"]');
  assert.equal(await t.page.locator('footer').innerText(), 'Värdsidans sidfot.');
  // The widget's styles stay inside the widget: the host's paragraph keeps the browser default margin.
  const hostMargin = await t.page.evaluate(() => getComputedStyle(document.querySelector('main > p')).marginTop);
  assert.equal(hostMargin, '16px');
  // The host's own anchor is not the widget's: no link error, and the widget keeps its state.
  await t.page.locator('label[for="sg0-start-no-login"]').click();
  await t.page.getByRole('button', { name: 'Fortsätt' }).click();
  await t.page.waitForSelector('[data-testid="question"][data-question="by-lock"]');
  await t.page.getByRole('link', { name: 'Hoppa till innehållet' }).click();
  assert.match(t.page.url(), /#main-content$/);
  await t.page.waitForTimeout(100);
  assert.equal(await t.page.locator('.sg-link-errors').count(), 0);
  assert.equal(await t.page.locator('[data-testid="question"]').getAttribute('data-question'), 'by-lock');
  await assertClean(t);
  await t.context.close();
});

test('no network request after load but the widget\'s own files, whatever is clicked', async () => {
  const t = await open(browser);
  await t.page.goto(`${server.url}#/guide`);
  await t.page.waitForSelector('[data-testid="question"]');
  const atLoad = t.requests.length;
  await t.page.locator('label[for="sg0-start-no-record-online"]').click();
  await t.page.getByRole('button', { name: 'Fortsätt' }).click();
  await t.page.locator('label[for="sg0-by-seal-citizen"]').click();
  await t.page.getByRole('button', { name: 'Fortsätt' }).click();
  await t.page.locator('label[for="sg0-scope-citizen-whole"]').click();
  await t.page.getByRole('button', { name: 'Fortsätt' }).click();
  await t.page.waitForSelector('[data-testid="outcome"]');
  await t.page.getByLabel('Personnummer (valfritt)').fill('19121212-1212');
  await t.page.getByRole('link', { name: /skillnaden/ }).click();
  await t.page.waitForSelector('.sg-explainer');
  // Only files already loaded may be fetched again (the browser re-checks the icon on history
  // changes; this test server forbids caching). Nothing new, nothing elsewhere.
  const loaded = new Set(t.requests.slice(0, atLoad));
  const fresh = t.requests.slice(atLoad).filter((r) => !loaded.has(r));
  assert.deepEqual(fresh, [], 'new requests after load');
  for (const r of t.requests) assert.ok(r.startsWith(server.origin), `request to another origin: ${r}`);
  const cookies = await t.context.cookies();
  assert.deepEqual(cookies, []);
  const storage = await t.page.evaluate(() => [localStorage.length, sessionStorage.length]);
  assert.deepEqual(storage, [0, 0], 'nothing is stored');
  await assertClean(t);
  await t.context.close();
});

/** The one file of dist/ whose name matches `re` (names carry a content hash). */
const named = (re) => fs.readdirSync(DIST).find((f) => re.test(f));

test('each wasm and its glue call each other by short names, no wasm carries a custom section, and the step refuses a glue it does not know', async () => {
  const pairs = [
    [/^skyddsguide-[0-9a-f]{16}\.js$/, /^skyddsguide_bg-[0-9a-f]{16}\.wasm$/],
    [/^skyddsguide-trainer-[0-9a-f]{16}\.js$/, /^skyddsguide-trainer_bg-[0-9a-f]{16}\.wasm$/],
  ];
  for (const [js, wasm] of pairs) {
    const mod = new WebAssembly.Module(fs.readFileSync(path.join(DIST, named(wasm))));
    const imports = WebAssembly.Module.imports(mod);
    assert.ok(imports.length > 50, `${named(wasm)} imports the browser through its glue`);
    for (const i of imports) assert.ok(i.module === 'a' && i.name.length <= 3, `short import name: ${i.module}.${i.name}`);
    for (const e of WebAssembly.Module.exports(mod)) assert.ok(e.name.length <= 3, `short export name: ${e.name}`);
    // No custom section a browser does not read: no names, no producers, no target features.
    for (const section of ['name', 'producers', 'target_features']) {
      assert.equal(WebAssembly.Module.customSections(mod, section).length, 0, `${named(wasm)} ships no "${section}" section`);
    }
    const glue = fs.readFileSync(path.join(DIST, named(js)), 'utf8');
    assert.doesNotMatch(glue, /__wbg_\w+_[0-9a-f]{16}|__wbindgen_malloc|"\.\/skyddsguide/, `${named(js)} keeps no long name`);
  }
  const { rewrite } = await import(path.join(ROOT, 'scripts', 'short-names.mjs'));
  const glue = 'const import0 = { __wbg_x_0123456789abcdef: function(a) { return wasm.__wbindgen_malloc(a); } };\n' +
    'return { "./skyddsguide_bg.js": import0 };';
  const map = { imports: [['./skyddsguide_bg.js', '__wbg_x_0123456789abcdef', 'b']], exports: [['__wbindgen_malloc', 'c']] };
  assert.equal(rewrite(glue, map), 'const import0 = { b: function(a) { return wasm.c(a); } };\nreturn { "a": import0 };');
  const missing = { ...map, imports: [...map.imports, ['./skyddsguide_bg.js', '__wbg_y_0123456789abcdef', 'd']] };
  assert.throws(() => rewrite(glue, missing), /__wbg_y_0123456789abcdef found 0 times/);
  assert.throws(() => rewrite(glue, { ...map, exports: [] }), /exports the wasm does not have: __wbindgen_malloc/);
});

// Both modules are optimised with wasm-opt's `--low-memory-unused` (index.html,
// scripts/trainer-module), which is sound only while nothing lives in the first KB of memory: rustc
// puts the 1 MB stack first (it grows down from 1 MB, so its last KB is reached only by an
// overflow), and the statics, then the heap, after it. Read each module's data section: every
// segment is active and starts at or above 1 024; and the stack pointer (the first global) starts
// there too.
test('each wasm keeps the first KB of memory unused, as wasm-opt --low-memory-unused assumes', () => {
  const leb = (b, i) => {
    let n = 0;
    let shift = 0;
    for (;;) {
      const x = b[i++];
      n += (x & 0x7f) * 2 ** shift;
      shift += 7;
      if (x < 0x80) return [n, i];
    }
  };
  // An `i32.const n; end` initialiser (signed LEB128), as the linker writes it.
  const i32Const = (b, i) => {
    assert.equal(b[i], 0x41, 'an i32.const initialiser');
    let [n, j] = leb(b, i + 1);
    const bits = 7 * (j - i - 1);
    if (bits < 32 && n >= 2 ** (bits - 1)) n -= 2 ** bits;
    assert.equal(b[j], 0x0b, 'the initialiser ends');
    return [n, j + 1];
  };
  for (const re of [/^skyddsguide_bg-[0-9a-f]{16}\.wasm$/, /^skyddsguide-trainer_bg-[0-9a-f]{16}\.wasm$/]) {
    const b = fs.readFileSync(path.join(DIST, named(re)));
    const starts = [];
    let stack;
    for (let i = 8; i < b.length; ) {
      const id = b[i];
      const [size, body] = leb(b, i + 1);
      if (id === 6) {
        // The global section: the first global is the stack pointer, `(mut i32) (i32.const …)`.
        const [, j] = leb(b, body);
        assert.deepEqual([b[j], b[j + 1]], [0x7f, 1], `${named(re)}: the first global is a mutable i32`);
        [stack] = i32Const(b, j + 2);
      }
      if (id === 11) {
        let [count, j] = leb(b, body);
        for (; count > 0; count--) {
          assert.equal(b[j], 0, `${named(re)}: every data segment is active in memory 0`);
          let start;
          [start, j] = i32Const(b, j + 1);
          const [len, k] = leb(b, j);
          starts.push(start);
          j = k + len;
        }
      }
      i = body + size;
    }
    assert.ok(starts.length > 0, `${named(re)} has data`);
    for (const start of starts) assert.ok(start >= 1024, `${named(re)}: a data segment at ${start}, in the first KB`);
    assert.ok(stack >= 1024, `${named(re)}: the stack starts at ${stack}, in the first KB`);
  }
});

// Invariant 13: the Swedish staff reader pays for nothing else. A `slim` module compiles no
// English or citizen text in and stores no pack key: a text is found in a pack by a hash computed
// when it is looked up. Read every pack's keys (its first line, 32 bits each in base64) and texts,
// and look for them in both modules' bytes. A key is four bytes and may occur by chance (about
// 0.1 expected per module); a table of keys would put all 1 500 there.
test('neither module stores a pack\'s key or text: both are computed or fetched when needed (invariant 13)', () => {
  const packs = fs.readdirSync(DIST).filter((f) => /^texts-[a-z-]+-[0-9a-f]{16}\.txt$/.test(f));
  assert.equal(packs.length, 3, `three packs: ${packs}`);
  const keys = [];
  const texts = [];
  for (const f of packs) {
    const [first, ...lines] = fs.readFileSync(path.join(DIST, f), 'utf8').split('\n');
    // The keys' bits, most significant first, are whole bytes: base64 (RFC 4648, unpadded).
    const bytes = Buffer.from(first, 'base64');
    for (let i = 0; i + 4 <= bytes.length; i += 4) keys.push(bytes.readUInt32BE(i));
    const own = lines.slice(0, keys.length - texts.length).map((l) => l.replace(/\\(.)/g, (_, e) => (e === 'n' ? '\n' : e)));
    assert.ok(own.length > 100, `${f}: ${own.length} texts`);
    texts.push(...own);
  }
  assert.equal(texts.length, keys.length, 'a text for every key');
  // Long enough to be a text of its own, not a term a Swedish text shares.
  const long = texts.filter((t) => Buffer.byteLength(t) >= 40).map((t) => Buffer.from(t));
  assert.ok(long.length > 1000, `${long.length} long texts`);
  const found = (b) => ({
    keys: keys.filter((k) => {
      const le = Buffer.alloc(4);
      le.writeUInt32LE(k);
      const be = Buffer.alloc(4);
      be.writeUInt32BE(k);
      return b.includes(le) || b.includes(be);
    }).length,
    texts: long.filter((t) => b.includes(t)).map(String),
  });
  for (const re of [/^skyddsguide_bg-[0-9a-f]{16}\.wasm$/, /^skyddsguide-trainer_bg-[0-9a-f]{16}\.wasm$/]) {
    const b = fs.readFileSync(path.join(DIST, named(re)));
    const f = found(b);
    assert.ok(f.keys <= 8, `${named(re)} holds ${f.keys} of ${keys.length} pack keys: a table of hashes?`);
    assert.deepEqual(f.texts.slice(0, 5), [], `${named(re)} holds ${f.texts.length} texts of the packs`);
    // The search finds what it looks for: the same bytes with ten keys (little-endian, as a
    // table in wasm memory holds them) and one text added.
    const planted = Buffer.alloc(40);
    keys.slice(0, 10).forEach((k, i) => planted.writeUInt32LE(k, 4 * i));
    const g = found(Buffer.concat([b, planted, long[0]]));
    assert.ok(g.keys >= f.keys + 10 && g.texts.length === f.texts.length + 1, 'the search finds planted keys and a planted text');
  }
});

test('the release build fits the size budgets in ARCHITECTURE.md', () => {
  const arch = fs.readFileSync(path.join(ROOT, 'ARCHITECTURE.md'), 'utf8');
  const budget = (label) => {
    const row = arch.split('\n').find((l) => l.startsWith(`| ${label} |`));
    assert.ok(row, `ARCHITECTURE.md has a budget row for ${label}`);
    return parseFloat(row.split('|')[2]) * 1024;
  };
  const gz = (...files) => files.reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(DIST, f)), { level: 9 }).length, 0);
  const wasm = named(/^skyddsguide_bg-[0-9a-f]{16}\.wasm$/);
  const glue = named(/^skyddsguide-[0-9a-f]{16}\.js$/);
  const icon = named(/^favicon-[0-9a-f]{16}\.svg$/);
  // The trainer module: loaded only on a trainer page (boot.js), never before the first question.
  const trainerWasm = named(/^skyddsguide-trainer_bg-[0-9a-f]{16}\.wasm$/);
  const trainerGlue = named(/^skyddsguide-trainer-[0-9a-f]{16}\.js$/);
  const all = fs.readdirSync(DIST, { recursive: true }).filter((f) => fs.statSync(path.join(DIST, f)).isFile());
  const checks = [
    ['wasm (gzip)', gz(wasm)],
    ['JS: glue + boot.js (gzip)', gz(glue, 'boot.js')],
    ['CSS (gzip)', gz('style.css')],
    // What index.html makes a Swedish staff reader load before the first question (scripts/bench
    // measures the same in the browser).
    ['first load, Swedish staff reader (gzip)', gz('index.html', 'boot.js', glue, wasm, 'style.css', icon)],
    ['all of dist/ (gzip)', gz(...all)],
    ['trainer module: glue + wasm (gzip)', gz(trainerGlue, trainerWasm)],
  ];
  for (const [label, size] of checks) {
    const max = budget(label);
    assert.ok(size <= max, `${label}: ${(size / 1024).toFixed(1)} KB is over the budget of ${(max / 1024).toFixed(0)} KB`);
  }
});
