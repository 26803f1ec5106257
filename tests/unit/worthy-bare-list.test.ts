import { describe, expect, it } from 'vitest';
import { isPointWorthy } from '../../lib/points/worthy';

// ja-news 03-itmedia-apple-event p2 showed "iPhone、iPad、Mac、そしてApple Watch。" as a Strategy
// point: a list of names that only sets up the next sentence.
describe('isPointWorthy: a bare list of names is not a point', () => {
  it('refuses the lists of 03-itmedia p2 and p3', () => {
    expect(isPointWorthy('iPhone、iPad、Mac、そしてApple Watch。', 'ja')).toBe(false);
    expect(isPointWorthy('iPhone、iPad、Apple TV、Apple Watch。', 'ja')).toBe(false);
  });

  it('keeps sentences with a predicate, and short lists that are sentences', () => {
    expect(isPointWorthy('新Apple TVはiPhone 6／6 Plusで採用された64ビットA8チップを搭載。', 'ja')).toBe(
      true,
    );
    expect(isPointWorthy('2019年に世界の注目を集めた香港のデモ。', 'ja')).toBe(true);
    expect(isPointWorthy('会場は東京、大阪、名古屋の3都市で開催する。', 'ja')).toBe(true);
  });
});
