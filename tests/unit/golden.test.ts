/**
 * Issue 6: golden extraction on real pages (tests/fixtures/golden.ts): the extracted Article
 * and its Markdown outline must equal the stored files. After a deliberate change, run
 * `npm run golden` and review the diff.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_FILE, goldenCases, goldenFiles, OUTLINE_FILE } from '../fixtures/golden';

const cases = goldenCases();

it('covers the seed, Japanese news and English benchmark pages', () => {
  const refs = cases.map((c) => c.source);
  expect(refs.filter((s) => s.includes('/seed')).length).toBe(2);
  expect(refs.filter((s) => s.includes('ja-news')).length).toBeGreaterThanOrEqual(6);
  expect(cases.filter((c) => c.slug.startsWith('en-')).length).toBeGreaterThanOrEqual(12);
});

describe.each(cases)('$slug', (c) => {
  // No skip when the page is missing (../shared is always there): a wrong source.ref must fail.
  it('extracts the stored article and outline', () => {
    const files = goldenFiles(c);
    expect(JSON.parse(files[ARTICLE_FILE])).toEqual(
      JSON.parse(readFileSync(join(c.dir, ARTICLE_FILE), 'utf8')),
    );
    expect(files[OUTLINE_FILE]).toBe(readFileSync(join(c.dir, OUTLINE_FILE), 'utf8'));
  });
});
