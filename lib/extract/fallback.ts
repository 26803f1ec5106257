/**
 * When Readability finds no article, the reader still gets the page's text (issue 6: "a
 * fallback, not an empty popup"): the <main>, <article> or body, without the page's
 * navigation, header, footer, asides and forms.
 */
const FURNITURE =
  'nav, header, footer, aside, form, script, style, noscript, template, iframe, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"], [hidden]';

export function fallbackRoot(doc: Document): Element | null {
  const root = doc.querySelector('main, [role="main"]') ?? largestArticle(doc) ?? doc.body;
  if (!root) return null;
  for (const el of Array.from(root.querySelectorAll(FURNITURE))) el.remove();
  return root;
}

function largestArticle(doc: Document): Element | null {
  let best: Element | null = null;
  let bestLen = 0;
  for (const a of Array.from(doc.querySelectorAll('article'))) {
    const n = (a.textContent ?? '').length;
    if (n > bestLen) [best, bestLen] = [a, n];
  }
  return best;
}
