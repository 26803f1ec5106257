/** The CLI's JSON contract (issue 2): keep these fields; new ones may be added. */
import type { Outline } from '../types';

export function toJson(o: Outline): string {
  return JSON.stringify({
    title: o.title,
    url: o.url,
    lang: o.lang,
    siteName: o.siteName,
    byline: o.byline,
    publishedTime: o.publishedTime,
    readingMinutes: o.readingMinutes,
    gist: o.gist,
    paragraphs: o.paragraphs.map(({ id, text, heading, role }) => ({ id, text, heading, role })),
    sections: o.sections,
  });
}
