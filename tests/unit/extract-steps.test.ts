/**
 * Issue 7: the extraction in steps that yield to the page (lib/extract/steps.ts), and Readability
 * without its body re-serialisation (lib/extract/readability.ts), give exactly the article of
 * plain Readability and of the one-go extraction.
 */
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { extractArticle, extractArticleAsync } from '../../lib/extract';
import { parseArticle } from '../../lib/extract/readability';
import { runSteps, type Steps } from '../../lib/extract/steps';
import { readHtmlFile } from '../../lib/node/load';
import { parseDocument } from '../../lib/node/parse';

const SEED = readHtmlFile('tests/fixtures/seed/source.html');
/**
 * A Nikkei paywall lead: too short for Readability's 500 characters, so all four attempts run
 * and three restore the body (checked below through Readability's `_attempts`).
 */
const SHORT = readHtmlFile(
  readFileSync('tests/fixtures/ja-22-nikkei-paywall-lead/source.ref', 'utf8').trim(),
);

function plainReadability(html: string): { article: string | null; attempts: number } {
  const reader = new Readability<Element>(parseDocument(html), {
    serializer: (el) => el as Element,
    keepClasses: true,
  });
  const parsed = reader.parse();
  return {
    article: parsed?.content?.outerHTML ?? null,
    attempts: (reader as unknown as { _attempts: unknown[] })._attempts.length,
  };
}

describe('parseArticle', () => {
  it.each([
    ['an article found at the first attempt', SEED, 0],
    ['a short article found after every retry', SHORT, 4],
  ])('gives plain Readability’s article for %s', (_name, html, attempts) => {
    const doc = parseDocument(html);
    // A retry starts again from a fresh copy of the page, as the extraction's clone gives it.
    const parsed = parseArticle(doc, () => parseDocument(html));
    const plain = plainReadability(html);
    expect(plain.attempts).toBe(attempts);
    expect(plain.article).not.toBeNull();
    expect(parsed?.content?.outerHTML ?? null).toBe(plain.article);
    // The clone's body is left with the DOM's own innerHTML.
    expect(Object.prototype.hasOwnProperty.call(doc.body, 'innerHTML')).toBe(false);
    expect(doc.body.innerHTML.length).toBeGreaterThan(0);
  });
});

describe('extraction in steps', () => {
  it('gives the one-go extraction’s article, pausing between steps', async () => {
    for (const html of [SEED, SHORT]) {
      let pauses = 0;
      const article = await extractArticleAsync(parseDocument(html), { url: 'https://example.com/a' }, () => {
        pauses++;
        return Promise.resolve();
      });
      expect(article).toEqual(extractArticle(parseDocument(html), { url: 'https://example.com/a' }));
      expect(pauses).toBeGreaterThanOrEqual(2);
    }
  });

  it('runs steps at once without a pause, or awaits the pause at every yield', async () => {
    function* steps(log: string[]): Steps<number> {
      log.push('a');
      yield;
      log.push('b');
      yield;
      return 3;
    }
    const log: string[] = [];
    expect(runSteps(steps(log))).toBe(3);
    expect(log).toEqual(['a', 'b']);
    const timed: string[] = [];
    const done = runSteps(steps(timed), async () => {
      timed.push('pause');
    });
    expect(await done).toBe(3);
    expect(timed).toEqual(['a', 'pause', 'b', 'pause']);
  });
});
