/**
 * The footnotes under an article are not key points: ja-news 05-iij lists them as table rows
 * "↑4 ただし上位10アドレス中の4アドレスについては…", each opening on the link back to its mark
 * (labels.json's rules make footnotes `other`). The outline showed "↑4 ただし…" under Strategy,
 * and its link could not land (a term over two table cells: lib/format/fragment.ts).
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml, readHtmlFile } from '../../lib/node/load';
import { outlineArticle } from '../../lib/pipeline';

const FILE = '../shared/data/ja-news/pages/05-iij-masscan-zmap.html';

const page = (body: string) =>
  `<html><head><title>Rates rise again</title></head><body><article><h1>Rates rise again</h1>${body}</article></body></html>`;
const PROSE = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>The central bank raised its rate for the ${i + 2}th time this year, saying that prices were still climbing faster than wages in most of the country.<sup id="r${i}"><a href="#fn${i}">${i + 1}</a></sup></p>`,
).join('');

describe('footnotes that open or close on the link back to their mark', () => {
  it('are left out of ja-news 05-iij, and no point shows one', () => {
    const article = extractFromHtml(readHtmlFile(FILE), 'file:///05-iij-masscan-zmap.html');
    expect(article.paragraphs.filter((p) => p.text.startsWith('↑'))).toEqual([]);
    // The article's own sentence with the same words stays.
    expect(article.paragraphs.some((p) => p.text.includes('Masscan と ZMap は、IPv4 の全アドレス空間'))).toBe(
      true,
    );
    const r = outlineArticle(article, { length: 'detailed' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.sections.flatMap((s) => s.points).filter((p) => p.text.startsWith('↑'))).toEqual([]);
  });

  it('are left out in any page: a caret first (Wikipedia) or a return arrow last (Markdown)', () => {
    const notes =
      '<ol><li id="fn0"><a href="#r0">^</a> Bank statement of 3 May, page four of the annual report on prices.</li>' +
      '<li id="fn1"><p>Figures from the national statistics office, adjusted for the season. <a href="#r1" class="footnote-backref">↩</a></p></li></ol>';
    const article = extractFromHtml(page(PROSE + notes), 'https://example.com/rates');
    const texts = article.paragraphs.map((p) => p.text);
    expect(texts.some((t) => t.includes('Bank statement of 3 May'))).toBe(false);
    expect(texts.some((t) => t.includes('Figures from the national statistics office'))).toBe(false);
    expect(texts.filter((t) => t.startsWith('The central bank raised'))).toHaveLength(6);
  });
});
