/**
 * A caption that repeats its picture's alt text is set aside (lib/extract/clean.ts
 * altCaptions): space.com's hero caption had lost the class that named it, and the outline
 * showed it as a Result point. Headings that name a picture too, and a photo essay's captions,
 * which carry its story, stay.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml, readHtmlFile } from '../../lib/node/load';

const texts = (path: string) =>
  extractFromHtml(readHtmlFile(path), 'https://example.com/a').paragraphs.map((p) => p.text);

describe('captions that repeat the alt text', () => {
  it('space.com’s hero caption goes, its story stays', () => {
    const t = texts('tests/fixtures/en-space-related-links/source.html');
    expect(t.some((x) => x.startsWith("An artist's illustration of a plume"))).toBe(false);
    expect(t[0]).toMatch(/^The Jupiter moon Europa's elusive/);
  });

  it('a heading that names its picture stays', () => {
    const a = extractFromHtml(
      readHtmlFile('tests/fixtures/en-blog-recipe-headings/source.html'),
      'https://example.com/a',
    );
    expect(a.headings.map((h) => h.text)).toContain('Spiced Honey Pear Jam');
  });

  it('a photo essay keeps its captions (ja-news 15: 7 of 25 paragraphs)', () => {
    const t = texts('../shared/data/ja-news/pages/15-nippon-photo-japanese-wolf.html');
    expect(t.some((x) => x.startsWith('荒川上流に広がる秩父山地には'))).toBe(true);
    expect(t.some((x) => x.startsWith('三峯神社奥宮遥拝殿から'))).toBe(true);
  });
});
