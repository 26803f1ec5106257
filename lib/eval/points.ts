/**
 * Point role precision and gist precision (issue 4, "Points"): the share of points shown under
 * a role whose source carries that role in the gold labels, and the share of articles whose
 * gist comes from the main event (NewsDiscourse `Main`; ja-news `result`).
 */
import { ROLES, type Point, type Role, type Section, type UnitRole } from '../types';

export interface Gold {
  role: UnitRole;
  /** The unit is the article's main event. */
  main: boolean;
}

export interface PointTally {
  shown: Record<Role, number>;
  right: Record<Role, number>;
  gists: number;
  gistRight: number;
  articles: number;
}

export function emptyTally(): PointTally {
  const zero = () => Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
  return { shown: zero(), right: zero(), gists: 0, gistRight: 0, articles: 0 };
}

/** Count one article's points; `goldOf` returns null for a point whose source has no label. */
export function tallyPoints(
  t: PointTally,
  sections: Section[],
  gist: Point | null,
  goldOf: (p: Point) => Gold | null,
): void {
  t.articles++;
  for (const s of sections)
    for (const p of s.points) {
      const g = goldOf(p);
      if (!g) continue;
      t.shown[s.role]++;
      if (g.role === s.role) t.right[s.role]++;
    }
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
}

export function pointFigures(t: PointTally): PointFigures {
  const precision = Object.fromEntries(
    ROLES.map((r) => [r, t.shown[r] ? t.right[r] / t.shown[r] : null]),
  ) as Record<Role, number | null>;
  return {
    precision,
    shown: t.shown,
    gistPrecision: t.gists ? t.gistRight / t.gists : null,
    gists: t.gists,
    articles: t.articles,
  };
}
