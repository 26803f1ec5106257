/**
 * Issue 7: Readability without its body re-serialisation (lib/extract/readability.ts) gives
 * exactly the article of plain Readability.
 */
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../lib/extract/readability';
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
    // A retry starts again from a fresh copy of the page, as the extraction's caller gives it:
    // one copy for all retries (the last takes it as it is, earlier ones copy it), none without.
    let copies = 0;
    const parsed = parseArticle(doc, () => (copies++, parseDocument(html)));
    const plain = plainReadability(html);
    expect(plain.attempts).toBe(attempts);
    expect(copies).toBe(attempts ? 1 : 0);
    expect(plain.article).not.toBeNull();
    expect(parsed?.content?.outerHTML ?? null).toBe(plain.article);
    // The clone's body is left with the DOM's own innerHTML.
    expect(Object.prototype.hasOwnProperty.call(doc.body, 'innerHTML')).toBe(false);
    expect(doc.body.innerHTML.length).toBeGreaterThan(0);
  });
});
