/**
 * Point role precision and gist precision (issue 4, "Points"): the share of points shown under
 * a role whose source carries that role in the gold labels, and the share of articles whose
 * gist comes from the main event (NewsDiscourse `Main`; ja-news `result`).
 * Coverage beside them, so that precision is never bought by showing nothing: points per
 * article per role, the share of articles with at least one point in the role, and the share
 * of articles whose gold labels have the role at all (what a reader could expect).
 */
import type { SentenceUnit } from '../segment';
import { ROLES, type ChosenPoint, type Role, type Section, type UnitRole } from '../types';

export interface Gold {
  role: UnitRole;
  /** The unit is the article's main event. */
  main: boolean;
}

/**
 * The gold of a point whose source is sentence-labelled (NewsDiscourse): a point is one sentence
 * or a span of consecutive sentences of one paragraph (lib/points/spans.ts), found by its text in
 * its paragraph. A span is judged by every sentence it covers: it carries a role only when all of
 * them have it in the gold labels (sentences that differ give `other`, wrong under every role: the
 * reader sees all of the span under one role), and it is the main event only when all of them are.
 * Null when the point is not found or a sentence it covers has no label.
 */
export function coveredGold(
  units: readonly SentenceUnit[],
  paragraph: number,
  paragraphText: string,
  sentence: string,
  goldAt: (k: number) => Gold | null,
): Gold | null {
  const at = paragraphText.indexOf(sentence);
  if (at < 0 || !sentence) return null;
  const end = at + sentence.length;
  let role: UnitRole | null = null;
  let main = true;
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    if (u.paragraph !== paragraph || u.start >= end || u.start + u.text.length <= at) continue;
    const g = goldAt(k);
    if (!g) return null;
    role = role === null || role === g.role ? g.role : 'other';
    main &&= g.main;
  }
  return role === null ? null : { role, main };
}

export interface PointTally {
  /** Points with a gold label, per role (precision's denominator). */
  shown: Record<Role, number>;
  right: Record<Role, number>;
  /** Every point shown, labelled or not. */
  points: Record<Role, number>;
  /** Articles with at least one point in the role. */
  covered: Record<Role, number>;
  /** Articles whose gold labels have the role. */
  goldHas: Record<Role, number>;
  gists: number;
  gistRight: number;
  articles: number;
}

const zero = () => Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;

export function emptyTally(): PointTally {
  return {
    shown: zero(),
    right: zero(),
    points: zero(),
    covered: zero(),
    goldHas: zero(),
    gists: 0,
    gistRight: 0,
    articles: 0,
  };
}

/**
 * Count one article's points; `goldOf` returns null for a point whose source has no label;
 * `goldRoles` holds the roles of all the article's gold units (for coverage).
 */
export function tallyPoints(
  t: PointTally,
  sections: Section<ChosenPoint>[],
  gist: ChosenPoint | null,
  goldOf: (p: ChosenPoint) => Gold | null,
  goldRoles: Iterable<UnitRole> = [],
): void {
  t.articles++;
  for (const s of sections) {
    t.points[s.role] += s.points.length;
    if (s.points.length) t.covered[s.role]++;
    for (const p of s.points) {
      const g = goldOf(p);
      if (!g) continue;
      t.shown[s.role]++;
      if (g.role === s.role) t.right[s.role]++;
    }
  }
  for (const r of new Set(goldRoles)) if (r !== 'other') t.goldHas[r]++;
  if (gist) {
    const g = goldOf(gist);
    if (g) {
      t.gists++;
      if (g.main) t.gistRight++;
    }
  }
}

export interface PointFigures {
  precision: Record<Role, number | null>;
  shown: Record<Role, number>;
  gistPrecision: number | null;
  gists: number;
  articles: number;
  /** Points shown per article, per role. */
  perArticle: Record<Role, number | null>;
  /** Share of articles with at least one point in the role. */
  coverage: Record<Role, number | null>;
  /** Share of articles whose gold labels have the role. */
  goldCoverage: Record<Role, number | null>;
}

export function pointFigures(t: PointTally): PointFigures {
  const per = (x: Record<Role, number>, d: number) =>
    Object.fromEntries(ROLES.map((r) => [r, d ? x[r] / d : null])) as Record<Role, number | null>;
  const precision = Object.fromEntries(
    ROLES.map((r) => [r, t.shown[r] ? t.right[r] / t.shown[r] : null]),
  ) as Record<Role, number | null>;
  return {
    precision,
    shown: t.shown,
    gistPrecision: t.gists ? t.gistRight / t.gists : null,
    gists: t.gists,
    articles: t.articles,
    perArticle: per(t.points, t.articles),
    coverage: per(t.covered, t.articles),
    goldCoverage: per(t.goldHas, t.articles),
  };
}
