/** The English model's word tokens: runs of ASCII letters lower-cased, and `#` for a run of digits. */

const WORD = /[a-z]+|\d+/g;

/** Non-ASCII characters that lower-case into ASCII letters (K Kelvin sign → k, İ → i̇). */
const LOWERS_TO_ASCII = /[a-z]/;

/**
 * words() in one pass over the characters, without lower-casing the whole text or a match
 * array (issue 7's budget); null when a non-ASCII character lower-cases into an ASCII letter,
 * for the regex path.
 */
export function asciiWords(text: string): string[] | null {
  const out: string[] = [];
  let start = -1;
  let digits = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    const digit = c >= 48 && c <= 57;
    if (start >= 0 && (digits ? !digit : !letter)) {
      out.push(digits ? '#' : text.slice(start, i).toLowerCase());
      start = -1;
    }
    if (start < 0 && (letter || digit)) {
      start = i;
      digits = digit;
    }
    if (c >= 128 && LOWERS_TO_ASCII.test(text[i].toLowerCase())) return null;
  }
  return out;
}

export function words(text: string): string[] {
  const fast = asciiWords(text);
  if (fast) return fast;
  return (
    text
      .toLowerCase()
      .match(WORD)
      ?.map((w) => (w.charCodeAt(0) < 58 ? '#' : w)) ?? []
  );
}
