/**
 * One fact, one point, in Japanese too: ja-news 31-nikkei-aeon-delivery showed the sales target
 * twice, under Result (from the lead) and Outlook (from the body), in other words.
 */
import { describe, expect, it } from 'vitest';
import type { SentenceUnit } from '../../lib/segment';
import { nearlyRepeats, type Candidate } from '../../lib/points/select';
import { bag } from '../../lib/text/tokens';

const cand = (text: string, order: number): Candidate => ({
  unit: { text } as SentenceUnit,
  order,
  bag: bag(text),
  score: 0,
});

describe('nearlyRepeats: a Japanese fact retold', () => {
  it('takes the two tellings of 31-nikkei’s target for one', () => {
    const lead = cand(
      '乱立するネットスーパーに新たな対抗軸を示し、2031年2月期のネットスーパー売上高は6000億円を目指す。',
      3,
    );
    const body = cand('イオンは31年2月期にネットスーパーの売上高を6000億円にする目標を掲げる。', 20);
    expect(nearlyRepeats(lead, body)).toBe(true);
  });

  it('keeps two different facts of 10-nhk apart, and English at its own bar', () => {
    const hit = cand(
      '大リーグ、エンジェルスの大谷翔平選手がアスレティックス戦で今シーズン1号ホームランを打ちました。',
      0,
    );
    const next = cand(
      '大リーグ、エンジェルスの大谷翔平選手が今シーズン初勝利を目指す次回の先発登板が、5日のマリナーズ戦に決まりました。',
      9,
    );
    expect(nearlyRepeats(hit, next)).toBe(false);
    const a = cand('The company said it would cut 500 jobs at its plant in Ohio next year.', 0);
    const b = cand('The company will cut 500 jobs in Ohio, it said on Monday.', 5);
    expect(nearlyRepeats(a, b)).toBe(false);
  });
});
