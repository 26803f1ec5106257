/**
 * `NODE_OPTIONS=--experimental-websocket npx tsx scripts/bench-browser/panel-heap.ts [rounds]`
 * (issue 7, memory): the side panel's heap over many outlines, the reloads driven from inside
 * the panel (one evaluate for 200 outlines, so no Playwright code runs in the panel per
 * outline), read after a forced GC every 200 outlines. The seed page is outlined again each
 * time (the worker answers from its cache; the panel receives and renders a new outline).
 * Written to tell a leak (steady growth) from the JIT warming up (growth that stops): the
 * growth the memory phase saw was optimised code (`--snapshots`: InstructionStream, Code).
 */
import { join } from 'node:path';
import { launch, openExtensionPage, ROOT, serve, tabIdOf } from '../../tests/e2e/harness';
import { pageHeap } from './heap';

const ROUNDS = Number(process.argv[2] ?? 6);
const server = await serve({ '/p0.html': join(ROOT, 'tests/fixtures/seed/source.html') });
const browser = await launch();
const article = await browser.context.newPage();
await article.goto(`${server.origin}/p0.html`);
const panel = await openExtensionPage(browser, 'sidepanel.html', await tabIdOf(browser, article));
await panel.locator('.lede[aria-busy="false"] main').first().waitFor();
const outlines = (n: number) =>
  panel.evaluate(`(async () => {
    const settled = () => document.querySelector('.lede[aria-busy="false"] main');
    for (let i = 0; i < ${n}; i++) {
      [...document.querySelectorAll('button')].find((b) => /reload|再読み込み/i.test(b.textContent)).click();
      await new Promise((r) => setTimeout(r, 0));
      while (!settled()) await new Promise((r) => setTimeout(r, 5));
    }
  })()`);
await outlines(60);
let last = await pageHeap(panel);
console.log(`after 60 outlines: ${(last / 1024).toFixed(0)} kB`);
for (let k = 1; k <= ROUNDS; k++) {
  await outlines(200);
  const now = await pageHeap(panel);
  console.log(
    `after ${60 + k * 200} outlines: ${(now / 1024).toFixed(0)} kB (${((now - last) / 200).toFixed(0)} B/outline)`,
  );
  last = now;
}
await browser.close();
await server.close();
