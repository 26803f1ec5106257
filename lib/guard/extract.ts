/**
 * Extraction behind the document bounds (issue 8): a page with too many elements, too deep a
 * nesting or too much text gets `too-large` before Readability walks it, and a page that
 * breaks extraction gets a typed error instead of an exception. Kept apart from
 * lib/pipeline.ts so the offscreen document imports it without the segmentation model.
 */
import { ledeError } from '../errors';
import { extractArticle, spendArticle, type ExtractOptions } from '../extract';
import { asLivePage, withoutParseHazards } from '../extract/reparse';
import type { Article, LedeError, Result } from '../types';
import type { CopyStream } from './copy-stream';
import { checkDocument, checkHtml, checkLiveDocument } from './dom';

export function extractDocument(doc: Document, opts: ExtractOptions): Result<Article> {
  return guarded(doc, checkDocument, () => extractArticle(doc, opts));
}

/**
 * The article of a page captured as HTML (lib/page/capture.ts), parsed by the browser's own
 * parser where extraction runs off the page's thread (offscreen document, Firefox's background
 * page): the bounds, measured the browser's cheap way, then the extraction in one go.
 */
export function extractCapturedHtml(
  html: string,
  opts: ExtractOptions,
  parse: (html: string) => Document,
): Result<Article> {
  const tooLarge = checkHtml(html);
  if (tooLarge) return { ok: false, error: tooLarge };
  try {
    const safe = withoutParseHazards(html);
    const again = () => asLivePage(parse(safe), opts.url);
    const doc = again();
    // The parse is this extraction's alone: Readability may rewrite it, and a retry parses again.
    return guarded(doc, checkLiveDocument, () => spendArticle({ doc, again }, opts));
  } catch (e) {
    return internal(e);
  }
}

/**
 * `extractCapturedHtml` for a copy parsed as its parts came (lib/guard/copy-stream.ts): the same
 * bounds, the same document, the same Article; a retry parses the joined copy again.
 */
export function extractCopyStream(
  stream: CopyStream,
  opts: ExtractOptions,
  parse: (html: string) => Document,
): Result<Article> {
  try {
    const done = stream.finish();
    if ('error' in done) return { ok: false, error: done.error };
    const again = () => asLivePage(parse(done.html()), opts.url);
    const doc = asLivePage(done.doc, opts.url);
    return guarded(doc, checkLiveDocument, () => spendArticle({ doc, again }, opts));
  } catch (e) {
    return internal(e);
  }
}

/** The bounds, then `extract` (null: the caller goes on), with any exception as a typed error. */
function guarded<T>(doc: Document, check: (doc: Document) => LedeError | null, extract: () => T): Result<T> {
  try {
    // A parser gives no root for an empty file (linkedom), and a script can remove <body>.
    if (!doc.documentElement || !doc.body) return { ok: false, error: ledeError('empty') };
    const tooLarge = check(doc);
    if (tooLarge) return { ok: false, error: tooLarge };
    return { ok: true, value: extract() };
  } catch (e) {
    return internal(e);
  }
}

function internal(e: unknown): Result<never> {
  return { ok: false, error: ledeError('internal', false, e instanceof Error ? e.message : String(e)) };
}
