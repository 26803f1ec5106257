/**
 * One fact, one point: an NHK story's lead restates sentences its body then tells in place, and
 * the outline showed both, in two sections. ja-news 33-nhk: Result "これを受けて、ウクライナは近く
 * 大規模な反転攻勢に乗り出す構えです。" (the lead) and Outlook "軍事支援を受けて、ウクライナは近く
 * 大規模な反転攻勢に乗り出す構えです。" (the body); 01-nhk: "役所間の縦割りを打破しながら必要な財源を
 * 確保し、…問われることになります。" under Result and again under Outlook. The body's telling stays.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml, readHtmlFile } from '../../lib/node/load';
import { outlineArticle } from '../../lib/pipeline';
import { shownPoints } from '../../lib/format/shown';
import type { Length } from '../../lib/types';

const DIR = '../shared/data/ja-news/pages/';

const shown = (file: string, length: Length) => {
  const r = outlineArticle(extractFromHtml(readHtmlFile(DIR + file), `file:///${file}`), { length });
  if (!r.ok) throw new Error(r.error.message);
  const o = r.value;
  return o.sections.flatMap((s) => shownPoints(o, s).map((p) => ({ role: s.role, text: p.text })));
};

describe('a sentence the article says twice', () => {
  for (const length of ['standard', 'detailed'] as const) {
    it(`is one point in 33-nhk (${length}), the body's, under Outlook`, () => {
      const points = shown('33-nhk-ukraine-military-aid.html', length);
      const counter = points.filter((p) => p.text.includes('近く大規模な反転攻勢に乗り出す構えです'));
      expect(counter).toEqual([
        { role: 'outlook', text: '軍事支援を受けて、ウクライナは近く大規模な反転攻勢に乗り出す構えです。' },
      ]);
    });

    it(`is one point in 01-nhk (${length})`, () => {
      const points = shown('01-nhk-kodomo-katei-cho.html', length);
      const same = points.filter((p) => p.text.startsWith('役所間の縦割りを打破しながら必要な財源を確保し'));
      expect(same).toHaveLength(1);
      expect(same[0].role).toBe('outlook');
    });
  }
});
