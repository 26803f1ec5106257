/**
 * What the gist ranker (./gist.ts) knows of each sentence of an article's lead: its place, how
 * close it is to the headline and to the rest of the article, and the marks that tell a news
 * lead ("PARIS (Reuters) - … said on Tuesday") from a feature lede (a scene, a quote, a person
 * with an age, an opening adverbial clause). No feature reads the segmenter's labels: they are
 * fitted to the train split the ranker learns from (there the lead sentence it finds likeliest
 * `Main` is gold `Main` in 491 articles of 502, on validation in 78 of 100), so the ranker
 * would trust them blindly; and the segmenter's `Main` label or
 * probability, added to these features with any weight, did not raise gist precision on
 * NewsDiscourse validation (82 → 79–81 of 100). The gist stays independent of the role model.
 * Every feature has a Japanese reading (【…】 datelines, 〇日 days, 「」 quotes, （27） ages).
 *
 * Exports: `GIST_FEATURES` (names, in vector order), `GistSentence`, `gistFeatures(sentences,
 * head, context, lang) → number[][]`.
 */
import { cosine, type Bag } from '../text/tokens';

export const GIST_FEATURES = [
  'lead',
  'second',
  'logRank',
  'firstParagraph',
  'headline',
  'headlineBest',
  'centrality',
  'logLength',
  'dateline',
  'day',
  'quoteStart',
  'quote',
  'firstPerson',
  'age',
  'adverbialLead',
] as const;

export interface GistSentence {
  text: string;
  /** Place among the article's point-worthy sentences (0 = the first). */
  rank: number;
  /** Paragraphs after the first point-worthy sentence's paragraph (0 = the same paragraph). */
  paragraph: number;
  bag: Bag;
}

/** A wire dateline: "PARIS (Reuters) - ", "BEIJING, March 6 (Xinhua) -- ", "【ワシントン=共同】". */
export const DATELINE =
  /^(?:[A-Z][A-Z.'’ /-]*[A-Z.](?:,[^()]{1,30})?\s+)?\([A-Z][A-Za-z .]{1,30}\)\s+[-—–]{1,2}\s|^【[^】]{1,20}】/;
/** The day of the news: "on Tuesday", "yesterday", "3日", "きょう". */
const DAY =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\b|\d{1,2}日|きょう|昨日|本日/;
const QUOTE_START = /^\s*(?:[“"「『]|''|``)/;
const QUOTE = /[“”"「」]|''|``/;
/** "I", "we", "you" (not "US", the country). */
const FIRST_PERSON = /\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Mm]e|[Uu]s|[Yy]ou|[Yy]our)\b|私|僕|筆者/;
/** A person introduced with an age, the mark of an anecdotal lede: "Najibullah, a 47 year-old shopkeeper". */
const AGE = /, \d{1,2}, |\b\d{1,2}[- ]year[- ]old\b|（\d{1,2}）|\d{1,2}歳/;
/** A lede that opens on a clause before its subject: "While Hurricane Wilma was ravaging…", "At the halfway mark…". */
const ADVERBIAL_LEAD =
  /^(?:As|When|While|In|At|After|With|For|Given|If|Even|Although|Though|Since|Before|Once|Like|Unlike|On|By|Despite|Amid)\b/i;

export function gistFeatures(sentences: GistSentence[], head: Bag, context: Bag, lang: string): number[][] {
  const toHead = sentences.map((s) => cosine(s.bag, head));
  const best = Math.max(0, ...toHead);
  let contextNorm2 = 0;
  for (const v of context.values()) contextNorm2 += v * v;
  return sentences.map((s, i) => {
    const t = s.text;
    const dateline = DATELINE.exec(t);
    const body = dateline ? t.slice(dateline[0].length) : t;
    // In GIST_FEATURES order (checked below), without a record per sentence looked up by name:
    // the gist was a quarter of pickPoints (issue 7).
    return [
      Number(s.rank === 0), // lead
      Number(s.rank === 1), // second
      Math.log1p(s.rank), // logRank
      Number(s.paragraph === 0), // firstParagraph
      toHead[i], // headline
      Number(best > 0 && toHead[i] === best), // headlineBest
      centrality(s.bag, context, contextNorm2),
      Math.log(Math.max(3, wordsIn(t, lang))), // logLength
      Number(dateline !== null),
      Number(DAY.test(t)),
      Number(QUOTE_START.test(body)),
      Number(QUOTE.test(t)),
      Number(FIRST_PERSON.test(t)),
      Number(AGE.test(body)),
      Number(ADVERBIAL_LEAD.test(body)),
    ];
  });
}

/** The order the vector above is written in. */
const VECTOR_ORDER = [
  'lead',
  'second',
  'logRank',
  'firstParagraph',
  'headline',
  'headlineBest',
  'centrality',
  'logLength',
  'dateline',
  'day',
  'quoteStart',
  'quote',
  'firstPerson',
  'age',
  'adverbialLead',
];
if (VECTOR_ORDER.join() !== GIST_FEATURES.join())
  throw new Error('gist-features.ts: gistFeatures writes its vector in another order than GIST_FEATURES');

/** Words in English (runs between spaces); Japanese has no spaces, and about 2.5 characters make a word. */
function wordsIn(t: string, lang: string): number {
  if (lang === 'ja') return t.length / 2.5;
  let n = 1;
  for (let i = 1; i < t.length; i++) if (t.charCodeAt(i) === 32 && t.charCodeAt(i - 1) !== 32) n++;
  return n;
}

/**
 * Cosine of a sentence's bag with the rest of the article (`context`, which holds the sentence,
 * minus the sentence's own words), from the sums alone: no copy of the context per sentence.
 */
function centrality(own: Bag, context: Bag, contextNorm2: number): number {
  let dot = 0;
  let own2 = 0;
  let rest2 = contextNorm2;
  // (forEach: no [key, value] array per entry; issue 7.)
  own.forEach((v, k) => {
    const c = context.get(k) ?? 0;
    const left = Math.max(0, c - v);
    dot += v * left;
    own2 += v * v;
    rest2 += left * left - c * c;
  });
  return dot > 0 && own2 > 0 && rest2 > 0 ? dot / Math.sqrt(own2 * rest2) : 0;
}
