/**
 * `npx tsx scripts/ja-sections.ts [DIR]`
 * Diagnostic for the headed-section figure of `npm run eval -- --ja` (issue 3): each headed
 * section of the labelled ja-news pages with its gold role, acceptable roles, the predicted
 * section role (most characters of its paragraphs' predicted roles) and the predicted roles of
 * its paragraphs. Wrong sections are marked with ✗. Not a benchmark.
 */
import { sectionRole } from '../lib/eval/janews';
import { segment } from '../lib/segment';
import type { UnitRole } from '../lib/types';
import { loadJaPages } from './ja-pages';

const dir = process.argv[2] ?? '../shared/data/ja-news';
const short = (r: string) => r.slice(0, 4);
for (const p of loadJaPages(dir)) {
  const roles = segment(p.article).paragraphs;
  const predOf = (k: number): UnitRole => (p.match[k] >= 0 ? roles[p.match[k]] : 'other');
  let k = 0;
  for (const s of p.page.sections) {
    const idx = s.paragraphs.map(() => k++);
    if (!s.heading_tag) continue;
    const chars = idx.map((j) => (p.match[j] >= 0 ? p.article.paragraphs[p.match[j]].text.length : 0));
    const r = sectionRole(idx.map(predOf), chars);
    const ok = s.acceptable_roles.includes(r) || r === s.role;
    console.log(
      `${ok ? ' ' : '✗'} ${p.name.slice(0, 12).padEnd(12)} gold ${short(s.role)} [${s.acceptable_roles.map(short).join('/')}] pred ${short(r)}  ${idx
        .map((j) => `${short(s.paragraphs[j - idx[0]].role)}>${short(predOf(j))}`)
        .join(' ')}  ${s.heading.slice(0, 30)}`,
    );
  }
}
