/**
 * `npx tsx scripts/ja-tune.ts [DIR] [--param name=v1,v2,…]…`
 * Leave-one-page-out choice of the Japanese model's few global strengths (lib/segment/ja-tuning.ts
 * JA_TUNING; issue 3). For every labelled ja-news page, each grid point is scored on the other
 * pages, the best is applied to the held-out page, and the held-out paragraphs are pooled: the
 * printed LOPO figures estimate what the chosen values give on unseen pages. Also prints the
 * figures of every grid point on all pages. The pages are extracted once and segmented per point.
 */
import { parseArgs } from 'node:util';
import { figures, loadJaPages, objective, pct, runPage, type PageResult } from './ja-pages';
import { assignSettings, slot } from './ja-tune-targets';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    param: { type: 'string', multiple: true, default: [] },
    /** Also print, for every held-out page, the grid point chosen on the other pages. */
    verbose: { type: 'boolean', default: false },
  },
});
const dir = positionals[0] ?? '../shared/data/ja-news';
const assign = (g: Record<string, number>) => void assignSettings(g);

const pages = loadJaPages(dir);

const grid: Record<string, number>[] = [{}];
for (const spec of values.param!) {
  const [name, list] = spec.split('=');
  slot(name);
  const vs = list.split(',').map(Number);
  grid.splice(0, grid.length, ...grid.flatMap((g) => vs.map((v) => ({ ...g, [name]: v }))));
}
const base = Object.fromEntries(Object.keys(grid[0]).map((n) => [n, slot(n)[0][slot(n)[1]]]));
const results = grid.map((g) => {
  assign({ ...base, ...g });
  return pages.map(runPage);
});
assign(base);
const f = pct;
grid.forEach((g, i) => {
  const all = figures(results[i]);
  console.log(`${JSON.stringify(g)}  acc ${f(all.acc)} macro ${f(all.macro)} sections ${f(all.sect)}`);
});
if (grid.length > 1) {
  const held: PageResult[] = [];
  pages.forEach((_, p) => {
    let best = 0;
    let bestScore = -Infinity;
    results.forEach((rs, i) => {
      const score = objective(figures(rs.filter((_, q) => q !== p)));
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    held.push(results[best][p]);
    if (values.verbose) {
      const r = results[best][p];
      const right = r.gold.filter((g, i) => g === r.pred[i]).length;
      console.log(
        `  held out ${pages[p].name}: ${JSON.stringify(grid[best])} (${right}/${r.gold.length} right)`,
      );
    }
  });
  const lopo = figures(held);
  console.log(`leave-one-page-out: acc ${f(lopo.acc)} macro ${f(lopo.macro)} sections ${f(lopo.sect)}`);
}
