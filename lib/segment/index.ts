/** The segmentation seam: every paragraph and sentence of an article gets one role. */
import type { Article } from '../types';
import { segmentHeuristic } from './heuristic';
import type { Segmentation } from './types';

export type { Segmentation, SentenceUnit } from './types';

export function segment(article: Article): Segmentation {
  return segmentHeuristic(article);
}
