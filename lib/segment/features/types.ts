/**
 * What the sentence features read (a document's sentences, as prepare.ts makes them) and the
 * per-sentence facts describe() finds once per document for them.
 */

export type FeatureLang = 'en' | 'ja';

export interface DocSentence {
  text: string;
  /** Index of the paragraph in the article. */
  paragraph: number;
  /** Index of the sentence in its paragraph, and the paragraph's sentence count. */
  inParagraph: number;
  paragraphSize: number;
  /**
   * A flat string that holds the sentence at offset `at` (its paragraph's text), when the
   * sentence was cut from it: loops read the paragraph's characters several times faster than
   * those of a slice (prepare.ts; issue 7).
   */
  source?: string;
  at?: number;
}

export interface DocInput {
  lang: FeatureLang;
  title: string;
  sentences: DocSentence[];
  /** Year the article was published, when known (else the latest year it mentions). */
  year: number | null;
}

export interface FeatureOptions {
  /** Add English words and word pairs (the English model); shared features are always on. */
  lexical: boolean;
  /** Drop cue families (for measuring what they add). */
  noCues?: boolean;
}

export interface SentenceInfo {
  cues: string[];
  tense: string[];
  headSim: number;
  leadSim: number;
  headRank: number;
  relLength: number;
  quote: boolean;
  quoteStart: boolean;
  years: number[];
  /** English: the sentence's bag (lib/text/tokens.ts) as token ids with repeats; null in Japanese. */
  bag: readonly number[] | null;
  /**
   * English words (words()) as token ids (lib/text/intern.ts), for the lexical features of a
   * sentence the scan gave up on; null in Japanese and where `lexicalTo` is set.
   */
  words: readonly number[] | null;
  /** The sentence's lexical slots, lexical-slots.ts runs [lexicalFrom, lexicalTo) (−1: not made). */
  lexicalFrom: number;
  lexicalTo: number;
}
