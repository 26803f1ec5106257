/**
 * Finds an extracted paragraph again in the live page, for "scroll to the source" (issue 2)
 * and highlighting. Extraction runs on a clone, so the only link back is the element's index
 * in `document.querySelectorAll('*')` at extraction time (Paragraph.domIndex); the page may
 * have changed since (ads, lazy blocks), so the index is trusted only when that element still
 * holds the paragraph's text, and otherwise the text itself is searched for.
 */
import { BLOCK_LEVEL } from './extract/tags';
import { blockText, collapse } from './extract/text';
import type { Paragraph } from './types';

/** What the UI sends to find a paragraph: its id, its element index, its text. */
export interface ParagraphRef {
  paragraphId: string;
  domIndex: number;
  text: string;
}

/** The refs of an article's paragraphs, for the content script to follow the reader through. */
export function paragraphRefs(article: { paragraphs: Paragraph[] }): ParagraphRef[] {
  return article.paragraphs.map((p) => ({ paragraphId: p.id, domIndex: p.domIndex, text: p.text }));
}

/** Enough characters to tell paragraphs apart on a real page, few enough to survive edits. */
const PREFIX_CHARS = 30;
/** A search needle short enough to sit inside one text node (before the first link or <b>). */
const NEEDLE_CHARS = 12;

export function locateParagraph(
  doc: Document,
  ref: ParagraphRef,
  all: ArrayLike<Element> = doc.querySelectorAll('*'),
): Element | null {
  const text = collapse(ref.text);
  const prefix = text.slice(0, PREFIX_CHARS);
  if (!prefix) return null;
  if (ref.domIndex >= 0) {
    const el = all[ref.domIndex];
    // Only an element that still starts like the paragraph: one that merely contains it may
    // be an ancestor the index now points at. A paragraph that is one text run of a larger
    // container (a <div> of text and <br>s, lib/extract/blocks.ts) is found by the search.
    if (el && blockText([el]).startsWith(prefix)) return el;
  }
  return searchText(doc, text, prefix);
}

/**
 * Many paragraphs at once (where-am-I tracking, role markers): one element list for all of
 * them rather than one `querySelectorAll('*')` each. Paragraphs not found are left out.
 */
export function locateParagraphs<R extends ParagraphRef>(
  doc: Document,
  refs: R[],
): { ref: R; el: Element }[] {
  const all = doc.querySelectorAll('*');
  const out: { ref: R; el: Element }[] = [];
  for (const ref of refs) {
    const el = locateParagraph(doc, ref, all);
    if (el) out.push({ ref, el });
  }
  return out;
}

/**
 * The block holding `prefix`, found from a text node that holds a needle of the paragraph:
 * first its opening characters, then its middle and its end, for paragraphs that open with a
 * link or a bold dateline split across nodes. Only the needle's own block is checked, never
 * its ancestors: the seed page's p1 and p16 both open with 「アラスカでの米露会談は、」, and
 * climbing from p1 would have returned the whole <article>.
 */
function searchText(doc: Document, text: string, prefix: string): Element | null {
  const root = doc.body ?? doc.documentElement;
  if (!root) return null;
  const mid = Math.max(0, Math.floor(text.length / 2) - NEEDLE_CHARS / 2);
  const needles = [
    text.slice(0, NEEDLE_CHARS),
    text.slice(mid, mid + NEEDLE_CHARS),
    text.slice(-NEEDLE_CHARS),
  ];
  for (const needle of new Set(needles.map((n) => n.trim()).filter(Boolean))) {
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!collapse(node.nodeValue ?? '').includes(needle)) continue;
      const block = blockOf(node);
      if (block && blockText([block]).includes(prefix)) return block;
    }
  }
  return null;
}

/** The nearest block-level element around a node (not inside script or style). */
function blockOf(node: Node): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE') return null;
    if (BLOCK_LEVEL.has(tag)) return el;
  }
  return null;
}
