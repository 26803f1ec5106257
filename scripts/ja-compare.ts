/**
 * `npx tsx scripts/ja-compare.ts [DIR] name=value…`
 * Diagnostic for one change of the Japanese strengths (lib/segment/ja-tuning.ts JA_TUNING and the
 * other objects scripts/ja-tune.ts can set; issue 3): every labelled ja-news paragraph whose
 * predicted role differs between the current settings and the given ones, with its gold role,
 * so a candidate rule is judged by which paragraphs it moves and on how many pages, not by the
 * total alone. Not a benchmark: keep a rule only when ja-tune.ts's leave-one-page-out confirms it.
 */
import { segment } from '../lib/segment';
import type { UnitRole } from '../lib/types';
import { loadJaPages } from './ja-pages';
import { assignSettings } from './ja-tune-targets';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.includes('=')) ?? '../shared/data/ja-news';
const setting = Object.fromEntries(
  args.filter((a) => a.includes('=')).map((a) => [a.split('=')[0], Number(a.split('=')[1])]),
);
const pages = loadJaPages(dir);
const rolesOf = () =>
  pages.map((p) => {
    const roles = segment(p.article).paragraphs;
    return p.match.map((j): UnitRole => (j >= 0 ? roles[j] : 'other'));
  });
const before = rolesOf();
const restore = assignSettings(setting);
const after = rolesOf();
restore();
let gained = 0;
let lost = 0;
const short = (r: string) => r.slice(0, 4);
pages.forEach((p, i) => {
  const labelled = p.page.sections.flatMap((s) => s.paragraphs);
  labelled.forEach((lp, k) => {
    const [b, a] = [before[i][k], after[i][k]];
    if (a === b) return;
    const mark = a === lp.role ? '+' : b === lp.role ? '-' : ' ';
    if (mark === '+') gained++;
    if (mark === '-') lost++;
    const j = p.match[k];
    const text = j >= 0 ? p.article.paragraphs[j].text : lp.key;
    console.log(
      `${mark} ${p.name.slice(0, 12).padEnd(12)} ${String(j).padStart(3)} gold ${short(lp.role)} ${short(b)} → ${short(a)}  ${text.slice(0, 70)}`,
    );
  });
});
console.log(`${JSON.stringify(setting)}: ${gained} right more, ${lost} right fewer`);
