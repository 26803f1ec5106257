/**
 * bag() (lib/text/tokens.ts) reads non-ASCII text in one loop with a per-character class table
 * instead of the regex; it must give the regex rule's tokens, counts and order (cosine sums in
 * Map order) on every paragraph of the Japanese pages and on surrogate and case edge cases.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml, readHtmlFile } from '../../lib/node/load';
import { bag, STOP } from '../../lib/text/tokens';

/** The rule, spelled out with the Unicode regex alone. */
function referenceBag(text: string): Map<string | number, number> {
  const m = new Map<string | number, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(w)) {
      for (let i = 0; i + 1 < w.length; i++) {
        const k = w.charCodeAt(i) * 65536 + w.charCodeAt(i + 1);
        m.set(k, (m.get(k) ?? 0) + 1);
      }
    } else if (w.length > 1 && !STOP.has(w)) m.set(w, (m.get(w) ?? 0) + 1);
  }
  return m;
}

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
    for (const t of texts) expect([...bag(t)], t).toEqual([...referenceBag(t)]);
  });
});
