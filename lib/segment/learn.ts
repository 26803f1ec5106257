/**
 * Training of the role model, pure and deterministic (used by scripts/train.ts, never shipped):
 * multinomial logistic regression with AdaGrad over hashed features, label transitions from
 * counts, and decoding offsets tuned for macro-F1 on out-of-fold predictions of the training
 * set (so the validation split stays untouched).
 */
import { hashFeature } from './hash';
import { encodeInt8Text, viterbi, type LinearModelFile } from './model';

export interface Example {
  slots: Int32Array;
  label: number;
}

/** What both trainers below take: plain SGD with L2, weighted losses. */
interface SgdOptions {
  classes: number;
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
  /** Per-class weight of the loss (rare labels count more for macro-F1). */
  classWeights?: number[];
  /** Per-example weight of the loss (e.g. by document length), multiplied with the class weight. */
  exampleWeights?: ArrayLike<number>;
}

export interface TrainOptions extends SgdOptions {
  bits: number;
}

export interface Trained {
  weights: Float64Array;
  bias: Float64Array;
}

export function toSlots(features: string[], bits: number): Int32Array {
  return Int32Array.from(features, (f) => hashFeature(f, bits));
}

/** mulberry32: a seeded shuffle keeps training reproducible (also scripts/embeddings.ts' k-means). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainLogistic(examples: Example[], o: TrainOptions): Trained {
  const k = o.classes;
  const size = (1 << o.bits) * k;
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  const bias = new Float64Array(k);
  const bg2 = new Float64Array(k).fill(1e-8);
  const order = examples.map((_, i) => i);
  const rand = rng(o.seed);
  const p = new Float64Array(k);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const idx of order) {
      const ex = examples[idx];
      for (let c = 0; c < k; c++) p[c] = bias[c];
      for (const s of ex.slots) for (let c = 0; c < k; c++) p[c] += w[s * k + c];
      let max = -Infinity;
      for (let c = 0; c < k; c++) max = Math.max(max, p[c]);
      let z = 0;
      for (let c = 0; c < k; c++) z += p[c] = Math.exp(p[c] - max);
      const cw = (o.classWeights?.[ex.label] ?? 1) * (o.exampleWeights?.[idx] ?? 1);
      for (let c = 0; c < k; c++) {
        const grad = cw * (p[c] / z - (c === ex.label ? 1 : 0));
        bg2[c] += grad * grad;
        bias[c] -= (o.rate * grad) / Math.sqrt(bg2[c]);
        for (const s of ex.slots) {
          const at = s * k + c;
          const gr = grad + o.l2 * w[at];
          g2[at] += gr * gr;
          w[at] -= (o.rate * gr) / Math.sqrt(g2[at]);
        }
      }
    }
  }
  return { weights: w, bias };
}

export function logProbsOf(t: Trained, slots: Int32Array, k: number): Float64Array {
  const out = new Float64Array(k);
  for (let c = 0; c < k; c++) out[c] = t.bias[c];
  for (const s of slots) for (let c = 0; c < k; c++) out[c] += t.weights[s * k + c];
  let max = -Infinity;
  for (let c = 0; c < k; c++) max = Math.max(max, out[c]);
  let z = 0;
  for (let c = 0; c < k; c++) z += Math.exp(out[c] - max);
  const lz = max + Math.log(z);
  for (let c = 0; c < k; c++) out[c] -= lz;
  return out;
}

/** log P(label | previous label) with add-one smoothing; row 0 is the document start. */
export function transitions(docs: number[][], k: number): number[][] {
  const counts = Array.from({ length: k + 1 }, () => new Array<number>(k).fill(1));
  for (const labels of docs) labels.forEach((l, i) => counts[i === 0 ? 0 : labels[i - 1] + 1][l]++);
  return counts.map((row) => {
    const total = row.reduce((a, b) => a + b, 0);
    return row.map((v) => Math.round(Math.log(v / total) * 1000) / 1000);
  });
}

/** Decode documents of per-sentence log-probabilities with offsets and transitions. */
export function decodeAll(
  docs: Float64Array[][],
  offsets: number[],
  trans: number[][],
  seqWeight: number,
): number[][] {
  return docs.map((doc) =>
    viterbi(
      doc.map((lp) => lp.map((v, c) => v + offsets[c])),
      trans,
      seqWeight,
    ),
  );
}

/**
 * Coordinate ascent on per-label offsets and the transition weight, maximising `objective`
 * of the decoded labels. Deterministic: fixed grid, fixed order.
 */
export function tuneDecoding(
  docs: Float64Array[][],
  trans: number[][],
  k: number,
  objective: (pred: number[][]) => number,
): { offsets: number[]; seqWeight: number; score: number } {
  const offsets = new Array<number>(k).fill(0);
  let seqWeight = 0.5;
  let best = objective(decodeAll(docs, offsets, trans, seqWeight));
  for (const scale of [1, 0.5, 0.25, 0.125]) {
    for (const sw of [0, 0.25, 0.5, 0.75, 1, 1.5]) {
      const s = objective(decodeAll(docs, offsets, trans, sw));
      if (s > best + 1e-9) [best, seqWeight] = [s, sw];
    }
    for (let c = 0; c < k; c++) {
      const keep = offsets[c];
      let bestV = keep;
      let bestS = best;
      for (let d = -2; d <= 2.001; d += 0.25) {
        offsets[c] = keep + d * scale;
        const s = objective(decodeAll(docs, offsets, trans, seqWeight));
        if (s > bestS + 1e-9) [bestS, bestV] = [s, offsets[c]];
      }
      offsets[c] = bestV;
      best = bestS;
    }
  }
  return { offsets: offsets.map((v) => Math.round(v * 1000) / 1000), seqWeight, score: best };
}

/**
 * Quantise weights to int8 (scale from the 99.99th percentile of |w|, so one outlier does not
 * coarsen every other weight) and return the weights the shipped model will really use, so
 * decoding is tuned on exactly what ships.
 */
export function quantise(t: Trained): { trained: Trained; q: Int8Array; scale: number } {
  const abs = Float64Array.from(t.weights, Math.abs).sort();
  const scale = abs[Math.floor(abs.length * 0.9999)] / 127 || 1;
  const q = new Int8Array(t.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(t.weights[i] / scale)));
  const weights = Float64Array.from(q, (v) => v * scale);
  return { trained: { weights, bias: t.bias.map((v) => Math.round(v * 1000) / 1000) }, q, scale };
}

/** Pack a quantised model for models/segment.json. */
export function pack(
  qm: { trained: Trained; q: Int8Array; scale: number },
  bits: number,
  tuned: { offsets: number[]; seqWeight: number },
): LinearModelFile {
  return {
    bits,
    scale: qm.scale,
    weights: encodeInt8Text(qm.q),
    encoding: 'text',
    bias: Array.from(qm.trained.bias),
    offsets: tuned.offsets,
    seqWeight: tuned.seqWeight,
  };
}

/**
 * Feature identities seen at least `minCount` times in the training documents. Slots are
 * computed at FEATURE_ID_BITS (FNV's low bits, nearly free of collisions) and a model of fewer
 * bits uses their low bits (hash.ts slotOf), so the same ids narrow to any table size.
 */
export const FEATURE_ID_BITS = 24;

export function frequentFeatures(docs: Int32Array[][], minCount: number): Set<number> {
  const counts = new Map<number, number>();
  for (const doc of docs)
    for (const slots of doc) for (const id of slots) counts.set(id, (counts.get(id) ?? 0) + 1);
  const keep = new Set<number>();
  for (const [id, c] of counts) if (c >= minCount) keep.add(id);
  return keep;
}

/**
 * Feature ids narrowed to a `bits`-bit table; with `keep`, rarer features are dropped. Training
 * drops them, so a table slot no frequent feature hashes to keeps weight 0 (it gzips to almost
 * nothing) and frequent features share slots with fewer others. Inference cannot drop them (it
 * has no vocabulary): a rare word lands on a zero slot or on a frequent feature's weights.
 */
export function narrow(slots: Int32Array, bits: number, keep?: Set<number>): Int32Array {
  const mask = (1 << bits) - 1;
  const out: number[] = [];
  for (const id of slots) if (!keep || keep.has(id)) out.push(id & mask);
  return Int32Array.from(out);
}

export interface DenseOptions extends SgdOptions {
  /** Hidden tanh units beside the linear scores (0: none). */
  hidden?: number;
}

/**
 * Multinomial logistic regression over dense inputs (the second stage, stack.ts): x holds one
 * row of `width` values per example. AdaGrad, seeded shuffle: deterministic.
 */
export function trainDense(
  x: Float64Array,
  labels: number[],
  width: number,
  o: DenseOptions,
): {
  weights: Float64Array;
  bias: Float64Array;
  hidden?: { w1: Float64Array; b1: Float64Array; w2: Float64Array };
} {
  const k = o.classes;
  const H = o.hidden ?? 0;
  const rand = rng(o.seed);
  const w = new Float64Array(k * width);
  const g2 = new Float64Array(k * width).fill(1e-8);
  const bias = new Float64Array(k);
  const bg2 = new Float64Array(k).fill(1e-8);
  // Hidden layer: small seeded random start (tanh is flat at zero weights).
  const w1 = Float64Array.from({ length: H * width }, () => (rand() - 0.5) * 0.2);
  const g1 = new Float64Array(H * width).fill(1e-8);
  const b1 = new Float64Array(H);
  const gb1 = new Float64Array(H).fill(1e-8);
  const w2 = Float64Array.from({ length: k * H }, () => (rand() - 0.5) * 0.2);
  const gw2 = new Float64Array(k * H).fill(1e-8);
  const h = new Float64Array(H);
  const dh = new Float64Array(H);
  const order = labels.map((_, i) => i);
  const p = new Float64Array(k);
  const grads = new Float64Array(k);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const idx of order) {
      const base = idx * width;
      for (let u = 0; u < H; u++) {
        let s = b1[u];
        for (let i = 0; i < width; i++) s += w1[u * width + i] * x[base + i];
        h[u] = Math.tanh(s);
      }
      let max = -Infinity;
      for (let c = 0; c < k; c++) {
        let s = bias[c];
        for (let i = 0; i < width; i++) s += w[c * width + i] * x[base + i];
        for (let u = 0; u < H; u++) s += w2[c * H + u] * h[u];
        p[c] = s;
        if (s > max) max = s;
      }
      let z = 0;
      for (let c = 0; c < k; c++) z += p[c] = Math.exp(p[c] - max);
      const cw = (o.classWeights?.[labels[idx]] ?? 1) * (o.exampleWeights?.[idx] ?? 1);
      for (let c = 0; c < k; c++) grads[c] = cw * (p[c] / z - (c === labels[idx] ? 1 : 0));
      dh.fill(0);
      for (let c = 0; c < k; c++) {
        const grad = grads[c];
        bg2[c] += grad * grad;
        bias[c] -= (o.rate * grad) / Math.sqrt(bg2[c]);
        for (let i = 0; i < width; i++) {
          const xv = x[base + i];
          const at = c * width + i;
          const gr = grad * xv + o.l2 * w[at];
          if (gr === 0) continue;
          g2[at] += gr * gr;
          w[at] -= (o.rate * gr) / Math.sqrt(g2[at]);
        }
        for (let u = 0; u < H; u++) {
          const at = c * H + u;
          dh[u] += grad * w2[at];
          const gr = grad * h[u] + o.l2 * w2[at];
          gw2[at] += gr * gr;
          w2[at] -= (o.rate * gr) / Math.sqrt(gw2[at]);
        }
      }
      for (let u = 0; u < H; u++) {
        const d = dh[u] * (1 - h[u] * h[u]);
        gb1[u] += d * d;
        b1[u] -= (o.rate * d) / Math.sqrt(gb1[u]);
        for (let i = 0; i < width; i++) {
          const xv = x[base + i];
          const at = u * width + i;
          const gr = d * xv + o.l2 * w1[at];
          if (gr === 0) continue;
          g1[at] += gr * gr;
          w1[at] -= (o.rate * gr) / Math.sqrt(g1[at]);
        }
      }
    }
  }
  return { weights: w, bias, hidden: H ? { w1, b1, w2 } : undefined };
}
