/**
 * ja-news keys as the labels make them (../shared/data/ja-news/README.md): the first 20
 * characters of Readability's block text, whose textContent keeps ruby readings (子こども) and
 * zero-width spaces; Lede's paragraph text leaves both out (lib/extract/text.ts).
 */
import { describe, expect, it } from 'vitest';
import { matchParagraphs, type LabelledPage } from '../../lib/eval/janews';
import type { Article, Paragraph } from '../../lib/types';

const para = (text: string, i: number, ruby?: Paragraph['ruby']): Paragraph => ({
  id: `p${i}`,
  text,
  ...(ruby ? { ruby } : {}),
  heading: null,
  tag: 'p',
  domIndex: -1,
});

const page = (...keys: string[]): LabelledPage => ({
  title: 't',
  sections: [
    {
      heading: '(lead: text before first heading)',
      heading_tag: null,
      role: 'result',
      acceptable_roles: ['result'],
      paragraphs: keys.map((key, i) => ({ i, key, tag: 'p', role: 'result' })),
    },
  ],
});

describe('ja-news key matching', () => {
  it('matches a key that carries ruby readings (NHK NEWS WEB EASY)', () => {
    // <ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>をなくすための法律
    const article = {
      paragraphs: [
        para('子どもへの虐待をなくすための法律ができました。', 0, [
          [1, 'こ'],
          [7, 'ぎゃくたい'],
        ]),
        para('最近、親に虐待された子どもが増えています。', 1, [
          [2, 'さいきん'],
          [4, 'おや'],
        ]),
      ],
    } as Article;
    expect(
      matchParagraphs(
        article,
        page('子こどもへの虐待ぎゃくたいをなくすための', '最近さいきん、親おやに虐待された子どもが'),
      ),
    ).toEqual([0, 1]);
  });
  it('still matches a key without the readings', () => {
    const article = { paragraphs: [para('子どもへの虐待をなくす。', 0, [[1, 'こ']])] } as Article;
    expect(matchParagraphs(article, page('子どもへの虐待をなくす。'))).toEqual([0]);
  });
  it('ignores zero-width spaces, NBSP and full-width spaces on either side', () => {
    const article = { paragraphs: [para('東京 都は 発表した。', 0)] } as Article;
    expect(matchParagraphs(article, page('東京\u200b都は\u00a0発表\u3000した。'))).toEqual([0]);
  });
});
