/**
 * A Japanese block that ends on a closing bracket is prose only when what stands before the
 * bracket ends as prose: ja-news 31-nikkei-aeon-delivery closed on a comment box's prompt and
 * counter (an `li`) and a recommendation label, both outlined as Strategy paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { boilerplateReason } from '../../lib/segment/boilerplate';
import type { Article } from '../../lib/types';

const article = (blocks: [string, string][]): Article => ({
  url: 'https://www.nikkei.com/article/x',
  title: 'イオン、朝7時から1時間刻みで宅配 英社と自動倉庫',
  byline: null,
  siteName: null,
  lang: 'ja',
  publishedTime: null,
  paragraphs: blocks.map(([tag, text], i) => ({ id: `p${i}`, text, heading: null, tag, domIndex: -1 })),
  headings: [],
  readerable: true,
});

const reasons = (blocks: [string, string][]) => {
  const a = article(blocks);
  return a.paragraphs.map((p, i) => boilerplateReason(p, i, a, 'ja', { kind: 'none' }));
};

describe('Japanese blocks ending on a bracket', () => {
  it('takes 31-nikkei’s comment box and recommendation label for boilerplate', () => {
    const [comment, label] = reasons([
      ['li', 'この投稿は現在非表示に設定されています _ (_更新) (0/300)'],
      ['p', 'こちらもおすすめ(自動検索)'],
      ['p', 'イオンは31年2月期にネットスーパーの売上高を6000億円にする目標を掲げる。'],
      ['p', '関連企業・業界'],
    ]);
    expect(comment).not.toBeNull();
    expect(label).not.toBeNull();
  });

  it('keeps prose that ends on a speaker, a source or an aside', () => {
    expect(
      reasons([
        ['p', '「Appleの強みは、ソフトウェアとハードウェアとデザインが一体となっていること」（シラー氏）'],
        ['p', '新サービスはAIで在庫を管理して「欠品率を低くする」（吉田社長）。'],
        ['p', '米国が民主主義諸国の盟主としての指導力を示す意味は大きい（共同）'],
        [
          'li',
          'ZMap によるスキャンの宛先ポートは、52869/tcp など IoT 機器を探索する目的と考えられる（後述）',
        ],
      ]),
    ).toEqual([null, null, null, null]);
  });
});
