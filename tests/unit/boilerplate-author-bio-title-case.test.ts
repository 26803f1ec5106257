/**
 * An author box whose title is written in title case is still an author box: 9to5Mac closes
 * its deals post (extraction-benchmark ad826691) with "Trevor Daugherty is the Senior Editor of
 * 9to5Toys. Since joining in 2014, he’s specialized in product reviews, …", and the outline showed
 * "Since joining in 2014, he’s specialized in product reviews, exclusive discounts and 9to5’s New
 * Toy of the Day." as a Background point: the author-box rule read only a lower-case "editor".
 */
import { describe, expect, it } from 'vitest';
import { outlineArticle } from '../../lib/pipeline';
import { boilerplateReason } from '../../lib/segment/boilerplate';
import { paragraphHeadings } from '../../lib/segment/headings';
import { benchArticle } from './bench-pages';

describe('an author box in title case', () => {
  const article = benchArticle('ad826691');
  const headings = paragraphHeadings(article.paragraphs, article.title);
  const i = article.paragraphs.findIndex((p) => p.text.startsWith('Trevor Daugherty is the Senior Editor'));

  it('is boilerplate (extraction-benchmark ad826691)', () => {
    expect(i).toBe(article.paragraphs.length - 1);
    expect(boilerplateReason(article.paragraphs[i], i, article, 'en', headings[i])).toBe('author');
  });

  it('gives no point', () => {
    const r = outlineArticle(article, { length: 'detailed' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.paragraphs[i].role).toBe('other');
    const texts = r.value.sections.flatMap((s) => s.points.map((p) => p.text));
    expect(texts.filter((t) => t.includes('Since joining in 2014'))).toEqual([]);
  });

  it('an article sentence about an editor, in its body, is not', () => {
    const p = {
      ...article.paragraphs[0],
      text: 'Maria Lopez is the Managing Editor of the paper, which she joined in 2009.',
    };
    const a = { ...article, paragraphs: [p, ...article.paragraphs] };
    expect(boilerplateReason(p, 0, a, 'en', { kind: 'none' })).toBeNull();
  });
});
