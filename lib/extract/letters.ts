/**
 * Runs of letters and digits, as `/[\p{L}\p{N}]+/gu` finds them, without paying for that regex
 * on every page (issue 7: "extraction in the page ≤ 50 ms"). V8 compiles a regex on its first
 * use in each page, and a Unicode property class is costly to build: 2.6 ms for
 * `[\p{L}\p{N}]+`, 8 ms for readerable.ts's author-box pattern, against 0.2 ms for a plain class
 * (Node 20, measured in fresh processes; the content script runs fresh on every page). Text made
 * only of the scripts most pages use (Latin to U+02FF, general punctuation, kana and CJK
 * punctuation, CJK ideographs, Hangul, full-width forms) goes through plain classes spelling
 * out the same characters; any other character sends the text to the property classes.
 * tests/unit/extract-letters.test.ts checks every code point of that range against them.
 */

/** A character outside the range the plain classes below spell out. */
// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose
const UNCOVERED = /[^\u0000-\u02ff\u2000-\u206f\u3000-\u30ff\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]/;

/** `[\p{L}\p{N}]` within the range above (generated from it, see the test). */
const WORD_CLASS =
  '\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u00aa\\u00b2\\u00b3\\u00b5\\u00b9\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee\\u3005-\\u3007\\u3021-\\u3029\\u3031-\\u3035\\u3038-\\u303c\\u3041-\\u3096\\u309d-\\u309f\\u30a1-\\u30fa\\u30fc-\\u30ff\\u4e00-\\u9fff\\uac00-\\ud7a3\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a\\uff66-\\uffbe\\uffc2-\\uffc7\\uffca-\\uffcf\\uffd2-\\uffd7\\uffda-\\uffdc';

/** `\p{L}` within the range above. */
const LETTER_CLASS =
  '\\u0041-\\u005a\\u0061-\\u007a\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee\\u3005\\u3006\\u3031-\\u3035\\u303b\\u303c\\u3041-\\u3096\\u309d-\\u309f\\u30a1-\\u30fa\\u30fc-\\u30ff\\u4e00-\\u9fff\\uac00-\\ud7a3\\uff21-\\uff3a\\uff41-\\uff5a\\uff66-\\uffbe\\uffc2-\\uffc7\\uffca-\\uffcf\\uffd2-\\uffd7\\uffda-\\uffdc';

export const WORD_NARROW = new RegExp(`[${WORD_CLASS}]+`, 'g');
export const LETTER_NARROW = new RegExp(`[${LETTER_CLASS}]+`, 'g');
const NON_WORD_NARROW = new RegExp(`[^${WORD_CLASS}]`, 'g');

/** Built on first use only: most pages never need them. */
let wide: { word: RegExp; letter: RegExp; nonWord: RegExp } | null = null;
function wideClasses(): NonNullable<typeof wide> {
  return (wide ??= {
    word: new RegExp('[\\p{L}\\p{N}]+', 'gu'),
    letter: new RegExp('\\p{L}+', 'gu'),
    nonWord: new RegExp('[^\\p{L}\\p{N}]', 'gu'),
  });
}

/** Whether the plain classes decide `text` exactly. */
export function isCovered(text: string): boolean {
  return !UNCOVERED.test(text);
}

/** `text.match(/[\p{L}\p{N}]+/gu)`. */
export function wordRuns(text: string): RegExpMatchArray | null {
  return text.match(isCovered(text) ? WORD_NARROW : wideClasses().word);
}

/** `text.match(/\p{L}+/gu)`. */
export function letterRuns(text: string): RegExpMatchArray | null {
  return text.match(isCovered(text) ? LETTER_NARROW : wideClasses().letter);
}

/** `text.replace(/[^\p{L}\p{N}]/gu, '')`. */
export function onlyWordChars(text: string): string {
  return text.replace(isCovered(text) ? NON_WORD_NARROW : wideClasses().nonWord, '');
}
