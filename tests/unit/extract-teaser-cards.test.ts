/**
 * Cards of other stories under the article are not the article: Digg's review round-up
 * (extraction-benchmark 680c2848) is followed by a feed of teasers, each its own
 * `<article itemtype="http://schema.org/Article">` with a headline and a line, which Readability
 * kept; the outline showed "One unfortunate koala was caught on camera trying to flee the
 * flames…" under Background and "On Monday, Jennifer Williams, an aide to Vice President Mike
 * Pence…" under Strategy, in an outline of Google Stadia's reviews.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../lib/node/load';
import { outlineArticle } from '../../lib/pipeline';
import { benchArticle } from './bench-pages';

const SENTENCE =
  'The regional council approved the new tram line on Monday after three years of debate over its route and its cost to the city.';

describe('teaser cards of other stories', () => {
  it('are left out of Digg’s page (extraction-benchmark 680c2848)', () => {
    const a = benchArticle('680c2848');
    const text = a.paragraphs.map((p) => p.text).join('\n');
    expect(text).not.toContain('koala');
    expect(text).not.toContain('Jennifer Williams');
    // The round-up itself stays, to its last review.
    expect(text).toContain("If you're on the fence about investing $129 in an unproven service");
    const r = outlineArticle(a, { length: 'detailed' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const points = r.value.sections.flatMap((s) => s.points.map((p) => p.text));
    expect(points.filter((t) => /koala|Jennifer Williams/.test(t))).toEqual([]);
  });

  it('in any page; an article told in several <article> parts of like size keeps them all', () => {
    const card = (i: number) =>
      `<article itemscope itemtype="http://schema.org/Article"><h2 itemprop="headline">Other story ${i}</h2><p>A short line about another story number ${i}, which has nothing to do with trams.</p></article>`;
    const main = `<article><h1>Tram line approved</h1>${`<p>${SENTENCE}</p>`.repeat(8)}</article>`;
    const page = (body: string) =>
      `<html><head><title>Tram line approved</title></head><body><main>${body}</main></body></html>`;
    const withCards = extractFromHtml(page(main + [1, 2, 3, 4].map(card).join('')), 'https://example.com/a');
    expect(withCards.paragraphs.some((p) => p.text.includes('another story'))).toBe(false);
    const parts = [1, 2, 3].map(
      (i) => `<article><h2>Part ${i}</h2>${`<p>${SENTENCE}</p>`.repeat(3)}</article>`,
    );
    const split = extractFromHtml(page(parts.join('')), 'https://example.com/a');
    expect(split.paragraphs.filter((p) => p.text === SENTENCE)).toHaveLength(9);
  });
});
