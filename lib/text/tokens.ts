/** Language-neutral tokens for similarity: lower-cased words, and character bigrams for CJK runs. */

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

/**
 * Whether each BMP character is a letter or digit (`WORDY`), filled in as characters are met:
 * one regex test per distinct character instead of a regex scan of every Japanese sentence
 * (bag() was a fifth of segment() time on Japanese pages; issue 3's 5 ms budget).
 * 0 = not yet known, 1 = word character, 2 = not.
 */
const WORD_CLASS = new Uint8Array(0x10000);

function wordy(c: number): boolean {
  let k = WORD_CLASS[c];
  if (!k) WORD_CLASS[c] = k = WORDY.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/**
 * The Unicode rule — lower-cased runs of `[\p{L}\p{N}]+`, CJK runs as character bigrams — in one
 * loop over the lower-cased text, with the same tokens in the same order as the regex
 * (tests/unit/points.test.ts compares them). Astral characters go through the regex.
 */
function unicodeBag(text: string): Bag {
  const lower = text.toLowerCase();
  const m: Bag = new Map();
  let start = -1;
  let cjk = false;
  for (let i = 0; i <= lower.length; i++) {
    let width = 1;
    let inWord = false;
    if (i < lower.length) {
      const c = lower.charCodeAt(i);
      if (c < 128) inWord = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < lower.length) {
        const cp = lower.codePointAt(i)!;
        if (cp > 0xffff) {
          width = 2;
          inWord = WORDY.test(String.fromCodePoint(cp));
        } else inWord = wordy(c);
      } else inWord = wordy(c);
      if (inWord) {
        if (start < 0) {
          start = i;
          cjk = false;
        }
        if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) cjk = true;
        i += width - 1;
        continue;
      }
    }
    if (start < 0) continue;
    if (cjk) {
      for (let j = start; j + 1 < i; j++) {
        const k = lower.charCodeAt(j) * 65536 + lower.charCodeAt(j + 1);
        m.set(k, (m.get(k) ?? 0) + 1);
      }
    } else if (i - start > 1) {
      const w = lower.slice(start, i);
      if (!STOP.has(w)) m.set(w, (m.get(w) ?? 0) + 1);
    }
    start = -1;
    i += width - 1;
  }
  return m;
}

export function bag(text: string): Bag {
  return asciiBag(text) ?? unicodeBag(text);
}

/** Cosine similarity of two bags of tokens. */
export function cosine(a: Bag, b: Bag): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const w = b.get(k);
    if (w) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
