// Trainer mode against the release build: the scenario library opens every case, the presenter
// steps forwards and back by keyboard and reveals the expected heading, the decision map draws
// exactly the engine's nodes and edges, a unit's own scenario file shows its good case and names
// each broken one, axe-core finds nothing on any of these screens at 1280 and 320 px, the
// presenter's text is at least 28 px on a 1280 px projector, and the handout prints.
// Expected values come from the native engine (`skyddsguide cases`, `skyddsguide graph-counts`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, launch, open, assertClean, axe, noHorizontalScroll, ROOT, DIST, urlFollows } from './lib.mjs';

function engine(cmd) {
  const out = execFileSync('cargo', ['run', '--quiet', '--', cmd], { cwd: ROOT, encoding: 'utf8' });
  return out.trim().split('\n').map((l) => JSON.parse(l));
}

const CASES = engine('cases');
const COUNTS = engine('graph-counts');
let browser;
let server;

// A unit's own file: one good case and three broken ones (unknown heading, bad link, a link whose
// outcome differs from the expected one), served from dist/ beside a host page that names it.
const FIXTURE_JSON = path.join(DIST, 'trainer-fixture.json');
// The build's icon (its name carries a content hash), so the browser asks for no other.
const ICON = fs.readdirSync(DIST).find((f) => /^favicon.*\.svg$/.test(f)) ?? 'favicon.svg';
const FIXTURE_HTML = path.join(DIST, 'trainer-fixture.html');
const FIXTURE_MISSING_HTML = path.join(DIST, 'trainer-fixture-missing.html');
const UNIT = {
  scenarios: [
    { id: 'enhetens-fall', title: 'Enhetens eget fall om låsning', story: 'En patient ringer själv och vill att ingen ska kunna logga in på 1177 i hennes namn.', link: '#/guide?need=no-login&by=citizen', expected: 'lock-citizen', measure: 'lock' },
    { id: 'okant-utfall', title: 'Fall med okänt utfall', story: '…', link: 'need=no-login&by=citizen', expected: 'lock-everything' },
    { id: 'dalig-lank', title: 'Fall med dålig länk', story: '…', link: 'need=no-login&by=citisen', expected: 'lock-citizen' },
    { id: 'fel-utfall', title: 'Fall med fel utfall', story: '…', link: 'need=no-login&by=citizen', expected: 'lock-care' },
  ],
};
const host = (file) => `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Enhetens scenarier</title><link rel="icon" href="${ICON}"><link rel="stylesheet" href="style.css"><script type="module" src="boot.js"></script></head>
<body><main><h1>Utbildning</h1><div data-skyddsguide data-scenarios="${file}"></div></main></body></html>`;

before(async () => {
  fs.writeFileSync(FIXTURE_JSON, JSON.stringify(UNIT));
  fs.writeFileSync(FIXTURE_HTML, host('trainer-fixture.json'));
  fs.writeFileSync(FIXTURE_MISSING_HTML, host('no-such-file.json'));
  browser = await launch();
  server = await serve('/');
});
after(async () => {
  for (const f of [FIXTURE_JSON, FIXTURE_HTML, FIXTURE_MISSING_HTML]) fs.rmSync(f, { force: true });
  await browser?.close();
  await server?.close();
});

async function presenterAt(page, n) {
  await page.waitForFunction((n) => document.querySelector('.sg-presenter')?.dataset.step === String(n), n);
}

test(`the library lists and opens every case (${CASES.length})`, async () => {
  assert.ok(CASES.length >= 37);
  const t = await open(browser);
  const { page } = t;
  await page.goto(`${server.url}#/scenarios`);
  await page.waitForSelector('.sg-library');
  assert.equal(await page.locator('.sg-case').count(), CASES.length);
  const groups = await page.locator('.sg-case-group h3').allInnerTexts();
  assert.deepEqual(groups, ['Låsa inloggning', 'Försegla journalen', 'Spärra journal', 'Vårdnadshavares direktåtkomst', 'Åtkomst som ombud']);
  for (const c of CASES) {
    await page.goto(`${server.url}#/scenarios`);
    await page.locator(`.sg-case[data-case="${c.id}"] a`).click();
    await page.waitForSelector('.sg-presenter h2');
    assert.equal((await page.locator('.sg-presenter .sg-stage h2').innerText()).trim(), c.title, `${c.id}: the presenter opens the case`);
    await urlFollows(page);
    assert.match(page.url(), new RegExp(`#/scenarios/${c.id}$`));
  }
  // Search by a word filters the list, and says how many match.
  await page.goto(`${server.url}#/scenarios`);
  await page.getByLabel('Sök bland fallen').fill('polisen');
  await page.waitForFunction(() => document.querySelectorAll('.sg-case').length < 10);
  const ids = await page.locator('.sg-case').evaluateAll((els) => els.map((e) => e.dataset.case));
  assert.ok(ids.includes('polisen-fredagskvall') && ids.every((id) => CASES.some((c) => c.id === id)), ids.join());
  assert.match(await page.locator('.sg-search-status').innerText(), new RegExp(`${ids.length} av ${CASES.length} fall`));
  await assertClean(t);
  await t.context.close();
});

test('the presenter steps forwards and back by keyboard, and the reveal shows the expected heading', async () => {
  const t = await open(browser);
  const { page } = t;
  const c = CASES.find((x) => x.id === 'polisen-fredagskvall');
  await page.goto(`${server.url}#/scenarios/${c.id}`);
  await presenterAt(page, 1);
  assert.equal(await page.locator('.sg-presenter').getAttribute('data-steps'), String(c.steps));
  // Nothing has focus yet (a projector): the keys still work.
  for (let n = 2; n <= c.answers + 1; n++) {
    await page.keyboard.press('ArrowRight');
    await presenterAt(page, n);
    await urlFollows(page);
    assert.match(page.url(), new RegExp(`step=${n}$`));
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H2', 'focus moves to the step heading');
    await page.waitForFunction((n) => document.querySelector('.sg [aria-live="polite"]')?.textContent.startsWith(`Steg ${n} av`), n);
  }
  await page.keyboard.press('Space');
  await presenterAt(page, c.answers + 2);
  assert.equal((await page.locator('.sg-stage h2').innerText()).trim(), 'Före facit');
  await page.keyboard.press('ArrowRight');
  await presenterAt(page, c.answers + 3);
  const reveal = page.locator('[data-testid="reveal"]');
  assert.equal((await reveal.locator('h2').innerText()).trim(), c.headingTitle);
  assert.equal(await reveal.getAttribute('data-heading'), c.heading);
  // A lock and a sealing: two measures, under a plural label.
  assert.match(await reveal.locator('p', { hasText: ' + ' }).first().innerText(), /^Åtgärder: \S.* \+ \S/);
  assert.ok(await reveal.locator('.sg-decided-by').count() > 0, 'the reveal says which answers decided each line');
  await page.keyboard.press('ArrowLeft');
  await presenterAt(page, c.answers + 2);
  await page.keyboard.press('End');
  await presenterAt(page, c.steps);
  assert.ok(await page.locator('.sg-why-answer').count() === c.answers, 'the why lists every answer');
  assert.ok(await page.locator('.sg-why-answer .sg-cite').count() > 0);
  assert.ok(await page.locator('.sg-quote').count() > 0, 'the cited passages are quoted');
  await page.keyboard.press('Home');
  await presenterAt(page, 1);
  // The buttons do the same, and a link opens the same step after a reload.
  await page.getByRole('button', { name: /Nästa/ }).click();
  await presenterAt(page, 2);
  // The URL is written in the frame after the step is shown (invariant 10): reload after it.
  await urlFollows(page);
  assert.match(page.url(), /step=2$/);
  await page.reload();
  await presenterAt(page, 2);
  await page.getByRole('button', { name: /Föregående/ }).click();
  await presenterAt(page, 1);
  // Every case's reveal, opened from its link, shows its expected heading.
  for (const x of CASES) {
    await page.goto(`${server.url}#/scenarios/${x.id}?step=${x.steps - 1}`);
    await page.waitForSelector(`[data-testid="reveal"][data-heading="${x.heading}"]`);
    assert.equal((await page.locator('[data-testid="reveal"] h2').innerText()).trim(), x.headingTitle, x.id);
  }
  // An unknown case is a message, not a crash.
  await page.goto(`${server.url}#/scenarios/finns-inte`);
  await page.waitForSelector('.sg-presenter-missing [role="alert"]');
  await assertClean(t);
  await t.context.close();
});

test("the decision map draws the engine's nodes and edges, with the path lit", async () => {
  const t = await open(browser);
  const { page } = t;
  for (const r of COUNTS) {
    await page.goto(`${server.url}#/graph?region=${r.region}&audience=${r.audience}`);
    await page.waitForSelector('.sg-map-svg');
    assert.equal(await page.locator('.sg-map-node').count(), r.nodes, `${r.region}: nodes`);
    assert.equal(await page.locator('.sg-map-edge').count(), r.edges, `${r.region}: edges`);
  }
  await page.goto(`${server.url}#/graph?region=rjh&measure=seal&action=apply&by=care&urgency=acute&hours=after`);
  await page.waitForSelector('.sg-map-svg');
  assert.equal(await page.locator('.sg-map-edge.sg-map-on').count(), 5);
  assert.equal(await page.locator('.sg-map-node.sg-map-on').count(), 6);
  assert.equal(await page.locator('.sg-map-node.sg-map-on[data-node="outcome:seal-care"]').count(), 1);
  // A node opens its question in the guide.
  await page.locator('.sg-map-node[data-node="by-seal"]').click();
  await page.waitForSelector('[data-testid="question"][data-question="by-seal"]');
  // The header leads to the map and the library.
  await page.getByRole('link', { name: 'Beslutskarta' }).click();
  await page.waitForSelector('.sg-map-svg');
  await page.getByRole('link', { name: 'Scenarier för utbildning' }).click();
  await page.waitForSelector('.sg-library');
  await assertClean(t);
  await t.context.close();
});

test("a unit's own scenario file: the good case is shown, each broken one is named", async () => {
  const t = await open(browser);
  const { page } = t;
  await page.goto(`${server.url}trainer-fixture.html#/scenarios`);
  await page.waitForSelector('.sg-case[data-case="enhetens-fall"]');
  assert.match(await page.locator('.sg-case[data-case="enhetens-fall"]').innerText(), /Enhetens eget fall/);
  assert.equal(await page.locator('.sg-case').count(), CASES.length + 1);
  const broken = await page.locator('.sg-broken-case').allInnerTexts();
  assert.equal(broken.length, 3, broken.join(' | '));
  assert.match(broken.find((b) => b.includes('Fall med okänt utfall')) ?? '', /lock-everything.*finns inte/);
  assert.match(broken.find((b) => b.includes('Fall med dålig länk')) ?? '', /okänt värde för by: "citisen"/);
  assert.match(broken.find((b) => b.includes('Fall med fel utfall')) ?? '', /inte till det väntade utfallet/);
  await axe(page, 'the library with a unit file');
  await page.locator('.sg-case[data-case="enhetens-fall"] a').click();
  await presenterAt(page, 1);
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.waitForSelector('[data-testid="reveal"][data-heading="lock-citizen"]');
  await assertClean(t);
  // A file that cannot be fetched is one clear message; the built-in cases still show.
  const u = await open(browser);
  await u.page.goto(`${server.url}trainer-fixture-missing.html#/scenarios`);
  await u.page.waitForSelector('.sg-unit-error');
  assert.match(await u.page.locator('.sg-unit-error').innerText(), /no-such-file\.json.*kunde inte hämtas/);
  assert.equal(await u.page.locator('.sg-case').count(), CASES.length);
  // The 404 of the missing file is the one console error the browser reports; nothing else.
  u.problems.splice(0, u.problems.length, ...u.problems.filter((p) => !/404|Not Found/i.test(p)));
  await assertClean(u);
  await u.context.close();
  await t.context.close();
});

test('axe-core finds nothing on the library, the presenter and the map, at 1280 and 320 px', async () => {
  const c = CASES.find((x) => x.id === 'natt-pa-akuten');
  for (const width of [1280, 320]) {
    const t = await open(browser, { width });
    const { page } = t;
    await page.goto(`${server.url}#/scenarios`);
    await page.waitForSelector('.sg-library');
    await axe(page, `library at ${width}`);
    await noHorizontalScroll(page, `library at ${width}`);
    for (const n of [1, 2, c.steps - 2, c.steps - 1, c.steps]) {
      await page.goto(`${server.url}#/scenarios/${c.id}?step=${n}`);
      await presenterAt(page, n);
      await axe(page, `presenter step ${n} at ${width}`);
      await noHorizontalScroll(page, `presenter step ${n} at ${width}`);
    }
    await page.goto(`${server.url}#/graph?region=rjh&need=no-login&by=care`);
    await page.waitForSelector('.sg-map-svg');
    await axe(page, `map at ${width}`);
    await noHorizontalScroll(page, `map at ${width}`);
    await assertClean(t);
    await t.context.close();
  }
});

test("the presenter's text is at least 28 px at 1280 px, and the handout prints", async () => {
  const t = await open(browser, { width: 1280, height: 800 });
  const { page } = t;
  const c = CASES.find((x) => x.id === 'polisen-fredagskvall');
  for (let n = 1; n <= c.steps; n++) {
    await page.goto(`${server.url}#/scenarios/${c.id}?step=${n}`);
    await presenterAt(page, n);
    const small = await page.evaluate(() => {
      const out = [];
      for (const el of document.querySelectorAll('.sg-presenter *')) {
        const own = [...el.childNodes].some((x) => x.nodeType === 3 && x.textContent.trim());
        if (!own || !el.getClientRects().length) continue;
        const px = parseFloat(getComputedStyle(el).fontSize);
        if (px < 28) out.push(`${el.tagName}.${el.className} ${px}px: ${el.textContent.trim().slice(0, 40)}`);
      }
      return out;
    });
    assert.deepEqual(small, [], `step ${n}: text under 28 px`);
  }
  await page.emulateMedia({ media: 'print' });
  const handout = page.locator('.sg-handout');
  assert.ok(await handout.isVisible(), 'the handout prints');
  assert.ok(!(await page.locator('.sg-stage').isVisible()), 'the stage does not print');
  const text = await handout.innerText();
  assert.ok(text.includes(c.title) && text.includes(c.headingTitle), 'story and outcome');
  assert.match(text, /Källa: S\d/);
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Skriv ut handout' }).click();
  assert.equal(await page.evaluate(() => window.__printed), 1);
  await assertClean(t);
  await t.context.close();
});
