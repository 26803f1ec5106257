/**
 * Key points: for each role, the few sentences that say the most about it, chosen for
 * centrality (close to the headline and lead and to the rest of the role) and coverage
 * (maximal marginal relevance, so not three phrasings of one fact), shown in article order.
 */
import { ROLES, type Article, type Length, type Point, type Role, type Section } from '../types';
import type { Segmentation, SentenceUnit } from '../segment';
import { bag, cosine } from '../text/tokens';

export const POINTS_PER_SECTION: Record<Length, number> = { brief: 1, standard: 3, detailed: 5 };

interface Candidate {
  unit: SentenceUnit;
  order: number;
  bag: Map<string, number>;
  score: number;
}

export function pickPoints(
  article: Article,
  seg: Segmentation,
  length: Length = 'standard',
): { gist: Point | null; sections: Section[] } {
  const focus = bag(`${article.title} ${article.paragraphs[0]?.text ?? ''}`);
  const all = seg.sentences.map((unit, order) => ({ unit, order, bag: bag(unit.text), score: 0 }));
  const toPoint = (c: Candidate): Point => ({
    text: c.unit.text,
    sentence: c.unit.text,
    paragraphIds: [article.paragraphs[c.unit.paragraph].id],
  });

  const sections = ROLES.map((role): Section => {
    const cands = candidates(all, seg, role);
    for (const c of cands) c.score = cosine(c.bag, focus) + centrality(c, cands) + positionPrior(c, all.length);
    return { role, points: mmr(cands, POINTS_PER_SECTION[length]).map(toPoint) };
  });

  const results = candidates(all, seg, 'result');
  const gist = results.length
    ? results.slice(0, 8).reduce((best, c) => {
        const s = cosine(c.bag, bag(article.title)) + positionPrior(c, all.length);
        return s > best.s ? { c, s } : best;
      }, { c: results[0], s: -Infinity }).c
    : null;
  return { gist: gist ? toPoint(gist) : null, sections };
}

/** Sentences of a role that stand in paragraphs of that role; a point must be worth reading. */
function candidates(all: Candidate[], seg: Segmentation, role: Role): Candidate[] {
  const ok = (c: Candidate) => c.unit.role === role && c.unit.text.length >= 15;
  const inRoleParagraphs = all.filter((c) => ok(c) && seg.paragraphs[c.unit.paragraph] === role);
  return inRoleParagraphs.length ? inRoleParagraphs : all.filter(ok);
}

function centrality(c: Candidate, group: Candidate[]): number {
  if (group.length < 2) return 0;
  let sum = 0;
  for (const o of group) if (o !== c) sum += cosine(c.bag, o.bag);
  return sum / (group.length - 1);
}

function positionPrior(c: Candidate, n: number): number {
  return 0.2 * (1 - c.order / Math.max(1, n));
}

function mmr(cands: Candidate[], k: number): Candidate[] {
  const chosen: Candidate[] = [];
  const pool = [...cands];
  while (chosen.length < k && pool.length) {
    let bestI = 0;
    let best = -Infinity;
    pool.forEach((c, i) => {
      const redundancy = chosen.reduce((m, o) => Math.max(m, cosine(c.bag, o.bag)), 0);
      const v = 0.7 * c.score - 0.3 * redundancy;
      if (v > best) [best, bestI] = [v, i];
    });
    chosen.push(pool.splice(bestI, 1)[0]);
  }
  return chosen.sort((a, b) => a.order - b.order);
}
