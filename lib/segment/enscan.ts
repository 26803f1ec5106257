/**
 * A word prefilter for the English cue and tense regexes (lexicon.ts): one Map lookup per word
 * tells which families could match, and only those regexes run. The regexes stay the definition,
 * so the answer is exactly theirs; the prefilter only skips tests that cannot succeed. Testing
 * all fifteen families on every sentence was ~19% of segment() time (issue 3's 5 ms budget).
 *
 * Why it is exact: every English regex alternative holds a whole word between `\b`s, and a
 * `\bword\b` match means the characters around it are not [A-Za-z0-9_], so the word tokenizer
 * (features/words.ts `asciiWords`: runs of ASCII letters, lower-cased; digit runs as '#') yields that
 * word as a token. A /i regex without the u flag never matches a non-ASCII character to an
 * ASCII letter, so lower-casing the token loses nothing. Each family lists, per alternative, one
 * word the alternative cannot match without (`triggers`); tests/unit/enscan.test.ts checks the
 * result against the plain regexes on every NewsDiscourse sentence.
 */

export interface Triggers {
  /** Words (lower case; '#' for a digit run) of which one must be present. */
  words: string[];
  /** Word endings that also trigger (the past tense's `\w{3,}ed`). */
  suffixes?: string[];
  /** Characters that trigger wherever they stand (the figure family's `%`). */
  chars?: string[];
  /**
   * A year triggers: four word characters 1800–2099 between word boundaries, as
   * features/years.ts finds them (the `in 1998` and `by 2020` alternatives), instead of any digit
   * run `#`: most sentences with a figure name no year, and the families' regexes were tried on
   * every one of them (issue 7).
   */
  year?: boolean;
}

export interface EnScanner {
  /** Bit i set: entry i may match the text. */
  candidates(words: string[], text: string): number;
  /** The bits one word sets (callers that cache per word OR these with textBits). */
  wordBits(word: string): number;
  /** The bits the text's trigger characters set. */
  textBits(text: string): number;
  /** The bits a year in the text sets (callers that know the sentence's years OR them in). */
  yearBits: number;
}

/** A year as Triggers.year means it: the same runs as features/years.ts `enYears`. */
const YEAR = /\b(?:1[89]\d\d|20\d\d)\b/;

export function compileEnScanner(entries: Triggers[]): EnScanner {
  const byWord = new Map<string, number>();
  let edBits = 0;
  let yearBits = 0;
  const chars: string[] = [];
  const charBits: number[] = [];
  entries.forEach((t, i) => {
    for (const w of t.words) byWord.set(w, (byWord.get(w) ?? 0) | (1 << i));
    for (const s of t.suffixes ?? []) {
      // One suffix is all the lexicon needs; a general suffix list would cost a loop per word.
      if (s !== 'ed') throw new Error(`enscan: unsupported suffix ${s}`);
      edBits |= 1 << i;
    }
    if (t.year) yearBits |= 1 << i;
    for (const c of t.chars ?? []) {
      chars.push(c);
      charBits.push(1 << i);
    }
  });
  const wordBits = (w: string) => {
    const n = w.length;
    const ed = n > 1 && w.charCodeAt(n - 1) === 100 && w.charCodeAt(n - 2) === 101; // "…ed"
    return (byWord.get(w) ?? 0) | (ed ? edBits : 0);
  };
  const textBits = (text: string) => {
    let bits = 0;
    for (let k = 0; k < chars.length; k++) if (text.includes(chars[k])) bits |= charBits[k];
    return bits;
  };
  return {
    candidates(words, text) {
      let bits = textBits(text);
      for (let k = 0; k < words.length; k++) bits |= wordBits(words[k]);
      if (yearBits && words.includes('#') && YEAR.test(text)) bits |= yearBits;
      return bits;
    },
    wordBits,
    textBits,
    yearBits,
  };
}
