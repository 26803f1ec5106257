/**
 * The last extraction of this page, kept until the page changes (issue 7: a re-opened popup
 * should not pay for Readability again). Any change to the page's nodes or text, or a new
 * URL, drops it; attribute changes do not, since they do not change the article's text
 * (tests/e2e/hostile-pages.ts "rewrites-itself" ticks an attribute every 5 ms).
 */
import type { Article, Result } from '../types';

export interface ExtractionMemo {
  get(url: string, force: boolean): Result<Article>;
  dispose(): void;
}

export function memoiseExtraction(doc: Document, extract: () => Result<Article>): ExtractionMemo {
  let last: { url: string; result: Result<Article> } | null = null;
  const observer = new MutationObserver(() => (last = null));
  observer.observe(doc, { subtree: true, childList: true, characterData: true });
  return {
    get(url, force) {
      if (!force && last?.url === url) return last.result;
      const result = extract();
      last = result.ok ? { url, result } : null;
      return result;
    },
    dispose() {
      observer.disconnect();
      last = null;
    },
  };
}
