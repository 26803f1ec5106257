/**
 * Issue 3: the English second stage (lib/segment/stack.ts) and its trainer (learn.ts
 * trainDense). Its inputs must see the context they claim to (neighbours, paragraph, the
 * main-event sentence), its output must be log-probabilities, and training must be
 * deterministic and able to learn a context-dependent rule the first stage cannot see.
 */
import { describe, expect, it } from 'vitest';
import { trainDense } from '../../lib/segment/learn';
import { applyStack, stackInputs, stackWidth, type StackModelFile } from '../../lib/segment/stack';

const K = 3;
const D = stackWidth(K);
const row = (...p: number[]) => p.map(Math.log);

describe('stackInputs', () => {
  it('reads the previous and next sentences and the paragraph', () => {
    const lp = Float64Array.from([...row(0.8, 0.1, 0.1), ...row(0.1, 0.8, 0.1), ...row(0.1, 0.1, 0.8)]);
    const x = new Float64Array(3 * D);
    stackInputs(lp, 3, K, [0, 0, 1], 0, x);
    const mid = x.subarray(D, 2 * D);
    // [log-probs/4 (k), probs (k), previous (k), next (k), …]
    expect(Array.from(mid.subarray(K, 2 * K))).toEqual([0.1, 0.8, 0.1].map((v) => expect.closeTo(v, 9)));
    expect(mid[2 * K]).toBeCloseTo(0.8, 9);
    expect(mid[3 * K + 2]).toBeCloseTo(0.8, 9);
    // Paragraph mean of the others: sentence 1 shares paragraph 0 with sentence 0 only.
    expect(mid[6 * K]).toBeCloseTo(0.8, 9);
    // The last sentence has no next neighbour: zeros there.
    const last = x.subarray(2 * D, 3 * D);
    expect(Array.from(last.subarray(3 * K, 4 * K))).toEqual([0, 0, 0]);
  });

  it('marks where the most main-event-like sentence is', () => {
    const lp = Float64Array.from([...row(0.2, 0.4, 0.4), ...row(0.9, 0.05, 0.05), ...row(0.3, 0.3, 0.4)]);
    const x = new Float64Array(3 * D);
    stackInputs(lp, 3, K, [0, 1, 2], 0, x);
    // After the ten blocks of k: 4 neighbour-absent flags, lone, first, second, position, lead paragraph, paragraph start.
    const before = 10 * K + 10;
    expect([x[before], x[D + before], x[2 * D + before]]).toEqual([1, 0, 0]);
    expect([x[before + 1], x[D + before + 1], x[2 * D + before + 1]]).toEqual([0, 1, 0]);
  });
});

describe('stackInputs with text', () => {
  it('reads the words a sentence shares with the main-event sentence and the first', () => {
    const lp = Float64Array.from([...row(0.2, 0.4, 0.4), ...row(0.9, 0.05, 0.05), ...row(0.3, 0.3, 0.4)]);
    const bags = [
      [1, 2],
      [3, 4, 4],
      [3, 5, 1, 1],
    ];
    const x = new Float64Array(3 * D);
    stackInputs(lp, 3, K, [0, 1, 2], 0, x, { headSims: [0.1, 0.4, 0.2], bags });
    const at = 10 * K + 14;
    const last = x.subarray(2 * D, 3 * D);
    // headline similarity, relative to the best, share of words in the main sentence, in the first.
    expect(last[at]).toBeCloseTo(0.2, 9);
    expect(last[at + 1]).toBeCloseTo(0.5, 9);
    expect(last[at + 2]).toBeCloseTo(1 / 3, 9);
    expect(last[at + 3]).toBeCloseTo(1 / 3, 9);
    // The main sentence itself is not compared with itself.
    expect(x[D + at + 2]).toBe(0);
  });
});

describe('trainDense and applyStack', () => {
  // Label = the previous sentence's most likely first-stage label: only context tells.
  const docs = Array.from({ length: 60 }, (_, d) => {
    const n = 6;
    const first = Array.from({ length: n }, (_, t) => (d * 7 + t * 5 + ((t * t) % 3)) % K);
    const lp = Float64Array.from(first.flatMap((c) => row(...[0, 1, 2].map((j) => (j === c ? 0.8 : 0.1)))));
    const labels = first.map((_, t) => (t ? first[t - 1] : 0));
    return { lp, labels, paragraphs: first.map((_, t) => t) };
  });
  const x = new Float64Array(docs.length * 6 * D);
  docs.forEach((d, i) => stackInputs(d.lp, 6, K, d.paragraphs, 0, x.subarray(i * 6 * D, (i + 1) * 6 * D)));
  const labels = docs.flatMap((d) => d.labels);
  const opts = { classes: K, epochs: 15, rate: 0.1, l2: 1e-5, seed: 3 };

  it('is deterministic, and another seed gives other weights', () => {
    const a = trainDense(x, labels, D, opts);
    expect(Array.from(trainDense(x, labels, D, opts).weights)).toEqual(Array.from(a.weights));
    expect(Array.from(trainDense(x, labels, D, { ...opts, seed: 4 }).weights)).not.toEqual(
      Array.from(a.weights),
    );
  });

  it('learns a rule that depends on the neighbour, and returns log-probabilities', () => {
    const t = trainDense(x, labels, D, opts);
    const m: StackModelFile = {
      inputs: D,
      weights: Array.from(t.weights),
      bias: Array.from(t.bias),
      offsets: [0, 0, 0],
      seqWeight: 0,
    };
    let right = 0;
    for (const d of docs) {
      const lp = d.lp.slice();
      applyStack(m, lp, 6, K, d.paragraphs, 0);
      for (let s = 0; s < 6; s++) {
        const r = Array.from(lp.subarray(s * K, s * K + K));
        expect(r.reduce((a, v) => a + Math.exp(v), 0)).toBeCloseTo(1, 9);
        if (r.indexOf(Math.max(...r)) === d.labels[s]) right++;
      }
    }
    expect(right / (docs.length * 6)).toBeGreaterThan(0.9);
  });

  it('learns the rule with hidden units too, and refuses a model of another width', () => {
    const t = trainDense(x, labels, D, { ...opts, hidden: 4 });
    expect(t.hidden?.b1.length).toBe(4);
    const m: StackModelFile = {
      inputs: D,
      weights: Array.from(t.weights),
      bias: Array.from(t.bias),
      hidden: { w1: Array.from(t.hidden!.w1), b1: Array.from(t.hidden!.b1), w2: Array.from(t.hidden!.w2) },
      offsets: [0, 0, 0],
      seqWeight: 0,
    };
    let right = 0;
    for (const d of docs) {
      const lp = d.lp.slice();
      applyStack(m, lp, 6, K, d.paragraphs, 0);
      for (let s = 0; s < 6; s++) {
        const r = Array.from(lp.subarray(s * K, s * K + K));
        if (r.indexOf(Math.max(...r)) === d.labels[s]) right++;
      }
    }
    expect(right / (docs.length * 6)).toBeGreaterThan(0.9);
    expect(() =>
      applyStack({ ...m, inputs: D - 1 }, docs[0].lp.slice(), 6, K, docs[0].paragraphs, 0),
    ).toThrow();
  });
});
