/**
 * Article extraction: Readability on a clone of the document, never on the live page, then
 * the article's blocks as plain paragraphs. Runs on any DOM (the page in the content script,
 * linkedom in Node).
 */
import { Readability } from '@mozilla/readability';
import type { Article, Paragraph } from '../types';
import { collectBlocks, type Block } from './blocks';
import { detectLang } from './lang';
import { looksLikeArticle } from './readerable';
import { collapse } from './text';

const INDEX_ATTR = 'data-lede-i';

export interface ExtractOptions {
  url: string;
}

export function extractArticle(doc: Document, { url }: ExtractOptions): Article {
  const clone = doc.cloneNode(true) as Document;
  // Remember each element's place in the live page so a paragraph can be found again there.
  const all = clone.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) all[i].setAttribute(INDEX_ATTR, String(i));
  const declaredLang = clone.documentElement?.getAttribute('lang') ?? null;
  const fallbackTitle = collapse(clone.title ?? '');
  const body = clone.body;

  let parsed: ReturnType<Readability<Element>['parse']> = null;
  try {
    parsed = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
  } catch {
    parsed = null; // a page that breaks Readability still gets the fallback below
  }
  const root = parsed?.content ?? body;
  const blocks = root ? collectBlocks(root, INDEX_ATTR) : [];
  const { paragraphs, headings } = toParagraphs(blocks);
  const text = paragraphs.map((p) => p.text).join('\n');

  return {
    url,
    title: collapse(parsed?.title ?? '') || fallbackTitle,
    byline: clean(parsed?.byline),
    siteName: clean(parsed?.siteName),
    lang: detectLang(text || fallbackTitle, parsed?.lang ?? declaredLang),
    publishedTime: clean(parsed?.publishedTime),
    paragraphs,
    headings,
    readerable: parsed !== null && looksLikeArticle(blocks),
  };
}

function toParagraphs(blocks: Block[]): Pick<Article, 'paragraphs' | 'headings'> {
  const paragraphs: Paragraph[] = [];
  const headings: Article['headings'] = [];
  let heading: string | null = null;
  for (const b of blocks) {
    if (b.heading) {
      heading = b.text;
      headings.push({ text: b.text, beforeParagraph: paragraphs.length, level: b.level });
      continue;
    }
    paragraphs.push({
      id: `p${paragraphs.length}`,
      text: b.text,
      heading,
      tag: b.tag,
      domIndex: b.domIndex,
    });
  }
  return { paragraphs, headings };
}

function clean(s: string | null | undefined): string | null {
  const c = collapse(s ?? '');
  return c || null;
}
