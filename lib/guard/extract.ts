/**
 * Extraction behind the document bounds (issue 8): a page with too many elements, too deep a
 * nesting or too much text gets `too-large` before Readability walks it, and a page that
 * breaks extraction gets a typed error instead of an exception. Kept apart from
 * lib/pipeline.ts so the content script can import it without the segmentation model.
 */
import { ledeError } from '../errors';
import { extractArticle, extractArticleAsync, type ExtractOptions } from '../extract';
import type { Pause } from '../extract/steps';
import type { Article, LedeError, Result } from '../types';
import { checkDocument, checkLiveDocument } from './dom';

export function extractDocument(doc: Document, opts: ExtractOptions): Result<Article> {
  return guarded(doc, checkDocument, () => extractArticle(doc, opts));
}

/**
 * The same in the page (issue 7): the bounds, measured the browser's cheap way, then the
 * extraction's steps, each its own task with `pause` between them, so the page's thread is never
 * held for the whole of it.
 */
export async function extractDocumentAsync(
  doc: Document,
  opts: ExtractOptions,
  pause: Pause,
): Promise<Result<Article>> {
  const checked = guarded(doc, checkLiveDocument, () => null);
  if (!checked.ok) return checked;
  await pause();
  try {
    return { ok: true, value: await extractArticleAsync(doc, opts, pause) };
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
