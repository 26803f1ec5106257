/**
 * A short fixed-seed fuzz pass (issue 8: "CI runs a short fixed-seed pass"): every hostile
 * generator and every mutator of real pages once, in their cheap sizes, through the whole
 * pipeline. Each must end in a valid outline or a typed error. `npm run fuzz` runs the long
 * pass with a per-page time limit.
 */
import { describe, expect, it } from 'vitest';
import { KIND_COUNT, makeCase } from '../../scripts/fuzz/cases';
import { loadMaterial } from '../../scripts/fuzz/material';
import { runCase } from '../../scripts/fuzz/run';

const SEED = 20261126;

describe('fuzz, fixed seed', () => {
  const material = loadMaterial();

  it('builds the same pages from the same seed', () => {
    for (const i of [0, 5, KIND_COUNT + 3]) {
      const a = makeCase(SEED, i, material, true);
      const b = makeCase(SEED, i, material, true);
      expect(a.name).toBe(b.name);
      expect(a.html).toBe(b.html);
    }
  });

  it('ends every case in a valid outline or a typed error', () => {
    const crashes: string[] = [];
    const outcomes = new Set<string>();
    for (let i = 0; i < KIND_COUNT + 9; i++) {
      const c = makeCase(SEED, i, material, true);
      const o = runCase(c);
      outcomes.add(o.kind);
      if (o.kind === 'crash') crashes.push(`case ${i} (${c.name}): ${o.message}`);
    }
    expect(crashes).toEqual([]);
    // The pass reaches the end of the pipeline, not only its refusals.
    expect(outcomes).toContain('outline');
    expect(outcomes).toContain('typed-error');
  });
});
