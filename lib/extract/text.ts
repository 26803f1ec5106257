/** Text of a block as a reader sees it. */
import { BLOCK_LEVEL } from './tags';

const RUBY_SKIP = new Set(['RT', 'RP']);
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Whitespace-collapsed text of some nodes. Ruby readings (<rt>, <rp>) are left out, so
 * NHK NEWS WEB EASY gives 子ども, not 子こども (ja-news 20); <br>, cells and other block
 * elements count as a space, so Yahoo! News blocks glued with <br> do not glue their words
 * (ja-news 16, 17, 34) and table cells stay apart.
 */
export function blockText(nodes: Node[]): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (RUBY_SKIP.has(tag) || HIDDEN.has(tag)) return;
    if (tag === 'BR') {
      parts.push(' ');
      return;
    }
    const spaced = BLOCK_LEVEL.has(tag);
    if (spaced) parts.push(' ');
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
    if (spaced) parts.push(' ');
  };
  for (const n of nodes) visit(n);
  return collapse(parts.join(''));
}

export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u3000]+/g, ' ').trim();
}
