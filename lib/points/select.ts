/**
 * Choosing a role's points: centrality and coverage (issue 4).
 *  - Centrality: how close a sentence is to the rest of its role in this article (cosine to the
 *    role's centroid, itself left out) and to the headline and lead, plus a mild lead prior.
 *  - Coverage: maximal marginal relevance, so three points are three facts, not three phrasings
 *    of one; and on a long article the role's span is cut into as many stretches as there are
 *    points and each stretch offers its best sentence first, so a 20,000-word article gets points
 *    from its whole length, not only from its first screens.
 * The result is in article order.
 *
 * Exports: `Candidate`, `scoreCandidates(cands, focus, total)`, `selectPoints(cands, k, total)`,
 * `nearlyRepeats(a, b)`.
 */
import type { SentenceUnit } from '../segment';
import type { Bag, Token } from '../text/tokens';

export interface Candidate {
  unit: SentenceUnit;
  /** Index of the sentence in the whole article. */
  order: number;
  bag: Bag;
  score: number;
  /** Share of the neighbouring sentences that the segmentation gives the same role (0…1). */
  support?: number;
  /** Opens on what came before it (./leans-back.ts): ranked below a sentence that stands alone. */
  leansBack?: boolean;
  /** Squared norm of `bag`, set by scoreCandidates (cosines are taken many times in MMR). */
  norm2?: number;
}

function norm2(b: Bag): number {
  let n = 0;
  for (const v of b.values()) n += v * v;
  return n;
}

/** `cosine()` of lib/text/tokens.ts with the squared norms known: the same figure, computed once. */
function cosineNormed(a: Bag, na: number, b: Bag, nb: number): number {
  let dot = 0;
  // forEach, not for…of: a [key, value] array per entry was a tenth of pickPoints' garbage (issue 7).
  a.forEach((v, k) => {
    const w = b.get(k);
    if (w) dot += v * w;
  });
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Past this many sentences (about 3,000 words) an article is long: points must span it. */
export const LONG_ARTICLE_SENTENCES = 150;
/** MMR trade-off: 0.7 relevance, 0.3 novelty (Carbonell & Goldstein's usual setting). */
const LAMBDA = 0.7;
/**
 * Weight of neighbour agreement: a sentence whose neighbours the segmentation gives the same
 * role is more often right than a lone one (NewsDiscourse validation, real segment(): point
 * role precision +4 points for background, +2 for outlook).
 */
const AGREEMENT = 0.5;
/** A sentence that opens on what came before it (./leans-back.ts) keeps this share of its score. */
const LEANS_BACK = 0.7;
/** Above this cosine two sentences say the same thing: the second is never shown. */
const NEAR_DUPLICATE = 0.8;
/**
 * The bar two Japanese points of different roles are held to (nearlyRepeats). A Japanese bag is
 * of character bigrams (lib/text/tokens.ts), and a fact retold in other words shares fewer of
 * them than an English retelling shares words: ja-news 31-nikkei showed the same target twice,
 * a Result "乱立するネットスーパーに新たな対抗軸を示し、2031年2月期のネットスーパー売上高は
 * 6000億円を目指す。" from the lead and an Outlook "イオンは31年2月期にネットスーパーの売上高を
 * 6000億円にする目標を掲げる。" from the body (cosine 0.54). Of the other ja-news points no two of
 * different roles telling different facts reach 0.5 (the closest, 0.48, is 10-nhk's first home
 * run and next start). Within a role MMR keeps 0.8: there the lower bar swapped 15-nippon's
 * second telling of the 1905 capture (0.60) for a sentence of another role (ja-news point
 * precision, background 94.1 → 91.2).
 */
const NEAR_DUPLICATE_JA = 0.5;
const KANA = /[\u3041-\u30ff]/;

/** The bar two candidates are held to: the Japanese one when both are Japanese. */
function nearBar(a: Candidate, b: Candidate): number {
  return KANA.test(a.unit.text) && KANA.test(b.unit.text) ? NEAR_DUPLICATE_JA : NEAR_DUPLICATE;
}

/** A segmenter may say how sure it is of a sentence's role (trained model, issue 3). */
function confidence(unit: SentenceUnit): number {
  const c = (unit as SentenceUnit & { confidence?: number }).confidence;
  return typeof c === 'number' && c >= 0 && c <= 1 ? c : 1;
}

/**
 * Counts indexed by token id (lib/text/idbags.ts: bag keys are small integers), for the
 * centroid and the focus of scoreCandidates: an array read per word instead of a Map lookup
 * (issue 7). Kept zeroed between calls; `null` when a key is not an id (a `bag()` of strings),
 * and the Maps are used as they are.
 */
let centroidCounts = new Int32Array(4096);
let focusCounts = new Int32Array(4096);

/** Adds every bag's counts into `into` (grown as needed); the keys touched, or null if one is not an id. */
function addDense(bags: Bag[], which: 'centroid' | 'focus'): number[] | null {
  const touched: number[] = [];
  let notId = false;
  // forEach, not for…of: a [key, value] array per entry was a tenth of pickPoints' garbage (issue 7).
  const add = (v: number, k: Token) => {
    if (notId) return;
    if (typeof k !== 'number' || k < 0 || k > 0x3fffffff || (k | 0) !== k) {
      notId = true;
      return;
    }
    let into = which === 'centroid' ? centroidCounts : focusCounts;
    if (k >= into.length) {
      const g = new Int32Array(Math.max(k + 1, into.length * 2));
      g.set(into);
      if (which === 'centroid') centroidCounts = into = g;
      else focusCounts = into = g;
    }
    if (into[k] === 0) touched.push(k);
    into[k] += v;
  };
  for (const b of bags) {
    b.forEach(add);
    if (notId) {
      clearDense(touched, which);
      return null;
    }
  }
  return touched;
}

function clearDense(keys: number[], which: 'centroid' | 'focus'): void {
  const a = which === 'centroid' ? centroidCounts : focusCounts;
  for (const k of keys) a[k] = 0;
}

export function scoreCandidates(cands: Candidate[], focus: Bag, total: number): void {
  // The role's centroid; each sentence is compared with it minus itself, computed from dot
  // products rather than a copy per sentence (a 20,000-word article has ~1,000 sentences).
  // Every sum is of integer products, so exact in any order: the dense arrays give the Maps' figures.
  const centroidKeys = addDense(
    cands.map((c) => c.bag),
    'centroid',
  );
  const focusKeys = centroidKeys && addDense([focus], 'focus');
  if (!centroidKeys || !focusKeys) {
    if (centroidKeys) clearDense(centroidKeys, 'centroid');
    scoreCandidatesMaps(cands, focus, total);
    return;
  }
  const centroid = centroidCounts;
  const focusAt = focusCounts;
  let centroidNorm2 = 0;
  for (const k of centroidKeys) centroidNorm2 += centroid[k] * centroid[k];
  const focusNorm2 = norm2(focus);
  for (const c of cands) {
    let self2 = 0;
    let dot = 0;
    let focusDot = 0;
    c.bag.forEach((v, k) => {
      self2 += v * v;
      dot += v * centroid[k as number];
      const w = focusAt[k as number];
      if (w) focusDot += v * w;
    });
    c.norm2 = self2;
    // cosineNormed(c.bag, self2, focus, focusNorm2), its dot product taken in the loop above.
    const toFocus = self2 && focusNorm2 ? focusDot / Math.sqrt(self2 * focusNorm2) : 0;
    c.score = candidateScore(c, cands.length, total, { self2, dot, centroidNorm2, toFocus });
  }
  clearDense(centroidKeys, 'centroid');
  clearDense(focusKeys, 'focus');
}

/**
 * A candidate's score from its sums (both scoreCandidates variants): closeness to the focus, to
 * the other candidates' centroid (the centroid less itself), the lead prior and agreement, each
 * weighed by the unit's confidence.
 */
function candidateScore(
  c: Candidate,
  count: number,
  total: number,
  sums: { self2: number; dot: number; centroidNorm2: number; toFocus: number },
): number {
  const { self2, dot, centroidNorm2, toFocus } = sums;
  const othersDot = dot - self2;
  const othersNorm2 = centroidNorm2 - 2 * dot + self2;
  const central = count > 1 && othersNorm2 > 0 && self2 > 0 ? othersDot / Math.sqrt(self2 * othersNorm2) : 0;
  // On a long article the lead prior would pull every point to the top: coverage takes over.
  const lead = total > LONG_ARTICLE_SENTENCES ? 0 : 0.2 * (1 - c.order / Math.max(1, total));
  const agree = AGREEMENT * (c.support ?? 0);
  return (
    (toFocus + central + lead + agree) * (0.5 + 0.5 * confidence(c.unit)) * (c.leansBack ? LEANS_BACK : 1)
  );
}

/** scoreCandidates with Map lookups, for bags whose keys are not token ids. */
function scoreCandidatesMaps(cands: Candidate[], focus: Bag, total: number): void {
  const centroid: Bag = new Map();
  for (const c of cands) for (const [k, v] of c.bag) centroid.set(k, (centroid.get(k) ?? 0) + v);
  let centroidNorm2 = 0;
  for (const v of centroid.values()) centroidNorm2 += v * v;
  const focusNorm2 = norm2(focus);
  for (const c of cands) {
    let self2 = 0;
    let dot = 0;
    for (const [k, v] of c.bag) {
      self2 += v * v;
      dot += v * centroid.get(k)!;
    }
    c.norm2 = self2;
    const toFocus = cosineNormed(c.bag, self2, focus, focusNorm2);
    c.score = candidateScore(c, cands.length, total, { self2, dot, centroidNorm2, toFocus });
  }
}

function mmr(pool: Candidate[], chosen: Candidate[], k: number): void {
  const left = pool.filter((c) => !chosen.includes(c));
  while (chosen.length < k && left.length) {
    let bestI = -1;
    let best = -Infinity;
    left.forEach((c, i) => {
      let redundancy = 0;
      for (const o of chosen)
        redundancy = Math.max(
          redundancy,
          cosineNormed(c.bag, c.norm2 ?? norm2(c.bag), o.bag, o.norm2 ?? norm2(o.bag)),
        );
      const v = LAMBDA * c.score - (1 - LAMBDA) * redundancy;
      if (redundancy < NEAR_DUPLICATE && v > best) [best, bestI] = [v, i];
    });
    if (bestI < 0) return;
    chosen.push(left.splice(bestI, 1)[0]);
  }
}

/** Whether two candidates say the same thing (across roles; two Japanese ones at NEAR_DUPLICATE_JA). */
export function nearlyRepeats(a: Candidate, b: Candidate): boolean {
  return cosineNormed(a.bag, a.norm2 ?? norm2(a.bag), b.bag, b.norm2 ?? norm2(b.bag)) >= nearBar(a, b);
}

/** The k best candidates by MMR (stretch by stretch on a long article), in article order. */
export function selectPoints(cands: Candidate[], k: number, total: number): Candidate[] {
  const chosen: Candidate[] = [];
  if (total > LONG_ARTICLE_SENTENCES && cands.length > k && k > 1) {
    const first = cands[0].order;
    const span = cands[cands.length - 1].order - first + 1;
    for (let i = 0; i < k; i++) {
      const stretch = cands.filter((c) => Math.floor(((c.order - first) * k) / span) === i);
      mmr(stretch, chosen, chosen.length + 1);
    }
  }
  mmr(cands, chosen, k);
  return chosen.sort((a, b) => a.order - b.order);
}
