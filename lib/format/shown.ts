import { emptyKind, emptySection } from '../i18n';
import type { Outline, Paragraph, Point, Role, Section } from '../types';
import type { CopyScope } from './scope';

/**
 * The points a section shows under the gist: on screen (popup, side panel, first paint) and in
 * a copy of the whole outline. Result leaves out the gist's sentence: the gist stands above it
 * already, and the same sentence twice was the most common sight (NewsDiscourse validation: 65
 * of 100 outlines, in 63 as Result's only point; ja-news 21 of 24 pages). A Result left empty
 * so says the main event is the gist above (emptyView). A copy of the Result
 * section alone keeps the point: it must hold the main event on its own (issue 4;
 * lib/points/index.ts).
 */
export function shownPoints(outline: Outline, section: Section): Point[] {
  const gist = outline.gist;
  if (!gist || section.role !== 'result') return section.points;
  return section.points.filter(
    (p) => p.sentence !== gist.sentence || p.paragraphIds[0] !== gist.paragraphIds[0],
  );
}

/**
 * The copy scope of a point shown in its section (a point's copy button): its place among all
 * the section's points, so Result's hidden gist does not shift it.
 */
export function pointScope(section: Section, point: Point): CopyScope {
  return { kind: 'point', role: section.role, index: section.points.indexOf(point) };
}

/** What an empty section shows: its note, and where the page touches on its role. */
export interface EmptyView {
  /** What the section says (lib/i18n.ts emptySection). */
  note: string;
  /**
   * The first paragraph that plays the role, when the note says the role is touched on: the
   * popup and side panel offer to show it ("Show where"), so that a role without a key point
   * still leads back to the page. None when the role is not covered, nor under the gist.
   */
  where: Paragraph | null;
}

/**
 * An empty section of the role: `gistAbove` is false for a section copied on its own, which has
 * no gist above it.
 */
export function emptyView(outline: Outline, role: Role, gistAbove = !!outline.gist): EmptyView {
  const first = outline.paragraphs.find((p) => p.role === role) ?? null;
  const context = { gist: gistAbove, touched: first !== null };
  return {
    note: emptySection(role, outline.lang, context),
    where: emptyKind(role, context) === 'touched' ? first : null,
  };
}
