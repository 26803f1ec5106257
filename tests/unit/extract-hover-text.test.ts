/**
 * A footnote's hover text is not the sentence the reader sees: ja-news 05-iij (WordPress
 * "footnotes" plugin) writes each footnote a second time inside the sentence, in a
 * `<span class="footnote_tooltip">` its stylesheet hides. Read as text, it tore the sentence
 * "…日本の IP アドレスリスト[5]が含まれており、ZMap を利用して…" in two, and the outline showed
 * the fragment "が含まれており、ZMap を利用して…" as a key point.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml, readHtmlFile } from '../../lib/node/load';
import { outlineArticle } from '../../lib/pipeline';
import { blockText } from '../../lib/extract/text';
import { parseDocument } from '../../lib/node/parse';
import { benchArticle } from './bench-pages';

const FILE = '../shared/data/ja-news/pages/05-iij-masscan-zmap.html';

describe('hover text inside a sentence', () => {
  const article = extractFromHtml(readHtmlFile(FILE), 'file:///05-iij-masscan-zmap.html');

  it('is left out of the paragraph, the footnote mark stays', () => {
    const p = article.paragraphs.find((q) => q.text.includes('アドレスリスト'))!;
    expect(p.text).toContain(
      '日本の IP アドレスリスト[5]が含まれており、ZMap を利用してこのリストに対して 52869/tcp ポートをスキャンするように設定されています。',
    );
    // The hover text of footnote 2 ("… Continue reading") is gone as well.
    expect(article.paragraphs.some((q) => q.text.includes('Continue reading'))).toBe(false);
  });

  it('no point opens on the torn-off half of a sentence', () => {
    const r = outlineArticle(article, { length: 'detailed' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const points = r.value.sections.flatMap((s) => s.points.map((p) => p.text));
    expect(points.some((t) => t.startsWith('が含まれており'))).toBe(false);
  });

  it("leaves The Hill's hover card out of the sentence (extraction-benchmark 156770d6)", () => {
    const a = benchArticle('156770d6');
    expect(a.paragraphs[0].text).toBe(
      'South Dakota Gov. Kristi Noem (R) is defending the state’s launch of an anti-drug campaign with the slogan “Meth, we’re on it.”',
    );
    const r = outlineArticle(a, { length: 'detailed' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const shown = [r.value.gist!, ...r.value.sections.flatMap((s) => s.points)].map((p) => p.text);
    expect(shown.filter((t) => t.includes('MORE'))).toEqual([]);
  });

  it('the same in any page: a tooltip box is hidden text, the link that opens one is not', () => {
    const doc = parseDocument(
      '<p id="x">Prices rose<span class="tooltip"><span class="tooltiptext">(seasonally adjusted)</span></span> and <a class="has-tooltip" href="/a">wages</a> fell.</p>',
    );
    expect(blockText([doc.getElementById('x')!])).toBe('Prices rose and wages fell.');
  });
});
