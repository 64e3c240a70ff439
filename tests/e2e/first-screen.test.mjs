// The prerendered first screen (index.html, scripts/first-screen.mjs): it is the widget's own
// render, it shows before the wasm has arrived, what a reader does in it is kept, nothing moves
// when the widget takes its place, and a link to another screen never shows it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DIST, serve, launch, open, assertClean, urlFollows } from './lib.mjs';
import { current, toFirstScreen } from '../../scripts/first-screen.mjs';

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

/** A page whose wasm is held back until `release()`: the time a slow connection gives a reader. */
async function slowWasm() {
  const t = await open(browser);
  let release;
  const gate = new Promise((r) => { release = r; });
  await t.page.route(/\.wasm$/, async (route) => {
    await gate;
    await route.continue();
  });
  return { ...t, release };
}

test('the first screen in index.html is what the widget renders there', async () => {
  const pre = current(fs.readFileSync(path.join(DIST, 'index.html'), 'utf8'));
  assert.ok(pre, 'dist/index.html holds a prerendered first screen');
  const t = await open(browser);
  await t.page.goto(`${server.url}#/guide`);
  await t.page.waitForSelector('[data-testid="question"][data-question="start"]');
  const live = await t.page.evaluate(() => document.querySelector('[data-skyddsguide] > .sg').outerHTML);
  assert.equal(pre, toFirstScreen(live),
    'index.html holds another first screen than the widget renders: run `trunk build --release && node scripts/first-screen.mjs`');
  await assertClean(t);
  await t.context.close();
});

test('before the wasm arrives the first question shows, and an answer given there is kept', async () => {
  const t = await slowWasm();
  await t.page.goto(`${server.url}#/guide`);
  const pre = t.page.locator('.sg[data-first-screen]');
  await pre.waitFor({ state: 'visible' });
  assert.equal(await t.page.locator('[data-testid="question"]').count(), 0, 'the widget has not mounted yet');
  assert.equal(await t.page.locator('.sg-loading').isVisible(), false, '"laddas…" gives way to the question');
  assert.match(await pre.locator('h2').innerText(), /Vad behöver du uppnå\?/);
  await pre.locator('.sg-region select').selectOption('jonkoping');
  await pre.locator('label[for="sg0-start-seal"]').click();
  await pre.locator('button[type="submit"]').click();
  assert.ok(t.page.url().endsWith('#/guide'), 'the early "Fortsätt" sends nothing anywhere');
  t.release();
  await t.page.waitForSelector('[data-testid="question"]:not([data-question="start"])');
  assert.equal(await t.page.locator('.sg-region select').inputValue(), 'jonkoping', 'the region chosen early is kept');
  await urlFollows(t.page);
  assert.match(t.page.url(), /measure=seal/, 'the option chosen early is the answer given');
  assert.match(t.page.url(), /region=jonkoping/);
  assert.equal(await t.page.locator('.sg[data-first-screen]').count(), 0, 'the widget took its place');
  await assertClean(t);
  await t.context.close();
});

test('nothing moves when the widget takes the first screen\'s place, and focus stays where it was', async () => {
  const t = await slowWasm();
  await t.page.goto(`${server.url}#/guide`);
  const pre = t.page.locator('.sg[data-first-screen]');
  await pre.waitFor({ state: 'visible' });
  const boxes = (root) => t.page.locator(`${root} h2, ${root} .sg-option, ${root} button[type="submit"]`)
    .evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return [Math.round(r.x + scrollX), Math.round(r.y + scrollY), Math.round(r.width), Math.round(r.height)].join(','); }));
  await t.page.locator('#sg0-start-lock').focus();
  const before = await boxes('.sg[data-first-screen]');
  assert.ok(before.length >= 13, `heading, options and button measured: ${before.length}`);
  const scrolled = await t.page.evaluate(() => scrollY);
  t.release();
  await t.page.waitForSelector('[data-testid="question"][data-question="start"]');
  await t.page.waitForFunction(() => document.activeElement?.id === 'sg0-start-lock');
  assert.deepEqual(await boxes('[data-testid="question"]'), before, 'every box is where it was');
  assert.equal(await t.page.evaluate(() => scrollY), scrolled, 'the page did not scroll');
  assert.equal(await t.page.locator('#sg0-start-lock').isChecked(), false, 'focus alone answers nothing');
  await assertClean(t);
  await t.context.close();
});

test('a link to another screen never shows the first screen, before or after the wasm', async () => {
  // Opened on another screen: the first screen stays hidden, "laddas…" stays.
  const t = await slowWasm();
  await t.page.goto(`${server.url}#/explain`);
  await t.page.waitForTimeout(300);
  assert.equal(await t.page.locator('.sg[data-first-screen]').isVisible(), false);
  assert.equal(await t.page.locator('.sg-loading').isVisible(), true);
  t.release();
  await t.page.waitForSelector('[data-testid="explainer"], .sg-explainer, #sg0-explain-title');
  // Left from the first screen by its own link, before the wasm.
  const u = await slowWasm();
  await u.page.goto(`${server.url}#/guide`);
  const pre = u.page.locator('.sg[data-first-screen]');
  await pre.waitFor({ state: 'visible' });
  await pre.locator('.sg-nav a[href="#/explain"]').click();
  await u.page.waitForFunction(() => location.hash === '#/explain');
  assert.equal(await pre.isVisible(), false, 'the question goes when another screen is asked for');
  u.release();
  await u.page.waitForSelector('#sg0-explain-title');
  assert.equal(await u.page.locator('[data-testid="question"]').count(), 0);
  await assertClean(t);
  await assertClean(u);
  await t.context.close();
  await u.context.close();
});
