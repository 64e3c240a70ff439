// Host pages: the example host page with hostile global CSS and two widgets (one by attributes,
// one by the JavaScript API); the widget's stylesheet changes nothing of the host's; mount,
// unmount and show from JavaScript, with bad options, bad links and double calls; the outcome
// event; content-hashed file names that keep a browser from mixing two builds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { DIST, serve, launch, open, assertClean, axe, scenarios, urlFollows } from './lib.mjs';

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

/** Answer a question inside one widget (`root` is its mount element's selector). */
async function answerIn(page, root, question, value) {
  const q = page.locator(`${root} [data-testid="question"][data-question="${question}"]`);
  await q.waitFor();
  await q.locator(`input[value="${value}"]`).locator('xpath=..').locator('label').click();
  await q.getByRole('button', { name: 'Fortsätt' }).click();
}

/** The host's generated content (`li::before`, `a::after`, `h2::before`, `legend::after` in
 * host-example.css) reaches no element of either widget: none is shown, none is read out. */
async function noHostContent(page, when) {
  const found = await page.evaluate(() => {
    const out = [];
    const els = [...document.querySelectorAll('.sg, .sg *')];
    for (const el of els) {
      // The widget's own: the comparison table's cell labels on a narrow screen.
      if (el.matches('.sg-compare td')) continue;
      for (const pseudo of ['::before', '::after']) {
        const c = getComputedStyle(el, pseudo).content;
        if (c !== 'none' && c !== 'normal') out.push(`${el.tagName.toLowerCase()}.${el.className}${pseudo} ${c}`);
      }
    }
    return { checked: els.length, out };
  });
  assert.ok(found.checked > 100, `${when}: ${found.checked} elements checked`);
  assert.deepEqual(found.out, [], `${when}: host content inside a widget`);
}

async function openHostile(opts, hash = '') {
  const t = await open(browser, opts);
  const warnings = [];
  t.page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await t.page.goto(`${server.url}host-example.html${hash}`);
  await t.page.waitForSelector('[data-skyddsguide] :is([data-testid="question"], [data-testid="outcome"])');
  await t.page.waitForSelector('#api-widget [data-testid="question"]');
  return { ...t, warnings };
}

test('hostile host CSS: both widgets stay readable and usable, with visible focus and zero axe violations', async () => {
  const t = await openHostile();
  const { page } = t;
  for (const root of ['[data-skyddsguide]', '#api-widget']) {
    const look = await page.evaluate((root) => {
      const w = document.querySelector(`${root} .sg`);
      const s = (el) => getComputedStyle(el);
      const p = w.querySelector('[data-testid="question"] legend, [data-testid="question"] h2');
      const button = w.querySelector('button.sg-button');
      const label = w.querySelector('.sg-option label');
      const fieldset = w.querySelector('fieldset');
      const r = button.getBoundingClientRect();
      return {
        fontSize: parseFloat(s(w).fontSize),
        headingSize: parseFloat(s(p).fontSize),
        family: s(w).fontFamily,
        color: s(w).color,
        labelColor: s(label).color,
        labelSize: parseFloat(s(label).fontSize),
        labelTransform: s(label).textTransform,
        labelDisplay: s(label).display,
        button: [s(button).display, r.width, r.height],
        fieldsetBorder: s(fieldset).borderTopWidth,
        align: s(w).textAlign,
      };
    }, root);
    assert.equal(look.fontSize, 16, `${root}: the reader's default size, not the host's 10 px root`);
    assert.ok(look.headingSize >= 16, `${root}: heading ${look.headingSize}px`);
    assert.doesNotMatch(look.family, /Georgia|Times|(^|,\s*)serif$/, `${root}: font ${look.family}`);
    assert.equal(look.color, 'rgb(27, 27, 31)', `${root}: text colour`);
    assert.equal(look.labelColor, 'rgb(27, 27, 31)', `${root}: label colour`);
    assert.equal(look.labelSize, 16, `${root}: label size`);
    assert.equal(look.labelTransform, 'none');
    assert.notEqual(look.labelDisplay, 'none');
    assert.notEqual(look.button[0], 'none', `${root}: buttons are shown`);
    assert.ok(look.button[1] > 40 && look.button[2] >= 44, `${root}: button ${look.button[1]}×${look.button[2]}`);
    assert.equal(look.fieldsetBorder, '0px', `${root}: the host's fieldset border does not reach the widget`);
    assert.match(look.align, /start|left/, `${root}: text alignment`);
  }
  await noHostContent(page, 'the first screens');
  await axe(page, 'the hostile host page (both widgets)');
  // Each widget works: widget 1 owns the URL, widget 2 keeps its state to itself.
  await answerIn(page, '[data-skyddsguide]', 'start', 'no-login');
  await page.waitForSelector('[data-skyddsguide] [data-question="by-lock"]');
  await urlFollows(page);
  assert.match(page.url(), /#\/guide\?need=no-login$/);
  await answerIn(page, '#api-widget', 'start', 'no-record-online');
  await page.waitForSelector('#api-widget :is([data-testid="question"]:not([data-question="start"]), [data-testid="outcome"])');
  await urlFollows(page);
  assert.match(page.url(), /#\/guide\?need=no-login$/, 'the second widget leaves the fragment alone');
  await noHostContent(page, 'after answering');
  await axe(page, 'the hostile host page after answering');
  // Focus is visible on the widget's controls by keyboard.
  await page.locator('#api-widget .sg-nav a').first().focus();
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => {
    const a = document.activeElement;
    const s = getComputedStyle(a);
    return [a.closest('.sg') !== null, s.outlineStyle, parseFloat(s.outlineWidth)];
  });
  assert.ok(ring[0] && ring[1] !== 'none' && ring[2] >= 2, `focus ring ${ring}`);
  await assertClean(t);
  await t.context.close();
});

test('the widget\'s stylesheet changes nothing outside the widget', async () => {
  const t = await openHostile();
  const snapshot = () => t.page.evaluate(() => {
    const props = ['display', 'font-family', 'font-size', 'color', 'margin-top', 'padding-left', 'border-top-width', 'text-transform', 'line-height', 'box-sizing', 'outline-style'];
    return [...document.querySelectorAll('body *')].filter((el) => !el.closest('.sg') && !el.matches('[data-skyddsguide], #api-widget'))
      .map((el) => `${el.tagName}.${el.className}: ${props.map((p) => getComputedStyle(el).getPropertyValue(p)).join(' | ')}`);
  });
  const withWidgetCss = await snapshot();
  await t.page.evaluate(() => document.querySelector('link[href="style.css"]').remove());
  const without = await snapshot();
  assert.ok(withWidgetCss.length > 10, `${withWidgetCss.length} host elements compared`);
  assert.deepEqual(withWidgetCss, without);
  await t.context.close();
});

test('trainer mode\'s stylesheet comes with the trainer module, right after the widget\'s, and changes nothing outside the widget', async () => {
  const t = await openHostile();
  const { page } = t;
  const sheets = () => page.evaluate(() => [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href').replace(/^.*\//, '')));
  assert.ok(!(await sheets()).some((h) => h.startsWith('skyddsguide-trainer')), 'not loaded before a trainer page');
  const hostStyles = () => page.evaluate(() => {
    const props = ['display', 'font-family', 'font-size', 'color', 'margin-top', 'padding-left', 'border-top-width', 'text-transform', 'line-height', 'box-sizing', 'outline-style'];
    return [...document.querySelectorAll('body *')].filter((el) => !el.closest('.sg') && !el.matches('[data-skyddsguide], #api-widget'))
      .map((el) => `${el.tagName}.${el.className}: ${props.map((p) => getComputedStyle(el).getPropertyValue(p)).join(' | ')}`);
  });
  const before = await hostStyles();
  await page.evaluate(() => window.skyddsguideExample.widget.show('#/scenarios'));
  await page.waitForSelector('#api-widget .sg-case');
  const linked = await sheets();
  const at = linked.findIndex((h) => /^skyddsguide-trainer-[0-9a-f]{16}\.css$/.test(h));
  assert.ok(at > 0, `the trainer module's stylesheet is linked: ${linked.join(', ')}`);
  assert.equal(linked[at - 1], 'style.css', `right after the widget's own: ${linked.join(', ')}`);
  // Its rules apply inside the widget (a case is a bordered box) ...
  assert.equal(await page.locator('#api-widget .sg-case').first().evaluate((el) => getComputedStyle(el).borderTopStyle), 'solid');
  // ... and nowhere outside it.
  assert.ok(before.length > 10);
  assert.deepEqual(await hostStyles(), before);
  await assertClean(t);
  await t.context.close();
});

test('the outcome event carries the outcome shown, from both widgets, and never a personal field', async () => {
  // By clicking, in the first widget: back from an outcome with a form, then forward again.
  const withForm = scenarios().find((s) => s.forms > 0 && s.region === 'rjh');
  const t = await openHostile({}, `#${withForm.link}`);
  const { page } = t;
  await page.waitForSelector('[data-skyddsguide] [data-testid="outcome"]');
  await page.evaluate(() => {
    window.__outcomes = [];
    document.addEventListener('outcome', (e) => window.__outcomes.push({ on: e.target.id || 'attr', detail: e.detail }));
  });
  await page.locator('[data-skyddsguide]').getByRole('button', { name: 'Tillbaka' }).click();
  await page.waitForSelector('[data-skyddsguide] [data-testid="question"]');
  await page.locator('[data-skyddsguide] [data-testid="question"]').getByRole('button', { name: 'Fortsätt' }).click();
  await page.waitForSelector('[data-skyddsguide] [data-testid="outcome"]');
  const title = await page.locator('[data-skyddsguide] [data-testid="outcome"] h2').innerText();
  assert.equal(title.trim(), withForm.title);
  await page.locator('#sg0-name').fill('Tolvan Tolvansson');
  await page.locator('#sg0-pnr').fill('19121212-1212');
  let got = await page.evaluate(() => window.__outcomes);
  assert.equal(got.length, 1);
  assert.equal(got[0].on, 'attr');
  assert.equal(got[0].detail.heading.title, title.trim());
  assert.ok(Array.isArray(got[0].detail.sources) && got[0].detail.sources.every((s) => s.version));
  assert.match(got[0].detail.link, /^#\/guide\?/);
  assert.equal(await page.locator('#host-log').textContent(), `${title.trim()} (${got[0].detail.forms.map((f) => f.title ?? 'blankett utan titel').join(', ') || 'ingen blankett'})`);
  // By show(), in the second widget, for every scenario: the event names the engine's heading.
  for (const s of scenarios()) {
    await page.evaluate((link) => { window.__outcomes = []; window.skyddsguideExample.widget.show(link); }, s.link);
    await page.waitForFunction(() => window.__outcomes.length > 0);
    got = await page.evaluate(() => window.__outcomes);
    assert.equal(got.length, 1, `${s.heading}: one event`);
    assert.equal(got[0].on, 'api-widget');
    assert.equal(got[0].detail.heading.id, s.heading);
    assert.equal(got[0].detail.heading.title, s.title);
    assert.equal(got[0].detail.region, s.region);
    const text = JSON.stringify(got[0].detail);
    assert.doesNotMatch(text, /Tolvan|1212/, 'no personal field');
  }
  await assertClean(t);
  await t.context.close();
});

test('mount, unmount and show from JavaScript: bad options, bad links and double calls never break', async () => {
  const t = await openHostile();
  const { page } = t;
  const result = await page.evaluate(async () => {
    const { mount } = await import(new URL('boot.js', location.href).href);
    const out = {};
    const el = document.createElement('div');
    el.id = 'third';
    document.querySelector('main').append(el);
    const h = mount(el, { region: 'stockholm', colour: 'blue', lang: 5, exitUrl: 'javascript:alert(1)', audience: 'staff' });
    await new Promise((r) => setTimeout(r, 50));
    out.notice = el.querySelector('.sg-config-errors')?.innerText ?? '';
    out.region = el.querySelector('select')?.value;
    out.mounted = h.mounted;
    // Mounting again on the same element replaces the widget.
    const h2 = mount(el, { region: 'jonkoping' });
    await new Promise((r) => setTimeout(r, 50));
    out.widgets = el.querySelectorAll('.sg').length;
    out.oldMounted = h.mounted;
    out.region2 = el.querySelector('select')?.value;
    out.noNotice = el.querySelectorAll('.sg-config-errors').length;
    // Not a string (a host's mistake): reported as a bad link, never thrown (the glue would throw).
    out.nonString = [];
    for (const link of [undefined, null, 42, {}]) {
      try { h2.show(link); out.nonString.push('ok'); } catch (e) { out.nonString.push(String(e)); }
    }
    out.handleKeys = Object.keys(h2).sort().join(',');
    // show() with bad links: reported in the widget, never thrown.
    for (const link of ['', 'nonsense', '#', '#/', '#/nope?x', '#/guide?measure=zzz&&&=', 'x'.repeat(10000), '\u0000\u202e😀', 'https://example.org/#/guide?region=rjh&need=no-login']) {
      h2.show(link);
    }
    h.show('#/explain');
    await new Promise((r) => setTimeout(r, 50));
    out.afterShow = el.querySelector('[data-testid="question"]')?.dataset.question;
    h2.unmount();
    h2.unmount();
    h.unmount();
    out.emptied = el.innerHTML;
    out.mountedAfter = h2.mounted;
    h2.show('#/guide?need=no-login');
    try { mount(null, {}); out.threw = 'no'; } catch (e) { out.threw = e instanceof TypeError ? 'TypeError' : String(e); }
    const e2 = document.createElement('div');
    document.querySelector('main').append(e2);
    const h3 = mount(e2, 'not an object');
    await new Promise((r) => setTimeout(r, 50));
    out.notObject = e2.querySelector('.sg-config-errors')?.innerText ?? '';
    h3.unmount();
    return out;
  });
  assert.match(result.notice, /colour/);
  assert.match(result.notice, /region/);
  assert.match(result.notice, /lang/);
  assert.match(result.notice, /exitUrl/);
  assert.equal(result.region, 'rjh', 'the default region applies');
  assert.equal(result.mounted, true);
  assert.equal(result.widgets, 1);
  assert.equal(result.oldMounted, false);
  assert.equal(result.region2, 'jonkoping');
  assert.equal(result.noNotice, 0);
  assert.equal(result.afterShow, 'by-lock', 'the last good link applies');
  assert.deepEqual(result.nonString, ['ok', 'ok', 'ok', 'ok'], 'show() with a value that is not a string never throws');
  assert.equal(result.handleKeys, 'mounted,show,unmount', 'the handle is what boot.d.ts declares (no free(), which would leave the handle unusable)');
  assert.equal(result.emptied, '');
  assert.equal(result.mountedAfter, false);
  assert.equal(result.threw, 'TypeError');
  assert.match(result.notObject, /objekt/);
  for (const name of ['colour', 'region', 'lang', 'exitUrl']) {
    assert.ok(t.warnings.some((w) => w.includes(`"${name}"`)), `a console warning names ${name}: ${t.warnings}`);
  }
  // The two original widgets are untouched.
  assert.equal(await page.locator('[data-skyddsguide] [data-testid="question"]').count(), 1);
  assert.equal(await page.locator('#api-widget [data-testid="question"]').count(), 1);
  await assertClean(t);
  await t.context.close();
});

test('show() on the example page opens the case in the second widget only', async () => {
  const t = await openHostile();
  const { page } = t;
  await page.getByRole('link', { name: 'invånaren vill låsa sin inloggning' }).click();
  await page.waitForSelector('#api-widget [data-testid="outcome"]');
  assert.equal(await page.locator('[data-skyddsguide] [data-testid="question"][data-question="start"]').count(), 1);
  await urlFollows(page);
  assert.doesNotMatch(page.url(), /need=/);
  await assertClean(t);
  await t.context.close();
});

test('the second widget follows its own links (navigation, the explainer, the map) and leaves the page\'s URL alone', async () => {
  const t = await openHostile();
  const { page } = t;
  const firstOnStart = () => page.locator('[data-skyddsguide] [data-testid="question"][data-question="start"]').count();
  // The navigation (html!) and the explainer's links (markup) reach the widget's root handler.
  await page.locator('#api-widget .sg-nav a').nth(1).click();
  await page.waitForSelector('#api-widget .sg-explainer');
  await page.locator('#api-widget .sg-links a').first().click();
  // The second widget (Region Jönköpings län) now follows the measure in its own state.
  await page.waitForSelector('#api-widget .sg-nav a[aria-current="page"][href="#/guide?measure=lock"]');
  assert.equal(await page.locator('#api-widget .sg-explainer').count(), 0, 'the explainer\'s link left the explainer');
  await urlFollows(page);
  assert.doesNotMatch(page.url(), /explain|measure=/, 'the page\'s URL stays the first widget\'s');
  assert.equal(await firstOnStart(), 1, 'the first widget kept its screen');
  // The same link in the first widget, which owns the URL, moves the URL.
  await page.locator('[data-skyddsguide] .sg-nav a').nth(1).click();
  await page.waitForSelector('[data-skyddsguide] .sg-explainer');
  await page.locator('[data-skyddsguide] .sg-links a').first().click();
  await page.waitForSelector('[data-skyddsguide] [data-testid="question"]:not([data-question="start"])');
  await urlFollows(page);
  assert.match(page.url(), /#\/guide\?measure=lock$/);
  // A box of the decision map (SVG links written as markup, in the trainer module).
  await page.evaluate(() => window.skyddsguideExample.widget.show('#/graph'));
  await page.locator('#api-widget .sg-map svg a').first().click();
  await page.waitForSelector('#api-widget :is([data-testid="question"], [data-testid="outcome"])');
  await urlFollows(page);
  assert.doesNotMatch(page.url(), /graph/, 'the map\'s box leaves the page\'s URL alone');
  assert.match(page.url(), /#\/guide\?measure=lock$/);
  await assertClean(t);
  await t.context.close();
});

test('a click with a modifier key stays the browser\'s: Ctrl and Shift on the second widget\'s link open the browser\'s own tab or window, and the widget keeps its screen (invariant 16)', async () => {
  const t = await openHostile();
  const { page, context } = t;
  const link = page.locator('#api-widget .sg-nav a').nth(1);
  const href = await link.getAttribute('href');
  assert.match(href, /^#\//, 'the link is one the root handler would follow');
  for (const key of ['Control', 'Shift']) {
    const opened = context.waitForEvent('page', { timeout: 10000 });
    await link.click({ modifiers: [key] });
    const other = await opened;
    await other.waitForLoadState('domcontentloaded');
    assert.ok(other.url().endsWith(href), `${key}: the browser opened the link itself (${other.url()})`);
    await other.close();
    await urlFollows(page);
    assert.equal(await page.locator('#api-widget .sg-explainer').count(), 0, `${key}: the widget did not follow the link`);
    assert.equal(await page.locator('#api-widget [data-testid="question"][data-question="start"]').count(), 1, `${key}: the widget kept its screen`);
    assert.doesNotMatch(page.url(), /explain/, `${key}: the page's URL is unchanged`);
  }
  // The same link, clicked plainly, is the widget's.
  await link.click();
  await page.waitForSelector('#api-widget .sg-explainer');
  await assertClean(t);
  await context.close();
});

test('the root\'s click handler reads only its own widget: a host\'s data-sg-change and data-sg-step do nothing; "Ändra" and "Avbryt ändring" work by keyboard', async () => {
  const t = await openHostile({}, '#/guide?need=no-login&by=citizen');
  const { page } = t;
  const w = '[data-skyddsguide]';
  await page.waitForSelector(`${w} [data-testid="outcome"]`);
  // An ancestor of the widget, the host's, carries the attribute: a click in the widget ignores it.
  await page.evaluate(() => document.body.setAttribute('data-sg-change', 'start'));
  await page.evaluate(() => document.documentElement.setAttribute('data-sg-step', 'restart'));
  await page.locator(`${w} [data-testid="outcome"] h2`).click();
  await urlFollows(page);
  assert.equal(await page.locator(`${w} .sg-editing`).count(), 0, 'no answer is being changed');
  assert.equal(await page.locator(`${w} [data-testid="outcome"]`).count(), 1, 'the outcome stays');
  assert.equal(await page.locator(`${w} .sg-answers .sg-answer`).count(), 2, 'no restart');
  await page.evaluate(() => document.body.removeAttribute('data-sg-change'));
  await page.evaluate(() => document.documentElement.removeAttribute('data-sg-step'));
  // The widget's own "Ändra" (markup) by keyboard: the question opens, its heading focused.
  await page.locator(`${w} [data-sg-change="by-lock"]`).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector(`${w} [data-testid="question"][data-question="by-lock"]`);
  await page.waitForFunction((w) => document.activeElement === document.querySelector(`${w} [data-testid="question"] h2`), w);
  assert.equal(await page.locator(`${w} .sg-editing`).count(), 1, 'the answer is being changed');
  // "Avbryt ändring" by keyboard at once: a key is never the second click of a series.
  await page.locator(`${w} [data-sg-step="cancel"]`).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector(`${w} [data-testid="outcome"]`);
  assert.equal(await page.locator(`${w} .sg-editing`).count(), 0, 'the change is cancelled');
  await assertClean(t);
  await t.context.close();
});

test('two modules: a guide reader loads no trainer module; opening trainer mode hands both widgets over, screens and handles kept', async () => {
  const t = await openHostile();
  const { page } = t;
  const trainerFiles = () => t.requests.filter((u) => /skyddsguide-trainer/.test(u));
  assert.deepEqual(trainerFiles(), [], 'the guide loads only the first-load module');
  // The second widget (it does not own the URL) shows an outcome of its own.
  await page.evaluate(() => window.skyddsguideExample.widget.show('#/guide?need=no-login&by=citizen'));
  await page.waitForSelector('#api-widget [data-testid="outcome"]');
  const heading = await page.locator('#api-widget [data-testid="outcome"] h2').first().innerText();
  // The first widget opens trainer mode from its navigation.
  await page.locator('[data-skyddsguide] .sg-nav').getByRole('link', { name: 'Scenarier för utbildning' }).click();
  await page.waitForSelector('[data-skyddsguide] .sg-library');
  assert.ok(trainerFiles().some((u) => u.endsWith('.wasm')) && trainerFiles().some((u) => u.endsWith('.js')), `the trainer module is loaded: ${trainerFiles()}`);
  await urlFollows(page);
  assert.match(page.url(), /#\/scenarios$/);
  // The second widget kept its screen, and its handle follows it into the trainer module.
  await page.waitForSelector('#api-widget [data-testid="outcome"]');
  assert.equal(await page.locator('#api-widget [data-testid="outcome"] h2').first().innerText(), heading);
  assert.equal(await page.locator('#api-widget .sg').count(), 1, 'one widget per element after the hand-over');
  assert.equal(await page.locator('[data-skyddsguide] .sg').count(), 1);
  await page.evaluate(() => window.skyddsguideExample.widget.show('#/graph'));
  await page.waitForSelector('#api-widget .sg-map svg');
  assert.equal(await page.evaluate(() => window.skyddsguideExample.widget.mounted), true);
  // Back in the first widget: the guide, in the trainer module (no second hand-over, no reload).
  await page.goBack();
  await page.waitForSelector('[data-skyddsguide] [data-testid="question"]');
  await page.evaluate(() => window.skyddsguideExample.widget.unmount());
  assert.equal(await page.locator('#api-widget .sg').count(), 0, 'unmount reaches the widget in the trainer module');
  assert.equal(await page.evaluate(() => window.skyddsguideExample.widget.mounted), false);
  await assertClean(t);
  await t.context.close();
});

test('when the trainer module cannot be loaded, trainer mode says so and the guide still works', async () => {
  const t = await open(browser);
  const { page } = t;
  await page.route('**/skyddsguide-trainer*', (route) => route.abort());
  await page.goto(`${server.url}#/guide`);
  await page.waitForSelector('[data-testid="question"]');
  await page.evaluate(() => { location.hash = '#/scenarios'; });
  const alert = page.getByRole('alert').filter({ hasText: 'Utbildningsläget kunde inte hämtas' });
  await alert.waitFor();
  // The widget is still the first-load module's, and still answers: back to the guide.
  await page.evaluate(() => { location.hash = '#/guide'; });
  await page.waitForSelector('[data-testid="question"]');
  assert.equal(await alert.count(), 0, 'the notice belongs to trainer mode only');
  await t.context.close();
});

test('a link the widget does not know as a trainer page (#/scenario/…) loads no trainer module', async () => {
  const t = await open(browser);
  const { page } = t;
  await page.goto(`${server.url}host-example.html#/scenario/x`);
  await page.waitForSelector('[data-skyddsguide] [data-testid="question"]');
  const wasm = t.requests.filter((u) => u.endsWith('.wasm')).map((u) => path.basename(new URL(u).pathname));
  assert.deepEqual(wasm.map((w) => /^skyddsguide_bg-[0-9a-f]{16}\.wasm$/.test(w)), [true], `the first-load module only: ${wasm}`);
  assert.match(await page.locator('[data-skyddsguide]').innerText(), /scenario\/x/, 'the unknown page is reported in the widget');
  await t.context.close();
});

test('a page opened on a trainer page loads the trainer module only', async () => {
  const t = await open(browser);
  const { page } = t;
  await page.goto(`${server.url}host-example.html#/scenarios`);
  await page.waitForSelector('[data-skyddsguide] .sg-library');
  const wasm = t.requests.filter((u) => u.endsWith('.wasm')).map((u) => path.basename(new URL(u).pathname));
  assert.equal(wasm.length, 1, `one wasm: ${wasm}`);
  assert.match(wasm[0], /^skyddsguide-trainer_bg-[0-9a-f]{16}\.wasm$/);
  await assertClean(t);
  await t.context.close();
});

test('every file but the embed names, the pages and the examples carries its content hash; boot.js names them', async () => {
  const files = fs.readdirSync(DIST, { recursive: true }).filter((f) => fs.statSync(path.join(DIST, f)).isFile());
  // The same list as scripts/hash.mjs (the example scenario file keeps the name the README gives it).
  const { STABLE: stable } = await import('../../scripts/hash.mjs');
  const hashed = files.filter((f) => !stable.test(path.basename(f)));
  assert.ok(hashed.length >= 3, `hashed files: ${hashed}`);
  for (const f of hashed) {
    const m = path.basename(f).match(/-([0-9a-f]{16})\.[a-z0-9]+$/);
    assert.ok(m, `dist/${f} has no content hash in its name`);
    const sum = crypto.createHash('sha256').update(fs.readFileSync(path.join(DIST, f))).digest('hex').slice(0, 16);
    assert.equal(m[1], sum, `dist/${f}: the name's hash is its content's`);
  }
  const boot = fs.readFileSync(path.join(DIST, 'boot.js'), 'utf8');
  // Both modules: the first-load one and the trainer one, each a glue file and its wasm.
  for (const stem of ['skyddsguide', 'skyddsguide-trainer']) {
    const wasm = hashed.find((f) => new RegExp(`^${stem}_bg-[0-9a-f]{16}\\.wasm$`).test(f));
    const glue = hashed.find((f) => new RegExp(`^${stem}-[0-9a-f]{16}\\.js$`).test(f));
    assert.ok(wasm && glue, `dist/ holds ${stem}'s glue and wasm: ${hashed}`);
    assert.ok(boot.includes(`"./${glue}"`) && boot.includes(`"${wasm}"`), `boot.js loads this build's ${stem} glue and wasm`);
  }
  assert.doesNotMatch(boot, /"\.\/skyddsguide(-trainer)?\.js"|"skyddsguide(-trainer)?_bg\.wasm"/, 'no unhashed name left in boot.js');
  for (const html of files.filter((f) => f.endsWith('.html'))) {
    const text = fs.readFileSync(path.join(DIST, html), 'utf8');
    for (const ref of text.matchAll(/(?:src|href)="(?:\.\/)?([^"#?:]+)"/g)) {
      assert.ok(fs.existsSync(path.join(DIST, ref[1])), `${html} refers to a missing file: ${ref[1]}`);
    }
  }
});

/** A real trap in the widget's own wasm, uncaught, called through its own glue: a handle whose
 * pointer is outside the wasm's memory. */
async function trapInWidget(page) {
  await page.evaluate(async () => {
    const glue = performance.getEntriesByType('resource').map((e) => e.name).find((n) => /\/skyddsguide-[0-9a-f]{16}\.js$/.test(n));
    const { Handle } = await import(glue);
    const forged = Object.create(Handle.prototype);
    forged.__wbg_ptr = 0xfffffff0;
    setTimeout(() => forged.show('#/guide'));
  });
}

test('a trap in the widget\'s wasm (a panic: the release build aborts at once) leaves a message in both widgets and the host as it was; a host\'s own trap is left to the host', async () => {
  const t = await openHostile();
  const host = () => t.page.evaluate(() => [...document.querySelectorAll('body > header, .host-text, .host-form, footer, h1, h2')].filter((e) => !e.closest('.sg')).map((e) => e.outerHTML));
  const before = await host();
  const widgets = () => t.page.evaluate(() => ['[data-skyddsguide]', '#api-widget'].map((s) => {
    const el = document.querySelector(s);
    return { question: !!el.querySelector('[data-testid="question"]'), alert: el.querySelector('.sg-panic[role="alert"]')?.textContent ?? null };
  }));
  // The host's own wasm traps in the host's own callback: not the widget's business.
  await t.page.evaluate(() => {
    const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 5, 1, 3, 0, 0, 11]);
    const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
    setTimeout(() => exports.f());
  });
  await t.page.waitForTimeout(300);
  assert.deepEqual(await widgets(), [{ question: true, alert: null }, { question: true, alert: null }], 'a host\'s trap changed a widget');
  assert.equal(t.problems.length, 1, `the host's trap is a page error: ${t.problems}`);
  assert.match(t.problems[0], /RuntimeError|unreachable/);
  // A trap in the widget's own wasm, called through its own glue.
  await trapInWidget(t.page);
  await t.page.waitForFunction(() => document.querySelectorAll('.sg-panic').length === 2);
  const msg = 'Något gick fel i Skyddsguiden. Ladda om sidan för att börja om. Something went wrong in Skyddsguiden. Reload the page to start over.';
  assert.deepEqual(await widgets(), [{ question: false, alert: msg }, { question: false, alert: msg }]);
  assert.equal(await t.page.locator('.sg-panic span[lang="en"]').count(), 2, 'the English sentence is marked as English');
  assert.equal(t.problems.length, 2, `the widget's trap is the second page error: ${t.problems}`);
  assert.match(t.problems[1], /RuntimeError|memory access out of bounds/);
  assert.deepEqual(await host(), before, 'the host page changed');
  await axe(t.page, 'the panic message');
  await t.context.close();
});

test('a trap in a widget mounted on the page\'s body (a script tag, no element) replaces the widget with the message', async () => {
  const t = await open(browser);
  const page = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'">
<title>Kropp</title><link rel="stylesheet" href="style.css"><script type="module" src="boot.js"></script></head>
<body><p id="host-own">Värdsidans egen text.</p></body></html>`;
  await t.page.route(`${server.url}bare.html`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: page }));
  await t.page.goto(`${server.url}bare.html#/guide`);
  await t.page.waitForSelector('body > .sg [data-testid="question"]');
  // The widget takes the body (Yew renders into an emptied root), as the standalone page always did.
  assert.deepEqual(await t.page.evaluate(() => [...document.body.children].map((e) => e.className)), ['sg']);
  await trapInWidget(t.page);
  await t.page.waitForSelector('body > .sg > .sg-panic[role="alert"]');
  assert.deepEqual(await t.page.evaluate(() => [...document.body.children].map((e) => e.className)), ['sg'], 'the widget\'s root is replaced');
  assert.equal(await t.page.locator('[data-testid="question"]').count(), 0);
  assert.equal(t.problems.length, 1, `the trap is the page's one error: ${t.problems}`);
  await t.context.close();
});
