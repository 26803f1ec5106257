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
    if (el) {
      const elText = blockText([el]);
      if (elText.startsWith(prefix))
        return elText.length > text.length ? ownBlock(doc, el, text, prefix) : el;
    }
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
  const best = new Best(text, prefix);
  const distinct = [...new Set(needles.map((n) => n.trim()).filter(Boolean))];
  for (const needle of distinct) {
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!collapse(node.nodeValue ?? '').includes(needle)) continue;
      const block = blockOf(node);
      if (block && best.offer(block)) return block;
    }
    if (best.el) return best.el;
  }
  return searchRuns(doc, root, distinct, best);
}

/**
 * The best block seen holding the paragraph's opening. A block before the paragraph may hold
 * its first characters too: a photo caption or a standfirst repeating the opening sentence
 * (extraction-benchmark 7916ecca's caption, lib/format/fragment.ts), which the first match
 * used to return, so the caption was scrolled to and highlighted. A block whose text is the
 * paragraph's wins at once; else one holding all of it (a <div> of text and <br>s, whose runs
 * are paragraphs); else the first holding its opening (the page edited the paragraph since).
 */
class Best {
  el: Element | null = null;
  private fit = -1;
  constructor(
    private readonly text: string,
    private readonly prefix: string,
  ) {}
  /** True when `block` holds exactly the paragraph's text (nothing better to look for). */
  offer(block: Element): boolean {
    if (block === this.el) return false;
    const t = blockText([block]);
    const fit = t === this.text ? 2 : t.includes(this.text) ? 1 : t.includes(this.prefix) ? 0 : -1;
    if (fit > this.fit) {
      this.el = block;
      this.fit = fit;
    }
    return fit === 2;
  }
}

/**
 * The same needles in each block's whole text (blockText: readings and inline tags left out, a
 * <br> a space): a paragraph none of whose needles sits in one text node (ruby on every kanji, as
 * NHK NEWS WEB EASY writes it: 「政府<rt>せいふ</rt>は子<rt>こ</rt>ども…」) was otherwise never
 * found once its element index went stale ("page changed"). Only when the needles found nothing
 * in single text nodes, so a paragraph found as before costs nothing more.
 */
function searchRuns(doc: Document, root: Element, needles: string[], best: Best): Element | null {
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const seen = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const block = blockOf(node);
    if (!block || seen.has(block)) continue;
    seen.add(block);
    const t = blockText([block]);
    if (needles.some((n) => t.includes(n)) && best.offer(block)) return block;
  }
  return best.el;
}

/**
 * The paragraph's own block inside `el`, an element at its index that starts like it but holds
 * more: one element added before the article shifts the index onto the element before the
 * paragraph, which for a first paragraph is its wrapper (<article><p>…), whose text starts
 * with the paragraph's too; the whole article was then scrolled to and highlighted. The
 * paragraph is then the largest block under `el` around `el`'s first text that still starts
 * like it and holds no more than it. `el` itself when there is none: a <div> of text and <br>s
 * is the index of every paragraph cut from it (lib/extract/blocks.ts liveIndex).
 */
function ownBlock(doc: Document, el: Element, text: string, prefix: string): Element {
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let block: Element | null = null;
  for (let node = walker.nextNode(); node && !block; node = walker.nextNode())
    if (collapse(node.nodeValue ?? '')) block = blockOf(node);
  if (!block || block === el) return el;
  const fits = (b: Element) => {
    const t = blockText([b]);
    return t.startsWith(prefix) && t.length <= text.length;
  };
  if (!fits(block)) return el;
  for (
    let up = block.parentElement;
    up && up !== el && BLOCK_LEVEL.has(up.tagName.toUpperCase()) && fits(up);
    up = up.parentElement
  )
    block = up;
  return block;
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
