/**
 * Articles from plain text, where no page and no Readability stand behind the paragraphs
 * (`domIndex: -1`: their points link by text fragment only).
 * - `articleFromText`: "Outline the selected text" (issue 5's context menu). The selection
 *   arrives as one string; paragraphs are its blank-line (or, failing that, line) breaks. The
 *   reader chose the text, so it counts as an article (`readerable: true`).
 * - `articleFromTextFile`: a plain-text file for the CLI (../shared/seed is one). The first line
 *   is the title, and a short line without a sentence end is a section heading (the seed's
 *   "会談の背景", "今後の展望").
 */
import { detectLang } from '../extract/lang';
import { collapse } from '../extract/text';
import type { Article, Paragraph } from '../types';

/** Short and not ending a sentence: 30 characters for CJK text, 80 for alphabetic text. */
export function isHeadingLine(line: string): boolean {
  const cjk = /[\u3040-\u30ff\u3400-\u9fff]/.test(line);
  // A question may be a heading ("プーチンの戦略:対話で制裁を回避?", "What comes next?").
  return line.length <= (cjk ? 30 : 80) && !/[。．.!！:：)）」』"”]$/.test(line);
}

function article(
  url: string,
  title: string,
  paragraphs: Paragraph[],
  headings: Article['headings'] = [],
): Article {
  return {
    url,
    title: collapse(title),
    byline: null,
    siteName: null,
    lang: detectLang(paragraphs.map((p) => p.text).join(' ')),
    publishedTime: null,
    paragraphs,
    headings,
    readerable: true,
  };
}

export function articleFromText(text: string, url: string, title: string): Article {
  const blocks = /\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split('\n');
  const paragraphs = blocks
    .map(collapse)
    .filter(Boolean)
    .map((t, i) => ({ id: `p${i}`, text: t, heading: null, tag: 'p', domIndex: -1 }));
  return article(url, title, paragraphs);
}

export function articleFromTextFile(text: string, url: string): Article {
  const [title = '', ...lines] = text.split('\n').map(collapse).filter(Boolean);
  const paragraphs: Paragraph[] = [];
  const headings: Article['headings'] = [];
  let heading: string | null = null;
  for (const line of lines) {
    if (isHeadingLine(line)) {
      heading = line;
      headings.push({ text: line, beforeParagraph: paragraphs.length, level: 2 });
    } else paragraphs.push({ id: `p${paragraphs.length}`, text: line, heading, tag: 'p', domIndex: -1 });
  }
  return { ...article(url, title, paragraphs, headings), readerable: paragraphs.length > 0 };
}
