/**
 * `npx tsx scripts/ja-cue-stats.ts [--dir DIR] [--pages 13,14] [--show] REGEX…`
 * Diagnostic for writing Japanese cues (issue 3): for each candidate pattern, how the labelled
 * ja-news sentences that match it are labelled (their paragraph's gold role), and on how many
 * pages, so a cue is judged by its spread across pages and roles, not by the one paragraph that
 * suggested it. Not a benchmark: a cue is kept only when leave-one-page-out (scripts/ja-tune.ts)
 * confirms it.
 */
import { parseArgs } from 'node:util';
import { prepare } from '../lib/segment/prepare';
import { loadJaPages } from './ja-pages';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dir: { type: 'string', default: '../shared/data/ja-news' },
    show: { type: 'boolean', default: false },
    /** Only these pages (their two-digit numbers, comma-separated). */
    pages: { type: 'string' },
  },
});
const only = values.pages?.split(',');
const pages = loadJaPages(values.dir!).filter((p) => !only || only.includes(p.name.slice(0, 2)));
const rows = pages.flatMap((p) => {
  const gold = new Map<number, string>();
  p.page.sections
    .flatMap((s) => s.paragraphs)
    .forEach((lp, k) => p.match[k] >= 0 && gold.set(p.match[k], lp.role));
  // A sentence's article paragraph is its unit's (doc sentences count content paragraphs only).
  const prep = prepare(p.article);
  return prep.doc.sentences.flatMap((s, t) => {
    const j = prep.units[prep.docUnits[t]].paragraph;
    return gold.has(j) ? [{ page: p.name.slice(0, 2), text: s.text, role: gold.get(j)! }] : [];
  });
});
for (const src of positionals) {
  const re = new RegExp(src);
  const hits = rows.filter((r) => re.test(r.text));
  const by = (k: 'role' | 'page') =>
    Object.entries(hits.reduce<Record<string, number>>((a, r) => ((a[r[k]] = (a[r[k]] ?? 0) + 1), a), {}))
      .map(([n, c]) => `${n}:${c}`)
      .join(' ');
  console.log(`${src}  n=${hits.length}  ${by('role')}  | pages ${by('page')}`);
  if (values.show)
    for (const h of hits) console.log(`   ${h.page} ${h.role.slice(0, 4)} ${h.text.slice(0, 100)}`);
}
