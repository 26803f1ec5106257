/**
 * One fuzz case through the whole pipeline: HTML bound → parse (linkedom, as the CLI does) →
 * extractDocument → outlineArticle → the four formats of the whole outline. `ms` times that
 * path, the reader's wait; the deeper checks of check.ts (every copy scope, the rich HTML
 * re-parsed) run after the clock stops. The outcome is a valid outline, a typed LedeError, a
 * crash (an exception escaped, an `internal` error, or an invalid outline), or a hang: the
 * path took longer than the per-page limit, and the reader would get `too-large`.
 */
import { isLedeError } from '../../lib/errors';
import { toHtml } from '../../lib/format/html';
import { toJson } from '../../lib/format/json';
import { toMarkdown } from '../../lib/format/markdown';
import { toText } from '../../lib/format/text';
import { checkHtml } from '../../lib/guard/dom';
import { parseDocument } from '../../lib/node/parse';
import { extractDocument } from '../../lib/guard/extract';
import { outlineArticle } from '../../lib/pipeline';
import type { LedeErrorCode } from '../../lib/types';
import type { FuzzCase } from './cases';
import { outlineProblems } from './check';

export type Outcome =
  | { kind: 'outline'; ms: number }
  | { kind: 'typed-error'; code: LedeErrorCode; ms: number }
  | { kind: 'crash'; message: string; ms: number }
  | { kind: 'hang'; code: 'too-large'; ms: number };

export function runCase(c: FuzzCase, limitMs = Infinity): Outcome {
  const t0 = performance.now();
  let ms = 0;
  const stop = () => (ms = Math.round((performance.now() - t0) * 10) / 10);
  try {
    const tooLarge = checkHtml(c.html);
    const article = tooLarge ? null : extractDocument(parseDocument(c.html), { url: c.url });
    const result = tooLarge
      ? { ok: false as const, error: tooLarge }
      : article!.ok
        ? outlineArticle(article!.value, { force: c.force, length: c.length })
        : article!;
    if (result.ok) for (const format of [toMarkdown, toText, toJson, toHtml]) format(result.value);
    stop();
    if (ms > limitMs) return { kind: 'hang', code: 'too-large', ms };
    if (!result.ok) {
      if (!isLedeError(result.error))
        return { kind: 'crash', message: `untyped error ${JSON.stringify(result.error)}`, ms };
      // An `internal` error is an exception the pipeline caught: typed, but still a bug to find.
      if (result.error.code === 'internal') return { kind: 'crash', message: result.error.message, ms };
      return { kind: 'typed-error', code: result.error.code, ms };
    }
    const problems = outlineProblems(result.value);
    if (problems.length) return { kind: 'crash', message: `invalid outline: ${problems.join('; ')}`, ms };
    return { kind: 'outline', ms };
  } catch (e) {
    if (!ms) stop();
    return { kind: 'crash', message: e instanceof Error ? (e.stack ?? e.message) : String(e), ms };
  }
}
