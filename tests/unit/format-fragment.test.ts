/**
 * Issue 4: text-fragment links to each point's exact sentence. Checked as the browser reads
 * them: the directive is split on `,` and each term percent-decoded, then the terms must lie in
 * the sentence at word boundaries, the start must be unique in the article, and the end's first
 * match after the start must be the sentence's own end. tests/e2e/fragment.test.ts opens them.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textDirective, textFragmentUrl } from '../../lib/format/fragment';
import { extractFromHtml, readHtmlFile } from '../../lib/node/load';
import { outlineArticle } from '../../lib/pipeline';
import type { Outline } from '../../lib/types';

const terms = (directive: string) => directive.split(',').map(decodeURIComponent);
const BENCH = '../shared/data/extraction-benchmark/html/';
const JA = '../shared/data/ja-news/pages/';

describe('encoding', () => {
  it.each([
    [
      'The Dow and S&P 500 rose, while the Nasdaq fell.',
      'The%20Dow%20and%20S%26P%20500%20rose%2C%20while%20the%20Nasdaq%20fell.',
    ],
    ['A 3-D printed gun - or two.', 'A%203%2DD%20printed%20gun%20%2D%20or%20two.'],
    [
      '大谷翔平選手が1号ホームラン。',
      '%E5%A4%A7%E8%B0%B7%E7%BF%94%E5%B9%B3%E9%81%B8%E6%89%8B%E3%81%8C1%E5%8F%B7%E3%83%9B%E3%83%BC%E3%83%A0%E3%83%A9%E3%83%B3%E3%80%82',
    ],
  ])('%s', (sentence, directive) => {
    expect(textDirective(sentence)).toBe(directive);
    expect(terms(directive)).toEqual([sentence]);
  });

  it('never leaves a syntax character of the directive or of Markdown bare', () => {
    const d = textDirective(
      'Costs (in U.S. dollars) rose 5%, the firm - AT&T - said; it’s “fine”, isn’t it?',
    );
    expect(d).not.toMatch(/[-&,() '"]/);
  });

  it('survives a lone surrogate from a broken page', () => {
    expect(textDirective('Broken \ud800 text here.')).toBe('Broken%20%EF%BF%BD%20text%20here.');
  });

  it('drops the page’s own fragment and keeps its query', () => {
    expect(textFragmentUrl('https://example.org/a?x=1#top', 'Short sentence here.')).toBe(
      'https://example.org/a?x=1#:~:text=Short%20sentence%20here.',
    );
  });
});

function outlines(): Outline[] {
  const files = [
    'tests/fixtures/seed/source.html',
    ...readdirSync(JA)
      .slice(0, 8)
      .map((f) => JA + f),
    ...readdirSync(BENCH)
      .slice(0, 12)
      .map((f) => BENCH + f),
  ];
  return files.flatMap((f) => {
    const r = outlineArticle(extractFromHtml(readHtmlFile(f), 'https://example.org/a'), {
      force: true,
      length: 'detailed',
    });
    return r.ok ? [r.value] : [];
  });
}

describe('on real pages', () => {
  const all = outlines();
  const points = all.flatMap((o) =>
    [o.gist, ...o.sections.flatMap((s) => s.points)].filter((p) => p !== null).map((p) => ({ o, p })),
  );

  it('has long and short, English and Japanese sentences to check', () => {
    expect(points.filter(({ p }) => p.sentence.length > 120).length).toBeGreaterThan(20);
    expect(points.filter(({ o }) => o.lang === 'ja').length).toBeGreaterThan(20);
    expect(points.filter(({ p }) => p.text !== p.sentence).length).toBeGreaterThan(3);
  });

  it('each link targets the exact source sentence, even when the point was trimmed', () => {
    for (const { o, p } of points) {
      const link = p.link;
      expect(link.startsWith(`${o.url}#:~:text=`)).toBe(true);
      const t = terms(link.split('#:~:text=')[1]);
      const sentence = p.sentence.replace(/\s+/g, ' ').trim();
      expect(t.length === 1 || t.length === 2, link).toBe(true);
      if (t.length === 1) {
        expect(t[0]).toBe(sentence);
        continue;
      }
      const [start, end] = t;
      expect(sentence.startsWith(start), link).toBe(true);
      expect(sentence.endsWith(end), link).toBe(true);
      expect(start.length + end.length).toBeLessThanOrEqual(sentence.length);
      const lang = o.lang === 'ja' ? 'ja' : 'en';
      const bounds = new Set(
        [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(sentence)].map((s) => s.index),
      );
      bounds.add(sentence.length);
      // Word boundaries: where the browser will accept the terms.
      expect(bounds.has(start.length), `${start} | ${sentence}`).toBe(true);
      expect(bounds.has(sentence.length - end.length), `${end} | ${sentence}`).toBe(true);
      // The first match of the end after the start is the sentence's end.
      const lower = sentence.toLowerCase();
      expect(lower.indexOf(end.toLowerCase(), start.length)).toBe(sentence.length - end.length);
      // The start does not occur earlier in the article.
      const page = o.paragraphs
        .map((x) => x.text)
        .join('\n')
        .replace(/\s+/g, ' ')
        .toLowerCase();
      const at = page.indexOf(start.toLowerCase());
      expect(page.indexOf(sentence.toLowerCase()), start).toBe(at);
    }
  });
});
