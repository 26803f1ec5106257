/**
 * From an article to an Outline or a reader-facing error. The same function serves the service
 * worker, the CLI, the benchmarks, the fuzzer and the tests; extraction is lib/guard/extract.ts
 * (kept apart, so the worker's bundle carries no Readability). Every page is
 * untrusted input (issue 8): each step first checks the bounds in lib/guard/limits.ts and
 * ends in a typed LedeError rather than an exception or a hang.
 */
import { ledeError } from './errors';
import { LIMITS } from './guard/limits';
import { languageName } from './i18n';
import { safeArticle } from './guard/text';
import { buildOutline } from './outline';
import type { Article, Length, Outline, Result } from './types';

export const SUPPORTED_LANGS = new Set(['en', 'ja']);
/** Past this many characters the outline is refused rather than risking a hang (issue 8). */
export const MAX_CHARS = LIMITS.maxArticleChars;

export interface OutlineOptions {
  /** "Outline anyway": skip the article and language checks. */
  force?: boolean;
  length?: Length;
}

const internal = (e: unknown) => ledeError('internal', false, e instanceof Error ? e.message : String(e));

/** Past these bounds an article is refused unread, not outlined (issue 8). */
export function tooLargeToOutline(article: Article, chars = textLength(article)): boolean {
  return chars > LIMITS.maxArticleChars || article.paragraphs.length > LIMITS.maxParagraphs;
}
const textLength = (a: Article) => a.paragraphs.reduce((n, p) => n + p.text.length, 0);

export function outlineArticle(input: Article, opts: OutlineOptions = {}): Result<Outline> {
  try {
    const chars = textLength(input);
    if (chars === 0) return { ok: false, error: ledeError('empty') };
    if (tooLargeToOutline(input, chars)) return { ok: false, error: ledeError('too-large') };
    // Lone surrogates, control and bidi characters out, so every format is valid UTF-8/JSON.
    const article = safeArticle(input);
    if (!article.paragraphs.some((p) => p.text.trim())) return { ok: false, error: ledeError('empty') };
    if (!opts.force) {
      if (!article.readerable) return { ok: false, error: ledeError('not-article', true) };
      if (!SUPPORTED_LANGS.has(article.lang))
        return {
          ok: false,
          error: {
            ...ledeError('unsupported-language', true, languageName(article.lang, 'en') ?? undefined),
            lang: article.lang,
          },
        };
    }
    return { ok: true, value: buildOutline(article, opts.length) };
  } catch (e) {
    return { ok: false, error: internal(e) };
  }
}
