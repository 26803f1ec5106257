/**
 * ICU's sentence breaks (UAX #29, rules SB6–SB11) for text made only of the characters whose
 * sentence-break class is listed below: printable ASCII, no-break space, curly quotes and en/em
 * dashes — nearly every English news paragraph. Asking Intl.Segmenter for them was a tenth of
 * segment() on a short article (issue 7: the outline must cost a fraction of extraction); the
 * rules here give the same boundaries without leaving JavaScript. Any other character (line
 * breaks, accented letters, other scripts) returns null: the caller asks ICU.
 * tests/unit/sentence-breaks.test.ts checks every paragraph of ../shared/data and random
 * strings over these classes against Intl.Segmenter.
 *
 * Exports: `asciiSentenceBreaks(text, out) → out | null` (break offsets after each sentence).
 */

// UAX #29 sentence-break classes (only those these characters have).
const OTHER = 0;
const SP = 1;
const LOWER = 2;
const UPPER = 3;
const NUMERIC = 4;
const ATERM = 5;
const STERM = 6;
const CLOSE = 7;
const SCONTINUE = 8;

/** Class per ASCII code; -1: not handled here (controls, DEL). */
const ASCII = Int8Array.from({ length: 128 }, (_, c) => {
  if (c < 0x20 || c === 0x7f) return -1;
  const ch = String.fromCharCode(c);
  if (ch === ' ') return SP;
  if (ch >= 'a' && ch <= 'z') return LOWER;
  if (ch >= 'A' && ch <= 'Z') return UPPER;
  if (ch >= '0' && ch <= '9') return NUMERIC;
  if (ch === '.') return ATERM;
  if (ch === '!' || ch === '?') return STERM;
  if (`"'()[]{}`.includes(ch)) return CLOSE; // Quotation_Mark, Ps, Pe
  if (ch === ',' || ch === '-' || ch === ':' || ch === ';') return SCONTINUE;
  return OTHER;
});

function classOf(c: number): number {
  if (c < 128) return ASCII[c];
  if (c === 0xa0) return SP;
  if (c >= 0x2018 && c <= 0x201d && c !== 0x201a) return CLOSE; // ‘ ’ ‛ “ ” (Pi, Pf)
  if (c === 0x2013 || c === 0x2014) return SCONTINUE; // – —
  return -1;
}

/**
 * The offsets where ICU ends each sentence of `text` (the last is text.length), into `out`;
 * null when a character is not one this module knows.
 */
export function asciiSentenceBreaks(text: string, out: number[]): number[] | null {
  out.length = 0;
  const n = text.length;
  const cls = scratch.length >= n ? scratch : (scratch = new Int8Array(Math.max(n, scratch.length * 2)));
  for (let i = 0; i < n; i++) {
    const k = classOf(text.charCodeAt(i));
    if (k < 0) return null;
    cls[i] = k;
  }
  for (let i = 0; i < n; i++) {
    const k = cls[i];
    if (k !== ATERM && k !== STERM) continue;
    // A terminator: the sentence may end after it, its closing quotes and its spaces (SB9–SB11).
    let j = i + 1;
    // SB6, SB7: "3.5", "U.S" stay whole (ATerm followed by a digit, or between letters and an upper-case letter).
    if (k === ATERM && j < n) {
      if (cls[j] === NUMERIC) continue;
      if (cls[j] === UPPER && i > 0 && (cls[i - 1] === UPPER || cls[i - 1] === LOWER)) continue;
    }
    while (j < n && cls[j] === CLOSE) j++; // SB9
    while (j < n && cls[j] === SP) j++; // SB10
    if (j >= n) break; // the text's end closes the last sentence
    const next = cls[j];
    // SB8a: a terminator or a continuation (comma, colon, dash) goes on with the sentence.
    if (next === SCONTINUE || next === ATERM || next === STERM) {
      i = j - 1;
      continue;
    }
    if (k === ATERM) {
      // SB8: after a full stop, the sentence goes on if the next letter is lower-case.
      let m = j;
      while (
        m < n &&
        (cls[m] === OTHER || cls[m] === NUMERIC || cls[m] === SP || cls[m] === CLOSE || cls[m] === SCONTINUE)
      )
        m++;
      if (m < n && cls[m] === LOWER) {
        i = j - 1;
        continue;
      }
    }
    out.push(j); // SB11
    i = j - 1;
  }
  out.push(n);
  return out;
}

let scratch = new Int8Array(1024);
