import { describe, expect, it } from 'vitest';
import { seriesRow, type MemoryPoint } from '../../scripts/bench-browser/memory';

const point = (outlines: number, workerKb: number, code: number, rest: number): MemoryPoint => ({
  outlines,
  heaps: { worker: workerKb * 1024, offscreen: 4000 * 1024, panel: 4000 * 1024 },
  worker: { code, perfEntries: 0, rest },
  panel: { code: 0, perfEntries: 0, rest: 0 },
  panelDom: { documents: 1, nodes: 100, jsEventListeners: 10 },
});

describe('the memory phase series (issue 7, memory)', () => {
  it('prints growth per outline over each round, the worker split into code and the rest', () => {
    const series = [point(60, 4600, 2_000_000, 6_000_000), point(210, 4650, 2_090_000, 5_997_000)];
    const cells = seriesRow(series, 1).trim().split(/\s+/).map(Number);
    // outlines, worker used kB, heap, code, rest (B/outline over 150 outlines)
    expect(cells.slice(0, 5)).toEqual([210, 4650, 341, 600, -20]);
    expect(seriesRow(series, 0)).toContain('end of the warm-up');
  });
});
