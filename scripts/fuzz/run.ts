/**
 * One fuzz case through the whole pipeline: HTML bound → parse (linkedom, as the CLI does) →
 * extractDocument → outlineArticle → every format. The outcome is an outline checked by
 * check.ts, a typed LedeError, or a crash (an exception escaped, or an invalid outline).
 */
import { isLedeError } from '../../lib/errors';
import { checkHtml } from '../../lib/guard/dom';
import { parseDocument } from '../../lib/node/parse';
import { extractDocument, outlineArticle } from '../../lib/pipeline';
import type { LedeErrorCode } from '../../lib/types';
import type { FuzzCase } from './cases';
import { outlineProblems } from './check';

export type Outcome =
  | { kind: 'outline'; ms: number }
  | { kind: 'typed-error'; code: LedeErrorCode; ms: number }
  | { kind: 'crash'; message: string; ms: number };

export function runCase(c: FuzzCase): Outcome {
  const t0 = performance.now();
  const ms = () => Math.round((performance.now() - t0) * 10) / 10;
  try {
    const tooLarge = checkHtml(c.html);
    if (tooLarge) return { kind: 'typed-error', code: tooLarge.code, ms: ms() };
    const article = extractDocument(parseDocument(c.html), { url: c.url });
    const result = article.ok ? outlineArticle(article.value, { force: c.force, length: c.length }) : article;
    if (!result.ok) {
      if (!isLedeError(result.error))
        return { kind: 'crash', message: `untyped error ${JSON.stringify(result.error)}`, ms: ms() };
      // An `internal` error is an exception the pipeline caught: typed, but still a bug to find.
      if (result.error.code === 'internal') return { kind: 'crash', message: result.error.message, ms: ms() };
      return { kind: 'typed-error', code: result.error.code, ms: ms() };
    }
    const problems = outlineProblems(result.value);
    if (problems.length)
      return { kind: 'crash', message: `invalid outline: ${problems.join('; ')}`, ms: ms() };
    return { kind: 'outline', ms: ms() };
  } catch (e) {
    return { kind: 'crash', message: e instanceof Error ? (e.stack ?? e.message) : String(e), ms: ms() };
  }
}
