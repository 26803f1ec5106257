/**
 * Ruby readings (issue 4's links on pages with ruby, ja-news 20-nhk-easy): the shown text
 * leaves them out, paragraphs keep them apart with where they stood (lib/extract/text.ts
 * readBlock), and text-fragment links put them back, as the browser's find-in-page reads a ruby
 * (lib/format/searchable.ts). tests/e2e/fragment.test.ts opens the links on the page.
 */
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../lib/cache';
import { extractArticle } from '../../lib/extract';
import { readBlock } from '../../lib/extract/text';
import { searchableSentence, searchableText } from '../../lib/format/searchable';
import { readHtmlFile } from '../../lib/node/load';
import { parseDocument } from '../../lib/node/parse';
import { outlineArticle } from '../../lib/pipeline';

const read = (html: string) =>
  readBlock([parseDocument(`<html><body><p>${html}</p></body></html>`).querySelector('p')!]);

describe('readBlock', () => {
  it('leaves readings out of the text and says where each stood', () => {
    expect(
      read('<ruby>児童相談所<rt>じどうそうだんじょ</rt></ruby>が<ruby>守<rt>まも</rt></ruby>る'),
    ).toEqual({
      text: '児童相談所が守る',
      ruby: [
        [5, 'じどうそうだんじょ'],
        [7, 'まも'],
      ],
    });
  });

  it('reads a ruby per character, and leaves <rp> out altogether', () => {
    expect(
      read('<ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp>字<rp>(</rp><rt>じ</rt><rp>)</rp></ruby>です'),
    ).toEqual({
      text: '漢字です',
      ruby: [
        [1, 'かん'],
        [2, 'じ'],
      ],
    });
  });

  it('collapses whitespace as it does without readings', () => {
    expect(
      read('  <ruby>a<rt> x </rt></ruby>  b <ruby> <rt>y</rt></ruby> c  <ruby>d<rt>z</rt></ruby>  '),
    ).toEqual({
      text: 'a b c d',
      ruby: [
        [1, 'x'],
        [4, 'y'],
        [7, 'z'],
      ],
    });
    expect(read('no <b>ruby</b> here')).toEqual({ text: 'no ruby here', ruby: [] });
  });
});

describe('searchable text', () => {
  const p = {
    text: '子どもを児童相談所が守る。',
    ruby: [
      [1, 'こ'],
      [9, 'じどうそうだんじょ'],
      [11, 'まも'],
    ] as [number, string][],
  };

  it('puts every reading back after its base', () => {
    expect(searchableText(p)).toBe('子こどもを児童相談所じどうそうだんじょが守まもる。');
    expect(searchableText({ text: 'plain' })).toBe('plain');
  });

  it('puts back the readings of the bases inside a sentence only', () => {
    // The reading at the sentence's first offset belongs to the base before it.
    expect(searchableSentence('どもを児童相談所', [p])).toBe('どもを児童相談所じどうそうだんじょ');
    expect(searchableSentence('が守る。', [p])).toBe('が守まもる。');
    expect(searchableSentence('not here', [p])).toBe('not here');
  });

  it('changes the content hash, as it changes the links', () => {
    const article = (ruby?: [number, string][]) => ({
      url: 'https://example.com/a',
      title: 't',
      byline: null,
      siteName: null,
      lang: 'ja' as const,
      publishedTime: null,
      paragraphs: [
        { id: 'p0', text: p.text, heading: null, tag: 'p', domIndex: 0, ...(ruby ? { ruby } : {}) },
      ],
      headings: [],
      readerable: true,
    });
    expect(contentHash(article(p.ruby))).not.toBe(contentHash(article()));
    expect(contentHash(article(p.ruby))).toBe(contentHash(article(p.ruby.map(([a, r]) => [a, r]))));
  });
});

const EASY = '../shared/data/ja-news/pages/20-nhk-easy-taibatsu.html';

describe('a real page with ruby (ja-news 20-nhk-easy)', () => {
  const html = readHtmlFile(EASY);
  const doc = parseDocument(html);
  const article = extractArticle(doc, { url: 'https://www3.nhk.or.jp/news/easy/a.html' });

  it('gives each paragraph the text its element shows, readings included, as the browser finds it', () => {
    const withRuby = article.paragraphs.filter((p) => p.ruby);
    expect(withRuby.length).toBeGreaterThan(4);
    const all = doc.querySelectorAll('*');
    for (const p of withRuby) {
      const el = all[p.domIndex];
      el.querySelectorAll('rp').forEach((rp) => rp.remove());
      expect(searchableText(p).replace(/\s+/g, '')).toBe((el.textContent ?? '').replace(/\s+/g, ''));
    }
  });

  it('links every point through its readings', () => {
    const r = outlineArticle(article, { length: 'detailed', force: true });
    if (!r.ok) throw new Error(r.error.message);
    const points = r.value.sections.flatMap((s) => s.points);
    expect(points.length).toBeGreaterThan(4);
    for (const point of points) {
      const own = r.value.paragraphs.filter((x) => point.paragraphIds.includes(x.id));
      const terms = decodeURIComponent(point.link.split('#:~:text=')[1]).split(',');
      const found = searchableSentence(point.sentence, own);
      expect(found).not.toBe(point.sentence); // every sentence of this page has a ruby
      for (const t of terms) expect(found).toContain(t);
    }
  });
});
