/**
 * `npx tsx scripts/profile-outline.ts [--only PREFIX] [--rounds N] [--min-chars N] [--max-chars N]`
 * (issue 7) segment() + pickPoints() over the corpus pages (default: the NewsDiscourse pages,
 * which set the bench's median ratio; --min/max-chars keep pages of about the median's size),
 * extracted once as `npm run bench` does, then run N rounds, for a profiler:
 * `node --cpu-prof --import tsx scripts/profile-outline.ts`. Prints the median per-page wall
 * time of segment and points every five rounds, and the whole run's CPU time.
 */
import { parseArgs } from 'node:util';
import { extractFromHtml } from '../lib/node/load';
import { pickPoints } from '../lib/points';
import { segment } from '../lib/segment';
import { loadCorpus } from './fuzz/corpus';

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: 'newsdiscourse' },
    rounds: { type: 'string', default: '20' },
    /** Keep only articles of this many characters or fewer (the median NewsDiscourse page: ~3,000). */
    'max-chars': { type: 'string', default: '1000000' },
    'min-chars': { type: 'string', default: '0' },
  },
});
const articles = loadCorpus()
  .filter((p) => p.name.startsWith(values.only))
  .map((p) => extractFromHtml(p.html, p.url))
  .filter((a) => {
    const n = a.paragraphs.reduce((k, p) => k + p.text.length, 0);
    return a.paragraphs.length && n >= Number(values['min-chars']) && n <= Number(values['max-chars']);
  });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const c0 = process.cpuUsage();
for (let r = 0; r < Number(values.rounds); r++) {
  const seg: number[] = [];
  const pts: number[] = [];
  for (const a of articles) {
    const t0 = performance.now();
    const s = segment(a);
    const t1 = performance.now();
    pickPoints(a, s, 'standard');
    const t2 = performance.now();
    seg.push(t1 - t0);
    pts.push(t2 - t1);
  }
  if (r % 5 === 4 || r === Number(values.rounds) - 1)
    console.log(
      `round ${r + 1}: median segment ${median(seg).toFixed(3)} ms, points ${median(pts).toFixed(3)} ms`,
    );
}
const c = process.cpuUsage(c0);
console.log(`${articles.length} articles, CPU ${((c.user + c.system) / 1000).toFixed(0)} ms`);
