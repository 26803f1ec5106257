import type { UnitRole } from '../types';
import type { FineLabel } from './labels';

export interface SentenceUnit {
  /** Index of the paragraph in `article.paragraphs`. */
  paragraph: number;
  text: string;
  /** Offset of the sentence in its paragraph's text. */
  start: number;
  role: UnitRole;
  /** The NewsDiscourse content type behind the role (`NA` for boilerplate). */
  label: FineLabel;
  /**
   * Probability of `role` (0…1): the model's softmax over the nine labels for this sentence
   * (with the heading and Japanese priors), summed over the labels of the role Viterbi chose.
   * 1 for boilerplate, which is `other` by rule. Points are chosen among confident sentences.
   */
  confidence: number;
}

/** What `segment()` returns: a role for every paragraph and every sentence, in reading order. */
export interface Segmentation {
  paragraphs: UnitRole[];
  sentences: SentenceUnit[];
}
