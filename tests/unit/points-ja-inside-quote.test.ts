/**
 * A Japanese sentence torn from the middle of a 「」 quotation is no point and no gist: ja-news
 * 03-itmedia-apple-event p2 (read in place) took "重要なのは、高性能なハードウェアであり、モダンな
 * OSであり、新しいユーザー体験。" as its gist, from 「Appleはテレビの未来はアプリにあると考えている。
 * 重要なのは、…。そしてソフトウェア開発環境だ」（クック氏）.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml, readHtmlFile } from '../../lib/node/load';
import { outlineArticle } from '../../lib/pipeline';
import { opensInsideQuote } from '../../lib/points/worthy';

const PARAGRAPH =
  '「Appleはテレビの未来はアプリにあると考えている。重要なのは、高性能なハードウェアであり、モダンなOSであり、新しいユーザー体験。そしてソフトウェア開発環境だ」（クック氏）';

describe('a sentence that opens inside 「」', () => {
  it('is told apart from one that opens on its 「 or after its 」', () => {
    expect(opensInsideQuote(PARAGRAPH, PARAGRAPH.indexOf('重要なのは'), 'ja')).toBe(true);
    expect(opensInsideQuote(PARAGRAPH, 0, 'ja')).toBe(false);
    const after = '「今回も発表するものがいっぱいある」と話した。クック氏は続けた。';
    expect(opensInsideQuote(after, after.indexOf('クック氏'), 'ja')).toBe(false);
  });

  it('is not the gist of 03-itmedia p2, nor one of its points', () => {
    const file = '../shared/data/ja-news/pages/03-itmedia-apple-event-p2.html';
    const article = extractFromHtml(readHtmlFile(file), 'file:///03-itmedia-apple-event-p2.html');
    const result = outlineArticle(article);
    if (!result.ok) throw new Error(result.error.code);
    const shown = [result.value.gist, ...result.value.sections.flatMap((s) => s.points)];
    for (const p of shown) expect(p?.sentence ?? '').not.toMatch(/^重要なのは/);
  });
});
