/** lib/measure.ts: one measure per name, so none pile up on a reader's page (issue 7). */
import { describe, expect, it } from 'vitest';
import { measureOnce, timedOnce } from '../../lib/measure';

describe('measureOnce / timedOnce', () => {
  it('keeps only the last measure of a name, and passes the work’s value through', async () => {
    measureOnce('lede:test', performance.now());
    measureOnce('lede:test', performance.now());
    expect(performance.getEntriesByName('lede:test')).toHaveLength(1);
    expect(await timedOnce('lede:test', Promise.resolve(7))).toBe(7);
    expect(performance.getEntriesByName('lede:test')).toHaveLength(1);
    performance.clearMeasures('lede:test');
  });
});
