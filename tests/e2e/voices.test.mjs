// The two voices beside the Swedish staff text: English (issue 9) and the citizen's guide (issue 8),
// driven as a person would against the release build. Expected titles come from the native engine
// (`skyddsguide scenarios`), so the browser is checked against the core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, assertClean, axe, noHorizontalScroll, scenarios, answer as choose, urlFollows } from './lib.mjs';

let browser;
let server;
const STAFF = scenarios('staff');
const CITIZEN = scenarios('citizen');
const NEUTRAL = 'https://www.smhi.se/';

before(async () => {
  browser = await launch();
  server = await serve('/');
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The exit page is on the internet, which the tests do not reach: answer it locally. */
async function fakeExitPage(page) {
  await page.route(`${NEUTRAL}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Väder</title><p>Neutral</p>' }));
}

test(`English: every routine (${STAFF.length}) opens from its link in English, Swedish form titles kept`, async () => {
  const t = await open(browser);
  const { page, requests } = t;
  let glossed = 0;
  for (const s of STAFF) {
    await page.goto(`${server.url}#${s.link}&lang=en`);
    const outcome = page.locator('[data-testid="outcome"]');
    await outcome.waitFor();
    await page.waitForFunction((title) => document.querySelector('[data-testid="outcome"] h2')?.textContent.trim() === title, s.title_en, { timeout: 10000 })
      .catch(() => {});
    assert.equal((await outcome.locator('h2').innerText()).trim(), s.title_en, `${s.heading}: English title`);
    assert.equal(await page.locator('.sg').getAttribute('lang'), 'en', `${s.heading}: lang attribute`);
    const text = await outcome.innerText();
    for (const title of s.form_titles) assert.ok(text.includes(`”${title}”`), `${s.heading}: the Swedish form title ${title} is shown verbatim`);
    // A role or recipient on the form summary: the Swedish, then its gloss from the English pack,
    // as the native tables write it (`names_en`).
    const summaries = (await page.locator('[data-testid="form-summary"]').allInnerTexts()).join('\n');
    for (const name of s.names_en) assert.ok(summaries.includes(name), `${s.heading}: the summary reads ${name}`);
    if (s.names_en.length) glossed += 1;
    assert.equal(await page.locator('.sg-notice').count(), 0, `${s.heading}: no notice (the English exists)`);
  }
  const withSummary = STAFF.filter((s) => s.forms > 0).length;
  assert.ok(withSummary > 0 && glossed === withSummary, `every routine with a summary glosses a name (${glossed} of ${withSummary})`);
  assert.ok(requests.some((r) => /\/texts-en-[0-9a-f]{16}\.txt$/.test(r)), 'the English pack (content-hashed) was loaded');
  assert.deepEqual(requests.filter((r) => /\/texts-(sv|en-citizen)[-.]/.test(r)), [], 'an English staff reader loads no citizen texts');
  await assertClean(t);
  await t.context.close();
});

test('a Swedish staff reader downloads no text pack', async () => {
  const t = await open(browser);
  await t.page.goto(`${server.url}#/guide`);
  await t.page.waitForSelector('[data-testid="question"][data-question="start"]');
  await t.page.goto(`${server.url}#${STAFF[0].link}`);
  await t.page.waitForSelector('[data-testid="outcome"]');
  assert.equal(t.requests.filter((r) => r.includes('texts-')).length, 0, t.requests.join('\n'));
  await assertClean(t);
  await t.context.close();
});

test('the language switch keeps every answer, both ways, and sets lang on every screen', async () => {
  const t = await open(browser);
  const { page } = t;
  await page.goto(`${server.url}#/guide`);
  await choose(page, 'start', 'seal');
  await choose(page, 'action-seal', 'apply');
  await choose(page, 'by-seal', 'care');
  await page.waitForSelector('[data-testid="question"][data-question="urgency"]');
  await page.getByRole('button', { name: 'In English' }).click();
  await page.waitForFunction(() => document.querySelector('.sg')?.getAttribute('lang') === 'en');
  await page.waitForSelector('[data-testid="question"][data-question="urgency"]');
  await page.getByText('Is it acute?').waitFor();
  assert.match(await page.locator('.sg-answers').innerText(), /Healthcare staff/);
  await urlFollows(page);
  assert.match(page.url(), /lang=en/);
  await axe(page, 'an English question');
  await choose(page, 'urgency', 'acute');
  await choose(page, 'hours', 'after');
  await page.waitForSelector('[data-testid="outcome"]');
  assert.match(await page.locator('[data-testid="outcome"] .sg-section h3').first().innerText(), /Do this first/);
  // The Swedish terms the English screen keeps are explained once, from the terminology table.
  const terms = await page.locator('.sg-terms dt').allInnerTexts();
  for (const t of ['bakjour', 'menprövning', 'Cosmic']) assert.ok(terms.includes(t), `${t} is glossed: ${terms.join(', ')}`);
  // Each gloss is the English of the pack (a `slim` build keeps only the Swedish term).
  const glossed = await page.locator('.sg-terms dl > div').evaluateAll((ds) => ds.map((d) => [d.querySelector('dt').textContent, d.querySelector('dd').textContent]));
  for (const [term, gloss] of glossed) assert.ok(gloss && gloss !== term, `${term} has an English gloss: ${gloss}`);
  await axe(page, 'an English outcome');
  await page.getByRole('button', { name: 'På svenska' }).click();
  await page.waitForFunction(() => document.querySelector('.sg')?.getAttribute('lang') === 'sv');
  assert.match(await page.locator('[data-testid="outcome"] h2').innerText(), /hälso- och sjukvårdens initiativ/);
  await urlFollows(page);
  assert.doesNotMatch(page.url(), /lang=en/);
  // Trainer mode in English: the library, and a presenter page that keeps the language.
  await page.goto(`${server.url}#/scenarios?lang=en`);
  await page.getByRole('link', { name: 'Training scenarios' }).waitFor();
  const first = await page.locator('.sg-case a').first().getAttribute('href');
  assert.match(first, /lang=en/, 'a case link keeps the language');
  await page.goto(`${server.url}${first}`);
  await page.waitForFunction(() => document.querySelector('.sg')?.getAttribute('lang') === 'en');
  await axe(page, 'an English presenter page');
  // The explainer in English.
  await page.goto(`${server.url}#/explain?lang=en`);
  await page.getByRole('heading', { name: /Locking the login, sealing the record/ }).waitFor();
  await axe(page, 'the English explainer');
  // Its links into the guide keep the reader's language.
  await page.locator('.sg-links a').first().click();
  await page.waitForSelector('[data-testid="question"][data-question="action-lock"]');
  await urlFollows(page);
  assert.match(page.url(), /#\/guide\?measure=lock&lang=en$/);
  assert.equal(await page.locator('.sg').getAttribute('lang'), 'en', 'the guide opens in English');
  await assertClean(t);
  await t.context.close();
});

test(`citizen: every citizen route (${CITIZEN.length}) by clicks and by link, in Swedish and English`, async () => {
  const t = await open(browser);
  const { page } = t;
  for (const s of CITIZEN) {
    await page.goto(`${server.url}#/guide?audience=citizen`);
    await page.waitForSelector('[data-testid="question"][data-question="start-citizen"]');
    if (s.region !== 'rjh') await page.getByLabel('Region', { exact: true }).selectOption(s.region);
    for (const step of s.steps) await choose(page, step.question, step.value);
    const outcome = page.locator('[data-testid="outcome"]');
    await outcome.waitFor();
    await page.waitForFunction((title) => document.querySelector('[data-testid="outcome"] h2')?.textContent.trim() === title, s.title);
    // Every line names its source in words a citizen can read.
    for (const li of await outcome.locator('.sg-section li').allInnerTexts()) {
      assert.match(li, /\(Källa: (Region|1177|HSAN|lagen)/, `${s.heading}: ${li}`);
      assert.doesNotMatch(li, /Cosmic|diarieför/, `${s.heading}: a staff-internal line shown to a citizen: ${li}`);
    }
    assert.equal(await page.locator('[data-testid="form-summary"]').count(), 0, 'citizens get no staff form summary');
    assert.equal(await page.locator('[data-testid="exit"]').count(), 1, 'the exit is there on every citizen screen');
    await page.goto(`${server.url}#${s.link}&lang=en`);
    await page.waitForFunction((title) => document.querySelector('[data-testid="outcome"] h2')?.textContent.trim() === title, s.title_en);
  }
  // The citizens' English comes in a file of its own, beside the staff's English (content-hashed).
  for (const re of [/\/texts-en-[0-9a-f]{16}\.txt$/, /\/texts-en-citizen-[0-9a-f]{16}\.txt$/]) {
    assert.equal(t.requests.filter((r) => re.test(r)).length, 1, `${re} loaded once: ${t.requests.filter((r) => r.includes('texts-'))}`);
  }
  await assertClean(t);
  await t.context.close();
});

test('citizen: no trail (history does not grow, neutral title), and the view switch keeps the answers', async () => {
  const t = await open(browser);
  const { page } = t;
  await page.goto(`${server.url}#/guide?audience=citizen`);
  await page.waitForSelector('[data-testid="question"][data-question="start-citizen"]');
  const before = await page.evaluate(() => history.length);
  await choose(page, 'start-citizen', 'no-record-online');
  await page.waitForSelector('[data-testid="question"][data-question="scope-citizen"]');
  await choose(page, 'scope-citizen', 'whole');
  await page.waitForSelector('[data-testid="outcome"]');
  assert.equal(await page.evaluate(() => history.length), before, 'no history entry per step');
  assert.equal(await page.title(), 'Skyddsguiden', 'the page title names no measure');
  // To the staff view: the same situation, in the staff's words.
  await page.getByRole('button', { name: 'Visa texterna för vårdpersonal' }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid="outcome"] h2')?.textContent.includes('Invånaren förseglar sin journal'));
  // And back.
  await page.getByRole('button', { name: 'Visa texterna för invånare' }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid="outcome"] h2')?.textContent.includes('Försegla din journal själv'));
  // The widget's own links (the navigation, the explainer's) add no entry either, and keep the
  // citizen's view with its exit.
  await urlFollows(page);
  const atLinks = await page.evaluate(() => history.length);
  await page.locator('.sg-nav a').nth(1).click();
  await page.waitForSelector('.sg-explainer');
  await page.locator('.sg-links a').first().click();
  await page.waitForSelector('.sg :is([data-testid="question"], [data-testid="outcome"])');
  await urlFollows(page);
  assert.equal(await page.evaluate(() => history.length), atLinks, 'no history entry for a link');
  assert.match(page.url(), /#\/guide\?measure=lock&audience=citizen$/);
  assert.equal(await page.locator('[data-testid="exit"]').count(), 1, 'still the citizen view, with its exit');
  await assertClean(t);
  await t.context.close();
});

test('citizen: the exit button leaves at once for the neutral page, and Back does not return', async () => {
  const t = await open(browser);
  const { page } = t;
  await fakeExitPage(page);
  await page.goto(`${server.url}#/guide?audience=citizen`);
  await page.waitForSelector('[data-testid="exit"]');
  // At the top of the view, before the questions, and reachable first by keyboard.
  const order = await page.evaluate(() => {
    const exit = document.querySelector('[data-testid="exit"]');
    const q = document.querySelector('[data-testid="question"]');
    return exit.compareDocumentPosition(q) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  assert.ok(order, 'the exit comes before the question');
  const before = await page.evaluate(() => history.length);
  await page.locator('[data-testid="exit"]').click();
  await page.waitForURL(NEUTRAL);
  assert.equal(await page.evaluate(() => history.length), before, 'replaced, not pushed: Back does not return here');
  await t.context.close();
});

test('citizen: print media leaves out the exit bar and the switches, and prints the answer', async () => {
  const t = await open(browser);
  const { page } = t;
  await page.goto(`${server.url}#/guide?region=rjh&need=guardian-out&age=16-17&audience=citizen`);
  await page.waitForSelector('[data-testid="outcome"]');
  const visible = async (sel) => page.locator(sel).first().isVisible();
  assert.equal(await visible('.sg-exit-bar'), true, 'on screen, the exit bar is shown');
  assert.equal(await visible('.sg-switches'), true, 'on screen, the switches are shown');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await visible('.sg-exit-bar'), false, 'the exit bar is not printed');
  assert.equal(await visible('.sg-switches'), false, 'the switches are not printed');
  assert.equal(await visible('[data-testid="outcome"]'), true, 'the answer is printed');
  await page.emulateMedia({ media: 'screen' });
  await assertClean(t);
  await t.context.close();
});

test('citizen: the exit is labelled from the first frame, even when the citizen texts never come', async () => {
  const t = await open(browser);
  const { page } = t;
  await fakeExitPage(page);
  await page.route('**/texts-sv*', (route) => route.abort());
  await page.goto(`${server.url}#/guide?audience=citizen`);
  await page.waitForSelector('[data-testid="exit"]');
  assert.equal((await page.locator('[data-testid="exit"]').textContent()).trim(), 'Lämna sidan snabbt');
  await page.getByRole('alert').filter({ hasText: /texter/i }).waitFor();
  // The question reads in the staff wording meanwhile, never as empty text.
  assert.ok((await page.locator('[data-testid="question"] h2').textContent()).trim().length > 0, 'the question has its words');
  await t.context.close();
});

test('citizen: a double click on the switch to the citizen view does not leave through the exit, a later click does', async () => {
  const t = await open(browser);
  const { page } = t;
  await fakeExitPage(page);
  await page.goto(`${server.url}#/guide`);
  await page.waitForSelector('[data-testid="question"]');
  // Scrolled so that the switch is at the top of the window, where the citizen view's exit bar
  // sticks.
  await page.evaluate(() => window.scrollTo(0, document.querySelector('.sg-switches').getBoundingClientRect().top + window.scrollY - 4));
  const sw = page.locator('.sg-switches button').nth(1);
  const box = await sw.boundingBox();
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.dblclick(x, y);
  await page.waitForSelector('[data-testid="exit"]');
  await page.waitForTimeout(300);
  assert.ok(page.url().startsWith(server.url), `still on the widget's page: ${page.url()}`);
  // The bar came where the switch was, so the double click's second click fell on it.
  assert.ok(await page.evaluate(([x, y]) => !!document.elementFromPoint(x, y)?.closest('[data-testid="exit"]'), [x, y]),
    'the exit is under the pointer (else this test proves nothing)');
  // Only just after the bar appeared: later, a click on it leaves whatever click count it carries
  // (here a click that the browser counts as the second of a series: a mouse button pressed and
  // released with click count 2, as from a person whose first click missed, or whose double-click
  // time is long).
  await page.waitForTimeout(600);
  await page.mouse.move(x, y);
  await page.mouse.down({ clickCount: 2 });
  await page.mouse.up({ clickCount: 2 });
  await page.waitForURL(NEUTRAL, { timeout: 5000 });
  await t.context.close();
});

test('citizen: Shift three times leaves; not Shift as a modifier, not while typing', async () => {
  const t = await open(browser);
  const { page } = t;
  await fakeExitPage(page);
  await page.goto(`${server.url}#/guide?audience=citizen`);
  await page.waitForSelector('[data-testid="question"][data-question="start-citizen"]');
  // Shift used as a modifier (Shift+A between presses) does not count.
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift+A');
  await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  assert.ok(page.url().startsWith(server.url), 'still here after Shift, Shift+A, Shift');
  // While typing in a field (the region select counts as a field too).
  await page.getByLabel('Region', { exact: true }).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  assert.ok(page.url().startsWith(server.url), 'still here after Shift three times in a field');
  // Three presses elsewhere leave.
  await page.locator('[data-testid="question"] h2').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL(NEUTRAL);
  await t.context.close();
});

test('citizen: axe-core finds nothing on any citizen screen, at 320 px and desktop', async () => {
  for (const width of [320, 1280]) {
    const t = await open(browser, { width });
    const { page } = t;
    await page.goto(`${server.url}#/guide?audience=citizen`);
    await page.waitForSelector('[data-testid="question"][data-question="start-citizen"]');
    await axe(page, `the citizen start at ${width}`);
    await noHorizontalScroll(page, `the citizen start at ${width}`);
    for (const s of CITIZEN) {
      await page.goto(`${server.url}#${s.link}`);
      await page.waitForFunction((title) => document.querySelector('[data-testid="outcome"] h2')?.textContent.trim() === title, s.title);
      await axe(page, `${s.heading} at ${width}`);
      await noHorizontalScroll(page, `${s.heading} at ${width}`);
    }
    await page.goto(`${server.url}#/explain?audience=citizen`);
    await page.getByRole('heading', { name: 'Tre sätt att skydda dina uppgifter' }).waitFor();
    await axe(page, `the citizen explainer at ${width}`);
    await assertClean(t);
    await t.context.close();
  }
});

test('citizen: keyboard only, from the first question to the answer', async () => {
  const t = await open(browser);
  const { page } = t;
  await page.goto(`${server.url}#/guide?audience=citizen`);
  await page.waitForSelector('[data-testid="question"][data-question="start-citizen"]');
  for (const [question, value] of [['start-citizen', 'no-login']]) {
    let onRadio = false;
    for (let i = 0; i < 40 && !onRadio; i++) {
      await page.keyboard.press('Tab');
      onRadio = await page.evaluate((name) => document.activeElement?.type === 'radio' && document.activeElement?.name === name, `sg0-${question}`);
    }
    assert.ok(onRadio, `the options of ${question} are reachable by Tab`);
    await page.keyboard.press('Space');
    for (let i = 0; i < 14 && !(await page.locator(`#sg0-${question}-${value}`).isChecked()); i++) await page.keyboard.press('ArrowDown');
    assert.ok(await page.locator(`#sg0-${question}-${value}`).isChecked());
    await page.keyboard.press('Enter');
  }
  await page.waitForSelector('[data-testid="outcome"]');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H2', 'focus moves to the answer');
  await assertClean(t);
  await t.context.close();
});
