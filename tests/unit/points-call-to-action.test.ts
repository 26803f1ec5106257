/**
 * A call to action is no key point: Jeongdong Theater's post (extraction benchmark 52111884)
 * ends "Book your tickets through KLOOK easily and come and experience this spectacular
 * traditional Korean arts performance today! 🙂", and the outline showed it as Background.
 */
import { describe, expect, it } from 'vitest';
import { outlineArticle } from '../../lib/pipeline';
import { isPointWorthy } from '../../lib/points/worthy';
import { benchArticle } from './bench-pages';

describe('calls to action', () => {
  it('are not point-worthy; prose opening on the same words is', () => {
    expect(
      isPointWorthy(
        'Book your tickets through KLOOK easily and come and experience this spectacular traditional Korean arts performance today!',
        'en',
      ),
    ).toBe(false);
    expect(
      isPointWorthy('Subscribe to our newsletter for the latest news on the impeachment inquiry.', 'en'),
    ).toBe(false);
    expect(
      isPointWorthy('Read more: Indiana Democrat touts support of Trump in bid to keep seat.', 'en'),
    ).toBe(false);
    expect(
      isPointWorthy('Book sales rose 5 percent in the quarter, the publishers’ association said.', 'en'),
    ).toBe(true);
    expect(
      isPointWorthy('Order was restored in the capital by Tuesday evening, the police said.', 'en'),
    ).toBe(true);
  });

  it('52111884 shows no call to action', () => {
    const r = outlineArticle(benchArticle('52111884'), { length: 'detailed' });
    if (!r.ok) throw new Error(r.error.message);
    const points = r.value.sections.flatMap((s) => s.points.map((p) => p.text));
    expect(points.filter((t) => t.startsWith('Book your tickets'))).toEqual([]);
  });
});
