/**
 * "Where am I" in outline terms (components/position.ts): from the paragraph the page reports
 * to the point and section the side panel lights up. Uses the seed article's real outline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { positionOf } from '@/components/position';
import { extractArticle } from '@/lib/extract';
import { parseDocument } from '@/lib/node/parse';
import { outlineArticle } from '@/lib/pipeline';
import type { Outline, Point } from '@/lib/types';

let seed: Outline;
beforeAll(() => {
  const html = readFileSync(join(import.meta.dirname, '../fixtures/seed/source.html'), 'utf8');
  const r = outlineArticle(extractArticle(parseDocument(html), { url: 'https://example.org/seed' }));
  if (!r.ok) throw new Error(r.error.message);
  seed = r.value;
});

const indexOf = (o: Outline, id: string) => o.paragraphs.findIndex((p) => p.id === id);
const allPoints = (o: Outline): Point[] => [
  ...(o.gist ? [o.gist] : []),
  ...o.sections.flatMap((s) => s.points),
];

describe('positionOf', () => {
  test('nothing is lit before the page reports, or for a paragraph the outline does not have', () => {
    expect(positionOf(seed, null)).toEqual({ point: null, role: null });
    expect(positionOf(seed, 'p9999')).toEqual({ point: null, role: null });
  });

  test("a point's own paragraph lights that point (the first shown, where several share it)", () => {
    for (const point of allPoints(seed)) {
      const id = point.paragraphIds[0];
      const first = allPoints(seed).find((p) => p.paragraphIds[0] === id);
      expect(positionOf(seed, id).point).toBe(first);
    }
  });

  test('between points, the last one before the reader stays lit', () => {
    const withPoint = new Set(allPoints(seed).map((p) => p.paragraphIds[0]));
    const firstWithPoint = Math.min(...[...withPoint].map((id) => indexOf(seed, id)));
    const between = seed.paragraphs.find((p, i) => i > firstWithPoint && !withPoint.has(p.id));
    expect(between, 'the seed has paragraphs without a point after its first point').toBeDefined();
    const at = indexOf(seed, between!.id);
    const { point } = positionOf(seed, between!.id);
    expect(point).not.toBeNull();
    const pointAt = indexOf(seed, point!.paragraphIds[0]);
    expect(pointAt).toBeLessThan(at);
    // No other point sits between it and the reader.
    for (const p of allPoints(seed)) {
      const i = indexOf(seed, p.paragraphIds[0]);
      expect(i > pointAt && i <= at).toBe(false);
    }
  });

  test("the section is the reader's paragraph's own role", () => {
    for (const p of seed.paragraphs.filter((q) => q.role !== 'other'))
      expect(positionOf(seed, p.id).role).toBe(p.role);
  });
});
