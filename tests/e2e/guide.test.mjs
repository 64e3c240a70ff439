// The guided questionnaire, driven as a person would against the release build: every routine by
// clicks and from a link, back / change / reload, a keyboard-only run to the printed summary, bad
// personnummer and dates, axe-core on every kind of screen, print media, copy as text.
// The expected outcome of each scenario comes from the native engine (`skyddsguide scenarios`),
// so the browser is checked against the core, not against itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, open, assertClean, axe, noHorizontalScroll, scenarios, answer, percentile, recordLatency, urlFollows } from './lib.mjs';

let browser;
let server;
const SCENARIOS = scenarios();
const latencies = [];

before(async () => {
  browser = await launch();
  server = await serve('/');
});
after(async () => {
  recordLatency('answer-to-next-screen-ms', latencies);
  if (latencies.length) {
    console.log(`latency answer→next screen over ${latencies.length} answers: median ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms`);
  }
  await browser?.close();
  await server?.close();
});

async function checkOutcome(page, s) {
  const outcome = page.locator('[data-testid="outcome"]');
  await outcome.waitFor();
  assert.equal((await outcome.locator('h2').innerText()).trim(), s.title, `${s.heading}: title`);
  const items = await outcome.locator('.sg-section li').allInnerTexts();
  assert.ok(items.length > 0, `${s.heading}: no lines`);
  for (const li of items) assert.match(li, /\(Källa: (S[0-4]|N[1-3])/, `${s.heading}: a line without source: ${li}`);
  assert.equal(await page.locator('[data-testid="form-summary"]').count(), s.forms, `${s.heading}: form summaries`);
  if (s.acute) {
    const first = await outcome.locator('.sg-section h3').first().innerText();
    assert.equal(first, 'Gör först (akut)', `${s.heading}: the acute path comes first`);
  }
  const kindText = await outcome.locator('.sg-kind').innerText();
  const expectKind = { Routine: /RUTIN/i, Refusal: /GÅR INTE/i, NotInSources: /FINNS INTE/i }[s.kind];
  assert.match(kindText, expectKind, `${s.heading}: the kind is written out, not only coloured`);
}

test(`every routine (${SCENARIOS.length} outcomes) is reached by clicking through the questions`, async () => {
  assert.ok(SCENARIOS.length >= 30);
  const t = await open(browser);
  const { page } = t;
  for (const s of SCENARIOS) {
    await page.goto(`${server.url}#/guide`);
    await page.waitForSelector('[data-testid="question"][data-question="start"]');
    if (s.region !== 'rjh') await page.getByLabel('Region', { exact: true }).selectOption(s.region);
    for (const step of s.steps) {
      await answer(page, step.question, step.value);
    }
    await checkOutcome(page, s);
    // Focus moved to the outcome's heading, and the live region announces the outcome.
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H2', `${s.heading}: focus on the outcome heading`);
    await page.waitForFunction((title) => document.querySelector('.sg [aria-live="polite"]')?.textContent.includes(`Resultat: ${title}`), s.title);
    latencies.push(...(await page.evaluate(() => window.__latency.splice(0))));
  }
  await assertClean(t);
  await t.context.close();
});

test('every routine opens directly from its scenario link', async () => {
  const t = await open(browser);
  for (const s of SCENARIOS) {
    await t.page.goto(`${server.url}#${s.link}`);
    await checkOutcome(t.page, s);
    assert.equal(await t.page.locator('.sg-link-errors').count(), 0, `${s.heading}: a complete link reports no error`);
  }
  await assertClean(t);
  await t.context.close();
});

test('an incomplete link opens the first open question; a bad one says what was wrong and applies the rest', async () => {
  const t = await open(browser);
  const { page } = t;
  await page.goto(`${server.url}#/guide?measure=seal&action=apply`);
  await page.waitForSelector('[data-testid="question"][data-question="by-seal"]');
  await page.goto(`${server.url}#/guide?measure=seel&by=care&colour=red&x`);
  const errors = page.locator('.sg-link-errors li');
  await errors.first().waitFor();
  const texts = await errors.allInnerTexts();
  assert.equal(texts.length, 3, texts.join(' | '));
  assert.match(texts[0], /okänt värde för measure: "seel"/);
  assert.match(texts[1], /okänd uppgift: "colour"/);
  assert.match(texts[2], /"x"/);
  await page.waitForSelector('[data-testid="question"][data-question="start"]');
  await axe(page, 'the link-error panel');
  // by=care still applies: answering the start question skips to the next unanswered question.
  await answer(page, 'start', 'no-record-online');
  await page.waitForSelector('[data-testid="question"][data-question="urgency"]');
  await assertClean(t);
  await t.context.close();
});

test('back, change an answer, reload, and browser back/forward', async () => {
  const t = await open(browser);
  const { page } = t;
  await page.goto(`${server.url}#/guide`);
  await answer(page, 'start', 'seal');
  await answer(page, 'action-seal', 'apply');
  await answer(page, 'by-seal', 'care');
  await answer(page, 'urgency', 'acute');
  await answer(page, 'hours', 'after');
  await page.waitForSelector('[data-testid="outcome"]');
  await urlFollows(page);
  assert.match(page.url(), /#\/guide\?measure=seal&action=apply&by=care&urgency=acute&hours=after$/);

  // Tillbaka reopens the last question with its answer still selected.
  await page.getByRole('button', { name: 'Tillbaka' }).click();
  await page.waitForSelector('[data-testid="question"][data-question="hours"]');
  assert.ok(await page.locator('#sg0-hours-after').isChecked(), 'the previous answer is still selected');
  await answer(page, 'hours', 'after');
  await page.waitForSelector('[data-testid="outcome"]');

  // Ändra an earlier answer: only the answers that no longer apply are dropped.
  await page.getByRole('button', { name: 'Ändra svar: Är det akut?' }).click();
  await page.waitForSelector('[data-testid="question"][data-question="urgency"]');
  assert.ok(await page.locator('#sg0-urgency-acute').isChecked());
  await answer(page, 'urgency', 'ordinary');
  await page.waitForSelector('[data-testid="question"][data-question="scope-care"]');
  const kept = await page.locator('.sg-answers').innerText();
  assert.match(kept, /Hälso- och sjukvårdspersonal/, 'the answer "by" is kept');
  await answer(page, 'scope-care', 'part');
  await page.waitForSelector('[data-testid="outcome"]');
  await urlFollows(page);
  assert.doesNotMatch(page.url(), /hours=/, 'the answer that no longer applies is dropped');

  // Reload restores the outcome.
  await page.reload();
  await page.waitForSelector('[data-testid="outcome"]');
  assert.match(await page.locator('[data-testid="outcome"] h2').innerText(), /hälso- och sjukvårdens initiativ/);

  // Browser back walks the questions.
  await page.goBack();
  await page.waitForSelector('[data-testid="question"][data-question="scope-care"]');
  assert.ok(await page.locator('#sg0-scope-care-part').isChecked(), 'a question reopened by browser back keeps the answer given');
  await page.goForward();
  await page.waitForSelector('[data-testid="outcome"]');
  await assertClean(t);
  await t.context.close();
});

test('a question left unanswered says so, and nothing is lost', async () => {
  const t = await open(browser);
  const { page } = t;
  await page.goto(`${server.url}#/guide?measure=lock`);
  await page.waitForSelector('[data-testid="question"][data-question="action-lock"]');
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await page.getByText('Välj ett av alternativen för att gå vidare.').waitFor();
  await axe(page, 'a question with its error');
  await answer(page, 'action-lock', 'lift');
  await page.waitForSelector('[data-testid="question"][data-question="lockedby"]');
  await assertClean(t);
  await t.context.close();
});

test('keyboard only: from the first question to the printed form summary', async () => {
  const t = await open(browser);
  const { page } = t;
  await page.goto(`${server.url}#/guide`);
  await page.waitForSelector('[data-testid="question"][data-question="start"]');
  // For each question: Tab to its radio group, Space and the arrow keys to choose, Enter to go on.
  const plan = [['start', 'no-record-online'], ['by-seal', 'care'], ['urgency', 'acute'], ['hours', 'after']];
  for (const [question, value] of plan) {
    await page.waitForSelector(`[data-testid="question"][data-question="${question}"]`);
    let onRadio = false;
    for (let i = 0; i < 40 && !onRadio; i++) {
      await page.keyboard.press('Tab');
      onRadio = await page.evaluate((name) => document.activeElement?.type === 'radio' && document.activeElement?.name === name, `sg0-${question}`);
    }
    assert.ok(onRadio, `the options of ${question} are reachable by Tab`);
    await page.keyboard.press('Space');
    for (let i = 0; i < 14; i++) {
      if (await page.locator(`#sg0-${question}-${value}`).isChecked()) break;
      await page.keyboard.press('ArrowDown');
    }
    assert.ok(await page.locator(`#sg0-${question}-${value}`).isChecked(), `${value} chosen by keyboard`);
    await page.keyboard.press('Enter');
  }
  await page.waitForSelector('[data-testid="outcome"]');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H2', 'focus moved to the outcome heading');
  assert.equal(await page.locator('[data-testid="outcome"] .sg-section h3').first().innerText(), 'Gör först (akut)');
  // Tab to the personal fields and fill them by keyboard.
  let onName = false;
  for (let i = 0; i < 60 && !onName; i++) {
    await page.keyboard.press('Tab');
    onName = await page.evaluate(() => document.activeElement?.id === 'sg0-name');
  }
  assert.ok(onName, 'the name field is reachable by Tab');
  await page.keyboard.type('Tolvan Tolvansson');
  await page.keyboard.press('Tab');
  await page.keyboard.type('19121212-1212');
  let onPrint = false;
  for (let i = 0; i < 20 && !onPrint; i++) {
    await page.keyboard.press('Tab');
    onPrint = await page.evaluate(() => document.activeElement?.textContent === 'Skriv ut');
  }
  assert.ok(onPrint, 'the print button is reachable by Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => window.__printed), 1, 'print was started');
  const summary = await page.locator('[data-testid="form-summary"]').innerText();
  assert.match(summary, /Blankett utan titel i källan|blankett utan titel i källan/);
  assert.match(summary, /överläkare\/bakjour på aktuell klinik/);
  assert.match(summary, /Tolvan Tolvansson/);
  assert.match(summary, /19121212-1212 \(personnummer\)/);
  await urlFollows(page);
  assert.doesNotMatch(page.url(), /Tolvan|1212/, 'personal fields never reach the URL');
  const autofill = await page.locator('.sg-personal input').evaluateAll((els) => els.map((e) => e.getAttribute('autocomplete')));
  assert.ok(autofill.length >= 3, `the personal fields: ${autofill.length}`);
  assert.deepEqual([...new Set(autofill)], ['off'], 'the browser keeps no autofill history of the personal fields');
  await assertClean(t);
  await t.context.close();
});

test('bad personnummer and bad dates show their messages and lose nothing', async () => {
  const t = await open(browser);
  const { page } = t;
  await page.goto(`${server.url}#/guide?measure=seal&action=apply&by=care&urgency=ordinary&scope=part`);
  await page.waitForSelector('[data-testid="form-summary"]');
  await page.getByLabel('Patientens namn (valfritt)').fill('Tolvan Tolvansson');
  const pnr = page.getByLabel('Personnummer (valfritt)');
  await pnr.fill('19121212-1213');
  await page.getByText('Fel: Kontrollsiffran stämmer inte.').first().waitFor();
  assert.equal(await pnr.getAttribute('aria-invalid'), 'true');
  // An invalid field is marked by more than its message: a thicker border in the error colour.
  const border = (l) => l.evaluate((e) => [getComputedStyle(e).borderTopWidth, getComputedStyle(e).borderTopColor]);
  const [invalidWidth, invalidColour] = await border(pnr);
  const [validWidth, validColour] = await border(page.getByLabel('Patientens namn (valfritt)'));
  assert.equal(invalidWidth, '2px');
  assert.notEqual(invalidColour, validColour, 'the invalid field has its own border colour');
  assert.equal(validWidth, '1px');
  await pnr.fill('19121232-1212');
  await page.getByText('Fel: Födelsedatumet i numret är inget riktigt datum.').first().waitFor();
  await pnr.fill('1912121');
  await page.getByText('Fel: Ett personnummer har 10 eller 12 siffror').first().waitFor();
  const end = page.getByLabel('Slutdatum (krävs)');
  await end.fill('2026-02-30');
  await page.getByText('Fel: Det datumet finns inte i kalendern.').first().waitFor();
  await end.fill('1/2/2027');
  await page.getByText('Fel: Skriv datumet som ÅÅÅÅ-MM-DD').first().waitFor();
  await axe(page, 'the form summary with errors');
  // Nothing already entered was lost.
  assert.equal(await page.getByLabel('Patientens namn (valfritt)').inputValue(), 'Tolvan Tolvansson');
  assert.equal(await pnr.inputValue(), '1912121');
  assert.equal(await end.inputValue(), '1/2/2027');
  // Fix both: the messages go, and the summary carries the values.
  await pnr.fill('19121212-1212');
  await end.fill('2099-12-31');
  assert.equal(await page.locator('.sg-personal .sg-error').count(), 0);
  const summary = await page.locator('[data-testid="form-summary"]').innerText();
  assert.match(summary, /Slutdatum\s+2099-12-31/);
  assert.match(summary, /Vårdens initiativ: Ta bort direktåtkomst till journalinformation för invånare/);
  await urlFollows(page);
  assert.doesNotMatch(page.url(), /1212|Tolvan|2099/);
  const stored = await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]);
  assert.deepEqual(stored, [0, 0, '']);
  // "Töm patientuppgifterna" clears them.
  await page.getByRole('button', { name: 'Töm patientuppgifterna' }).click();
  assert.equal(await page.getByLabel('Patientens namn (valfritt)').inputValue(), '');
  await assertClean(t);
  await t.context.close();
});

test('Jönköping: a slutdatum over three months is warned about', async () => {
  const t = await open(browser);
  const { page } = t;
  await page.goto(`${server.url}#/guide?region=jonkoping&measure=seal&action=apply&by=care&ongoing=yes`);
  await page.waitForSelector('[data-testid="form-summary"]');
  await page.getByLabel('Slutdatum (krävs)').fill('2099-12-31');
  await page.locator('#sg0-end-msg', { hasText: 'Obs: Källan rekommenderar högst 3 månader.' }).waitFor();
  assert.match(await page.locator('[data-testid="form-summary"]').innerText(), /Obs: Källan rekommenderar högst 3 månader/);
  await assertClean(t);
  await t.context.close();
});

test('axe-core finds no violation on any kind of screen, at desktop width and at 320 px', async () => {
  const screens = [
    ['start', '#/guide'],
    ['a question with hints', '#/guide?measure=lock&action=apply&by=care&home=region'],
    ['a routine with form summary', '#/guide?measure=seal&action=apply&by=care&urgency=acute&hours=after'],
    ['a combination', '#/guide?need=guardian-out&by=authority&home=region&urgency=ordinary'],
    ['a refusal', '#/guide?need=no-login&by=authority&home=other'],
    ['not in the sources', '#/guide?region=jonkoping&measure=ombud'],
    ['changing an answer', '#/guide?measure=ombud'],
  ];
  for (const width of [1280, 320]) {
    const t = await open(browser, { width, height: 800 });
    for (const [name, hash] of screens) {
      await t.page.goto(`${server.url}${hash}`);
      await t.page.waitForSelector('[data-testid="question"], [data-testid="outcome"]');
      if (name === 'changing an answer') {
        await t.page.getByRole('button', { name: /^Ändra svar/ }).first().click();
        await t.page.waitForSelector('[data-testid="question"]');
      }
      await axe(t.page, `${name} at ${width} px`);
      await noHorizontalScroll(t.page, `${name} at ${width} px`);
    }
    await assertClean(t);
    await t.context.close();
  }
});

test('200% zoom (640 px CSS width at 1280 px) reflows without horizontal scrolling', async () => {
  const t = await open(browser, { width: 640, height: 450 });
  for (const hash of ['#/guide', '#/explain', '#/guide?measure=ombud']) {
    await t.page.goto(`${server.url}${hash}`);
    await t.page.waitForSelector('[data-testid], .sg-explainer');
    await noHorizontalScroll(t.page, `${hash} at 200%`);
  }
  await assertClean(t);
  await t.context.close();
});

test('print media shows the outcome and the form summary only, with the date and the sources', async () => {
  const t = await open(browser);
  const { page } = t;
  await page.goto(`${server.url}#/guide?measure=ombud`);
  await page.waitForSelector('[data-testid="form-summary"]');
  await page.emulateMedia({ media: 'print' });
  const visible = async (sel) => page.locator(sel).first().isVisible();
  assert.equal(await visible('.sg-header'), false, 'navigation is not printed');
  assert.equal(await visible('.sg-answers .sg-link-button'), false, '"Ändra" is not printed');
  assert.equal(await visible('.sg-actions'), false, 'buttons are not printed');
  assert.equal(await visible('.sg-personal'), false, 'the input fields are not printed (their values are in the summary)');
  assert.equal(await visible('[data-testid="outcome"]'), true);
  assert.equal(await visible('[data-testid="form-summary"]'), true);
  assert.equal(await visible('.sg-sources'), true, 'the sources with their versions are printed');
  assert.match(await page.locator('.sg-sources').innerText(), /giltig fr o m 2024-08-19/);
  assert.equal(await visible('.sg-printed'), true, 'the print date is printed');
  assert.match(await page.locator('.sg-printed').innerText(), /Utskrivet \d{4}-\d{2}-\d{2}/);
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await visible('.sg-printed'), false);
  await assertClean(t);
  await t.context.close();
});

test('copy as text puts the summary on the clipboard and says so', async () => {
  const t = await open(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  const { page } = t;
  await page.goto(`${server.url}#/guide?measure=guardian&action=extend&by=guardian`);
  await page.waitForSelector('[data-testid="form-summary"]');
  await page.getByRole('button', { name: 'Kopiera som text' }).click();
  await page.getByText('Kopierat.').waitFor();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(text, /^Blankett: Direktåtkomst journalinformation till vårdnadshavare för minderårig från 13 år t o m 15 år/);
  // "ett år fr.o.m. datum för underskrift" (S4 3.4): from the signature day through the day before
  // its anniversary (29 February through 28 February).
  const m = text.match(/Giltig: ett år fr\.o\.m\. datum för underskrift; skrivs blanketten under i dag: fr\.o\.m\. (\d{4}-\d{2}-\d{2}) t\.o\.m\. (\d{4}-\d{2}-\d{2})/);
  assert.ok(m, text);
  const [from, through] = [new Date(`${m[1]}T12:00:00Z`), new Date(`${m[2]}T12:00:00Z`)];
  const anniversary = new Date(Date.UTC(from.getUTCFullYear() + 1, from.getUTCMonth(), from.getUTCDate(), 12));
  // (29 February: Date.UTC rolls the anniversary to 1 March, so the day before is 28 February.)
  assert.equal(through.toISOString().slice(0, 10), new Date(anniversary - 86400000).toISOString().slice(0, 10));
  assert.match(text, /Beslutsfattare \(roll\): behandlande läkare/);
  await assertClean(t);
  await t.context.close();
});

test('reduced motion is respected and nothing animates', async () => {
  const t = await open(browser, { reducedMotion: 'reduce' });
  await t.page.goto(`${server.url}#/guide`);
  await t.page.waitForSelector('[data-testid="question"]');
  const anim = await t.page.evaluate(() => [...document.querySelectorAll('.sg *')].some((e) => {
    const s = getComputedStyle(e);
    return (s.animationName !== 'none' && s.animationDuration !== '0s') || parseFloat(s.transitionDuration) > 0;
  }));
  assert.equal(anim, false);
  await assertClean(t);
  await t.context.close();
});

