/**
 * From an extracted Article to an Outline or a reader-facing error. The same function serves
 * the service worker, the CLI, the benchmarks and the tests.
 */
import { ledeError } from './errors';
import { buildOutline } from './outline';
import type { Article, Length, Outline, Result } from './types';

export const SUPPORTED_LANGS = new Set(['en', 'ja']);
/** Past this many characters the outline is refused rather than risking a hang (issue 8). */
export const MAX_CHARS = 3_000_000;

export interface OutlineOptions {
  /** "Outline anyway": skip the article and language checks. */
  force?: boolean;
  length?: Length;
}

export function outlineArticle(article: Article, opts: OutlineOptions = {}): Result<Outline> {
  const chars = article.paragraphs.reduce((n, p) => n + p.text.length, 0);
  if (chars === 0) return { ok: false, error: ledeError('empty') };
  if (chars > MAX_CHARS) return { ok: false, error: ledeError('too-large') };
  if (!opts.force) {
    if (!article.readerable) return { ok: false, error: ledeError('not-article', true) };
    if (!SUPPORTED_LANGS.has(article.lang))
      return { ok: false, error: ledeError('unsupported-language', true, article.lang) };
  }
  try {
    return { ok: true, value: buildOutline(article, opts.length) };
  } catch (e) {
    return { ok: false, error: ledeError('internal', false, e instanceof Error ? e.message : String(e)) };
  }
}
