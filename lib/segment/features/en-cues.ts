/**
 * An English sentence's cue families and tenses (lexicon.ts), with the regexes run only where
 * the word prefilter (enscan.ts, per-word bits in word-facts.ts) says they may match and the
 * sentence's clean words do not already settle them.
 */
import { newScanOut, scanAscii, type ScanOut } from '../../text/scan';
import { topAlternatives } from '../cuescan';
import { CUE_FAMILIES, englishCues, enTextBits, enYearBits, TENSE } from '../lexicon';
import { CUE_BITS, FACTS, learnWords, SURE_BITS } from './word-facts';
import { yearsIn } from './years';

export interface EnglishCues {
  cues: string[];
  tense: string[];
}

/**
 * The families whose regex has `\d` as a top-level alternative: any ASCII digit in the sentence
 * (scan.ts `digit`; `\d` without the u flag is [0-9]) settles them (the figure family, on most
 * sentences with a number: issue 7).
 */
const DIGIT_SURE = [...CUE_FAMILIES.map((f) => f.en), ...TENSE.map((t) => t.en)].reduce(
  (bits, re, i) => (topAlternatives(re.source).includes('\\d') ? bits | (1 << i) : bits),
  0,
);

/** englishCues(text, undefined, may) where the families in `sure` are known to match (sureBits). */
function cuesKnowing(text: string, may: number, sure: number): EnglishCues {
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

const cuesOf = (text: string, may: number, sure: number) =>
  sure ? cuesKnowing(text, may, sure) : englishCues(text, undefined, may);

/**
 * The cues of a sentence `scan` holds (scan.ts: its word ids, clean flags and whether it has a
 * digit) and whether it names a year (years.ts): the prefilter's bits from the words' facts, the
 * families its clean words (or a digit) settle taken as they are. Learns the words' facts
 * (word-facts.ts) on the way.
 */
export function cuesOfScan(text: string, scan: ScanOut, hasYear: boolean): EnglishCues {
  const { words: ids, clean } = scan.buffers;
  const n = scan.count;
  let may = enTextBits(text) | (hasYear ? enYearBits() : 0);
  let sure = 0;
  const f = learnWords(ids, n);
  for (let k = 0; k < n; k++) {
    const at = ids[k] * FACTS;
    may |= f[at + CUE_BITS];
    if (clean[k]) sure |= f[at + SURE_BITS];
  }
  return cuesOf(text, may, sure | (scan.digit ? may & DIGIT_SURE : 0));
}

/** The cues of a sentence the scan gave up on, whose words (asciiWords, as ids) and years are known. */
export function cuesOfWords(text: string, ids: readonly number[], hasYear: boolean): EnglishCues {
  let may = enTextBits(text) | (hasYear ? enYearBits() : 0);
  const f = learnWords(ids);
  for (let k = 0; k < ids.length; k++) may |= f[ids[k] * FACTS + CUE_BITS];
  return cuesOf(text, may, 0);
}

/**
 * An English sentence's cues and tenses as describe() finds them on its scan.ts path (null
 * when the scan gives up): for tests/unit/enscan.test.ts, against the plain regexes.
 */
export function scannedCues(text: string): EnglishCues | null {
  const out = newScanOut();
  if (!scanAscii(text, out)) return null;
  return cuesOfScan(text, out, out.digit && yearsIn(text, 'en').length > 0);
}
