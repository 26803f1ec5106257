/**
 * `npx tsx scripts/bench-browser/extract-ext-ab.ts [--pages N]` (issue 7, scratch): the built
 * extension's first open on the pages of `npm run bench:browser`, with the article tab's
 * main-thread CPU time (CDP `Performance` ThreadTime) from before the popup opens to the outline
 * on screen: the content script's injection and extraction, whatever the figure `lede:extract`
 * leaves out. Run it in two trees at the same moment to compare builds on a loaded machine.
 */
import { launch, serve, tabIdOf } from '../../tests/e2e/harness';
import { benchPages } from './pages';
import { readInPage, watchLongTasks } from './longtasks';
import { popupTiming } from './popup';

const args = process.argv.slice(2);
const PAGES = args.includes('--pages') ? Number(args[args.indexOf('--pages') + 1]) : 30;
const files = benchPages(PAGES);
const server = await serve(Object.fromEntries(files.map((f, i) => [`/p${i}.html`, f])));
const browser = await launch();
await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
const self = new Map<string, number>();
const rows: { extract: number; block: number; cpu: number }[] = [];
for (let i = 0; i < files.length; i++) {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/p${i}.html`, { waitUntil: 'load' });
  await page.waitForTimeout(100);
  // The heartbeat is a busy loop of messages: its own CPU would swamp the figure (`--blocks`).
  if (args.includes('--blocks')) await watchLongTasks(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const thread = async () =>
    (
      (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }
    ).metrics.find((m) => m.name === 'ThreadTime')!.value * 1000;
  const profile = args.includes('--profile');
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const before = await thread();
  const tabId = await tabIdOf(browser, page);
  await popupTiming(browser, tabId);
  const inPage = await readInPage(page);
  const cpu = (await thread()) - before;
  if (profile) {
    const { profile: p } = (await cdp.send('Profiler.stop')) as {
      profile: {
        nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
        samples: number[];
        timeDeltas: number[];
      };
    };
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    for (let k = 0; k < p.samples.length; k++) {
      const n = byId.get(p.samples[k])!;
      const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${(n.callFrame as { columnNumber?: number }).columnNumber}`;
      self.set(key, (self.get(key) ?? 0) + (p.timeDeltas[k + 1] ?? 0) / 1000);
    }
  }
  rows.push({ extract: inPage.extract ?? NaN, block: inPage.longestTask, cpu });
  console.log(
    `  ${String(i).padStart(2)} extract ${inPage.extract?.toFixed(1)} ms  block ${inPage.longestTask.toFixed(0)} ms  page CPU ${cpu.toFixed(1)} ms`,
  );
  await cdp.detach();
  await page.close();
}
const pct = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((q / 100) * s.length))];
};
console.log(
  `extract median ${pct(
    rows.map((r) => r.extract),
    50,
  ).toFixed(1)} p95 ${pct(
    rows.map((r) => r.extract),
    95,
  ).toFixed(1)}  block median ${pct(
    rows.map((r) => r.block),
    50,
  ).toFixed(0)} max ${Math.max(...rows.map((r) => r.block)).toFixed(0)}  page CPU median ${pct(
    rows.map((r) => r.cpu),
    50,
  ).toFixed(1)} total ${rows.reduce((s, r) => s + r.cpu, 0).toFixed(0)}`,
);
for (const [k, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(`    ${ms.toFixed(1).padStart(8)} ms  ${k}`);
await browser.close();
await server.close();
