/** The blocks of an extracted article, in reading order. */
import { BLOCK_LEVEL, LEAF, SKIP } from './tags';
import { blockText } from './text';

const HEADING = /^H[1-6]$/;

export interface Block {
  tag: string;
  text: string;
  heading: boolean;
  level: number;
  domIndex: number;
  /** The element the block came from (in the extraction's clone), for the cleaning rules. */
  el: Element;
  /** Share of the text inside links: related lists and navigation are nearly all link. */
  linkDensity: number;
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
    const text = blockText(nodes);
    if (!text) return;
    const tag = el.tagName.toLowerCase();
    const heading = HEADING.test(el.tagName.toUpperCase());
    const idx = el.getAttribute(indexAttr);
    blocks.push({
      tag,
      text,
      heading,
      level: heading ? Number(tag[1]) : 0,
      domIndex: idx === null ? -1 : Number(idx),
      el,
      linkDensity: linkChars(nodes) / text.length,
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

function containsBlock(el: Element, inCells = false): boolean {
  for (const d of Array.from(el.getElementsByTagName('*'))) {
    const t = d.tagName.toUpperCase();
    if (inCells && (t === 'TD' || t === 'TH')) continue;
    if (BLOCK_LEVEL.has(t)) return true;
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
