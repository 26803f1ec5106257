/** A Japanese article written with the full-width full stop ．(academic and official style) is content. */
import { describe, expect, it } from 'vitest';
import { boilerplateReason } from '../../lib/segment/boilerplate';
import { outlineArticle } from '../../lib/pipeline';
import type { Article } from '../../lib/types';

const TEXTS = [
  '九州大学は３日，福岡市と共同でスマートシティの実証実験を始めると発表した．市内の約１万世帯が参加する．',
  '実験では，電力の使用量をリアルタイムで計測し，地域全体の省エネにつなげる．同大学の研究チームが開発したシステムを使う．',
  '今後は対象地域を広げ，２０２５年までに全市での導入を目指す予定だ．',
];

const article = (texts: string[]): Article => ({
  url: 'https://example.jp/a',
  title: '九州大、スマートシティ実験を開始',
  byline: null,
  siteName: null,
  lang: 'ja',
  publishedTime: null,
  paragraphs: texts.map((text, i) => ({ id: `p${i}`, text, heading: null, tag: 'p', domIndex: -1 })),
  headings: [],
  readerable: true,
});

describe('Japanese paragraphs ending with ．', () => {
  it('are not boilerplate', () => {
    const a = article(TEXTS);
    a.paragraphs.forEach((p, i) => expect(boilerplateReason(p, i, a, 'ja', { kind: 'none' })).toBeNull());
  });

  it('get a gist and points, as the same text written with 。 does', () => {
    const r = outlineArticle(article(TEXTS));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.gist?.sentence).toBe(TEXTS[0].split('．')[0] + '．');
    expect(r.value.paragraphs.every((p) => p.role !== 'other')).toBe(true);
    expect(r.value.sections.some((s) => s.points.length > 0)).toBe(true);
  });
});
