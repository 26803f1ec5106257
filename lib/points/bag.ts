/**
 * `bag()` of lib/text/tokens.ts, faster on the text points mostly see (issue 7: points ≲ 0.05 ms
 * a page, and tokenising was most of it): English prose is split into words by a loop over
 * character codes instead of a lower-cased copy and a Unicode-property regex. The result is the
 * same Map, in the same order: a character outside ASCII that is not one of a few punctuation
 * marks (curly quotes, dashes, spaces) hands the whole text to `bag()`, so letters of other
 * scripts, CJK bigrams and Unicode case rules stay `bag()`'s.
 *
 * Exports: `fastBag(text) → Bag`.
 */
import { bag, STOP, type Bag } from '../text/tokens';

/** Characters past ASCII that are neither letters nor digits (\p{L}, \p{N}): they split words. */
const SEPARATORS = new Set([
  0xa0, 0xad, 0xab, 0xbb, 0xb7, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2018, 0x2019, 0x201a,
  0x201c, 0x201d, 0x201e, 0x2022, 0x2026, 0x2032, 0x2033, 0x2009, 0x200a, 0x200b, 0x202f, 0x2002, 0x2003,
]);

export function fastBag(text: string): Bag {
  const m: Bag = new Map();
  let start = -1;
  let upper = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c >= 97 ? c <= 122 : c >= 65 ? c <= 90 : c >= 48 && c <= 57) {
      if (start < 0) start = i;
      if (c <= 90 && c >= 65) upper = true;
      continue;
    }
    if (c >= 128 && !SEPARATORS.has(c)) return bag(text);
    if (start >= 0) {
      if (i - start > 1) {
        const raw = text.slice(start, i);
        const w = upper ? raw.toLowerCase() : raw;
        if (!STOP.has(w)) m.set(w, (m.get(w) ?? 0) + 1);
      }
      start = -1;
      upper = false;
    }
  }
  return m;
}
