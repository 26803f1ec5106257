/**
 * describe() for English: each sentence scanned once (lib/text/scan.ts) for its word ids (the
 * cue prefilter and lexical features), its bag (similarity to the headline and lead, as
 * `cosine(bag(s), bag(title))`: the same integer sums, so the same figures) and the character
 * facts; the regex paths only for sentences with non-ASCII letters. With `bits`, the lexical
 * slots of scanned sentences are made here (lexical-slots.ts), from the words' places in the text.
 */
import { TOKENS } from '../../text/intern';
import { bagIds, newScanOut, scanAscii, unitBagIds } from '../../text/scan';
import { bag } from '../../text/tokens';
import { englishCues } from '../lexicon';
import { cuesOfScan, cuesOfWords, type EnglishCues } from './en-cues';
import { clearLexicalRuns, scannedLexicalSlots } from './lexical-slots';
import { Similarity } from './similarity';
import type { DocInput, SentenceInfo } from './types';
import { asciiWords, words } from './words';
import { NO_YEARS, yearsIn } from './years';

const QUOTE = /["“”]/;

/** Scratch: one sentence's scan. */
const scan = newScanOut();

/** Words (spaces + 1). */
function wordCount(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}

/** The sentences' facts, and each one's length in words into `lens` (describe.ts). */
export function describeEn(doc: DocInput, bits: number | undefined, lens: number[]): SentenceInfo[] {
  const sims = new Similarity(doc.title);
  clearLexicalRuns();
  let lexicalEnd = 0;
  const infos = doc.sentences.map((s, i): SentenceInfo => {
    const text = s.text;
    const src = s.source ?? text;
    const from = s.source === undefined ? 0 : s.at!;
    let ids: number[] | null = null;
    let quote: boolean;
    let years: number[];
    let found: EnglishCues;
    let lexicalFrom = -1;
    let lexicalTo = -1;
    if (scanAscii(src, scan, from, from + text.length)) {
      lens.push(scan.spaces + 1);
      quote = scan.quote;
      years = scan.digit ? yearsIn(text, 'en') : NO_YEARS;
      found = cuesOfScan(text, scan, years.length > 0);
      if (bits !== undefined) {
        lexicalFrom = lexicalEnd;
        lexicalTo = lexicalEnd = scannedLexicalSlots(src, scan, bits);
      } else ids = Array.from(scan.words);
    } else {
      // The exact paths (asciiWords may still work: a non-ASCII letter that is not K or İ).
      const ascii = asciiWords(text);
      ids = (ascii ?? words(text)).map((w) => TOKENS.id(w));
      years = /\d/.test(text) ? yearsIn(text, 'en') : NO_YEARS;
      // Without the ASCII words, every family's regex is tested.
      found = ascii ? cuesOfWords(text, ids, years.length > 0) : englishCues(text, undefined, -1);
      if (!unitBagIds(text, scan.bag)) bagIds(bag(text), scan.bag);
      lens.push(wordCount(text));
      quote = QUOTE.test(text);
    }
    const b = scan.bag;
    sims.measure(b, i);
    const c0 = text.charCodeAt(0);
    return {
      cues: found.cues,
      tense: found.tense,
      words: ids,
      lexicalFrom,
      lexicalTo,
      bag: b.slice(), // (a plain array: cheaper to make than a typed one)
      headSim: sims.head,
      leadSim: sims.lead,
      headRank: 0,
      relLength: 0,
      quote,
      quoteStart: c0 === 34 || c0 === 0x201c || c0 === 39 || c0 === 0x2018, // /^["“'‘]/
      years,
    };
  });
  sims.done();
  return infos;
}
