/**
 * A word prefilter for the English cue and tense regexes (lexicon.ts): one Map lookup per word
 * tells which families could match, and only those regexes run. The regexes stay the definition,
 * so the answer is exactly theirs; the prefilter only skips tests that cannot succeed. Testing
 * all fifteen families on every sentence was ~19% of segment() time (issue 3's 5 ms budget).
 *
 * Why it is exact: every English regex alternative holds a whole word between `\b`s, and a
 * `\bword\b` match means the characters around it are not [A-Za-z0-9_], so the word tokenizer
 * (features.ts `asciiWords`: runs of ASCII letters, lower-cased; digit runs as '#') yields that
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
}

export interface EnScanner {
  /** Bit i set: entry i may match the text. */
  candidates(words: string[], text: string): number;
}

export function compileEnScanner(entries: Triggers[]): EnScanner {
  const byWord = new Map<string, number>();
  const suffixes: [string, number][] = [];
  const chars: [string, number][] = [];
  entries.forEach((t, i) => {
    for (const w of t.words) byWord.set(w, (byWord.get(w) ?? 0) | (1 << i));
    for (const s of t.suffixes ?? []) suffixes.push([s, 1 << i]);
    for (const c of t.chars ?? []) chars.push([c, 1 << i]);
  });
  return {
    candidates(words, text) {
      let bits = 0;
      for (const w of words) {
        bits |= byWord.get(w) ?? 0;
        for (const [s, b] of suffixes) if (w.endsWith(s)) bits |= b;
      }
      for (const [c, b] of chars) if (text.includes(c)) bits |= b;
      return bits;
    },
  };
}
