/** The pipeline after extraction: segment, pick points, assemble the Outline. */
import { pointLinker } from './format/scope';
import { pickPoints } from './points';
import { segment } from './segment';
import type { Article, Length, Outline } from './types';

/** Reading speed: about 230 English words or 500 Japanese characters a minute. */
export function readingMinutes(article: Article): number {
  const text = article.paragraphs.map((p) => p.text).join(' ');
  const units = article.lang === 'ja' ? text.length / 500 : text.split(/\s+/).length / 230;
  return Math.max(1, Math.round(units));
}

export function buildOutline(article: Article, length: Length = 'standard'): Outline {
  const seg = segment(article);
  const { gist, sections } = pickPoints(article, seg, length);
  const linked = pointLinker(article);
  return {
    title: article.title,
    url: article.url,
    lang: article.lang,
    siteName: article.siteName,
    byline: article.byline,
    publishedTime: article.publishedTime,
    readingMinutes: readingMinutes(article),
    gist: gist && linked(gist),
    paragraphs: article.paragraphs.map((p, i) => ({ ...p, role: seg.paragraphs[i] })),
    sections: sections.map((s) => ({ role: s.role, points: s.points.map(linked) })),
  };
}
