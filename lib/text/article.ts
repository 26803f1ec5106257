/**
 * An Article from plain text, for "Outline the selected text" (issue 5's context menu): the
 * selection arrives as one string, so paragraphs are its blank-line (or, failing that, line)
 * breaks. No element in the page stands for them (`domIndex: -1`), so their points link by text
 * fragment only. The reader chose the text, so it counts as an article (`readerable: true`).
 */
import { detectLang } from '../extract/lang';
import { collapse } from '../extract/text';
import type { Article } from '../types';

export function articleFromText(text: string, url: string, title: string): Article {
  const blocks = /\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split('\n');
  const paragraphs = blocks
    .map(collapse)
    .filter(Boolean)
    .map((t, i) => ({ id: `p${i}`, text: t, heading: null, tag: 'p', domIndex: -1 }));
  return {
    url,
    title: collapse(title),
    byline: null,
    siteName: null,
    lang: detectLang(paragraphs.map((p) => p.text).join(' ')),
    publishedTime: null,
    paragraphs,
    headings: [],
    readerable: true,
  };
}
