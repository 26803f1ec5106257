/** The blocks of an extracted article, in reading order. */
import { blockText } from './text';

export const BLOCK_SELECTOR = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,dt,dd,pre';
const HEADING = /^H[1-6]$/;

export interface Block {
  tag: string;
  text: string;
  heading: boolean;
  level: number;
  domIndex: number;
}

/**
 * Blocks as ja-news/README.md defines them (h1-h6, p, li, blockquote, dt, dd; pre added for
 * code), skipping any block nested in another so no text is counted twice.
 */
export function collectBlocks(root: Element, indexAttr: string): Block[] {
  const blocks: Block[] = [];
  for (const el of Array.from(root.querySelectorAll(BLOCK_SELECTOR))) {
    if (hasBlockAncestor(el, root)) continue;
    const text = blockText(el);
    if (!text) continue;
    const tag = el.tagName.toLowerCase();
    const heading = HEADING.test(el.tagName.toUpperCase());
    const idx = el.getAttribute(indexAttr);
    blocks.push({
      tag,
      text,
      heading,
      level: heading ? Number(tag[1]) : 0,
      domIndex: idx === null ? -1 : Number(idx),
    });
  }
  return blocks;
}

function hasBlockAncestor(el: Element, root: Element): boolean {
  for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
    if (p.matches(BLOCK_SELECTOR)) return true;
  }
  return false;
}
