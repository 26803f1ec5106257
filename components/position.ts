/**
 * Where the reader is, in outline terms (issue 5, "where am I"): from the paragraph the page
 * reports to the point and section to light up. The point is the one whose source paragraph is
 * the reader's, else the last one before it in reading order (what they have just read); the
 * section is the reader's paragraph's own role, else that point's section.
 */
import type { Outline, Point, Role } from '@/lib/types';

export interface Position {
  point: Point | null;
  role: Role | null;
}

export function positionOf(outline: Outline, paragraphId: string | null): Position {
  if (!paragraphId) return { point: null, role: null };
  const index = new Map(outline.paragraphs.map((p, i) => [p.id, i]));
  const here = index.get(paragraphId);
  if (here === undefined) return { point: null, role: null };
  let best: { point: Point; role: Role | null; at: number } | null = null;
  const consider = (point: Point, role: Role | null) => {
    const at = index.get(point.paragraphIds[0]) ?? -1;
    if (at <= here && (!best || at > best.at)) best = { point, role, at };
  };
  if (outline.gist) consider(outline.gist, null);
  for (const s of outline.sections) for (const p of s.points) consider(p, s.role);
  const own = outline.paragraphs[here].role;
  const chosen = best as { point: Point; role: Role | null } | null;
  return {
    point: chosen?.point ?? null,
    role: own !== 'other' ? own : (chosen?.role ?? null),
  };
}
