/**
 * Features of a Japanese sentence for the learned-correction experiments (scripts/ja-learn.ts;
 * issue 3): not used by segment(), because no learned correction beat the hand-set evidence
 * leave-one-page-out (see ja-learn.ts). Each is
 * a general sign of a role in Japanese news writing, from the labelling rules of
 * ../shared/data/ja-news/README.md: the cue lexicon (ja-cues.ts JA_CUES), years and days against
 * the article's date, sentence-final forms (〜した, 〜している, 〜する, 〜だ, 〜という, 〜と述べた),
 * quotes, numbers, position in the article and in its section, similarity to the headline, the
 * section heading's cue word.
 */
import { ROLES } from '../lib/types';
import type { Article } from '../lib/types';
import { JA_CUES, jaCueHits } from '../lib/segment/ja-cues';
import { dayClass, parsePublished, recallsPast, yearClasses, yearsIn } from '../lib/segment/ja-time';
import { referenceYear } from '../lib/segment/features/years';
import type { Prepared } from '../lib/segment/prepare';

/** Feature families, each switchable for `npm run eval -- --without` (index.ts SegmenterConfig). */
export type JaFamily = 'lexicon' | 'position' | 'headings';

const ENDINGS: [string, RegExp][] = [
  // Past: an event that happened (the news, or an earlier event).
  ['end:past', /(?:た|ました|だった|でした)$/],
  // Progressive / resultative state: ongoing circumstances or the details of a thing.
  ['end:prog', /(?:[てで]いる|[てで]います|[てで]おり|[てで]ある)$/],
  // Past progressive: a state that held up to the event (background).
  ['end:pastprog', /(?:[てで]いた|[てで]いました|[てで]きた|[てで]きました)$/],
  // Plain non-past verb: a plan, a habit or a general truth.
  ['end:nonpast', /(?:[うくぐすつぬぶむる]|ます)$/],
  // Copula: a description or a judgement.
  ['end:copula', /(?:だ|です|である)$/],
  // Noun ending (体言止め): headlines, specs and lists.
  ['end:noun', /[\u4e00-\u9fff\u30a0-\u30ff]$/],
  // Hearsay and reported speech.
  ['end:hearsay', /(?:という|とのことだ|とされる|としている|とした)$/],
  [
    'end:said',
    /と(?:述べ|話し|語っ|語り|説明し|強調し|明かし|コメントし|答え|訴え)(?:た|ました|ている|ています)$/,
  ],
  ['end:question', /(?:か|？|\?)$/],
  ['end:polite', /(?:ます|ました|です|でした)$/],
];

const OTHER_SIGNS: [string, RegExp][] = [
  ['quote', /「[^」]{8,}」/],
  ['quote:start', /^「/],
  ['attribution', /によると|によれば|関係者|と明らかにした/],
  ['writer', /筆者|私は|私たち|僕は|われわれ|我々/],
  ['number', /[\d０-９]/],
  ['numbers', /[\d０-９][^\d０-９]+[\d０-９][^\d０-９]+[\d０-９]/],
  ['unit', /[\d０-９](?:円|ドル|%|％|人|件|万|億|倍|GB|MB|インチ|mm|ミリ|キロ|メートル|時間|分)/],
];

/** Names of every feature, in vector order (the model file stores its weights in this order). */
export const JA_FEATURE_NAMES: string[] = [
  'bias',
  ...JA_CUES.map((c, i) => `cue${i}:${c.role}`),
  'year:old',
  'year:future',
  'year:current',
  'day:future',
  'day:recent',
  'day:past',
  'day:event',
  'history',
  ...ENDINGS.map(([n]) => n),
  ...OTHER_SIGNS.map(([n]) => n),
  'len',
  'pos:lead0',
  'pos:lead1',
  'pos:lead',
  'pos:leadHistory',
  'pos:rel',
  'pos:closing',
  'pos:firstSentence',
  'pos:sectionFirst',
  'pos:sectionRel',
  'headSim',
  'headSim:high',
  ...ROLES.map((r) => `heading:${r}`),
  'heading:plain',
];

const FAMILY: JaFamily[] = JA_FEATURE_NAMES.map((n) =>
  n.startsWith('pos:') || n.startsWith('headSim')
    ? 'position'
    : n.startsWith('heading:')
      ? 'headings'
      : 'lexicon',
);
/** For each feature, whether its family is on. */
export function familyMask(on: Record<JaFamily, boolean>): Uint8Array {
  return Uint8Array.from(FAMILY, (f, i) => (i === 0 || on[f] ? 1 : 0));
}

const at = new Map(JA_FEATURE_NAMES.map((n, i) => [n, i]));
const ix = (n: string) => at.get(n)!;
const CUE0 = ix('cue0:' + JA_CUES[0].role);
const END0 = ix(ENDINGS[0][0]);
const SIGN0 = ix(OTHER_SIGNS[0][0]);
const HEADING0 = ix('heading:' + ROLES[0]);

/** A sentence's last words, without closing brackets and the full stop. */
const tail = (s: string) => s.replace(/[。．.！!」』）)\s]+$/u, '');

/**
 * One feature vector per content sentence of a prepared Japanese document. `headSims`: each
 * sentence's similarity to the headline (features.ts documentSlots).
 */
export function jaFeatureRows(
  prep: Prepared,
  article: Pick<Article, 'paragraphs' | 'publishedTime'>,
  headSims: number[],
): Float64Array[] {
  const sents = prep.doc.sentences;
  const paragraphs = (sents.at(-1)?.paragraph ?? -1) + 1;
  const refYear = referenceYear(prep.doc);
  const pub = parsePublished(article.publishedTime);
  // Position of each content paragraph in its section (paragraphs under the same heading).
  const sectionIndex: number[] = [];
  const sectionSize: number[] = [];
  let lastHeading: string | null | undefined;
  let start = 0;
  let lastPara = -1;
  sents.forEach((s, t) => {
    if (s.paragraph === lastPara) return;
    lastPara = s.paragraph;
    const heading = article.paragraphs[prep.units[prep.docUnits[t]].paragraph].heading;
    if (heading !== lastHeading) {
      for (let p = start; p < s.paragraph; p++) sectionSize[p] = s.paragraph - start;
      start = s.paragraph;
      lastHeading = heading;
    }
    sectionIndex[s.paragraph] = s.paragraph - start;
  });
  for (let p = start; p < paragraphs; p++) sectionSize[p] = paragraphs - start;

  return sents.map((s, t) => {
    const x = new Float64Array(JA_FEATURE_NAMES.length);
    x[0] = 1;
    const text = s.text;
    const hits = jaCueHits(text);
    for (let i = 0; i < hits.length; i++) if (hits[i]) x[CUE0 + i] = 1;
    const years = yearsIn(text);
    const yc = yearClasses(years, refYear);
    if (yc.old) x[ix('year:old')] = 1;
    else if (yc.future) x[ix('year:future')] = 1;
    else if (yc.current) x[ix('year:current')] = 1;
    const d = dayClass(text, pub);
    if (d) x[ix('day:' + d)] = 1;
    const history = recallsPast(text, refYear, years);
    if (history) x[ix('history')] = 1;
    const end = tail(text);
    ENDINGS.forEach(([, re], i) => re.test(end) && (x[END0 + i] = 1));
    OTHER_SIGNS.forEach(([, re], i) => re.test(text) && (x[SIGN0 + i] = 1));
    x[ix('len')] = Math.min(text.length, 200) / 100;
    const heading = prep.headings[prep.units[prep.docUnits[t]].paragraph];
    const inLead = heading.kind === 'none';
    if (inLead && s.paragraph === 0) x[ix('pos:lead0')] = 1;
    if (inLead && s.paragraph === 1) x[ix('pos:lead1')] = 1;
    if (inLead) x[ix('pos:lead')] = 1;
    if (inLead && s.paragraph < 2 && history) x[ix('pos:leadHistory')] = 1;
    x[ix('pos:rel')] = paragraphs > 1 ? s.paragraph / (paragraphs - 1) : 0;
    if (paragraphs > 4 && s.paragraph >= paragraphs - 2) x[ix('pos:closing')] = 1;
    if (s.inParagraph === 0) x[ix('pos:firstSentence')] = 1;
    if (!inLead && sectionIndex[s.paragraph] === 0) x[ix('pos:sectionFirst')] = 1;
    if (!inLead && sectionSize[s.paragraph] > 1)
      x[ix('pos:sectionRel')] = sectionIndex[s.paragraph] / (sectionSize[s.paragraph] - 1);
    x[ix('headSim')] = headSims[t];
    if (headSims[t] >= 0.25) x[ix('headSim:high')] = 1;
    if (heading.kind === 'section') {
      if (heading.role) x[HEADING0 + ROLES.indexOf(heading.role)] = 1;
      else x[ix('heading:plain')] = 1;
    }
    return x;
  });
}
