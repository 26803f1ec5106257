/**
 * The gist: one sentence for the article's main event, from the result role (issue 4).
 * News puts the main event in its lead: in NewsDiscourse validation the first sentence that is
 * not boilerplate is gold `Main` in 79 of 100 articles. So the gist is the result sentence
 * nearest the top that also speaks of the headline, a wire dateline ("PARIS (Reuters) - ")
 * marking the lead outright.
 *
 * Exports: `pickGist(results, head, rank) → Candidate | null` (head: the headline's bag),
 * `GIST_WINDOW`.
 */
import { cosine, type Bag } from '../text/tokens';
import type { Candidate } from './select';

/** The gist is looked for among the first few result sentences only. */
export const GIST_WINDOW = 6;
const DATELINE =
  /^(?:[A-Z][A-Z.'’ /-]*[A-Z.](?:,[^()]{1,30})?\s+)?\([A-Z][A-Za-z .]{1,30}\)\s+[-—–]{1,2}\s|^【[^】]{1,20}】/;

export function pickGist(results: Candidate[], head: Bag, rank: (c: Candidate) => number): Candidate | null {
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  results.slice(0, GIST_WINDOW).forEach((c) => {
    // rank: the candidate's place among the article's worthy sentences (0 = the first).
    const s =
      cosine(c.bag, head) +
      0.5 / (1 + rank(c)) +
      (DATELINE.test(c.unit.text) ? 0.5 : 0) +
      // A segmenter that tells the main event from its consequences (NewsDiscourse `Main`).
      ((c.unit as { label?: string }).label === 'Main' ? 0.5 : 0);
    if (s > bestScore) [best, bestScore] = [c, s];
  });
  return best;
}
