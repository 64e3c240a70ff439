// Answer → next screen, measured in a browser that no debugger is attached to (scripts/bench
// copies this file into dist/ for one run, loads it beside boot.js in a plain headless Chromium,
// and deletes it). Measured in a page that does nothing else, `history.pushState` took 0.9 ms at
// p95 in a plain browser and 7.8 ms at p95 (25.6 ms at worst) under Playwright, and the widget
// writes the fragment on every step. The driver answers every scenario as
// a person would (the option's label, then the form's button) and times each answer from the
// click to the mutation that brings the next screen's heading (the same window as lib.mjs's
// observer), then posts the figures back to the bench's server.
const scenarios = await (await fetch("bench-drive.json")).json();
const latencies = [];
let where = "";
const next = (pred) =>
  new Promise((resolve, reject) => {
    // A screen that never comes fails the run with where it stopped, instead of hanging it.
    const timer = setTimeout(() => {
      mo.disconnect();
      reject(new Error(`no next screen after ${where} (at ${location.hash})`));
    }, 10000);
    const check = () => {
      const v = pred();
      if (v) {
        clearTimeout(timer);
        mo.disconnect();
        resolve(v);
      }
    };
    const mo = new MutationObserver(check);
    mo.observe(document, { childList: true, subtree: true, attributes: true });
    check();
  });
const heading = () => document.querySelector(".sg [data-focus]");
// A person's pace: the widget writes the URL after the frame that shows a screen, so the driver,
// like a person, lets two frames pass before its next move.
const pause = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 10))));
try {
  for (let round = 0; round < 2; round++) {
    for (const s of scenarios) {
      await pause();
      location.hash = "#/guide";
      await next(() => document.querySelector('[data-testid="question"][data-question="start"]'));
      const region = document.querySelector(".sg-region select");
      if (region.value !== s.region) {
        region.value = s.region;
        region.dispatchEvent(new Event("change", { bubbles: true }));
      }
      for (const step of s.steps) {
        where = `${s.link}: ${step.question}=${step.value}`;
        const q = await next(() => document.querySelector(`[data-testid="question"][data-question="${step.question}"]`));
        await pause();
        q.querySelector(`label[for="sg0-${step.question}-${step.value}"]`).click();
        await pause();
        const before = heading();
        const t0 = performance.now();
        q.querySelector('button[type="submit"]').click();
        await next(() => {
          const h = heading();
          return h && h !== before && h.isConnected;
        });
        latencies.push(performance.now() - t0);
      }
      if (!document.querySelector('[data-testid="outcome"]')) throw new Error(`no outcome for ${s.link}`);
    }
  }
  await fetch("__bench", { method: "POST", body: JSON.stringify({ latencies }) });
} catch (e) {
  await fetch("__bench", { method: "POST", body: JSON.stringify({ error: String(e) }) });
}
