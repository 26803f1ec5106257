/**
 * The last extraction of this page, kept until the page changes (issue 7: a re-opened popup
 * should not pay for Readability again). Any change to the page's nodes or text, or a new
 * URL, drops it; attribute changes do not, since they do not change the article's text
 * (tests/e2e/hostile-pages.ts "rewrites-itself" ticks an attribute every 5 ms). The extraction
 * yields to the page between its steps, so it can overlap a change or a second request: a
 * request during an extraction of the same URL shares it, and a result the page changed under
 * is returned but not kept.
 */
import type { Article, Result } from '../types';

export interface ExtractionMemo {
  get(url: string, force: boolean): Promise<Result<Article>>;
  dispose(): void;
}

export function memoiseExtraction(doc: Document, extract: () => Promise<Result<Article>>): ExtractionMemo {
  let last: { url: string; result: Promise<Result<Article>> } | null = null;
  /** Counts the page's changes, so an extraction knows whether the page changed under it. */
  let changes = 0;
  const observer = new MutationObserver(() => {
    changes++;
    last = null;
  });
  observer.observe(doc, { subtree: true, childList: true, characterData: true });
  return {
    get(url, force) {
      if (!force && last?.url === url) return last.result;
      const before = changes;
      const result = extract().then((r) => {
        if (!r.ok || changes !== before) {
          if (last?.result === result) last = null;
        }
        return r;
      });
      last = { url, result };
      return result;
    },
    dispose() {
      observer.disconnect();
      last = null;
    },
  };
}
