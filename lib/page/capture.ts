/**
 * The page as HTML for extraction off the page's thread (issues 6 and 7). Readability used to
 * run here, in the content script, where its first run cost the reader's page ~60 ms of main
 * thread (most of it V8 meeting Readability's code for the first time in every tab); it now
 * runs in the offscreen document, warm, on this copy. What stays in the page is one
 * `outerHTML` (median 3 ms on the benchmark's 30 pages) and the bounds check before it.
 *
 * Each capture carries a revision: this content script's instance and the count of the page's
 * changes. When the background already holds the article of the current revision (a re-opened
 * popup), nothing is serialised. Any change to the page's nodes or text, or a new URL, makes a
 * new revision; attribute changes do not, since they do not change the article's text
 * (tests/e2e/hostile-pages.ts "rewrites-itself" ticks an attribute every 5 ms).
 */
import { checkLiveDocument } from '../guard/dom';
import { LIMITS } from '../guard/limits';
import { ledeError } from '../errors';
import type { Result } from '../types';

export interface Capture {
  url: string;
  /** Changes whenever the page's text may have changed; opaque to the background. */
  revision: string;
  /** The document as HTML; null when the caller already knows this revision. */
  html: string | null;
}

export interface Capturer {
  capture(url: string, known: string | null): Result<Capture>;
  dispose(): void;
}

export function pageCapturer(doc: Document, instance: string): Capturer {
  let changes = 0;
  const observer = new MutationObserver(() => changes++);
  observer.observe(doc, { subtree: true, childList: true, characterData: true });
  return {
    capture(url, known) {
      const revision = `${instance} ${changes} ${url}`;
      if (known === revision) return { ok: true, value: { url, revision, html: null } };
      // A script can remove <body>; an enormous page is refused before it is copied (issue 8).
      if (!doc.documentElement || !doc.body) return { ok: false, error: ledeError('empty') };
      const tooLarge = checkLiveDocument(doc);
      if (tooLarge) return { ok: false, error: tooLarge };
      const html = doctype(doc) + doc.documentElement.outerHTML;
      // Megabytes of inline scripts or data pass the text bounds but not the copy's (two
      // messages carry it): refused here, as the offscreen document would refuse it.
      if (html.length > LIMITS.maxHtmlChars)
        return {
          ok: false,
          error: ledeError('too-large', false, `more than ${LIMITS.maxHtmlChars} characters of HTML`),
        };
      return { ok: true, value: { url, revision, html } };
    },
    dispose() {
      observer.disconnect();
    },
  };
}

/**
 * outerHTML leaves the doctype out, and without one a parser reads the copy in quirks mode,
 * where a table does not close an open <p>: the copy would then nest differently from the page.
 */
function doctype(doc: Document): string {
  return doc.compatMode === 'CSS1Compat' ? '<!DOCTYPE html>' : '';
}
