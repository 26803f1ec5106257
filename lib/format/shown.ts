import { emptySection } from '../i18n';
import type { Outline, Paragraph, Point, Role, Section } from '../types';

/**
 * The points a section shows under the gist: on screen (popup, side panel, first paint) and in
 * a copy of the whole outline. Result leaves out the gist's sentence: the gist stands above it
 * already, and the same sentence twice was the most common sight (NewsDiscourse validation: 65
 * of 100 outlines, in 63 as Result's only point; ja-news 21 of 24 pages). A Result left empty
 * so says the main event is the gist above (lib/i18n.ts emptySection). A copy of the Result
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
 * What the role's section says when it shows no point (lib/i18n.ts emptySection): `gistAbove`
 * is false for a section copied on its own, which has no gist above it.
 */
export function emptyNote(outline: Outline, role: Role, gistAbove = !!outline.gist): string {
  const touched = outline.paragraphs.some((p) => p.role === role);
  return emptySection(role, outline.lang, { gist: gistAbove, touched });
}

/**
 * Where an empty section's role is touched on: the first paragraph that plays it, which the
 * popup and side panel offer to show ("Show where"), so that a role without a key point still
 * leads back to the page. None for a section that says the role is not covered, nor for a
 * Result that points up to the gist.
 */
export function touchedParagraph(outline: Outline, role: Role, gistAbove = !!outline.gist): Paragraph | null {
  if (role === 'result' && gistAbove) return null;
  return outline.paragraphs.find((p) => p.role === role) ?? null;
}
