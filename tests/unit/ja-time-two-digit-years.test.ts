/** Two-digit years in Japanese text ("95年に"): 69–99 are the last century, as POSIX strptime's %y reads them. */
import { describe, expect, it } from 'vitest';
import { addJaYears, recallsPast, yearsIn } from '../../lib/segment/ja-time';
import { ROLES } from '../../lib/types';

describe('two-digit years', () => {
  it('reads 95年 as 1995 and 31年 as 2031', () => {
    expect(yearsIn('同社は95年に東証に上場した。')).toEqual([1995]);
    expect(yearsIn('イオンは31年2月期に売上高を6000億円にする目標を掲げる。')).toEqual([2031]);
    expect(yearsIn('政府は50年までに排出を実質ゼロにする。')).toEqual([2050]);
  });

  it('gives a listing in 95 background, not outlook', () => {
    const b = new Float64Array(ROLES.length);
    addJaYears('同社は95年に東証に上場した。', 2023, b);
    expect(b[ROLES.indexOf('outlook')]).toBe(0);
    expect(b[ROLES.indexOf('background')]).toBeGreaterThan(0);
    expect(recallsPast('同社は95年に東証に上場した。', 2023)).toBe(true);
  });
});
