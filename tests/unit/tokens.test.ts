/**
 * bag() (lib/text/tokens.ts) reads non-ASCII text in one loop with a per-character class table
 * instead of the regex; it must give the regex rule's tokens, counts and order (cosine sums in
 * Map order) on every paragraph of the Japanese pages and on surrogate and case edge cases.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml, readHtmlFile } from '../../lib/node/load';
import { bag, regexBag } from '../../lib/text/tokens';

const dir = '../shared/data/ja-news/pages';
const pages = readdirSync(dir).map((f) => extractFromHtml(readHtmlFile(join(dir, f)), 'file:///test'));

const edges = [
  '𠮷野家の牛丼は𠮷野家で、𝐀𝐁𝐂 bold と 😀 絵文字',
  '\ud842 lone high, lone low \udfb7, end \ud842',
  'İstanbul ÖZİL Straße ΣΊΣΥΦΟΣ ǅemal ｆｕｌｌ－ｗｉｄｔｈ ３Ｄ',
  'かな・カナ゠ゝゞ゛゜ー 〜 漢字１２３ abc한국어',
  'ab',
  '',
];

describe('bag() on non-ASCII text', () => {
  it('gives the regex rule’s tokens in order on the Japanese pages and edge cases', () => {
    const texts = [...pages.flatMap((a) => [a.title, ...a.paragraphs.map((p) => p.text)]), ...edges];
    expect(texts.length).toBeGreaterThan(200);
    for (const t of texts) expect([...bag(t)], t).toEqual([...regexBag(t)]);
  });
});
