// The README's serve command: scripts/serve builds and serves the widget at http://127.0.0.1:8080,
// and the page it serves runs cleanly under the widget's own CSP (no injected inline script).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT, launch, open, assertClean } from './lib.mjs';

let child;
let browser;
after(async () => {
  await browser?.close();
  if (child) {
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
  }
});

async function waitForServer(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.ok && (await r.text()).includes('boot.js')) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`nothing served at ${url} within ${ms / 1000} s`);
}

test('scripts/serve serves a working widget at http://127.0.0.1:8080', { timeout: 600_000 }, async () => {
  // Into a folder of its own: the release dist/ that the other browser tests read stays as
  // scripts/build left it (a serve killed in the middle of a rebuild leaves Trunk's `.stage`).
  child = spawn(path.join(ROOT, 'scripts', 'serve'), ['--dist', 'target/serve-dist'], { cwd: ROOT, detached: true, stdio: 'ignore' });
  await waitForServer('http://127.0.0.1:8080/', 540_000);
  browser = await launch();
  const t = await open(browser);
  await t.page.goto('http://127.0.0.1:8080/#/guide?measure=ombud');
  await t.page.waitForSelector('[data-testid="outcome"]', { timeout: 30_000 });
  assert.match(await t.page.locator('[data-testid="outcome"] h2').innerText(), /ombud/);
  await assertClean(t);
  await t.context.close();
});
