/**
 * Sentence features for the role model. Two families:
 * - *shared*: position, similarity to the headline and lead, cue families, tense, quotes,
 *   years relative to the article's year, neighbours' cues. They mean the same in English and
 *   Japanese, so a model trained on English NewsDiscourse applies to Japanese through them.
 * - *lexical*: English words and word pairs, learned from NewsDiscourse only.
 * Feature names are strings; the model hashes them (lib/segment/hash.ts).
 */
import { TOKENS } from '../text/intern';
import { bagIds, digitId, newScanOut, scanAscii, textBagIds, unitBagIds } from '../text/scan';
import { bag } from '../text/tokens';
import { topAlternatives } from './cuescan';
import { fnv, hashFeature, slotOf } from './hash';
import { CUE_FAMILIES, cueNames, englishCues, enTextBits, enWordBits, TENSE, tenseNames } from './lexicon';

export type FeatureLang = 'en' | 'ja';

export interface DocSentence {
  text: string;
  /** Index of the paragraph in the article. */
  paragraph: number;
  /** Index of the sentence in its paragraph, and the paragraph's sentence count. */
  inParagraph: number;
  paragraphSize: number;
  /**
   * A flat string that holds the sentence at offset `at` (its paragraph's text), when the
   * sentence was cut from it: loops read the paragraph's characters several times faster than
   * those of a slice (prepare.ts; issue 7).
   */
  source?: string;
  at?: number;
}

export interface DocInput {
  lang: FeatureLang;
  title: string;
  sentences: DocSentence[];
  /** Year the article was published, when known (else the latest year it mentions). */
  year: number | null;
}

interface SentenceInfo {
  cues: string[];
  tense: string[];
  headSim: number;
  leadSim: number;
  headRank: number;
  relLength: number;
  quote: boolean;
  quoteStart: boolean;
  years: number[];
  /** English: the sentence's bag (lib/text/tokens.ts) as token ids with repeats; null in Japanese. */
  bag: readonly number[] | null;
  /**
   * English words (words()) as token ids (lib/text/intern.ts), for the lexical features of a
   * sentence the scan gave up on; null in Japanese and where `lexicalTo` is set.
   */
  words: readonly number[] | null;
  /** The sentence's lexical slots, lexicalSlotsOf[lexicalFrom, lexicalTo) (−1: not made). */
  lexicalFrom: number;
  lexicalTo: number;
}

const YEAR = { en: /\b(1[89]\d\d|20\d\d)\b/g, ja: /(1[89]\d\d|20\d\d)年/g };
const QUOTE = { en: /["“”]/, ja: /[「『“]/ };
const QUOTE_START = { en: /^["“'‘]/, ja: /^[「『“]/ };

function bin(x: number, edges: number[]): number {
  let i = 0;
  while (i < edges.length && x >= edges[i]) i++;
  return i;
}

/** Characters in Japanese, words (spaces + 1) in English. */
function lengthOf(text: string, lang: FeatureLang): number {
  if (lang === 'ja') return text.length;
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}

/**
 * Per-sentence facts computed once per document; with `bits`, English sentences' lexical slots
 * too (lexicalSlotsOf), made while their words are at hand.
 */
function describe(doc: DocInput, bits?: number): SentenceInfo[] {
  const infos = doc.lang === 'en' ? describeEn(doc, bits) : describeJa(doc);
  const order = infos.map((_, i) => i).sort((a, b) => infos[b].headSim - infos[a].headSim || a - b);
  order.forEach((i, r) => (infos[i].headRank = r));
  return infos;
}

function describeJa(doc: DocInput): SentenceInfo[] {
  TOKENS.maybeReset();
  const sims = new Similarity(doc.title);
  const lens = doc.sentences.map((s) => lengthOf(s.text, doc.lang));
  const median = [...lens].sort((a, b) => a - b)[lens.length >> 1] || 1;
  const infos = doc.sentences.map((s, i): SentenceInfo => {
    const b = textBagIds(s.text, scan);
    sims.measure(b, i);
    return {
      cues: cueNames(s.text, 'ja'),
      tense: tenseNames(s.text, 'ja'),
      words: null,
      lexicalFrom: -1,
      lexicalTo: -1,
      bag: b.slice(), // (a plain array: cheaper to make than a typed one)
      headSim: sims.head,
      leadSim: sims.lead,
      headRank: 0,
      relLength: lens[i] / median,
      quote: QUOTE.ja.test(s.text),
      quoteStart: QUOTE_START.ja.test(s.text),
      years: yearsIn(s.text, 'ja'),
    };
  });
  sims.done();
  return infos;
}

/** Scratch for describe: one scan's output, and bag counts indexed by token id (kept zeroed). */
const scan = newScanOut();
let counts = new Int32Array(4096);
let headCounts = new Int32Array(4096);
let leadCounts = new Int32Array(4096);

function fitCounts(): void {
  const n = TOKENS.size;
  if (n <= counts.length) return;
  const size = Math.max(n, counts.length * 2);
  const grow = (a: Int32Array) => {
    const g = new Int32Array(size);
    g.set(a);
    return g;
  };
  counts = grow(counts);
  headCounts = grow(headCounts);
  leadCounts = grow(leadCounts);
}

/** Σ count² of a bag given as ids with repeats, its counts added into `into`. */
function addBag(ids: readonly number[], into: Int32Array): number {
  let n2 = 0;
  for (let k = 0; k < ids.length; k++) n2 += 2 * ++into[ids[k]] - 1;
  return n2;
}

/**
 * Each sentence's similarity to the headline and to the lead (the first sentence), as
 * `cosine(bag(s), bag(title))` computes it but from bags as token ids with repeats (lib/text/
 * scan.ts) and counts indexed by id: the same integer sums, so the same figures.
 */
class Similarity {
  head = 0;
  lead = 0;
  private readonly title: number[];
  private readonly titleN2: number;
  private readonly first: number[] = [];
  private firstN2 = 0;

  constructor(title: string) {
    this.title = textBagIds(title, scan).slice();
    fitCounts();
    this.titleN2 = addBag(this.title, headCounts);
  }

  /** Sets `head` and `lead` for sentence i's bag (sentence 0 first: it is the lead). */
  measure(b: readonly number[], i: number): void {
    fitCounts();
    if (i === 0) {
      this.first.push(...b);
      this.firstN2 = addBag(this.first, leadCounts);
    }
    let dotHead = 0;
    let dotLead = 0;
    let n2 = 0;
    for (let k = 0; k < b.length; k++) {
      const id = b[k];
      n2 += 2 * ++counts[id] - 1;
      dotHead += headCounts[id];
      dotLead += leadCounts[id];
    }
    for (let k = 0; k < b.length; k++) counts[b[k]] = 0;
    this.head = n2 && this.titleN2 ? dotHead / Math.sqrt(n2 * this.titleN2) : 0;
    this.lead = i === 0 ? 1 : n2 && this.firstN2 ? dotLead / Math.sqrt(n2 * this.firstN2) : 0;
  }

  /** Leaves the shared counts zeroed. */
  done(): void {
    for (const id of this.title) headCounts[id] = 0;
    for (const id of this.first) leadCounts[id] = 0;
  }
}

/**
 * The cue and tense regexes (lexicon.ts) a word alone satisfies: those that match the whole
 * lower-cased word, case-insensitively, with nothing around it but word boundaries. Where such a
 * word stands in a sentence between non-word characters (scan.ts `clean`), the regex matches
 * there too: its `\b`s see the same non-word neighbours, and without `^`, `$` or lookaround
 * nothing else of the sentence can change the answer. Such families skip their regex test
 * ("said", "has", "announced": most sentences; issue 7). Only families the word triggers
 * (enscan.ts) are tried, so the bits are a subset of the prefilter's.
 */
const SURE_TESTS: (RegExp | null)[] = [...CUE_FAMILIES.map((f) => f.en), ...TENSE.map((t) => t.en)].map(
  (re) =>
    re.flags.includes('i') && !/[\^$]|\(\?[=!<]/.test(re.source)
      ? new RegExp(re.source, re.flags.replace(/[gy]/g, ''))
      : null,
);

/**
 * The families whose regex has `\d` as a top-level alternative: any ASCII digit in the sentence
 * (scan.ts `digit`; `\d` without the u flag is [0-9]) settles them (the figure family, on most
 * sentences with a number: issue 7).
 */
const DIGIT_SURE = [...CUE_FAMILIES.map((f) => f.en), ...TENSE.map((t) => t.en)].reduce(
  (bits, re, i) => (topAlternatives(re.source).includes('\\d') ? bits | (1 << i) : bits),
  0,
);

function sureBits(word: string, may: number): number {
  if (!/^[a-z]+$/.test(word)) return 0;
  let bits = 0;
  for (let i = 0; i < SURE_TESTS.length; i++) {
    const re = SURE_TESTS[i];
    if (!re || !(may & (1 << i))) continue;
    const m = re.exec(word);
    if (m && m.index === 0 && m[0].length === word.length) bits |= 1 << i;
  }
  return bits;
}

/** englishCues(text, undefined, may) where the families in `sure` are known to match (sureBits). */
function cuesKnowing(text: string, may: number, sure: number): { cues: string[]; tense: string[] } {
  const cues: string[] = [];
  for (let i = 0; i < CUE_FAMILIES.length; i++) {
    const bit = 1 << i;
    if (sure & bit || (may & bit && CUE_FAMILIES[i].en.test(text))) cues.push(CUE_FAMILIES[i].name);
  }
  const tense: string[] = [];
  const shift = CUE_FAMILIES.length;
  for (let i = 0; i < TENSE.length; i++) {
    const bit = 1 << (i + shift);
    if (sure & bit || (may & bit && TENSE[i].en.test(text))) tense.push(TENSE[i].name);
  }
  return { cues, tense };
}

/** The families the clean words of the last scannedBits() call settle (sureBits). */
let lastSure = 0;

/**
 * The cue prefilter's bits of a sentence scanned by scan.ts (its word ids and clean flags), and
 * in `lastSure` the families its clean words alone settle.
 */
function scannedBits(text: string, ids: ArrayLike<number>, clean: ArrayLike<number>): number {
  let may = enTextBits(text);
  let sure = 0;
  learnWords(ids);
  const f = facts;
  for (let k = 0; k < ids.length; k++) {
    const at = ids[k] * FACTS;
    may |= f[at + CUE_BITS];
    if (clean[k]) sure |= f[at + SURE_BITS];
  }
  lastSure = sure;
  return may;
}

const cuesOf = (text: string, may: number, sure: number) =>
  sure ? cuesKnowing(text, may, sure) : englishCues(text, undefined, may);

/**
 * An English sentence's cues and tenses as describe() finds them on its scan.ts path (null
 * when the scan gives up): for tests/unit/enscan.test.ts, against the plain regexes.
 */
export function scannedCues(text: string): { cues: string[]; tense: string[] } | null {
  const out = newScanOut();
  if (!scanAscii(text, out)) return null;
  const may = scannedBits(text, out.words, out.clean);
  return cuesOf(text, may, lastSure | (out.digit ? may & DIGIT_SURE : 0));
}

/**
 * describe() for English: each sentence scanned once (lib/text/scan.ts) for its word ids (the
 * cue prefilter and lexical features), its bag (similarity to the headline and lead, as
 * `cosine(bag(s), bag(title))`: the same integer sums, so the same figures) and the character
 * facts; the regex paths only for sentences with non-ASCII letters. With `bits`, the lexical
 * slots of scanned sentences are made here, from the words' places in the text.
 */
function describeEn(doc: DocInput, bits: number | undefined): SentenceInfo[] {
  TOKENS.maybeReset();
  const sims = new Similarity(doc.title);
  const lens: number[] = [];
  lexicalCount = 0;
  const infos = doc.sentences.map((s, i): SentenceInfo => {
    const text = s.text;
    const src = s.source ?? text;
    const from = s.source === undefined ? 0 : s.at!;
    let ids: number[] | null = null;
    let quote: boolean;
    let digit: boolean;
    let may = -1;
    let sure = 0;
    let lexicalFrom = -1;
    let lexicalTo = -1;
    if (scanAscii(src, scan, from, from + text.length)) {
      lens.push(scan.spaces + 1);
      quote = scan.quote;
      digit = scan.digit;
      may = scannedBits(text, scan.words, scan.clean);
      sure = lastSure | (digit ? may & DIGIT_SURE : 0);
      if (bits !== undefined) {
        lexicalFrom = lexicalCount;
        scannedLexicalSlots(src, scan.words, scan.spans, bits);
        lexicalTo = lexicalCount;
      } else ids = Array.from(scan.words);
    } else {
      // The exact paths (asciiWords may still work: a non-ASCII letter that is not K or İ).
      const ascii = asciiWords(text);
      ids = (ascii ?? words(text)).map((w) => TOKENS.id(w));
      if (ascii) {
        may = enTextBits(text);
        learnWords(ids);
        for (let k = 0; k < ids.length; k++) may |= facts[ids[k] * FACTS + CUE_BITS];
      }
      if (!unitBagIds(text, scan.bag)) bagIds(bag(text), scan.bag);
      lens.push(lengthOf(text, 'en'));
      quote = QUOTE.en.test(text);
      digit = /\d/.test(text);
    }
    const b = scan.bag;
    sims.measure(b, i);
    const { cues, tense } = cuesOf(text, may, sure);
    const c0 = text.charCodeAt(0);
    return {
      cues,
      tense,
      words: ids,
      lexicalFrom,
      lexicalTo,
      bag: b.slice(), // (a plain array: cheaper to make than a typed one)
      headSim: sims.head,
      leadSim: sims.lead,
      headRank: 0,
      relLength: 0,
      quote,
      quoteStart: c0 === 34 || c0 === 0x201c || c0 === 39 || c0 === 0x2018, // QUOTE_START.en
      years: digit ? yearsIn(text, 'en') : NO_YEARS,
    };
  });
  sims.done();
  const median = [...lens].sort((a, b) => a - b)[lens.length >> 1] || 1;
  infos.forEach((info, i) => (info.relLength = lens[i] / median));
  return infos;
}

/** Most sentences mention no year: one shared empty list (never written to). */
const NO_YEARS: number[] = [];

/** Years a sentence mentions (no digit, no scan: most sentences have none). */
function yearsIn(text: string, lang: FeatureLang): number[] {
  if (lang === 'en') return enYears(text);
  if (!/\d/.test(text)) return NO_YEARS;
  return [...text.matchAll(YEAR[lang])].map((m) => Number(m[1]));
}

/** [A-Za-z0-9_]: a word character of `\b` without the u flag. */
const WORD_CHAR = Uint8Array.from({ length: 128 }, (_, c) => (/\w/.test(String.fromCharCode(c)) ? 1 : 0));

/**
 * The years of YEAR.en, `/\b(1[89]\d\d|20\d\d)\b/g`, without match objects: between word
 * boundaries the year is a whole run of word characters, four digits long.
 */
function enYears(text: string): number[] {
  let out = NO_YEARS;
  let start = 0; // start of the current run of word characters
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c < 128 && WORD_CHAR[c] === 1) continue;
    if (i - start === 4) {
      const a = text.charCodeAt(start);
      const b = text.charCodeAt(start + 1);
      const y = text.charCodeAt(start + 2);
      const z = text.charCodeAt(start + 3);
      const digits = y >= 48 && y <= 57 && z >= 48 && z <= 57;
      if (digits && ((a === 49 && (b === 56 || b === 57)) || (a === 50 && b === 48))) {
        if (out === NO_YEARS) out = [];
        out.push((a - 48) * 1000 + (b - 48) * 100 + (y - 48) * 10 + (z - 48));
      }
    }
    start = i + 1;
  }
  return out;
}

/** referenceYear from the years describe() already found. */
function referenceYearOf(doc: DocInput, infos: SentenceInfo[]): number | null {
  if (doc.year) return doc.year;
  let max = 0;
  for (const info of infos) for (const y of info.years) if (y > max) max = y;
  return max || null;
}

/** The year the article speaks from: its date, else the latest year it mentions. */
export function referenceYear(doc: DocInput): number | null {
  if (doc.year) return doc.year;
  let max = 0;
  for (const s of doc.sentences)
    for (const m of s.text.matchAll(YEAR[doc.lang])) max = Math.max(max, Number(m[1]));
  return max || null;
}

function sharedFeatures(doc: DocInput, infos: SentenceInfo[], i: number, year: number | null): string[] {
  const s = doc.sentences[i];
  const n = doc.sentences.length;
  const info = infos[i];
  const f: string[] = ['bias'];
  f.push(`s=${bin(i, [1, 2, 3, 4, 5, 7, 10, 15, 25])}`);
  f.push(`p=${bin(s.paragraph, [1, 2, 3, 4, 6, 10, 16])}`);
  f.push(`rel=${Math.min(9, Math.floor((10 * i) / Math.max(1, n)))}`);
  f.push(
    `inpar=${s.paragraphSize === 1 ? 'only' : s.inParagraph === 0 ? 'first' : s.inParagraph === s.paragraphSize - 1 ? 'last' : 'mid'}`,
  );
  const hs = bin(info.headSim, [0.01, 0.05, 0.1, 0.2, 0.3, 0.45]);
  f.push(`head=${hs}`);
  f.push(`lead=${bin(info.leadSim, [0.01, 0.05, 0.1, 0.2, 0.3, 0.45])}`);
  f.push(`hrank=${bin(info.headRank, [1, 2, 3, 5, 8])}`);
  f.push(`head=${hs}&s=${bin(i, [1, 3, 6])}`);
  f.push(`len=${bin(info.relLength, [0.35, 0.6, 0.85, 1.2, 1.6, 2.2])}`);
  for (const c of info.cues) {
    f.push(`cue=${c}`);
    f.push(`cue=${c}&early=${i < 3}`);
  }
  f.push(`ncues=${Math.min(4, info.cues.length)}`);
  for (const t of info.tense) f.push(`tense=${t}`);
  if (info.quote) f.push('quote');
  if (info.quoteStart) f.push('quote-start');
  if (year) {
    for (const y of info.years) f.push(`year=${bin(year - y, [0, 1, 2, 6, 16])}`);
  }
  if (!info.years.length) f.push('year=none');
  for (const [dir, j] of [
    ['prev', i - 1],
    ['next', i + 1],
  ] as const) {
    const o = infos[j];
    if (!o) {
      f.push(`${dir}=none`);
      continue;
    }
    for (const c of o.cues) f.push(`${dir}.cue=${c}`);
    if (o.quote) f.push(`${dir}.quote`);
    if (doc.sentences[j].paragraph === s.paragraph) f.push(`${dir}.samepar`);
  }
  return f;
}

const WORD = /[a-z]+|\d+/g;

/** Non-ASCII characters that lower-case into ASCII letters (K Kelvin sign → k, İ → i̇). */
const LOWERS_TO_ASCII = /[a-z]/;

/**
 * words() in one pass over the characters, without lower-casing the whole text or a match
 * array (issue 7's budget); null when a non-ASCII character lower-cases into an ASCII letter,
 * for the regex path.
 */
export function asciiWords(text: string): string[] | null {
  const out: string[] = [];
  let start = -1;
  let digits = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    const digit = c >= 48 && c <= 57;
    if (start >= 0 && (digits ? !digit : !letter)) {
      out.push(digits ? '#' : text.slice(start, i).toLowerCase());
      start = -1;
    }
    if (start < 0 && (letter || digit)) {
      start = i;
      digits = digit;
    }
    if (c >= 128 && LOWERS_TO_ASCII.test(text[i].toLowerCase())) return null;
  }
  return out;
}

function words(text: string): string[] {
  const fast = asciiWords(text);
  if (fast) return fast;
  return (
    text
      .toLowerCase()
      .match(WORD)
      ?.map((w) => (w.charCodeAt(0) < 58 ? '#' : w)) ?? []
  );
}

/** English words and word pairs, as names (for inspection and tests). */
function lexicalFeatures(doc: DocInput, i: number): string[] {
  const ws = words(doc.sentences[i].text);
  const f: string[] = [];
  for (const w of ws) f.push(`u:${w}`);
  for (let k = 0; k + 1 < ws.length; k++) f.push(`b:${ws[k]}_${ws[k + 1]}`);
  f.push(`f:${ws[0] ?? ''}`, `f2:${ws[0] ?? ''}_${ws[1] ?? ''}`);
  return f;
}

const U = fnv('u:');
const B = fnv('b:');
const F = fnv('f:');
const F2 = fnv('f2:');

/**
 * Every English word's running FNV states ("u:w", and "b:w_", the head of a word pair) and cue
 * prefilter bits (lexicon.ts enWordBits), by token id (lib/text/intern.ts), kept across
 * sentences and documents (news English is mostly the same few thousand words), so each word
 * is hashed and looked up once; emptied with the token table (its generation), so memory stays
 * bounded. One row of FACTS integers per id, so a word's facts share a cache line (issue 7).
 */
const FACTS = 4;
const UNIGRAM = 0;
const PAIR_HEAD = 1;
const CUE_BITS = 2;
const SURE_BITS = 3;
let facts = new Int32Array(4096 * FACTS);
let known = new Uint8Array(4096);
let factsGeneration = -1;

/** Makes sure the facts of every id in `ids` are known. */
function learnWords(ids: ArrayLike<number>): void {
  if (factsGeneration !== TOKENS.generation || TOKENS.size > known.length) {
    const same = factsGeneration === TOKENS.generation;
    const size = Math.max(same ? known.length : 4096, TOKENS.size * 2);
    const f = new Int32Array(size * FACTS);
    const k = new Uint8Array(size);
    if (same) {
      f.set(facts);
      k.set(known);
    }
    facts = f;
    known = k;
    factsGeneration = TOKENS.generation;
  }
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    if (known[id]) continue;
    const w = TOKENS.str(id);
    const at = id * FACTS;
    facts[at + UNIGRAM] = fnv(w, U);
    facts[at + PAIR_HEAD] = fnv('_', fnv(w, B));
    const cue = enWordBits(w);
    facts[at + CUE_BITS] = cue;
    facts[at + SURE_BITS] = sureBits(w, cue);
    known[id] = 1;
  }
}

/** The same features as lexicalFeatures, hashed part by part without building names. */
function lexicalSlots(doc: DocInput, info: SentenceInfo, i: number, bits: number): void {
  if (info.lexicalTo >= 0) {
    for (let k = info.lexicalFrom; k < info.lexicalTo; k++) put(lexicalSlotsOf[k]);
    return;
  }
  const ids = info.words ?? words(doc.sentences[i].text).map((w) => TOKENS.id(w));
  learnWords(ids);
  for (let k = 0; k < ids.length; k++) put(slotOf(facts[ids[k] * FACTS + UNIGRAM], bits));
  for (let k = 0; k + 1 < ids.length; k++)
    put(slotOf(fnv(TOKENS.str(ids[k + 1]), facts[ids[k] * FACTS + PAIR_HEAD]), bits));
  const w0 = ids.length ? TOKENS.str(ids[0]) : '';
  put(slotOf(fnv(w0, F), bits));
  put(slotOf(fnv(ids.length > 1 ? TOKENS.str(ids[1]) : '', fnv('_', fnv(w0, F2))), bits));
}

/**
 * One sentence's slots, the first `slotCount` of `slotBuffer`: kept from sentence to sentence
 * (an array emptied per sentence let go of its storage and grew it again: issue 7's garbage).
 */
let slotBuffer = new Int32Array(512);
let slotCount = 0;

function put(slot: number): void {
  if (slotCount === slotBuffer.length) {
    const grown = new Int32Array(slotBuffer.length * 2);
    grown.set(slotBuffer);
    slotBuffer = grown;
  }
  slotBuffer[slotCount++] = slot;
}

/**
 * The lexical slots of the sentences describeEn scanned, one run per sentence (SentenceInfo),
 * the first `lexicalCount` (kept from document to document: no garbage per sentence).
 */
let lexicalSlotsOf = new Int32Array(4096);
let lexicalCount = 0;

/**
 * fnv(word k, h) read from the scanned text: a letter run lower-cased, a digit run as `#`. The
 * same figure as hashing TOKENS.str(id), without reaching for the token's string.
 */
function fnvWord(
  text: string,
  ids: ArrayLike<number>,
  spans: ArrayLike<number>,
  k: number,
  h: number,
  hash: number,
): number {
  if (ids[k] === hash) return Math.imul(h ^ 35, 0x01000193); // `#`
  for (let j = spans[2 * k]; j < spans[2 * k + 1]; j++) {
    let c = text.charCodeAt(j);
    if (c <= 90 && c >= 65) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h;
}

/** lexicalSlots for a sentence scanned by scan.ts (ids and spans of its words in `text`; facts learnt). */
function scannedLexicalSlots(
  text: string,
  ids: ArrayLike<number>,
  spans: ArrayLike<number>,
  bits: number,
): void {
  const f = facts;
  const n = ids.length;
  const hash = digitId();
  if (lexicalCount + 2 * n + 2 > lexicalSlotsOf.length) {
    const grown = new Int32Array(Math.max(2 * lexicalSlotsOf.length, lexicalCount + 2 * n + 2));
    grown.set(lexicalSlotsOf.subarray(0, lexicalCount));
    lexicalSlotsOf = grown;
  }
  const out = lexicalSlotsOf;
  let at = lexicalCount;
  for (let k = 0; k < n; k++) out[at++] = slotOf(f[ids[k] * FACTS + UNIGRAM], bits);
  for (let k = 0; k + 1 < n; k++)
    out[at++] = slotOf(fnvWord(text, ids, spans, k + 1, f[ids[k] * FACTS + PAIR_HEAD], hash), bits);
  const f0 = n ? fnvWord(text, ids, spans, 0, F, hash) : F;
  out[at++] = slotOf(f0, bits);
  const f2 = fnv('_', n ? fnvWord(text, ids, spans, 0, F2, hash) : F2);
  out[at++] = slotOf(n > 1 ? fnvWord(text, ids, spans, 1, f2, hash) : f2, bits);
  lexicalCount = at;
}

/**
 * Slots of shared feature names. The names come from a small closed set (bins, cue families,
 * tenses), so each is hashed once per process instead of once per sentence.
 */
const sharedSlotCache = new Map<number, Map<string, number>>();

function sharedSlot(name: string, bits: number): number {
  let cache = sharedSlotCache.get(bits);
  if (!cache) sharedSlotCache.set(bits, (cache = new Map()));
  let slot = cache.get(name);
  if (slot === undefined) cache.set(name, (slot = hashFeature(name, bits)));
  return slot;
}

/**
 * Every shared feature's slot, in arrays indexed by bin value or keyed by cue family, so that
 * segmenting builds no feature names at all (issue 7: segment costs a fraction of extraction).
 * Built from the same names as sharedFeatures, so the slots are identical (tests/unit/segment).
 */
interface SharedTable {
  bias: number;
  s: number[];
  p: number[];
  rel: number[];
  inpar: Record<'only' | 'first' | 'mid' | 'last', number>;
  head: number[];
  lead: number[];
  hrank: number[];
  headS: number[][];
  len: number[];
  cue: Map<string, { cue: number; early: number; late: number; prev: number; next: number }>;
  ncues: number[];
  tense: Map<string, number>;
  quote: number;
  quoteStart: number;
  year: number[];
  yearNone: number;
  prevNone: number;
  nextNone: number;
  prevQuote: number;
  nextQuote: number;
  prevSamepar: number;
  nextSamepar: number;
}

const tables = new Map<number, SharedTable>();

function sharedTable(bits: number): SharedTable {
  let t = tables.get(bits);
  if (t) return t;
  const at = (name: string) => sharedSlot(name, bits);
  const range = (n: number, name: (v: number) => string) => Array.from({ length: n }, (_, v) => at(name(v)));
  t = {
    bias: at('bias'),
    s: range(10, (v) => `s=${v}`),
    p: range(8, (v) => `p=${v}`),
    rel: range(10, (v) => `rel=${v}`),
    inpar: { only: at('inpar=only'), first: at('inpar=first'), mid: at('inpar=mid'), last: at('inpar=last') },
    head: range(7, (v) => `head=${v}`),
    lead: range(7, (v) => `lead=${v}`),
    hrank: range(6, (v) => `hrank=${v}`),
    headS: Array.from({ length: 7 }, (_, h) => range(4, (v) => `head=${h}&s=${v}`)),
    len: range(7, (v) => `len=${v}`),
    cue: new Map(
      CUE_FAMILIES.map(({ name: c }) => [
        c,
        {
          cue: at(`cue=${c}`),
          early: at(`cue=${c}&early=true`),
          late: at(`cue=${c}&early=false`),
          prev: at(`prev.cue=${c}`),
          next: at(`next.cue=${c}`),
        },
      ]),
    ),
    ncues: range(5, (v) => `ncues=${v}`),
    tense: new Map(TENSE.map(({ name }) => [name, at(`tense=${name}`)])),
    quote: at('quote'),
    quoteStart: at('quote-start'),
    year: range(6, (v) => `year=${v}`),
    yearNone: at('year=none'),
    prevNone: at('prev=none'),
    nextNone: at('next=none'),
    prevQuote: at('prev.quote'),
    nextQuote: at('next.quote'),
    prevSamepar: at('prev.samepar'),
    nextSamepar: at('next.samepar'),
  };
  tables.set(bits, t);
  return t;
}

const S_EDGES = [1, 2, 3, 4, 5, 7, 10, 15, 25];
const P_EDGES = [1, 2, 3, 4, 6, 10, 16];
const SIM_EDGES = [0.01, 0.05, 0.1, 0.2, 0.3, 0.45];
const RANK_EDGES = [1, 2, 3, 5, 8];
const S_COARSE = [1, 3, 6];
const LEN_EDGES = [0.35, 0.6, 0.85, 1.2, 1.6, 2.2];
const YEAR_EDGES = [0, 1, 2, 6, 16];

/** sharedFeatures(doc, infos, i, year) as slots, in the same order, without building names. */
function sharedSlotsOf(
  doc: DocInput,
  infos: SentenceInfo[],
  i: number,
  year: number | null,
  t: SharedTable,
  cues: boolean,
): void {
  const s = doc.sentences[i];
  const n = doc.sentences.length;
  const info = infos[i];
  put(t.bias);
  put(t.s[bin(i, S_EDGES)]);
  put(t.p[bin(s.paragraph, P_EDGES)]);
  put(t.rel[Math.min(9, Math.floor((10 * i) / Math.max(1, n)))]);
  put(
    t.inpar[
      s.paragraphSize === 1
        ? 'only'
        : s.inParagraph === 0
          ? 'first'
          : s.inParagraph === s.paragraphSize - 1
            ? 'last'
            : 'mid'
    ],
  );
  const hs = bin(info.headSim, SIM_EDGES);
  put(t.head[hs]);
  put(t.lead[bin(info.leadSim, SIM_EDGES)]);
  put(t.hrank[bin(info.headRank, RANK_EDGES)]);
  put(t.headS[hs][bin(i, S_COARSE)]);
  put(t.len[bin(info.relLength, LEN_EDGES)]);
  if (cues)
    for (const c of info.cues) {
      const e = t.cue.get(c)!;
      put(e.cue);
      put(i < 3 ? e.early : e.late);
    }
  put(t.ncues[Math.min(4, info.cues.length)]);
  for (const name of info.tense) put(t.tense.get(name)!);
  if (info.quote) put(t.quote);
  if (info.quoteStart) put(t.quoteStart);
  if (year) for (const y of info.years) put(t.year[bin(year - y, YEAR_EDGES)]);
  if (!info.years.length) put(t.yearNone);
  for (let d = -1; d <= 1; d += 2) {
    const o = infos[i + d];
    if (!o) {
      put(d < 0 ? t.prevNone : t.nextNone);
      continue;
    }
    if (cues) for (const c of o.cues) put(d < 0 ? t.cue.get(c)!.prev : t.cue.get(c)!.next);
    if (o.quote) put(d < 0 ? t.prevQuote : t.nextQuote);
    if (doc.sentences[i + d].paragraph === s.paragraph) put(d < 0 ? t.prevSamepar : t.nextSamepar);
  }
}

export interface FeatureOptions {
  /** Add English words and word pairs (the English model); shared features are always on. */
  lexical: boolean;
  /** Drop cue families (for measuring what they add). */
  noCues?: boolean;
}

/** Features of every sentence of a document; `headSims` receives each sentence's similarity to the title. */
export function documentFeatures(doc: DocInput, opts: FeatureOptions, headSims?: number[]): string[][] {
  const infos = describe(doc);
  if (headSims) for (const info of infos) headSims.push(info.headSim);
  const year = referenceYear(doc);
  return doc.sentences.map((_, i) => {
    let f = sharedFeatures(doc, infos, i, year);
    if (opts.noCues) f = f.filter((x) => !x.includes('cue='));
    return opts.lexical ? f.concat(lexicalFeatures(doc, i)) : f;
  });
}

/** documentFeatures, hashed into model slots (what inference and training use). */
export function documentSlots(
  doc: DocInput,
  opts: FeatureOptions,
  bits: number,
  headSims?: number[],
): Int32Array[] {
  const out: Int32Array[] = [];
  eachDocumentSlots(doc, opts, bits, headSims, (_, slots) => out.push(new Int32Array(slots)));
  return out;
}

/**
 * documentSlots one sentence at a time: `each(i, slots)` gets sentence i's slots in a scratch
 * array, valid during the call only (segment() scores them at once: no array per sentence).
 */
export function eachDocumentSlots(
  doc: DocInput,
  opts: FeatureOptions,
  bits: number,
  headSims: number[] | undefined,
  each: (i: number, slots: ArrayLike<number>) => void,
  /** Receives each English sentence's bag as token ids (lib/text/idbags.ts), for pickPoints. */
  bags?: (readonly number[] | undefined)[],
): void {
  const infos = describe(doc, opts.lexical ? bits : undefined);
  if (headSims) for (const info of infos) headSims.push(info.headSim);
  if (bags) for (const info of infos) bags.push(info.bag ?? undefined);
  const year = referenceYearOf(doc, infos);
  const table = sharedTable(bits);
  for (let i = 0; i < doc.sentences.length; i++) {
    slotCount = 0;
    sharedSlotsOf(doc, infos, i, year, table, !opts.noCues);
    if (opts.lexical) lexicalSlots(doc, infos[i], i, bits);
    each(i, slotBuffer.subarray(0, slotCount));
  }
}
