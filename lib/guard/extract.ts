/**
 * Extraction behind the document bounds (issue 8): a page with too many elements, too deep a
 * nesting or too much text gets `too-large` before Readability walks it, and a page that
 * breaks extraction gets a typed error instead of an exception. Kept apart from
 * lib/pipeline.ts so the content script can import it without the segmentation model.
 */
import { ledeError } from '../errors';
import { extractArticle, type ExtractOptions } from '../extract';
import type { Article, Result } from '../types';
import { checkDocument } from './dom';

export function extractDocument(doc: Document, opts: ExtractOptions): Result<Article> {
  try {
    // A parser gives no root for an empty file (linkedom), and a script can remove <body>.
    if (!doc.documentElement || !doc.body) return { ok: false, error: ledeError('empty') };
    const tooLarge = checkDocument(doc);
    if (tooLarge) return { ok: false, error: tooLarge };
    return { ok: true, value: extractArticle(doc, opts) };
  } catch (e) {
    return { ok: false, error: ledeError('internal', false, e instanceof Error ? e.message : String(e)) };
  }
}
