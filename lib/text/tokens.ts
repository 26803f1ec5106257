/** Language-neutral tokens for similarity: lower-cased words, and character bigrams for CJK runs. */

const WORD = /[\p{L}\p{N}]+/gu;
/** Kana or a CJK ideograph (U+3040–30FF, U+4E00–9FFF): the word is split into bigrams. */
function hasCjk(w: string): boolean {
  // A loop, not a regex call per word: bag() runs on every sentence twice (segment, points).
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) return true;
  }
  return false;
}
export const STOP = new Set(
  'the a an and or of to in on for at by with from as is are was were be been it its this that these those he she they we you i his her their our has have had not but said says will would'.split(
    ' ',
  ),
);

/**
 * A token: a word, or a CJK character bigram as the number `code₁ × 65536 + code₂` (the same
 * pair of UTF-16 units as the two-character string, without allocating one: Japanese text is
 * all bigrams, and segmenting must stay within issue 3's 5 ms budget).
 */
export type Token = string | number;
export type Bag = Map<Token, number>;

/** A non-ASCII character that is a letter or digit (part of a word): the regex path handles it. */
const WORDY = /[\p{L}\p{N}]/u;

/**
 * bag() of ASCII words without the regex, lower-casing or match arrays: English sentences are
 * ASCII letters with a few non-ASCII separators (curly quotes, dashes), and bag() runs on every
 * sentence (segment, points; issue 7's budget). Returns null when the text holds a non-ASCII
 * letter or digit (Japanese, accents), which the exact regex path then handles.
 */
function asciiBag(text: string): Bag | null {
  const m: Bag = new Map();
  let start = -1;
  let word = '';
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (letter) {
      if (start < 0) start = i;
      continue;
    }
    if (c >= 128 && WORDY.test(text[i])) return null;
    if (start < 0) continue;
    if (i - start > 1) {
      word = text.slice(start, i).toLowerCase();
      if (!STOP.has(word)) m.set(word, (m.get(word) ?? 0) + 1);
    }
    start = -1;
  }
  return m;
}

/** Per UTF-16 unit: 1 a letter or digit (WORDY), 2 not, 0 not yet looked up. */
const WORD_UNIT = new Uint8Array(65536);

/**
 * bag() of any text without surrogate pairs, in one pass over the lower-cased units: the same
 * words as `WORD` (each unit classified once by WORDY, then from a table) without the regex's
 * match array. Japanese sentences are all bigrams and bag() runs on every one of them (issue 3's
 * 5 ms budget for segment()). Null when the text has a surrogate pair (the regex path handles
 * code points beyond the BMP).
 */
function unitBag(text: string): Bag | null {
  const t = text.toLowerCase();
  const m: Bag = new Map();
  let start = -1;
  let cjk = false;
  for (let i = 0; i <= t.length; i++) {
    let word = false;
    if (i < t.length) {
      const c = t.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) return null;
      let k = WORD_UNIT[c];
      if (!k) WORD_UNIT[c] = k = WORDY.test(t[i]) ? 1 : 2;
      word = k === 1;
      if (word) {
        if (start < 0) [start, cjk] = [i, false];
        if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) cjk = true;
        continue;
      }
    }
    if (start < 0) continue;
    if (cjk)
      for (let j = start; j + 1 < i; j++) {
        const key = t.charCodeAt(j) * 65536 + t.charCodeAt(j + 1);
        m.set(key, (m.get(key) ?? 0) + 1);
      }
    else if (i - start > 1) {
      const w = t.slice(start, i);
      if (!STOP.has(w)) m.set(w, (m.get(w) ?? 0) + 1);
    }
    start = -1;
  }
  return m;
}

export function bag(text: string): Bag {
  const fast = asciiBag(text) ?? unitBag(text);
  if (fast) return fast;
  return regexBag(text);
}

/** bag() by the regex: the definition the fast paths must match (tests/unit/tokens). */
export function regexBag(text: string): Bag {
  const m: Bag = new Map();
  // match() returns plain strings: no match objects to allocate.
  for (const w of text.toLowerCase().match(WORD) ?? []) {
    if (hasCjk(w)) {
      for (let i = 0; i + 1 < w.length; i++) {
        const k = w.charCodeAt(i) * 65536 + w.charCodeAt(i + 1);
        m.set(k, (m.get(k) ?? 0) + 1);
      }
    } else if (!STOP.has(w) && w.length > 1) m.set(w, (m.get(w) ?? 0) + 1);
  }
  return m;
}

/** Cosine similarity of two bags of tokens. */
export function cosine(a: Bag, b: Bag): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  // forEach, not for…of: no [key, value] array per entry (issue 7: points' garbage).
  a.forEach((v, k) => {
    na += v * v;
    const w = b.get(k);
    if (w) dot += v * w;
  });
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
