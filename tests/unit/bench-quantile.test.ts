import { describe, expect, it } from 'vitest';
import { median, quantile } from '../../scripts/stats';

// The figures `npm run bench` and `npm run bench:extract` print (issue 7: "median and 95th
// percentile"); timings themselves are never asserted, only the arithmetic over them.
describe('bench quantiles', () => {
  it('takes the mean of the two middle values as the median of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    // 24 ja-news pages: the 12th value alone was printed as their median before.
    const xs = Array.from({ length: 24 }, (_, i) => i + 1);
    expect(median(xs)).toBe(12.5);
    expect(median([10, 30])).toBe(20);
  });

  it('takes the middle value as the median of an odd count, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([7])).toBe(7);
  });

  it('gives p95 by nearest rank: the ceil(0.95·n)-th smallest value', () => {
    const rank = (n: number) => Array.from({ length: n }, (_, i) => n - i); // n … 1, unsorted
    expect(quantile(rank(20), 0.95)).toBe(19); // not the maximum
    expect(quantile(rank(30), 0.95)).toBe(29); // ceil(28.5)
    expect(quantile(rank(100), 0.95)).toBe(95);
    expect(quantile(rank(123), 0.95)).toBe(117); // ceil(116.85)
    expect(quantile(rank(749), 0.95)).toBe(712); // ceil(711.55)
    expect(quantile(rank(1), 0.95)).toBe(1);
    expect(quantile(rank(100), 0.07)).toBe(7); // 0.07 × 100 floats to 7.000000000000001
    for (let n = 1; n <= 400; n++) expect(quantile(rank(n), 0.95)).toBe(Math.ceil((95 * n) / 100));
  });

  it('leaves its input unsorted and gives NaN for no values', () => {
    const xs = [3, 1, 2];
    median(xs);
    quantile(xs, 0.95);
    expect(xs).toEqual([3, 1, 2]);
    expect(median([])).toBeNaN();
    expect(quantile([], 0.95)).toBeNaN();
  });
});
