// The first screen, prerendered: index.html carries the markup of the widget's first question
// (Swedish, staff, Region Jämtland Härjedalen: the page's own data-* settings), hidden, between
// the two FIRST_SCREEN markers. boot.js shows it as soon as it runs when the URL asks for that
// screen, so a reader sees the question before the wasm has arrived, and keeps what they do in
// it (the option chosen, the region, "Fortsätt") for the widget to replay once it is mounted.
// The widget then renders the same markup in its place (mount empties the element first).
//
// The markup is the widget's own render, taken from the built dist/ in Chromium: regenerate it
// after a change to the first question or the header with
//   trunk build --release && node scripts/first-screen.mjs
// tests/e2e/foundation.test.mjs fails while index.html holds another markup than the widget's.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const BEGIN = '<!-- first screen: scripts/first-screen.mjs -->';
export const END = '<!-- /first screen -->';

/** The widget's live `.sg` markup → the prerendered first screen: hidden until boot.js shows
 * it, marked, and without the test hooks (`data-testid`), which only the live widget carries. */
export function toFirstScreen(liveHtml) {
  return liveHtml
    .replace(/ data-testid="[^"]*"/g, '')
    .replace(/^<div lang="sv" class="sg">/, '<div lang="sv" class="sg" data-first-screen="" hidden="">');
}

/** The prerendered markup index.html holds now. */
export function current(indexHtml) {
  const a = indexHtml.indexOf(BEGIN);
  const b = indexHtml.indexOf(END);
  return a < 0 || b < a ? null : indexHtml.slice(a + BEGIN.length, b).trim();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { serve, launch, open, ROOT } = await import('../tests/e2e/lib.mjs');
  const server = await serve('/');
  const browser = await launch();
  const t = await open(browser);
  await t.page.goto(`${server.url}#/guide`);
  await t.page.waitForSelector('[data-testid="question"][data-question="start"]');
  const live = await t.page.evaluate(() => document.querySelector('[data-skyddsguide] > .sg').outerHTML);
  await browser.close();
  await server.close();
  const file = path.join(ROOT, 'index.html');
  const html = fs.readFileSync(file, 'utf8');
  const a = html.indexOf(BEGIN);
  const b = html.indexOf(END);
  if (a < 0 || b < a) throw new Error(`index.html has no ${BEGIN} … ${END} block`);
  fs.writeFileSync(file, `${html.slice(0, a + BEGIN.length)}\n      ${toFirstScreen(live)}\n      ${html.slice(b)}`);
  console.log(`index.html: first screen updated (${toFirstScreen(live).length} characters)`);
}
