/** Text of a block as a reader sees it. */

const RUBY_SKIP = new Set(['RT', 'RP']);
const BREAK_TAGS = new Set(['BR']);

/**
 * Whitespace-collapsed text of an element. Ruby readings (<rt>, <rp>) are left out, so
 * NHK NEWS WEB EASY gives 子ども, not 子こども (ja-news 20); <br> counts as a space, so
 * Yahoo! News blocks glued with <br> do not glue their words (ja-news 16, 17, 34).
 */
export function blockText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (RUBY_SKIP.has(tag)) continue;
        if (BREAK_TAGS.has(tag)) parts.push(' ');
        else walk(child);
      }
    }
  };
  walk(el);
  return collapse(parts.join(''));
}

export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u3000]+/g, ' ').trim();
}
