/**
 * Finds an extracted paragraph again in the live page, for "scroll to the source" (issue 2)
 * and highlighting. Extraction runs on a clone, so the only link back is the element's index
 * in `document.querySelectorAll('*')` at extraction time (Paragraph.domIndex); the page may
 * have changed since (ads, lazy blocks), so the index is trusted only when that element still
 * holds the paragraph's text, and otherwise the text itself is searched for.
 */
import { blockText, collapse } from './extract/text';

/** What the UI sends to find a paragraph: its id, its element index, its text. */
export interface ParagraphRef {
  paragraphId: string;
  domIndex: number;
  text: string;
}

/** Enough characters to tell paragraphs apart on a real page, few enough to survive edits. */
const PREFIX_CHARS = 30;
/** A search needle short enough to sit inside one text node (before the first link or <b>). */
const NEEDLE_CHARS = 12;

export function locateParagraph(doc: Document, ref: ParagraphRef): Element | null {
  const text = collapse(ref.text);
  const prefix = text.slice(0, PREFIX_CHARS);
  if (!prefix) return null;
  if (ref.domIndex >= 0) {
    const el = doc.querySelectorAll('*')[ref.domIndex];
    // `includes`, not `startsWith`: a paragraph may be one text run of a larger container
    // (a <div> of text and <br>s, see lib/extract/blocks.ts).
    if (el && blockText([el]).includes(prefix)) return el;
  }
  return searchText(doc, text, prefix);
}

/**
 * The smallest element holding `prefix`, found from a text node that holds a needle of the
 * paragraph: first its opening characters, then its middle and its end, for paragraphs that
 * open with a link or bold dateline split across nodes.
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
      for (let el = node.parentElement; el; el = el.parentElement) {
        if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') break;
        if (blockText([el]).includes(prefix)) return el;
        if (el === root) break;
      }
    }
  }
  return null;
}
