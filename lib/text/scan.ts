/**
 * One pass over an English sentence for everything segment() and pickPoints() read from its
 * words (issue 7: each used to tokenise the sentence again, with a string per word):
 *  - `words`: the role model's word tokens as ids (lib/segment/features/words.ts `asciiWords`: runs of
 *    ASCII letters lower-cased, and `#` for a run of digits);
 *  - `bag`: the similarity tokens as ids (lib/text/tokens.ts `bag`: runs of ASCII letters and
 *    digits lower-cased, two characters or more, stop words left out), with repeats;
 *  - a few character facts the features test (spaces, digits, double quotes).
 * Ids come from lib/text/intern.ts TOKENS. The scan gives up (returns false) on a non-ASCII
 * letter or digit, exactly where `asciiBag` does: callers then take the regex paths and intern
 * their tokens (`tokenIds`), so the ids are the same either way (tests/unit/scan.test.ts).
 *
 * Exports: `scanAscii(text, out, from?, to?) → boolean`, `ScanOut`, `newScanOut()`, `isStopId(id)`,
 * `digitId()`, `bagIds(bag, out)`, `textBagIds(text, scratch)`.
 */
import { asciiHash, HASH_OFFSET, HASH_PRIME, PACKED_MAX, TOKENS } from './intern';
import { bag, STOP, type Bag } from './tokens';

export class ScanOut {
  /**
   * The words of the last scan are the first `count` entries of `buffers.words` and
   * `buffers.clean` (and 2 × count of `buffers.spans`), kept from scan to scan (issue 7: arrays
   * emptied and filled again per sentence made a third of segment()'s garbage); valid until the
   * next scan into the same ScanOut. Hot loops read the buffers; `words`, `clean` and `spans`
   * are views of them made on request (a view per sentence was 2% of segment()).
   */
  count = 0;
  bag: number[] = [];
  /** Count of U+0020 spaces. */
  spaces = 0;
  /** Whether an ASCII digit occurs. */
  digit = false;
  /** Whether `"`, `“` or `”` occurs. */
  quote = false;
  buffers = { words: new Int32Array(128), clean: new Uint8Array(128), spans: new Int32Array(256) };

  /** The words' token ids. */
  get words(): Int32Array {
    return this.buffers.words.subarray(0, this.count);
  }

  /**
   * Per word: 1 when it is a run of letters with neither a digit nor `_` on either side, so that
   * a regex's `\bword\b` matches there (lib/segment/features/word-facts.ts sure cue bits); else 0.
   */
  get clean(): Uint8Array {
    return this.buffers.clean.subarray(0, this.count);
  }

  /** Per word: its start and end offsets in the scanned string ([2k], [2k + 1]). */
  get spans(): Int32Array {
    return this.buffers.spans.subarray(0, 2 * this.count);
  }
}

/** Per UTF-16 unit: 1 a letter or digit (`\p{L}\p{N}`), 2 not, 0 not yet looked up. */
const WORD_UNIT = new Uint8Array(65536);
const WORDY = /[\p{L}\p{N}]/u;

/** Per id: 1 a stop word, 2 not, 0 not yet looked up (for TOKENS' current generation). */
let stopFlags = new Uint8Array(4096);
let stopGeneration = -1;
let digit = -1;

/** Whether the token is a stop word (tokens.ts STOP). */
export function isStopId(id: number): boolean {
  if (stopGeneration !== TOKENS.generation) {
    stopFlags = new Uint8Array(4096);
    stopGeneration = TOKENS.generation;
    digit = -1;
  }
  if (id >= stopFlags.length) {
    const grown = new Uint8Array(Math.max(stopFlags.length * 2, id + 1));
    grown.set(stopFlags);
    stopFlags = grown;
  }
  let f = stopFlags[id];
  if (!f) stopFlags[id] = f = STOP.has(TOKENS.str(id)) ? 1 : 2;
  return f === 1;
}

/** The id of `#`, the word token of a digit run. */
export function digitId(): number {
  if (stopGeneration !== TOKENS.generation) isStopId(0);
  if (digit < 0) digit = TOKENS.id('#');
  return digit;
}

/** ASCII classes: 1 upper-case letter, 2 lower-case letter, 3 digit, 4 space, 5 double quote, 0 other. */
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) =>
  c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : c >= 48 && c <= 57 ? 3 : c === 32 ? 4 : c === 34 ? 5 : 0,
);

/**
 * Scans text[from, to) (the whole text by default). A sentence is best scanned inside its
 * paragraph (from its offset): a sentence cut out by slice() is a V8 sliced string, whose
 * characters a JavaScript loop reads several times slower than a flat string's (issue 7).
 */
export function scanAscii(text: string, out: ScanOut, from = 0, to = text.length): boolean {
  // At most one word per two characters (and the sentinel): the buffers never fill up.
  const room = ((to - from) >> 1) + 1;
  if (out.buffers.words.length < room) {
    out.buffers.words = new Int32Array(room * 2);
    out.buffers.clean = new Uint8Array(room * 2);
    out.buffers.spans = new Int32Array(room * 4);
  }
  const { words, clean, spans } = out.buffers;
  let nw = 0;
  const bag = out.bag;
  let nb = 0;
  let spaces = 0;
  let digits = false;
  let quote = false;
  const hash = digitId(); // also brings stopFlags to TOKENS' generation
  let wStart = -1; // the current word run (letters, or digits)
  let wDigits = false;
  let wClean = false; // a letter run after neither a digit nor `_`
  let wh = HASH_OFFSET;
  let p0 = 0; // a letter run's first twelve lower-cased letters, a byte each (intern.ts packedId)
  let p1 = 0;
  let p2 = 0;
  let bStart = -1; // the current bag run (letters and digits)
  let bMixed = false;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 32;
    const k = c < 128 ? ASCII_CLASS[c] : 0;
    if (k !== 0 && k < 4) {
      const digit = k === 3;
      if (wStart >= 0 && wDigits !== digit) {
        words[nw] = wDigits ? hash : wordId(text, wStart, i, wh, p0, p1, p2);
        clean[nw] = 0; // letters against digits
        spans[2 * nw] = wStart;
        spans[2 * nw + 1] = i;
        nw++;
        wStart = -1;
      }
      const lc = k === 1 ? c + 32 : c;
      if (wStart < 0) {
        wStart = i;
        wDigits = digit;
        wh = HASH_OFFSET;
        p0 = lc;
        p1 = 0;
        p2 = 0;
        const p = i > from ? text.charCodeAt(i - 1) : 32;
        wClean = !digit && !((p >= 48 && p <= 57) || p === 95);
      } else {
        const n = i - wStart;
        if (n < 4) p0 |= lc << (n << 3);
        else if (n < 8) p1 |= lc << ((n - 4) << 3);
        else if (n < 12) p2 |= lc << ((n - 8) << 3);
      }
      wh = Math.imul(wh ^ lc, HASH_PRIME);
      if (bStart < 0) {
        bStart = i;
        bMixed = false;
      }
      if (digit) bMixed = digits = true;
      continue;
    }
    if (wStart >= 0) {
      words[nw] = wDigits ? hash : wordId(text, wStart, i, wh, p0, p1, p2);
      clean[nw] = wClean && c !== 95 ? 1 : 0;
      spans[2 * nw] = wStart;
      spans[2 * nw + 1] = i;
      nw++;
      wStart = -1;
    }
    if (k === 4) spaces++;
    else if (k === 5 || c === 0x201c || c === 0x201d) quote = true;
    else if (c >= 128) {
      let w = WORD_UNIT[c];
      if (!w) WORD_UNIT[c] = w = WORDY.test(text[i]) ? 1 : 2;
      if (w === 1) return false;
    }
    if (bStart < 0) continue;
    if (i - bStart > 1) {
      // A run of letters only is the word run that just ended: its id is the last word's.
      const id = bMixed ? runId(text, bStart, i) : words[nw - 1];
      if (id >= stopFlags.length) isStopId(id);
      let f = stopFlags[id];
      if (!f) stopFlags[id] = f = STOP.has(TOKENS.str(id)) ? 1 : 2;
      if (f === 2) bag[nb++] = id;
    }
    bStart = -1;
  }
  bag.length = nb;
  out.count = nw;
  out.spaces = spaces - 1; // the end sentinel counted as a space
  out.digit = digits;
  out.quote = quote;
  return true;
}

/** The id of the letter run text[start, end) (hash `h`, letters packed in `p0`, `p1`, `p2`). */
function wordId(
  text: string,
  start: number,
  end: number,
  h: number,
  p0: number,
  p1: number,
  p2: number,
): number {
  return end - start <= PACKED_MAX
    ? TOKENS.packedId(text, start, end, h, p0, p1, p2)
    : TOKENS.asciiId(text, start, end, h);
}

/**
 * The id of a bag run of letters and digits text[start, end): packed and hashed in one pass when
 * short enough for the front cache (the figures of a sentence, "2019", "15", mostly are).
 */
function runId(text: string, start: number, end: number): number {
  if (end - start > PACKED_MAX) return TOKENS.asciiId(text, start, end, asciiHash(text, start, end));
  let h = HASH_OFFSET;
  let p0 = 0;
  let p1 = 0;
  let p2 = 0;
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, HASH_PRIME);
    const n = k - start;
    if (n < 4) p0 |= c << (n << 3);
    else if (n < 8) p1 |= c << ((n - 4) << 3);
    else p2 |= c << ((n - 8) << 3);
  }
  return TOKENS.packedId(text, start, end, h, p0, p1, p2);
}

/** A bag's tokens as ids, each repeated by its count (ScanOut's `bag` for any text). */
export function bagIds(b: Bag, out: number[]): number[] {
  out.length = 0;
  for (const [k, v] of b) {
    const id = typeof k === 'number' ? TOKENS.bigramId(k >>> 16, k & 0xffff) : TOKENS.id(k);
    for (let r = 0; r < v; r++) out.push(id);
  }
  return out;
}

/**
 * tokens.ts `unitBag` as ids with repeats into `out` (false where unitBag gives up: a surrogate
 * pair). CJK bigrams get their own ids (intern.ts bigramId), as in `bagIds`. Japanese
 * sentences are all bigrams: ids instead of number keys (above 2^30 for kanji, so heap numbers
 * in a Map) make their bags cheap (issue 3's 5 ms for 100 paragraphs).
 */
export function unitBagIds(text: string, out: number[]): boolean {
  out.length = 0;
  const t = text.toLowerCase();
  let start = -1;
  let cjk = false;
  if (stopGeneration !== TOKENS.generation) isStopId(0);
  for (let i = 0; i <= t.length; i++) {
    if (i < t.length) {
      const c = t.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) return false;
      let k = WORD_UNIT[c];
      if (!k) WORD_UNIT[c] = k = WORDY.test(t[i]) ? 1 : 2;
      if (k === 1) {
        if (start < 0) {
          start = i;
          cjk = false;
        }
        if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) cjk = true;
        continue;
      }
    }
    if (start < 0) continue;
    if (cjk)
      for (let j = start; j + 1 < i; j++) out.push(TOKENS.bigramId(t.charCodeAt(j), t.charCodeAt(j + 1)));
    else if (i - start > 1) {
      const id = TOKENS.asciiId(t, start, i, asciiHash(t, start, i), false);
      if (!isStopId(id)) out.push(id);
    }
    start = -1;
  }
  return true;
}

/** The tokens of `bag(text)` as ids with repeats, by the scans where they can (any text). */
export function textBagIds(text: string, scratch: ScanOut): number[] {
  if (scanAscii(text, scratch)) return scratch.bag;
  if (unitBagIds(text, scratch.bag)) return scratch.bag;
  return bagIds(bag(text), scratch.bag);
}

export function newScanOut(): ScanOut {
  return new ScanOut();
}
