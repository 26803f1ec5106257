/**
 * `npx tsx scripts/ja-diag.ts [DIR] [--page SUBSTR] [--wrong] [--sentences]`
 * Diagnostic for Japanese segmentation (issue 3): for every labelled ja-news paragraph, its gold
 * role, the predicted role, its heading and the opening of its text; with --sentences also each
 * sentence's decoded role. Mislabelled paragraphs are marked with ✗. Not a benchmark: the figures
 * are printed by `npm run eval -- --ja DIR`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { labelledPages, matchParagraphs, type LabelsFile } from '../lib/eval/janews';
import { extractFromHtml, readHtmlFile } from '../lib/node/load';
import modelJson from '../models/segment.json';
import { segment } from '../lib/segment';
import { documentSlots } from '../lib/segment/features';
import { paragraphHeadings } from '../lib/segment/headings';
import { JA_CUES } from '../lib/segment/ja-cues';
import { JA_TUNING } from '../lib/segment/ja-tuning';
import { addJaEvidence, jaContexts } from '../lib/segment/japanese';
import { FINE_LABELS, FINE_TO_ROLE } from '../lib/segment/labels';
import { loadLinear, logProbs, type ModelFile } from '../lib/segment/model';
import { prepare } from '../lib/segment/prepare';
import { ROLES } from '../lib/types';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    page: { type: 'string' },
    wrong: { type: 'boolean', default: false },
    sentences: { type: 'boolean', default: false },
  },
});
const dir = positionals[0] ?? '../shared/data/ja-news';
const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as LabelsFile;
const short = (r: string) => r.slice(0, 4).padEnd(4);
const shared = loadLinear((modelJson as ModelFile).shared, FINE_LABELS.length);
const fmt = (xs: ArrayLike<number>) => Array.from(xs, (x) => x.toFixed(1).padStart(5)).join('');

/** Per sentence (by paragraph index and text): transfer and lexicon scores per role, and the cues that fired. */
function explain(article: ReturnType<typeof extractFromHtml>): Map<string, string> {
  const prep = prepare(article);
  const headSims: number[] = [];
  const slots = documentSlots(prep.doc, { lexical: false }, shared.bits, headSims);
  const contexts = jaContexts(prep, article.publishedTime, headSims);
  const out = new Map<string, string>();
  prep.doc.sentences.forEach((s, t) => {
    const lp = logProbs(shared, slots[t]);
    const transfer = ROLES.map((r) => {
      let m = 0;
      FINE_LABELS.forEach((l, c) => FINE_TO_ROLE[l] === r && (m += Math.exp(lp[c])));
      return JA_TUNING.transfer * Math.log(m);
    });
    const bonus = new Float64Array(4);
    addJaEvidence(s.text, contexts[t], { lexicon: true, position: true }, bonus);
    const cues = JA_CUES.filter((c) => c.re.test(s.text)).map(
      (c) => `${c.role.slice(0, 3)}:${s.text.match(c.re)![0]}`,
    );
    out.set(
      `${prep.units[prep.docUnits[t]].paragraph}|${s.text}`,
      `T${fmt(transfer)} L${fmt(bonus)} ${cues.join(' ')}`,
    );
  });
  return out;
}

for (const [name, page] of labelledPages(labels)) {
  if (values.page && !name.includes(values.page)) continue;
  const path = join(dir, 'pages', name);
  const article = extractFromHtml(readHtmlFile(path), pathToFileURL(resolve(path)).href);
  const seg = segment(article);
  const match = matchParagraphs(article, page);
  const kinds = paragraphHeadings(article.paragraphs, article.title);
  const why = values.sentences ? explain(article) : null;
  console.log(`\n=== ${name}  (${article.publishedTime ?? 'no date'})  ${article.title}`);
  let k = 0;
  for (const s of page.sections) {
    const sectionParas = s.paragraphs.map((lp) => ({ lp, j: match[k++] }));
    console.log(
      `  -- [${s.role}${s.acceptable_roles.length > 1 ? ' ' + s.acceptable_roles.join('/') : ''}] ${s.heading}`,
    );
    for (const { lp, j } of sectionParas) {
      const pred = j >= 0 ? seg.paragraphs[j] : 'other';
      const ok = pred === lp.role || (lp.also !== undefined && false);
      if (values.wrong && ok) continue;
      const text = j >= 0 ? article.paragraphs[j].text : lp.key;
      const kind = j >= 0 ? kinds[j] : null;
      const hk = kind?.kind === 'section' ? (kind.role ?? '-') : (kind?.kind ?? 'drop');
      console.log(
        `  ${ok ? ' ' : '✗'} ${String(j).padStart(3)} gold ${short(lp.role)}${lp.also ? '/' + short(lp.also) : '     '} pred ${short(pred)} h:${short(hk)} ${text.slice(0, 90)}`,
      );
      if (values.sentences && j >= 0)
        for (const u of seg.sentences.filter((u) => u.paragraph === j))
          console.log(
            `        · ${short(u.role)} ${why?.get(`${j}|${u.text}`) ?? ''}\n          ${u.text.slice(0, 110)}`,
          );
    }
  }
}
