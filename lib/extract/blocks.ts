/** The blocks of an extracted article, in reading order. */
import { BLOCK_LEVEL, LEAF, SKIP } from './tags';
import type { RubyReading } from '../types';
import { blockText, readBlock } from './text';

const HEADING = /^H[1-6]$/;

export interface Block {
  tag: string;
  text: string;
  /** Its ruby readings (lib/extract/text.ts readBlock). */
  ruby: RubyReading[];
  heading: boolean;
  level: number;
  domIndex: number;
  /** The element the block came from (in the extraction's clone), for the cleaning rules. */
  el: Element;
  /** Share of the text inside links: related lists and navigation are nearly all link. */
  linkDensity: number;
  /** The block holds a picture: its short text is then the picture's caption. */
  hasImage: boolean;
}

/**
 * Every piece of text under root as blocks, none counted twice. Text sitting directly in a
 * container (a <div> of text and <br>s, a table cell) becomes a block too: the ScrapingHub
 * benchmark has standings tables and div-only pages whose text a p/li-only walk lost entirely
 * (extraction-benchmark 11ea381a).
 */
export function collectBlocks(root: Element, indexAttr: string): Block[] {
  const blocks: Block[] = [];
  const emit = (el: Element, nodes: Node[]) => {
    const { text, ruby } = readBlock(nodes);
    if (!text) return;
    const tag = el.tagName.toLowerCase();
    const heading = HEADING.test(el.tagName.toUpperCase());
    blocks.push({
      tag,
      text,
      ruby,
      heading,
      level: heading ? Number(tag[1]) : 0,
      domIndex: liveIndex(el, indexAttr),
      el,
      linkDensity: linkChars(nodes) / text.length,
      hasImage: nodes.some(holdsImage),
    });
  };
  const walk = (container: Element): void => {
    let run: Node[] = [];
    const flush = () => {
      if (run.length) emit(container, run);
      run = [];
    };
    for (let child = container.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        run.push(child);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (!BLOCK_LEVEL.has(tag) && !containsBlock(el)) {
        run.push(el);
        continue;
      }
      flush();
      if (isLeaf(el)) emit(el, [el]);
      else walk(el);
    }
    flush();
  };
  walk(root);
  return blocks;
}

/** A table row of plain cells reads as one line; a layout row holding paragraphs does not. */
function isLeaf(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (LEAF.has(tag)) return !(tag === 'P' && containsBlock(el));
  if (tag === 'TR') return !containsBlock(el, true);
  return false;
}

/**
 * Whether any descendant is block-level (a walk of child elements: linkedom's
 * getElementsByTagName('*') finds nothing, which once made a whole article one paragraph,
 * extraction-benchmark 57b4dafd). Sibling links, not `children`: Chromium keeps a collection
 * object for every element whose `children` is read (issue 7, the offscreen document's profile).
 */
function containsBlock(el: Element, inCells = false): boolean {
  for (let d = el.firstElementChild; d; d = d.nextElementSibling) {
    const t = d.tagName.toUpperCase();
    if (!(inCells && (t === 'TD' || t === 'TH')) && BLOCK_LEVEL.has(t)) return true;
    if (containsBlock(d, inCells)) return true;
  }
  return false;
}

function linkChars(nodes: Node[]): number {
  let n = 0;
  for (const node of nodes) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const links = el.tagName.toUpperCase() === 'A' ? [el] : Array.from(el.getElementsByTagName('a'));
    for (const a of links) n += blockText([a]).length;
  }
  return n;
}

/**
 * The element's index in the live page; for an element Readability made (the <p>s it cuts
 * from a <div> of text and <br>s, as on NHK NEWS WEB, ja-news 33), the nearest ancestor's,
 * which still holds the paragraph's text for lib/locate.ts. -1 only when there is none.
 */
function liveIndex(el: Element, indexAttr: string): number {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const idx = e.getAttribute(indexAttr);
    if (idx !== null) return Number(idx);
  }
  return -1;
}

function holdsImage(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  // LEDE-VIDEO: a <video> renamed in the copy parsed off the page (lib/extract/reparse.ts).
  if (/^(PICTURE|(LEDE-)?VIDEO)$/i.test(el.tagName)) return true;
  const imgs = el.tagName.toUpperCase() === 'IMG' ? [el] : Array.from(el.getElementsByTagName('img'));
  return imgs.some(isPhoto);
}

/** An emoji or an icon inline in the text is no photo (extraction-benchmark 52111884's 🙂). */
function isPhoto(img: Element): boolean {
  const names = `${img.getAttribute('class') ?? ''} ${img.getAttribute('src') ?? ''} ${img.getAttribute('alt') ?? ''}`;
  if (/emoji|icon|smil|avatar|logo|pixel|spacer/i.test(names)) return false;
  const size = Math.min(
    Number(img.getAttribute('width')) || Infinity,
    Number(img.getAttribute('height')) || Infinity,
  );
  return size >= 48;
}
