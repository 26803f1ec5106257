/**
 * `npx tsx scripts/ja-tune.ts [DIR] [--param name=v1,v2,…]…`
 * Leave-one-page-out choice of the Japanese model's few global strengths (lib/segment/japanese.ts
 * JA_TUNING; issue 3). For every labelled ja-news page, each grid point is scored on the other
 * pages, the best is applied to the held-out page, and the held-out paragraphs are pooled: the
 * printed LOPO figures estimate what the chosen values give on unseen pages. Also prints the
 * figures of every grid point on all pages. The pages are extracted once and segmented per point.
 */
import { parseArgs } from 'node:util';
import {
  CLOSING_PRIOR,
  HEADLINE_PRIOR,
  JA_DAYS,
  JA_ROLLUP,
  JA_TUNING,
  LEAD_PRIOR,
} from '../lib/segment/japanese';
import { figures, loadJaPages, objective, pct, runPage, type PageResult } from './ja-pages';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    param: { type: 'string', multiple: true, default: [] },
    /** Also print, for every held-out page, the grid point chosen on the other pages. */
    verbose: { type: 'boolean', default: false },
  },
});
const dir = positionals[0] ?? '../shared/data/ja-news';
/** The tunable objects: `name` is a JA_TUNING key, `days.past`, `lead.0`, `closing.outlook`, `rollup.posterior`. */
const TARGETS: Record<string, Record<string, number>> = {
  '': JA_TUNING as Record<string, number>,
  days: JA_DAYS,
  lead: LEAD_PRIOR as unknown as Record<string, number>,
  closing: CLOSING_PRIOR,
  headline: HEADLINE_PRIOR,
  rollup: JA_ROLLUP as unknown as Record<string, number>,
};
const slot = (name: string): [Record<string, number>, string] => {
  const [a, b] = name.includes('.') ? name.split('.') : ['', name];
  if (!TARGETS[a] || !(b in TARGETS[a])) throw new Error(`unknown parameter ${name}`);
  return [TARGETS[a], b];
};
const assign = (g: Record<string, number>) => {
  for (const [name, v] of Object.entries(g)) {
    const [o, k] = slot(name);
    o[k] = v;
  }
};

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
