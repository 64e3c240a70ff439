// Shared helpers for the browser tests: a static server for dist/ that sends the strict CSP,
// Debian Chromium through playwright-core, page-error and CSP-violation tracking, axe-core.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import AxeBuilderModule from '@axe-core/playwright';

const AxeBuilder = AxeBuilderModule.default ?? AxeBuilderModule;

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const DIST = path.join(ROOT, 'dist');
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The caching headers the README asks a publisher to send: the embed names and pages are
 *  revalidated on every load, content-hashed files are kept for a year and never re-checked. */
export function cacheControl(file) {
  return /-[0-9a-f]{16}\.[a-z0-9]+$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

// Compressed once per file and encoding (as a publisher's server or build step would), not per request.
const compressedCache = new Map();
function compressed(file, encoding) {
  const key = `${file}\0${encoding}\0${fs.statSync(file).mtimeMs}`;
  if (!compressedCache.has(key)) {
    const raw = fs.readFileSync(file);
    compressedCache.set(key, encoding === 'br'
      ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
      : encoding === 'gzip' ? zlib.gzipSync(raw, { level: 9 }) : raw);
  }
  return compressedCache.get(key);
}

/** Serve dist/ under `prefix` (for example "/" or "/some/sub/path/") on 127.0.0.1, with the CSP.
 *  With `publish`, as a publisher would: gzip or brotli by Accept-Encoding, and the README's
 *  caching headers (the tests forbid caching). */
export async function serve(prefix = '/', { publish = false, receive = null } = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    // scripts/bench's driver posts its figures back (only when the bench asks for them).
    if (receive && req.method === 'POST' && url.pathname === `${prefix}__bench`) {
      let body = '';
      req.on('data', (d) => { body += d; });
      req.on('end', () => { res.writeHead(204).end(); receive(body); });
      return;
    }
    let p = decodeURIComponent(url.pathname);
    if (!p.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    p = p.slice(prefix.length) || 'index.html';
    const file = path.join(DIST, p);
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    const headers = {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'Cache-Control': publish ? cacheControl(file) : 'no-store',
    };
    if (!publish) {
      res.writeHead(200, headers);
      fs.createReadStream(file).pipe(res);
      return;
    }
    const accept = req.headers['accept-encoding'] ?? '';
    const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : '';
    const body = compressed(file, encoding);
    if (encoding) headers['Content-Encoding'] = encoding;
    headers['Vary'] = 'Accept-Encoding';
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((r) => server.close(r)) };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** A page that records page errors, console errors, CSP violations and every request. */
export async function open(browser, { width = 1280, height = 900, permissions = [], reducedMotion } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, permissions, reducedMotion });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('request', (r) => requests.push(r.url()));
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    // Time from a click to the next screen's heading, for the latency report.
    window.__latency = [];
    let clickAt = null;
    document.addEventListener('click', () => { clickAt = performance.now(); }, true);
    const seen = new WeakSet();
    new MutationObserver(() => {
      const h = document.querySelector('[data-focus]');
      if (h && !seen.has(h) && clickAt !== null) {
        seen.add(h);
        window.__latency.push(performance.now() - clickAt);
        clickAt = null;
      } else if (h) {
        seen.add(h);
      }
    }).observe(document, { childList: true, subtree: true });
    window.print = () => { window.__printed = (window.__printed || 0) + 1; };
  });
  return { context, page, problems, requests };
}

/** Fail on any page error, console error or CSP violation. */
export async function assertClean({ page, problems }) {
  const csp = await page.evaluate(() => window.__csp).catch(() => []);
  assert.deepEqual([...problems, ...csp.map((c) => `CSP violation: ${c}`)], [], 'the page reported errors');
}

/** axe-core, WCAG 2.x A and AA including 2.2; zero violations expected. */
export async function axe(page, what) {
  const result = await new AxeBuilder({ page })
    .include('.sg')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const v = result.violations.map((x) => `${x.id}: ${x.help} (${x.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
  assert.deepEqual(v, [], `axe violations on ${what}`);
  return result.passes.length;
}

export async function noHorizontalScroll(page, what) {
  const [sw, cw] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(sw <= cw, `${what}: horizontal scrolling (${sw} > ${cw})`);
}

export async function widgetReady(page) {
  await page.waitForSelector('.sg [data-testid="question"], .sg [data-testid="outcome"], .sg .sg-explainer', { timeout: 20000 });
}

/** One scenario per outcome and audience, from the native engine (`skyddsguide scenarios`). */
export function scenarios(audience = 'staff') {
  const file = path.join(ROOT, 'target', 'scenarios.jsonl');
  if (!fs.existsSync(file)) {
    const out = execFileSync('cargo', ['run', '--quiet', '--', 'scenarios'], { cwd: ROOT, encoding: 'utf8' });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, out);
  }
  return fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((s) => s.audience === audience);
}

/** Answer the open question as a person: click the option's label, then the form's button ("Fortsätt", "Continue"). */
export async function answer(page, question, value) {
  const q = page.locator(`[data-testid="question"][data-question="${question}"]`);
  await q.waitFor();
  await q.locator(`label[for="sg0-${question}-${value}"]`).click();
  await q.locator('button[type="submit"]').click();
}

/** The widget writes the URL after the frame that shows the new screen (src/ui/mod.rs,
 * `FragmentWrite`): wait for that frame, and the task after it, before reading the URL. */
export async function urlFollows(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
}

export function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

export function recordLatency(name, values) {
  const file = path.join(ROOT, 'target', 'e2e-latency.json');
  let all = {};
  try { all = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { /* first */ }
  all[name] = values;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(all));
}
