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
}

/** What `segment()` returns: a role for every paragraph and every sentence, in reading order. */
export interface Segmentation {
  paragraphs: UnitRole[];
  sentences: SentenceUnit[];
}
