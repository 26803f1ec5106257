/**
 * Task emb9 (issue 3): the compact word-vector artefact (lib/segment/vectors.ts) and the model's
 * one-character-per-weight encoding (model.ts encodeInt8Text), both decoded once at load.
 */
import { describe, expect, it } from 'vitest';
import { fnv, slotOf } from '../../lib/segment/hash';
import { decodeInt8Text, encodeBase64, encodeInt8Text } from '../../lib/segment/model';
import { SentenceVectors, type VectorsFile } from '../../lib/segment/vectors';
import { TOKENS } from '../../lib/text/intern';

describe('encodeInt8Text', () => {
  it('round-trips every int8 value through JSON, one character each', () => {
    const q = Int8Array.from({ length: 256 }, (_, i) => i - 128);
    const text = encodeInt8Text(q);
    expect(text.length).toBe(256);
    expect(text).not.toMatch(/["\\]/);
    expect(Array.from(decodeInt8Text(JSON.parse(JSON.stringify(text))))).toEqual(Array.from(q));
  });
});

/** Two clusters in 2 dimensions: "surged" and "soared" in the first, "court" in the second. */
function tiny(): VectorsFile {
  const bits = 10;
  const table = new Uint8Array(1 << bits);
  for (const [w, c] of [
    ['surged', 1],
    ['soared', 1],
    ['court', 2],
  ] as const)
    table[slotOf(fnv(w), bits)] = c;
  const bytes = (a: Int8Array | Uint8Array) => encodeBase64(new Uint8Array(a.buffer));
  return {
    bits,
    dims: 2,
    table: bytes(table),
    centroids: bytes(Int8Array.from([127, 0, 0, 127])),
    weights: bytes(Uint8Array.from([255, 128])),
  };
}

describe('SentenceVectors', () => {
  const sv = new SentenceVectors(tiny());

  it('maps words of one cluster to the same unit vector, and unknown words to nothing', () => {
    const a = new Float64Array(2);
    const b = new Float64Array(2);
    sv.ofWords(['shares', 'surged'], a, 0);
    sv.ofWords(['soared'], b, 0);
    expect(Array.from(a)).toEqual([1, 0]);
    expect(Array.from(b)).toEqual([1, 0]);
    sv.ofWords(['court', 'surged'], a, 0);
    // Cluster weights 1 and ~0.5: the sum (1, 0.5), unit length.
    expect(a[0]).toBeCloseTo(1 / Math.hypot(1, 128 / 255), 6);
    sv.ofWords(['zzz'], a, 0);
    expect(Array.from(a)).toEqual([0, 0]);
  });

  it('gives token-id bags the same vectors as their words', () => {
    const words = ['court', 'soared', 'court'];
    const a = new Float64Array(4);
    const b = new Float64Array(2);
    sv.ofIds(
      words.map((w) => TOKENS.id(w)),
      a,
      2,
    );
    sv.ofWords(words, b, 0);
    expect(Array.from(a.subarray(2))).toEqual(Array.from(b));
    expect(Array.from(a.subarray(0, 2))).toEqual([0, 0]);
  });
});
