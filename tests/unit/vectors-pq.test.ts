/**
 * Twentieth session (issue 3): the product-quantised form of the word vectors
 * (lib/segment/vectors.ts VectorsFile `pq`): a bitmap of the table's occupied slots, `pq` code
 * bytes a word, and `pq` sub-codebooks of 256 centroids (the SIF weight folded in).
 */
import { describe, expect, it } from 'vitest';
import { fnv, slotOf } from '../../lib/segment/hash';
import { encodeBase64 } from '../../lib/segment/model';
import { pqRows, SentenceVectors, type VectorsFile } from '../../lib/segment/vectors';
import { TOKENS } from '../../lib/text/intern';

const BITS = 10;
const WORDS = ['surged', 'soared', 'court'];

/** 4 dimensions in two sub-spaces of 2; "surged" and "soared" share their codes, "court" not. */
function tiny(): VectorsFile {
  const slots = WORDS.map((w) => slotOf(fnv(w), BITS));
  const bitmap = new Uint8Array((1 << BITS) >> 3);
  for (const s of slots) bitmap[s >> 3] |= 1 << (s & 7);
  // Rows in slot order.
  const order = [...new Set(slots)].sort((a, b) => a - b);
  const rowOf = (w: string) => order.indexOf(slotOf(fnv(w), BITS));
  const n = order.length;
  const codes = new Uint8Array(2 * n);
  const code: Record<string, [number, number]> = { surged: [1, 2], soared: [1, 2], court: [3, 0] };
  for (const w of WORDS) {
    codes[rowOf(w)] = code[w][0];
    codes[n + rowOf(w)] = code[w][1];
  }
  // Sub-space 0: centroid 1 = (127, 0), 3 = (0, 127); sub-space 1: centroid 2 = (0, 64), 0 = (0, 0).
  const cents = new Int8Array(2 * 256 * 2);
  cents.set([127, 0], 1 * 2);
  cents.set([0, 127], 3 * 2);
  cents.set([0, 64], (256 + 2) * 2);
  return {
    bits: BITS,
    dims: 4,
    pq: 2,
    table: encodeBase64(bitmap),
    codes: encodeBase64(codes),
    centroids: encodeBase64(new Uint8Array(cents.buffer)),
  };
}

describe('pqRows', () => {
  it('numbers the occupied slots in slot order from 1', () => {
    const bitmap = new Uint8Array(2);
    bitmap[0] = 0b100010;
    bitmap[1] = 0b1;
    const { rows, count } = pqRows(bitmap, 4);
    expect(count).toBe(3);
    expect(Array.from(rows)).toEqual([0, 1, 0, 0, 0, 2, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('SentenceVectors (product-quantised)', () => {
  const sv = new SentenceVectors(tiny());

  it('sums each word’s sub-space centroids, and leaves unknown words out', () => {
    const a = new Float64Array(4);
    const b = new Float64Array(4);
    sv.ofWords(['shares', 'surged'], a, 0);
    sv.ofWords(['soared'], b, 0);
    expect(Array.from(a)).toEqual(Array.from(b));
    const n = Math.hypot(1, 64 / 127);
    expect(a[0]).toBeCloseTo(1 / n, 9);
    expect(a[1]).toBe(0);
    expect(a[3]).toBeCloseTo(64 / 127 / n, 9);
    sv.ofWords(['court'], a, 0);
    expect(Array.from(a)).toEqual([0, 1, 0, 0]);
    sv.ofWords(['zzz'], a, 0);
    expect(Array.from(a)).toEqual([0, 0, 0, 0]);
  });

  it('gives token-id bags the same vectors as their words', () => {
    const words = ['court', 'soared', 'court'];
    const a = new Float64Array(8);
    const b = new Float64Array(4);
    sv.ofIds(
      words.map((w) => TOKENS.id(w)),
      a,
      4,
    );
    sv.ofWords(words, b, 0);
    expect(Array.from(a.subarray(4))).toEqual(Array.from(b));
  });
});
