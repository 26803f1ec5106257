/**
 * Sentence roles roll up into paragraph roles, and paragraph roles form runs (issue 3). A
 * paragraph's evidence for a role is the share of its characters the decoded sentences give
 * that role (ja-news rule 4: mixed blocks take the role covering most characters) plus its
 * sentences' mean log-probability of the role (Japanese weighs these differently and adds the
 * sentences' role probabilities: RollupWeights, ja-tuning.ts JA_ROLLUP); a Viterbi pass over the content paragraphs then
 * charges `switchCost` for every change of role, so a lone paragraph with weak evidence joins
 * its neighbours (the seed's 今後の展望 without its heading) while a clear one keeps its role.
 */
import { ROLES, type Role, type UnitRole } from '../types';
import type { SentenceUnit } from './types';

/** How much the sentences' probabilities count next to their decoded roles' character shares. */
const MEAN_WEIGHT = 0.5;

/**
 * The weights of a paragraph's three kinds of evidence: the character share of its sentences'
 * decoded roles, the character-weighted mean of their role probabilities (each sentence's
 * label probabilities summed over a role's labels), and the mean of their log-probabilities.
 */
export interface RollupWeights {
  decoded: number;
  posterior: number;
  mean: number;
}
const DEFAULT_WEIGHTS: RollupWeights = { decoded: 1, posterior: 0, mean: MEAN_WEIGHT };

/**
 * The per-paragraph sums of one call, grown as needed, reused and zeroed on each use (issue 7:
 * four typed arrays made per call).
 */
let sumScratch = {
  share: new Float64Array(0),
  mean: new Float64Array(0),
  chars: new Float64Array(0),
  post: new Float64Array(0),
};

function sums(paragraphCount: number): typeof sumScratch {
  const k = ROLES.length;
  if (sumScratch.chars.length < paragraphCount) {
    const size = Math.max(paragraphCount, sumScratch.chars.length * 2);
    sumScratch = {
      share: new Float64Array(size * k),
      mean: new Float64Array(size * k),
      chars: new Float64Array(size),
      post: new Float64Array(size * k),
    };
  }
  const { share, mean, chars, post } = sumScratch;
  share.fill(0, 0, paragraphCount * k);
  mean.fill(0, 0, paragraphCount * k);
  chars.fill(0, 0, paragraphCount);
  post.fill(0, 0, paragraphCount * k);
  return sumScratch;
}

export function paragraphRoles(
  paragraphCount: number,
  sentences: SentenceUnit[],
  /** Per sentence i, log-probabilities of the four roles at roleScores[i × 4 + r]… */
  roleScores: Float64Array,
  /** …where scored[i] is 1 (0 for boilerplate). */
  scored: Uint8Array,
  switchCost: number,
  /** How the evidence is read (Japanese: ja-tuning.ts JA_ROLLUP); default: decoded shares + MEAN_WEIGHT × mean. */
  weights: RollupWeights = DEFAULT_WEIGHTS,
): UnitRole[] {
  // Flat typed arrays ([paragraph × k + role]): the same sums in the same order as arrays of
  // arrays, without a small array per paragraph (issue 7).
  const k = ROLES.length;
  const { share, mean, chars, post: posts } = sums(paragraphCount);
  const post = weights.posterior ? posts : null;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (!scored[i] || s.role === 'other') continue;
    const n = s.text.length || 1;
    const p = s.paragraph;
    chars[p] += n;
    share[p * k + ROLES.indexOf(s.role as Role)] += n;
    for (let r = 0; r < k; r++) mean[p * k + r] += n * roleScores[i * k + r];
    if (post) for (let r = 0; r < k; r++) post[p * k + r] += n * Math.exp(roleScores[i * k + r]);
  }
  const content: number[] = [];
  for (let p = 0; p < paragraphCount; p++) if (chars[p] > 0) content.push(p);
  const out: UnitRole[] = new Array<UnitRole>(paragraphCount).fill('other');
  if (!content.length) return out;
  const emit = new Float64Array(content.length * k);
  content.forEach((p, t) => {
    for (let r = 0; r < k; r++)
      emit[t * k + r] =
        (weights.decoded * share[p * k + r] +
          (post ? weights.posterior * post[p * k + r] : 0) +
          weights.mean * mean[p * k + r]) /
        chars[p];
  });
  // Viterbi over content paragraphs: emission minus a cost per change of role.
  let prev = emit.slice(0, k);
  let cur = new Float64Array(k);
  const back = new Int32Array(content.length * k);
  for (let t = 1; t < content.length; t++) {
    for (let r = 0; r < k; r++) {
      let best = -Infinity;
      let arg = 0;
      for (let q = 0; q < k; q++) {
        const v = prev[q] - (q === r ? 0 : switchCost);
        if (v > best) {
          best = v;
          arg = q;
        }
      }
      cur[r] = best + emit[t * k + r];
      back[t * k + r] = arg;
    }
    [prev, cur] = [cur, prev];
  }
  let last = prev.indexOf(Math.max(...prev));
  out[content[content.length - 1]] = ROLES[last];
  for (let t = content.length - 1; t > 0; t--) {
    last = back[t * k + last];
    out[content[t - 1]] = ROLES[last];
  }
  return out;
}
