// Screenshots of every kind of screen at 320 px and at desktop width, for a person to look at.
// Usage: node scripts/screenshots.mjs [outdir]   (after scripts/build)
import path from 'node:path';
import fs from 'node:fs';
import { serve, launch, open } from '../tests/e2e/lib.mjs';

const out = process.argv[2] || 'target/screenshots';
fs.mkdirSync(out, { recursive: true });
const screens = [
  ['start', '#/guide'],
  ['question', '#/guide?measure=lock&action=apply&by=care'],
  ['outcome-acute', '#/guide?region=rjh&measure=seal&action=apply&by=care&urgency=acute&hours=after'],
  ['outcome-refusal', '#/guide?need=no-login&by=care&home=region&grounds=abnormal-use'],
  ['outcome-silent', '#/guide?region=jonkoping&measure=lock'],
  ['outcome-combo', '#/guide?need=guardian-out&by=care&home=region&urgency=acute&hours=after'],
  ['explainer', '#/explain'],
  ['bad-link', '#/guide?measure=seel&by=care&x'],
];
const server = await serve('/');
const browser = await launch();
for (const width of [320, 1280]) {
  for (const [name, hash] of screens) {
    const t = await open(browser, { width, height: 800 });
    await t.page.goto(server.url + hash);
    await t.page.waitForSelector('.sg [data-testid], .sg .sg-explainer');
    await t.page.screenshot({ path: path.join(out, `${name}-${width}.png`), fullPage: true });
    await t.context.close();
  }
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
