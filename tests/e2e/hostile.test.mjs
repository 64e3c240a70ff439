// Hostile input against the release build: every text field with empty, very long, right-to-left,
// combining, emoji, control-character and pasted text; 1 000 random and mutated scenario links;
// rapid double clicks on every button; back/forward spam; two widgets on one page. Never a page
// error, a panic or a console error; nothing already entered is lost; the fragment the widget
// writes is always its own canonical, parseable form.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, assertClean, scenarios, answer, urlFollows } from './lib.mjs';

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

const SCENARIOS = scenarios();
/** The canonical fragment the widget writes: a page and `key=value` pairs of slugs. */
const CANONICAL = /^#\/(guide|explain)(\?[a-z]+=[a-z0-9-]+(&[a-z]+=[a-z0-9-]+)*)?$/;

const TEXTS = {
  empty: '',
  long: 'x'.repeat(10000),
  rtl: '\u202e19121212-1212\u202c مرحبا بالعالم שלום',
  combining: 'e\u0301\u0301\u0301a\u0308\u20dd Z\u0335\u030d\u0346\u0347 Å\u030a',
  emoji: '👩‍👩‍👧‍👦 🇸🇪 🏳️‍🌈 😀',
  control: 'a\u0000b\u0007c\u001b[31md\u007fe\u0085f\u2028g\tg',
};

/** A seeded random generator, so a failure can be replayed. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function widgetOk(page, root = '') {
  // Any page of the widget: a question, an outcome, the explainer, or trainer mode's library,
  // presenter and map.
  await page.waitForSelector(['[data-testid="question"]', '[data-testid="outcome"]', '.sg-explainer', '.sg-library', '.sg-presenter', '.sg-map']
    .map((sel) => `${root} .sg ${sel}`).join(', '), { timeout: 10000 });
  assert.equal(await page.locator('.sg-panic').count(), 0, 'the panic message is shown');
}

/** The fragment the first widget stands for (its current page's link in the nav) is canonical. */
async function fragmentOk(page) {
  await urlFollows(page);
  const [hash, own] = await page.evaluate(() => [location.hash, document.querySelector('.sg-nav a[aria-current="page"]')?.getAttribute('href')]);
  assert.match(own, CANONICAL, `the widget's own fragment: ${own}`);
  return hash;
}

test('every text field takes empty, 10 000 characters, RTL, combining, emoji, control characters and pasted text', async () => {
  const t = await open(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  const { page } = t;
  const s = SCENARIOS.find((x) => x.region === 'jonkoping' && x.forms > 0) ?? SCENARIOS.find((x) => x.forms > 0);
  await page.goto(`${server.url}#${s.link}`);
  await page.waitForSelector('[data-testid="outcome"]');
  const ids = await page.locator('.sg input[type="text"]').evaluateAll((els) => els.map((e) => e.id));
  assert.ok(ids.length >= 3, `text fields: ${ids}`);
  await urlFollows(page);
  const hashBefore = await page.evaluate(() => location.hash);
  const entered = {};
  for (const id of ids) {
    for (const [what, text] of Object.entries(TEXTS)) {
      const field = page.locator(`#${id}`);
      await field.fill(text);
      // A text input drops line breaks itself; everything else typed stays as typed.
      const expected = text.replace(/[\r\n]/g, '');
      assert.equal(await field.inputValue(), expected, `#${id} keeps ${what}`);
      entered[id] = expected;
    }
    // Pasted text, through the clipboard and Ctrl+V, added to what is there.
    await page.evaluate(() => navigator.clipboard.writeText('Klistrat: 19121212-1212 ✂️ \u202eÅÄÖ'));
    const field = page.locator(`#${id}`);
    await field.fill('före ');
    await field.press('End');
    await field.press('Control+V');
    assert.equal(await field.inputValue(), 'före Klistrat: 19121212-1212 ✂️ \u202eÅÄÖ', `#${id} takes pasted text`);
    entered[id] = 'före Klistrat: 19121212-1212 ✂️ \u202eÅÄÖ';
  }
  // Nothing entered is lost: every field still holds its last value; nothing reached the URL.
  for (const [id, value] of Object.entries(entered)) {
    assert.equal(await page.locator(`#${id}`).inputValue(), value, `#${id} lost what was entered`);
  }
  await urlFollows(page);
  assert.equal(await page.evaluate(() => location.hash), hashBefore, 'the fields never change the fragment');
  await fragmentOk(page);
  await widgetOk(page);
  await assertClean(t);
  await t.context.close();
});

test('1 000 random and mutated scenario links: a question, an outcome or the explainer, never a crash', async () => {
  const t = await open(browser);
  const { page } = t;
  await page.goto(`${server.url}#/guide`);
  await widgetOk(page);
  const random = rng(11);
  const pick = (a) => a[Math.floor(random() * a.length)];
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789-=&?#/%+.;:_~ ÅÄÖåäö😀\u202e\u0301\u0000';
  const keys = ['region', 'need', 'measure', 'action', 'by', 'urgency', 'hours', 'home', 'lockedby', 'sealedby', 'age', 'grounds', 'ongoing', 'followup', 'units', 'scope', 'lang', 'audience', 'case', 'x'];
  const links = [];
  for (let i = 0; i < 1000; i++) {
    const base = `#${pick(SCENARIOS).link}`;
    const cut = Math.floor(random() * base.length);
    const junk = Array.from({ length: Math.floor(random() * 12) }, () => pick([...alphabet])).join('');
    switch (i % 8) {
      case 0: links.push(base.slice(0, cut)); break;
      case 1: links.push(base.slice(0, cut) + junk + base.slice(cut)); break;
      case 2: links.push(`${base}&${base.split('?')[1] ?? ''}`); break;
      case 3: links.push(base.replace(/=/g, '%3D').replace(/&/g, random() < 0.5 ? '%26' : '&&')); break;
      case 4: links.push(`#/${pick(['guide', 'explain', 'GUIDE', 'nope', ''])}?${Array.from({ length: 1 + Math.floor(random() * 8) }, () => `${pick(keys)}=${junk.slice(0, 1 + Math.floor(random() * 6))}`).join('&')}`); break;
      case 5: links.push(`#${junk}`); break;
      case 6: links.push(base.toUpperCase()); break;
      default: links.push(`#/guide?${'a=b&'.repeat(Math.floor(random() * 400))}${junk}`);
    }
  }
  let n = 0;
  for (const link of links) {
    await page.evaluate((l) => { location.hash = l; }, link);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    n++;
    if (n % 50 === 0 || n === links.length) {
      await widgetOk(page);
      const hash = await fragmentOk(page);
      // The URL is either what was set (a host anchor, or a link that changed nothing) or the
      // widget's canonical form of it.
      assert.ok(hash === new URL(`http://x/${link}`).hash || CANONICAL.test(hash) || !hash.startsWith('#/'), `after ${link}: ${hash}`);
    }
  }
  assert.equal(n, 1000);
  await widgetOk(page);
  await assertClean(t);
  await t.context.close();
});

test('rapid double clicks on every button lose nothing and break nothing', async () => {
  const t = await open(browser);
  const { page } = t;
  const s = SCENARIOS.find((x) => x.forms > 0 && x.steps.length >= 3 && x.region === 'rjh');
  // On the questions: a double click on "Fortsätt" answers once, then asks for an answer.
  await page.goto(`${server.url}#/guide`);
  for (const step of s.steps) {
    const q = page.locator(`[data-testid="question"][data-question="${step.question}"]`);
    await q.waitFor();
    await q.locator(`label[for="sg0-${step.question}-${step.value}"]`).dblclick();
    await q.getByRole('button', { name: 'Fortsätt' }).dblclick();
    await widgetOk(page);
  }
  await page.waitForSelector('[data-testid="outcome"]');
  assert.equal(await page.locator('.sg-answers .sg-answer').count(), s.steps.length, 'every answer kept, none doubled');
  // On the outcome: fill the fields, then double-click every button that stays on the screen.
  await page.locator('#sg0-name').fill('Tolvan Tolvansson');
  await page.locator('#sg0-pnr').fill('19121212-1212');
  for (const name of ['Kopiera som text', 'Skriv ut']) {
    const b = page.locator('.sg').getByRole('button', { name });
    if (await b.count()) await b.first().dblclick();
    await widgetOk(page);
  }
  assert.equal(await page.locator('#sg0-name').inputValue(), 'Tolvan Tolvansson');
  assert.equal(await page.locator('#sg0-pnr').inputValue(), '19121212-1212');
  // Then every other button, each on a fresh copy of the outcome.
  const labels = await page.locator('.sg button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') || b.textContent.trim()));
  for (const label of new Set(labels)) {
    await page.goto(`${server.url}#/explain`);
    await page.goto(`${server.url}#${s.link}`);
    await page.waitForSelector('[data-testid="outcome"]');
    const b = page.locator('.sg button').filter({ hasText: label.startsWith('Ändra') ? 'Ändra' : label });
    const target = label.startsWith('Ändra') ? page.getByRole('button', { name: label }) : b.first();
    if (!(await target.count())) continue;
    await target.first().dblclick();
    await widgetOk(page);
    await fragmentOk(page);
  }
  // On the explainer and in a question being changed.
  await page.goto(`${server.url}#/explain`);
  await widgetOk(page);
  for (const b of await page.locator('.sg button, .sg-nav a').all()) {
    if (await b.isVisible()) await b.dblclick();
    await widgetOk(page);
  }
  await assertClean(t);
  await t.context.close();
});

// The step buttons, each on the screen that a double click's first click opens: the series' second
// click can fall on them. Test cases as data: the screen before (a link, or its outcome's
// "Tillbaka"), the first click, the
// step button on the next screen, what a click on it must not do then (the screen it must keep)
// and does later (the screen it leads to). A screen is a question's id and the number of answers,
// or the outcome, or a question being changed.
const CARE = '/guide?region=rjh&need=no-login&by=care&home=region';
const LAST = SCENARIOS.find((x) => x.region === 'rjh' && x.steps.length >= 4 && x.forms > 0);
const STEP_CASES = [
  { button: 'restart', label: 'Börja om', from: CARE, first: { answer: ['grounds-care', 'violence'] },
    keep: { question: 'urgency', answers: 4 }, later: { question: 'start', answers: 0 } },
  { button: 'back', label: 'Tillbaka', from: CARE, first: { answer: ['grounds-care', 'violence'] },
    keep: { question: 'urgency', answers: 4 }, later: { question: 'grounds-care', answers: 3 } },
  { button: 'back', label: 'Tillbaka (on the outcome)', from: LAST.link, back: true,
    first: { answer: [LAST.steps.at(-1).question, LAST.steps.at(-1).value] },
    keep: { outcome: true, answers: LAST.steps.length }, later: { question: LAST.steps.at(-1).question, answers: LAST.steps.length - 1 } },
  { button: 'cancel', label: 'Avbryt ändring', from: LAST.link, first: { change: LAST.steps[1].question },
    keep: { question: LAST.steps[1].question, editing: true }, later: { outcome: true, answers: LAST.steps.length } },
];

/** Wait for a screen of STEP_CASES, then check it. */
async function onScreen(page, want) {
  if (want.outcome) await page.locator('.sg [data-testid="outcome"]').waitFor();
  else await page.locator(`.sg [data-testid="question"][data-question="${want.question}"]`).waitFor();
  if (want.answers !== undefined) assert.equal(await page.locator('.sg-answers .sg-answer').count(), want.answers, `${JSON.stringify(want)}: the answers`);
  assert.equal(await page.locator('.sg .sg-editing').count(), want.editing ? 1 : 0, `${JSON.stringify(want)}: an answer being changed`);
}

/** A click with click count 2 (the second click of a series) on the step button, where it is. */
async function secondClick(page, button) {
  const b = page.locator(`.sg [data-sg-step="${button}"]`).first();
  await b.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const box = await b.boundingBox();
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  assert.ok(await page.evaluate(([x, y, sel]) => !!document.elementFromPoint(x, y)?.closest(sel), [x, y, `[data-sg-step="${button}"]`]),
    `the step button ${button} is under the pointer (else this test proves nothing)`);
  await page.mouse.move(x, y);
  await page.mouse.down({ clickCount: 2 });
  await page.mouse.up({ clickCount: 2 });
}

for (const c of STEP_CASES) {
  test(`the second click of a double click, fallen on the next screen's "${c.label}", does nothing; a later click does`, async () => {
    assert.ok(LAST, 'a scenario with four answers and a form');
    const t = await open(browser);
    const { page } = t;
    await page.goto(`${server.url}#${c.from}`);
    if (c.back) {
      // From the outcome to its last question, then a pause: the screen before is settled.
      await page.locator('.sg [data-sg-step="back"]').click();
      await page.waitForTimeout(600);
    }
    if (c.first.answer) {
      const [question, value] = c.first.answer;
      const q = page.locator(`[data-testid="question"][data-question="${question}"]`);
      await q.waitFor();
      await q.locator(`label[for="sg0-${question}-${value}"]`).click();
      await q.getByRole('button', { name: 'Fortsätt' }).click();
    } else {
      await page.locator(`.sg [data-sg-change="${c.first.change}"]`).click();
    }
    // Just after the screen appeared: the series' second click is not a step.
    await onScreen(page, c.keep);
    // The widget writes the screen's fragment after the frame that shows it (src/ui/mod.rs,
    // `after_next_paint`): read the URL once that frame is painted, not before (a race that
    // read the previous screen's fragment now and then).
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
    const url = page.url();
    await secondClick(page, c.button);
    await page.waitForTimeout(300);
    await onScreen(page, c.keep);
    assert.equal(page.url(), url, 'the fragment is unchanged');
    // Later, a click takes the step, whatever click count it carries.
    await page.waitForTimeout(600);
    await secondClick(page, c.button);
    await onScreen(page, c.later);
    await assertClean(t);
    await t.context.close();
  });
}

test('back/forward spam settles on a screen that matches the URL', async () => {
  const t = await open(browser);
  const { page } = t;
  const s = SCENARIOS.reduce((a, b) => (b.steps.length > a.steps.length && b.region === 'rjh' ? b : a));
  await page.goto(`${server.url}#/guide`);
  // Entries of the same page before the walk, so that the spam never leaves the page.
  for (let i = 0; i < 12; i++) {
    await page.evaluate((h) => { location.hash = h; }, i % 2 ? '#/guide' : '#/explain');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  }
  for (const step of s.steps) await answer(page, step.question, step.value);
  await page.waitForSelector('[data-testid="outcome"]');
  // Never back past the first entry of this page (that would leave the widget's page).
  await page.evaluate(async (depth) => {
    let d = 0;
    for (let i = 0; i < 60; i++) {
      if (d === 0 || (d > -depth && (i * 7919) % 3 !== 0)) { history.back(); d--; } else { history.forward(); d++; }
      await new Promise((r) => setTimeout(r, i % 4));
    }
  }, s.steps.length + 8);
  for (let i = 0; i < 10; i++) {
    await page.goBack({ waitUntil: 'commit' }).catch(() => {});
    await page.goForward({ waitUntil: 'commit' }).catch(() => {});
  }
  await page.waitForTimeout(300);
  await widgetOk(page);
  await urlFollows(page);
  const [hash, own] = await page.evaluate(() => [location.hash, document.querySelector('.sg-nav a[aria-current="page"]').getAttribute('href')]);
  assert.equal(own, hash, 'the widget shows what the URL says');
  assert.match(hash, CANONICAL);
  // And it still works: forward to the outcome by answering.
  await page.goto(`${server.url}#${s.link}`);
  await page.waitForSelector('[data-testid="outcome"]');
  await assertClean(t);
  await t.context.close();
});

test('two widgets on one page: links and clicks in one never disturb the other', async () => {
  const t = await open(browser);
  const { page } = t;
  await page.goto(`${server.url}host-example.html`);
  await page.waitForSelector('#api-widget [data-testid="question"]');
  await page.waitForSelector('[data-skyddsguide] [data-testid="question"]');
  const random = rng(7);
  for (let i = 0; i < 60; i++) {
    const s = SCENARIOS[Math.floor(random() * SCENARIOS.length)];
    const cut = Math.floor(random() * s.link.length);
    if (i % 2) {
      await page.evaluate((l) => window.skyddsguideExample.widget.show(l), s.link.slice(0, cut));
    } else {
      await page.evaluate((l) => { location.hash = l; }, `#${s.link.slice(0, cut)}`);
    }
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  // The second widget follows only show(): its own nav link never equals the page's fragment by accident of sync.
  const withForm = SCENARIOS.find((x) => x.forms > 0 && x.region === 'rjh');
  await page.evaluate((l) => window.skyddsguideExample.widget.show(l), withForm.link);
  await page.waitForSelector('#api-widget [data-testid="outcome"]');
  await page.evaluate(() => { location.hash = '#/explain'; });
  await page.waitForSelector('[data-skyddsguide] .sg-explainer');
  assert.equal(await page.locator('#api-widget [data-testid="outcome"]').count(), 1, 'the second widget kept its outcome');
  await page.locator('#sg1-name').fill('Tolvan');
  await page.evaluate(() => { location.hash = '#/guide?need=no-sharing'; });
  await page.waitForSelector('[data-skyddsguide] :is([data-testid="question"], [data-testid="outcome"])');
  assert.equal(await page.locator('#sg1-name').inputValue(), 'Tolvan', 'nothing entered in the second widget is lost');
  await assertClean(t);
  await t.context.close();
});
