/**
 * Sentence roles roll up into paragraph roles, and paragraph roles form runs (issue 3). A
 * paragraph's evidence for a role is the share of its characters the decoded sentences give
 * that role (ja-news rule 4: mixed blocks take the role covering most characters) plus its
 * sentences' mean log-probability of the role; a Viterbi pass over the content paragraphs then
 * charges `switchCost` for every change of role, so a lone paragraph with weak evidence joins
 * its neighbours (the seed's 今後の展望 without its heading) while a clear one keeps its role.
 */
import { ROLES, type Role, type UnitRole } from '../types';
import type { SentenceUnit } from './types';

/** How much the sentences' probabilities count next to their decoded roles' character shares. */
const MEAN_WEIGHT = 0.5;

export function paragraphRoles(
  paragraphCount: number,
  sentences: SentenceUnit[],
  /** Per sentence, log-probabilities of the four roles (null for boilerplate). */
  roleScores: (number[] | null)[],
  switchCost: number,
): UnitRole[] {
  const k = ROLES.length;
  const share = Array.from({ length: paragraphCount }, () => new Array<number>(k).fill(0));
  const mean = Array.from({ length: paragraphCount }, () => new Array<number>(k).fill(0));
  const chars = new Array<number>(paragraphCount).fill(0);
  sentences.forEach((s, i) => {
    const scores = roleScores[i];
    if (!scores || s.role === 'other') return;
    const n = s.text.length || 1;
    chars[s.paragraph] += n;
    share[s.paragraph][ROLES.indexOf(s.role as Role)] += n;
    for (let r = 0; r < k; r++) mean[s.paragraph][r] += n * scores[r];
  });
  const content = chars.flatMap((c, p) => (c > 0 ? [p] : []));
  const out: UnitRole[] = new Array<UnitRole>(paragraphCount).fill('other');
  if (!content.length) return out;
  const emit = content.map((p) => ROLES.map((_, r) => (share[p][r] + MEAN_WEIGHT * mean[p][r]) / chars[p]));
  // Viterbi over content paragraphs: emission minus a cost per change of role.
  let prev = emit[0].slice();
  const back: number[][] = [];
  for (let t = 1; t < content.length; t++) {
    const cur: number[] = [];
    const bp: number[] = [];
    for (let r = 0; r < k; r++) {
      let best = -Infinity;
      let arg = 0;
      for (let q = 0; q < k; q++) {
        const v = prev[q] - (q === r ? 0 : switchCost);
        if (v > best) [best, arg] = [v, q];
      }
      cur.push(best + emit[t][r]);
      bp.push(arg);
    }
    back.push(bp);
    prev = cur;
  }
  let last = prev.indexOf(Math.max(...prev));
  out[content[content.length - 1]] = ROLES[last];
  for (let t = content.length - 2; t >= 0; t--) {
    last = back[t][last];
    out[content[t]] = ROLES[last];
  }
  return out;
}
