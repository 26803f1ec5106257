/**
 * `NODE_OPTIONS=--experimental-websocket npx tsx scripts/bench-browser/popup-ab.ts DIR_A DIR_B
 *  [--runs N] [--rounds R]` (issue 7): two builds of the extension, the toolbar popup's first open
 * on five served ja-news pages, each build in a browser of its own, the builds taking turns for R
 * rounds of N openings. Whole `npm run bench:browser` runs of one build differ by 20 ms and more
 * in their first-open median from run to run on this 2-core machine (twelfth session: 107, 112 and
 * 133 ms for the same popup), more than most changes to the popup's start are worth; builds
 * measured in turns, in the same minutes, compare. Prints each build's medians: navigation start
 * → first script, → outline on screen, → its own answer on screen.
 * Build B, for instance: `git worktree add /tmp/b <rev> && cd /tmp/b && npm ci && npx wxt build`.
 */
import { parseArgs } from 'node:util';
import { launch, serve, tabIdOf } from '../../tests/e2e/harness';
import { median } from './popup';
import { painted, toolbarDriver } from './toolbar-popup';

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '20' }, rounds: { type: 'string', default: '2' } },
  allowPositionals: true,
});
if (positionals.length !== 2) throw new Error('usage: popup-ab.ts DIR_A DIR_B [--runs N] [--rounds R]');

const PAGES = [
  '10-nhk-ohtani-first-hr.html',
  '04-wired-helvetica-now.html',
  '22-nikkei-beicho-trump.html',
  '13-nippon-film-tori-lokita.html',
  '06-cnet-apple-weekly.html',
];
const server = await serve(
  Object.fromEntries(PAGES.map((p, i) => [`/a${i}.html`, `../shared/data/ja-news/pages/${p}`])),
);
const rows = new Map<string, { start: number; total: number; answer: number }[]>();
for (let round = 0; round < Number(values.rounds); round++)
  for (const dir of positionals) {
    const l = await launch({ extensionDir: dir });
    try {
      // Only the served pages load (their ad and font hosts would hold `load` for seconds).
      await l.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (r) => r.abort());
      const page = await l.context.newPage();
      await page.goto(`${server.origin}/a0.html`);
      const tabId = await tabIdOf(l, page);
      const driver = await toolbarDriver(l, 'message');
      for (let i = 0; i < Number(values.runs); i++) {
        // A new address each time: a first open, not the cached re-open.
        await page.goto(`${server.origin}/a${i % PAGES.length}.html?round=${round}&i=${i}`);
        const t = await driver.open(tabId, painted(page));
        rows.set(dir, [...(rows.get(dir) ?? []), { start: t.start, total: t.total, answer: t.answer }]);
      }
      await driver.close();
    } finally {
      await l.close();
    }
  }
await server.close();

for (const [dir, r] of rows)
  console.log(
    `${dir}: ${r.length} first opens: start ${median(r.map((x) => x.start)).toFixed(1)} · outline ${median(r.map((x) => x.total)).toFixed(1)} · answer ${median(r.map((x) => x.answer)).toFixed(1)} ms (medians)`,
  );
