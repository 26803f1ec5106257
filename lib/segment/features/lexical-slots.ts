/** English words and word pairs (the English model's lexical features), as names and as slots. */
import { TOKENS } from '../../text/intern';
import { digitId, type ScanOut } from '../../text/scan';
import { fnv, slotOf } from '../hash';
import { put } from './slot-buffer';
import type { DocInput, SentenceInfo } from './types';
import { FACTS, learnWords, PAIR_HEAD, UNIGRAM } from './word-facts';
import { words } from './words';

/** English words and word pairs, as names (for inspection and tests). */
export function lexicalFeatures(doc: DocInput, i: number): string[] {
  const ws = words(doc.sentences[i].text);
  const f: string[] = [];
  for (const w of ws) f.push(`u:${w}`);
  for (let k = 0; k + 1 < ws.length; k++) f.push(`b:${ws[k]}_${ws[k + 1]}`);
  f.push(`f:${ws[0] ?? ''}`, `f2:${ws[0] ?? ''}_${ws[1] ?? ''}`);
  return f;
}

const F = fnv('f:');
const F2 = fnv('f2:');

/** The same features as lexicalFeatures, hashed part by part without building names, put (slot-buffer.ts). */
export function lexicalSlots(doc: DocInput, info: SentenceInfo, i: number, bits: number): void {
  if (info.lexicalTo >= 0) {
    for (let k = info.lexicalFrom; k < info.lexicalTo; k++) put(runs[k]);
    return;
  }
  const ids = info.words ?? words(doc.sentences[i].text).map((w) => TOKENS.id(w));
  const facts = learnWords(ids);
  for (let k = 0; k < ids.length; k++) put(slotOf(facts[ids[k] * FACTS + UNIGRAM], bits));
  for (let k = 0; k + 1 < ids.length; k++)
    put(slotOf(fnv(TOKENS.str(ids[k + 1]), facts[ids[k] * FACTS + PAIR_HEAD]), bits));
  const w0 = ids.length ? TOKENS.str(ids[0]) : '';
  put(slotOf(fnv(w0, F), bits));
  put(slotOf(fnv(ids.length > 1 ? TOKENS.str(ids[1]) : '', fnv('_', fnv(w0, F2))), bits));
}

/**
 * The lexical slots of the sentences describe-en.ts scanned, one run per sentence
 * (SentenceInfo), the first `runCount` (kept from document to document: no garbage per sentence).
 */
let runs = new Int32Array(4096);
let runCount = 0;

/** Starts a document's runs. */
export function clearLexicalRuns(): void {
  runCount = 0;
}

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

/**
 * lexicalSlots for the sentence `scan` holds (scan.ts: ids and spans of its words in `text`),
 * kept as the next run; returns the run's end (its start is the previous run's end).
 */
export function scannedLexicalSlots(text: string, scan: ScanOut, bits: number): number {
  const { words: ids, spans } = scan.buffers;
  const n = scan.count;
  const f = learnWords(ids, n);
  const hash = digitId();
  if (runCount + 2 * n + 2 > runs.length) {
    const grown = new Int32Array(Math.max(2 * runs.length, runCount + 2 * n + 2));
    grown.set(runs.subarray(0, runCount));
    runs = grown;
  }
  const out = runs;
  let at = runCount;
  for (let k = 0; k < n; k++) out[at++] = slotOf(f[ids[k] * FACTS + UNIGRAM], bits);
  for (let k = 0; k + 1 < n; k++)
    out[at++] = slotOf(fnvWord(text, ids, spans, k + 1, f[ids[k] * FACTS + PAIR_HEAD], hash), bits);
  const f0 = n ? fnvWord(text, ids, spans, 0, F, hash) : F;
  out[at++] = slotOf(f0, bits);
  const f2 = fnv('_', n ? fnvWord(text, ids, spans, 0, F2, hash) : F2);
  out[at++] = slotOf(n > 1 ? fnvWord(text, ids, spans, 1, f2, hash) : f2, bits);
  runCount = at;
  return at;
}
