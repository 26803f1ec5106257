/**
 * A data table's row is no key point: SB Nation's Dawgs By Nature (extraction benchmark
 * 6a72de37) lists the Browns' defensive snap counts in a table, and the outline showed two rows
 * of it as Result points ("DL Larry Ogunjobi 63 85% 1 tackle. 1 sack, 1 TFL, 2 QH.", "DL Myles
 * Garrett 57 77% 1 tackle.").
 */
import { describe, expect, it } from 'vitest';
import { outlineArticle } from '../../lib/pipeline';
import { isDataRow } from '../../lib/points/worthy';
import { benchArticle } from './bench-pages';

describe('table rows as points', () => {
  it('a stats row reads as data, a sentence with figures does not', () => {
    expect(isDataRow('DL Larry Ogunjobi 63 85% 1 tackle (1 combined).')).toBe(true);
    expect(isDataRow('1 sack, 1 TFL, 2 QH.')).toBe(true);
    // Sentences of the benchmark's prose with several figures each.
    expect(
      isDataRow(
        'The average price of a new truck or SUV sold in October was $41,640 while the average price for a new sedan was $31,627, according to InfoNation.',
      ),
    ).toBe(false);
    expect(
      isDataRow('Finland clinched 3-0 against Liechtenstein, while Sweden did the same, 2-0, at Romania.'),
    ).toBe(false);
  });

  it('no point of 6a72de37 comes from its snap-count table, a prose point stays', () => {
    const a = benchArticle('6a72de37');
    const rows = new Set(a.paragraphs.filter((p) => p.tag === 'tr').map((p) => p.id));
    expect(rows.size).toBeGreaterThan(10);
    const r = outlineArticle(a, { length: 'detailed' });
    if (!r.ok) throw new Error(r.error.message);
    const points = r.value.sections.flatMap((s) => s.points);
    expect(points.filter((p) => rows.has(p.paragraphIds[0])).map((p) => p.text)).toEqual([]);
    // Which prose sentence clears the bar moves with models/points.json; that one does is the point.
    expect(points.filter((p) => !rows.has(p.paragraphIds[0])).length).toBeGreaterThan(0);
  });
});
