// @vitest-environment jsdom
/**
 * lib/locate.ts on real pages in jsdom: every extracted paragraph is found again in the live
 * document, also after the page shifted its elements (an ad inserted at the top), and a
 * paragraph that is no longer there is reported as missing, not guessed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '@/lib/extract';
import { blockText } from '@/lib/extract/text';
import { locateParagraph, type ParagraphRef } from '@/lib/locate';
import type { Paragraph } from '@/lib/types';

const ROOT = join(import.meta.dirname, '../..');
const PAGES = {
  seed: join(ROOT, 'tests/fixtures/seed/source.html'),
  'ja-news 01 (NHK)': join(ROOT, '../shared/data/ja-news/pages/01-nhk-kodomo-katei-cho.html'),
};

function load(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
}

const ref = (p: Paragraph): ParagraphRef => ({ paragraphId: p.id, domIndex: p.domIndex, text: p.text });
const holds = (el: Element | null, p: Paragraph) =>
  el !== null && blockText([el]).includes(p.text.slice(0, 30));

describe.each(Object.entries(PAGES))('%s', (_name, file) => {
  test('finds every paragraph by its element index', () => {
    const doc = load(file);
    const article = extractArticle(doc, { url: 'https://example.org/a' });
    expect(article.paragraphs.length).toBeGreaterThan(5);
    for (const p of article.paragraphs) {
      const el = locateParagraph(doc, ref(p));
      expect(holds(el, p), p.id).toBe(true);
      const indexed = doc.querySelectorAll('*')[p.domIndex];
      if (p.domIndex >= 0 && blockText([indexed]).startsWith(p.text.slice(0, 30))) expect(el).toBe(indexed);
    }
  });

  test('finds them by their text once the page has shifted its elements', () => {
    const doc = load(file);
    const article = extractArticle(doc, { url: 'https://example.org/a' });
    const found = article.paragraphs.map((p) => locateParagraph(doc, ref(p)));
    const ad = doc.createElement('div');
    ad.innerHTML = '<aside><p>Advertisement</p><p>Sponsored</p></aside>';
    doc.body.prepend(ad);
    article.paragraphs.forEach((p, i) => expect(locateParagraph(doc, ref(p)), p.id).toBe(found[i]));
  });
});

test('a paragraph that starts with a link and bold dateline is found from its middle', () => {
  const doc = new DOMParser().parseFromString(
    `<body><div><p><b>WASHINGTON</b> — <a href="#">The Senate</a> voted on Tuesday to pass the bill after weeks of talks.</p></div></body>`,
    'text/html',
  );
  const text = 'WASHINGTON — The Senate voted on Tuesday to pass the bill after weeks of talks.';
  expect(locateParagraph(doc, { paragraphId: 'p0', domIndex: -1, text })?.tagName).toBe('P');
});

test('a paragraph no longer in the page is reported missing, even at a valid index', () => {
  const doc = load(PAGES.seed);
  const article = extractArticle(doc, { url: 'https://example.org/a' });
  const p = article.paragraphs[3];
  expect(
    locateParagraph(doc, { ...ref(p), text: 'この文章はどのページにもありません。' + p.text }),
  ).toBeNull();
});
