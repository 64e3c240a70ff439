// Browser timings for scripts/bench: time to the first question after navigation (cold, no
// cache), and answer → next screen over every scenario (from the e2e run, or measured here).
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, open, scenarios, answer, percentile, ROOT } from '../tests/e2e/lib.mjs';

const server = await serve('/');
const browser = await launch();
const loads = [];
for (let i = 0; i < 15; i++) {
  const t = await open(browser);
  const t0 = Date.now();
  await t.page.goto(`${server.url}#/guide`);
  await t.page.waitForSelector('[data-testid="question"]');
  loads.push(Date.now() - t0);
  await t.context.close();
}
const latencies = [];
const t = await open(browser);
for (const s of scenarios()) {
  await t.page.goto(`${server.url}#/guide`);
  await t.page.waitForSelector('[data-testid="question"][data-question="start"]');
  if (s.region !== 'rjh') await t.page.getByLabel('Region', { exact: true }).selectOption(s.region);
  for (const step of s.steps) await answer(t.page, step.question, step.value);
  await t.page.waitForSelector('[data-testid="outcome"]');
  latencies.push(...(await t.page.evaluate(() => window.__latency.splice(0))));
}
await browser.close();
await server.close();
const out = {
  load_to_first_question_ms: { runs: loads.length, median: percentile(loads, 50), p95: percentile(loads, 95) },
  answer_to_next_screen_ms: { answers: latencies.length, median: +percentile(latencies, 50).toFixed(1), p95: +percentile(latencies, 95).toFixed(1) },
};
fs.writeFileSync(path.join(ROOT, 'target', 'bench-browser.json'), JSON.stringify(out));
console.log(JSON.stringify(out));
