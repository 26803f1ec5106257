/**
 * Every English word's running FNV states ("u:w", and "b:w_", the head of a word pair) and cue
 * prefilter bits (lexicon.ts enWordBits), by token id (lib/text/intern.ts), kept across
 * sentences and documents (news English is mostly the same few thousand words), so each word
 * is hashed and looked up once; emptied with the token table (its generation), so memory stays
 * bounded. One row of FACTS integers per id, so a word's facts share a cache line (issue 7).
 */
import { TOKENS } from '../../text/intern';
import { fnv } from '../hash';
import { CUE_FAMILIES, enWordBits, TENSE } from '../lexicon';

export const FACTS = 4;
/** fnv("u:" + word): the unigram feature's hash. */
export const UNIGRAM = 0;
/** fnv("b:" + word + "_"): a word pair's hash up to its second word. */
export const PAIR_HEAD = 1;
/** The cue prefilter's bits for the word (enscan.ts). */
export const CUE_BITS = 2;
/** The cue and tense families the word alone settles (sureBits). */
export const SURE_BITS = 3;

const U = fnv('u:');
const B = fnv('b:');

let facts = new Int32Array(4096 * FACTS);
let known = new Uint8Array(4096);
let factsGeneration = -1;

/** Makes sure the facts of the first `n` ids are known; the table, row `id × FACTS` per id. */
export function learnWords(ids: ArrayLike<number>, n = ids.length): Int32Array {
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
  for (let k = 0; k < n; k++) {
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
  return facts;
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
