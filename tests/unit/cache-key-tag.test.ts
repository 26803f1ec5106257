/**
 * lib/cache.ts: the outline cache's key must cover everything the outline is computed
 * from. A paragraph's block tag is read by the segmenter (a list item is judged apart from a
 * paragraph: lib/segment/boilerplate.ts), so a page whose text stays but whose markup changes
 * must not get the outline of the markup before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentHash, Lru } from '../../lib/cache';
import { outlineArticle } from '../../lib/pipeline';
import { articleFromText } from '../../lib/text/article';
import { outliner } from '../../lib/worker';

const SEED = readFileSync(new URL('../../../shared/seed/000_ae1158fff16cfffb.txt', import.meta.url), 'utf8');

describe('contentHash', () => {
  const asParagraphs = articleFromText(SEED, 'https://example.com/a', 'Seed');
  const asListItems = {
    ...asParagraphs,
    paragraphs: asParagraphs.paragraphs.map((p) => ({ ...p, tag: 'li' })),
  };

  it('tells apart two articles whose outlines differ only by their paragraphs’ tags', async () => {
    // The premise: the tag changes the outline.
    expect(outlineArticle(asListItems, { force: true })).not.toEqual(
      outlineArticle(asParagraphs, { force: true }),
    );
    expect(contentHash(asListItems)).not.toBe(contentHash(asParagraphs));
    const outline = outliner({ cache: new Lru(10), length: async () => undefined, keep: async () => {} });
    await outline(asParagraphs, true);
    expect(await outline(asListItems, true)).toEqual(outlineArticle(asListItems, { force: true }));
  });
});
