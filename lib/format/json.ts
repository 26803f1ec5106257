/**
 * The CLI's JSON contract (issue 2): keep these fields; new ones may be added. Issue 4 added
 * `link` to the gist and every point: the page URL with a text fragment to its exact sentence.
 *
 * Exports: `toJson(outline) → string` (one JSON object, no trailing newline).
 */
import type { Outline, Point } from '../types';

export function toJson(o: Outline): string {
  const point = ({ text, sentence, paragraphIds, link }: Point) => ({ text, sentence, paragraphIds, link });
  return JSON.stringify({
    title: o.title,
    url: o.url,
    lang: o.lang,
    siteName: o.siteName,
    byline: o.byline,
    publishedTime: o.publishedTime,
    readingMinutes: o.readingMinutes,
    gist: o.gist ? point(o.gist) : null,
    paragraphs: o.paragraphs.map(({ id, text, heading, role }) => ({ id, text, heading, role })),
    sections: o.sections.map((s) => ({ role: s.role, points: s.points.map(point) })),
  });
}
