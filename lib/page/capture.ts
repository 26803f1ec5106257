/**
 * The page as HTML for extraction off the page's thread (issues 6 and 7). Readability used to
 * run here, in the content script, where its first run cost the reader's page ~60 ms of main
 * thread (most of it V8 meeting Readability's code for the first time in every tab); it now
 * runs in the offscreen document, warm, on this copy. What stays in the page is the bounds
 * check and the copy, taken in slices with the page running between them (lib/page/serialize.ts:
 * one `outerHTML` held the largest benchmark page, 600 k characters, for 61 ms).
 *
 * Each capture carries a revision: this content script's instance and the count of the page's
 * changes. When the background already holds the article of the current revision (a re-opened
 * popup), nothing is serialised. Any change to the page's nodes or text, or a new URL, makes a
 * new revision; attribute changes do not, since they do not change the article's text
 * (tests/e2e/hostile-pages.ts "rewrites-itself" ticks an attribute every 5 ms).
 */
import { checkLiveDocumentInSlices } from '../guard/dom';
import { LIMITS } from '../guard/limits';
import { ledeError } from '../errors';
import type { Result } from '../types';
import { MARKERS_TAG } from './markers';
import {
  DEFAULT_SLICE,
  markupRules,
  outerHtmlPieces,
  type MarkupRules,
  type SliceOptions,
} from './serialize';

export interface Capture {
  url: string;
  /** Changes whenever the page's text may have changed; opaque to the background. */
  revision: string;
  /** The document as HTML; null when the caller already knows this revision. */
  html: string | null;
}

/** A capture as the page holds it: the HTML in the pieces it was copied in, joined by the worker. */
export interface PageCopy {
  url: string;
  revision: string;
  /** null when the caller already knows this revision. */
  pieces: string[] | null;
  /** The pieces' total length. */
  chars: number;
}

export interface Capturer {
  /**
   * `url` is read before and after the copy: a new address in between is a change too. Once
   * `abandoned` says so (the worker closed the port), the capture stops at its next pause.
   */
  capture(url: () => string, known: string | null, abandoned?: () => boolean): Promise<Result<PageCopy>>;
  dispose(): void;
}

/**
 * Copies that may be started before giving up on a page that changes under every one of them
 * (each copy lets the page run between its slices, so a change can land in the middle of it).
 */
export const CAPTURE_ATTEMPTS = 3;

/**
 * Records that may change the article: Lede's own role markers coming or going (markers.ts, an
 * overlay with no text) do not, or every marker drawing would make the next popup copy and
 * extract the unchanged page again (review, 17th session).
 */
function pageChanges(records: MutationRecord[]): number {
  let n = 0;
  for (const r of records) if (!onlyMarkers(r)) n++;
  return n;
}
const MARKERS_NAME = MARKERS_TAG.toUpperCase();
function onlyMarkers(r: MutationRecord): boolean {
  if (r.type !== 'childList' || r.addedNodes.length + r.removedNodes.length === 0) return false;
  for (const list of [r.addedNodes, r.removedNodes])
    for (let i = 0; i < list.length; i++) if (list[i].nodeName !== MARKERS_NAME) return false;
  return true;
}

export function pageCapturer(
  doc: Document,
  instance: string,
  slicing: Pick<SliceOptions, 'now' | 'pause'> & Partial<SliceOptions>,
): Capturer {
  let changes = 0;
  const observer = new MutationObserver((records) => (changes += pageChanges(records)));
  observer.observe(doc, { subtree: true, childList: true, characterData: true });
  const options: SliceOptions = { ...DEFAULT_SLICE, ...slicing };
  let rules: MarkupRules | null = null;
  /** The revision now, counting changes whose records are not delivered yet. */
  const revisionAt = (url: string) => {
    changes += pageChanges(observer.takeRecords());
    return `${instance} ${changes} ${url}`;
  };
  return {
    async capture(url, known, abandoned) {
      // Chrome shows PDFs in a viewer page whose document is just an <embed>.
      if (doc.contentType === 'application/pdf') return { ok: false, error: ledeError('pdf') };
      const sliced: SliceOptions = abandoned
        ? {
            ...options,
            pause: async () => {
              await options.pause();
              if (abandoned()) throw new Error('the capture was abandoned');
            },
          }
        : options;
      for (let attempt = 0; attempt < CAPTURE_ATTEMPTS; attempt++) {
        const at = url();
        const revision = revisionAt(at);
        if (known === revision) return { ok: true, value: { url: at, revision, pieces: null, chars: 0 } };
        // A script can remove <body>; an enormous page is refused before it is copied (issue 8).
        if (!doc.documentElement || !doc.body) return { ok: false, error: ledeError('empty') };
        const tooLarge = await checkLiveDocumentInSlices(doc, sliced);
        if (tooLarge) return { ok: false, error: tooLarge };
        rules ??= markupRules(doc);
        // The page runs between slices: a copy is kept only when nothing it reads changed meanwhile
        // (a torn copy would hold a state the page never had).
        const changed = () => revisionAt(url()) !== revision;
        const copy = await outerHtmlPieces(
          doc.documentElement,
          { ...sliced, changed, leaveTextOut: codeNotContent },
          rules,
        );
        if (copy === null || changed()) continue;
        const pieces = [doctype(doc), ...copy];
        let chars = 0;
        for (const p of pieces) chars += p.length;
        // Megabytes of inline scripts or data pass the text bounds but not the copy's (two
        // messages carry it): refused here, as the offscreen document would refuse it.
        if (chars > LIMITS.maxHtmlChars)
          return {
            ok: false,
            error: ledeError('too-large', false, `more than ${LIMITS.maxHtmlChars} characters of HTML`),
          };
        return { ok: true, value: { url: at, revision, pieces, chars } };
      }
      return {
        ok: false,
        error: ledeError('page-changed', false, `it changed during ${CAPTURE_ATTEMPTS} copies in a row`),
      };
    },
    dispose() {
      observer.disconnect();
    },
  };
}

/**
 * Script and style text is code, not the article: extraction drops every <script> and <style>
 * before reading (Readability's first step; lib/extract/fallback.ts skips them too), except the
 * JSON-LD that Readability and lib/extract/readerable.ts read for the title and byline. Inline
 * code is much of a page's HTML (extraction benchmark page 25: 514 k of its 599 k characters),
 * and every character left out is one the page does not post, the worker does not join or
 * forward and the offscreen document does not parse (issue 7: the first open's round trip).
 * The elements stay, empty, so every element index into the copy is the page's.
 */
export function codeNotContent(el: Element): boolean {
  if (el.localName === 'style') return true;
  return el.localName === 'script' && el.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json';
}

/**
 * outerHTML leaves the doctype out, and without one a parser reads the copy in quirks mode,
 * where a table does not close an open <p>: the copy would then nest differently from the page.
 */
function doctype(doc: Document): string {
  return doc.compatMode === 'CSS1Compat' ? '<!DOCTYPE html>' : '';
}
