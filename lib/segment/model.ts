/**
 * The trained role model: multinomial logistic regression over hashed features, one weight
 * table for English (shared + lexical features) and one for other languages (shared features
 * only, trained on the same English data), plus label transitions for Viterbi decoding.
 * `npm run train` (scripts/train.ts) writes models/segment.json; this module only reads it.
 * Weights are int8, one character each (encodeInt8Text; base64 still read), to keep the file
 * small (issue 3: ≤ 1 MB, ≤ 300 kB gzipped).
 */

import type { StackModelFile } from './stack';

export interface LinearModelFile {
  bits: number;
  /** Weight = int8 × scale. */
  scale: number;
  /**
   * The Int8Array, layout [slot × classes + class]: base64, or with `encoding: 'text'` one
   * character per weight (encodeInt8Text).
   */
  weights: string;
  encoding?: 'text';
  bias: number[];
  /** Added to the log-probabilities at decoding time (tuned for macro-F1 on train folds). */
  offsets: number[];
  /** Weight of the transition scores in Viterbi. */
  seqWeight: number;
}

export interface ModelFile {
  version: number;
  labels: string[];
  /** log P(label | previous label); row 0 is the document start, row k+1 follows label k. */
  transitions: number[][];
  en: LinearModelFile;
  shared: LinearModelFile;
  /**
   * English second stage (stack.ts): re-reads `en`'s label probabilities in their document
   * context; when present its offsets and seqWeight replace `en`'s.
   */
  stack?: StackModelFile;
}

export interface LinearModel {
  bits: number;
  classes: number;
  /**
   * The int8 weights as stored: sums stay exact integers and the table is a quarter of a
   * Float32Array's size, so it stays in cache (issue 7: segment must cost little beside extraction).
   */
  weights: Int8Array;
  scale: number;
  bias: number[];
  offsets: number[];
  seqWeight: number;
}

export function decodeBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function encodeBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * Int8 weights as text, one character each: the common small values (−45…+46) as the printable
 * ASCII character 0x50 + v (never `"` or `\`), the rest as U+0100 + the byte (two bytes in
 * UTF-8). gzip then sees one byte per weight, where base64 spreads a weight over character
 * boundaries: the English table gzips to 244 kB instead of 275 kB (task emb9: room for the word
 * vectors within issue 3's 300 kB).
 */
export function encodeInt8Text(q: Int8Array): string {
  const codes = new Uint16Array(q.length);
  for (let i = 0; i < q.length; i++) {
    const c = 0x50 + q[i];
    codes[i] = c < 0x23 || c > 0x7e || c === 0x5c ? 0x100 + (q[i] & 255) : c;
  }
  let s = '';
  for (let i = 0; i < codes.length; i += 0x8000) s += String.fromCharCode(...codes.subarray(i, i + 0x8000));
  return s;
}

export function decodeInt8Text(s: string): Int8Array {
  const out = new Int8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i] = c >= 0x100 ? c - 0x100 : c - 0x50;
  }
  return out;
}

export function loadLinear(file: LinearModelFile, classes: number): LinearModel {
  const weights =
    file.encoding === 'text'
      ? decodeInt8Text(file.weights)
      : new Int8Array(decodeBase64(file.weights).buffer);
  return {
    bits: file.bits,
    classes,
    weights,
    scale: file.scale,
    bias: file.bias,
    offsets: file.offsets,
    seqWeight: file.seqWeight,
  };
}

/**
 * Log-probabilities of every label for one sentence's hashed features (features/index.ts
 * documentSlots), into out[at…at+classes) (segment() keeps every sentence's in one flat table).
 */
export function logProbs(
  model: LinearModel,
  slots: ArrayLike<number>,
  out = new Float64Array(model.classes),
  at = 0,
): Float64Array {
  const k = model.classes;
  const w = model.weights;
  if (k === 9) {
    // The nine NewsDiscourse labels: sums in locals rather than in `out` (issue 7). The sums are
    // integers either way, so exactly the same.
    let [a0, a1, a2, a3, a4, a5, a6, a7, a8] = [0, 0, 0, 0, 0, 0, 0, 0, 0];
    for (let s = 0; s < slots.length; s++) {
      const b = slots[s] * 9;
      a0 += w[b];
      a1 += w[b + 1];
      a2 += w[b + 2];
      a3 += w[b + 3];
      a4 += w[b + 4];
      a5 += w[b + 5];
      a6 += w[b + 6];
      a7 += w[b + 7];
      a8 += w[b + 8];
    }
    out[at] = a0;
    out[at + 1] = a1;
    out[at + 2] = a2;
    out[at + 3] = a3;
    out[at + 4] = a4;
    out[at + 5] = a5;
    out[at + 6] = a6;
    out[at + 7] = a7;
    out[at + 8] = a8;
  } else {
    for (let c = 0; c < k; c++) out[at + c] = 0;
    for (let s = 0; s < slots.length; s++) {
      const base = slots[s] * k;
      for (let c = 0; c < k; c++) out[at + c] += w[base + c];
    }
  }
  for (let c = 0; c < k; c++) out[at + c] = model.bias[c] + out[at + c] * model.scale;
  let max = -Infinity;
  for (let c = 0; c < k; c++) max = Math.max(max, out[at + c]);
  let z = 0;
  for (let c = 0; c < k; c++) z += Math.exp(out[at + c] - max);
  const lz = max + Math.log(z);
  for (let c = 0; c < k; c++) out[at + c] -= lz;
  return out;
}

/**
 * Best label sequence: per-sentence scores plus `seqWeight` × transition log-probabilities.
 * `scores[t][c]` already holds log P(c | sentence t) and any priors (offsets, headings).
 * Training's form (lib/segment/learn.ts): rows copied into one table for `ViterbiDecoder`.
 */
export function viterbi(scores: Float64Array[], transitions: number[][], seqWeight: number): number[] {
  const k = transitions[0].length;
  const flat = new Float64Array(scores.length * k);
  scores.forEach((row, t) => flat.set(row.subarray(0, k), t * k));
  return new ViterbiDecoder(k).decode(flat, scores.length, transitions, seqWeight);
}

/**
 * Viterbi over a flat score table (scores[t × k + c], n sentences), with its working arrays
 * kept between calls: segment() decodes every article without allocating any (issue 7).
 */
export class ViterbiDecoder {
  private trans: Float64Array;
  private prev: Float64Array;
  private cur: Float64Array;
  private back = new Int32Array(0);

  constructor(private readonly k: number) {
    this.trans = new Float64Array(k * k);
    this.prev = new Float64Array(k);
    this.cur = new Float64Array(k);
  }

  decode(scores: Float64Array, n: number, transitions: number[][], seqWeight: number): number[] {
    if (!n) return [];
    const k = this.k;
    const trans = this.trans;
    for (let p = 0; p < k; p++)
      for (let c = 0; c < k; c++) trans[p * k + c] = seqWeight * transitions[p + 1][c];
    if (this.back.length < n * k) this.back = new Int32Array(Math.max(n * k, this.back.length * 2));
    const back = this.back;
    let prev = this.prev;
    let cur = this.cur;
    for (let c = 0; c < k; c++) prev[c] = scores[c] + seqWeight * transitions[0][c];
    for (let t = 1; t < n; t++) {
      const st = t * k;
      for (let c = 0; c < k; c++) {
        let best = -Infinity;
        let arg = 0;
        for (let p = 0; p < k; p++) {
          const v = prev[p] + trans[p * k + c];
          if (v > best) {
            best = v;
            arg = p;
          }
        }
        cur[c] = best + scores[st + c];
        back[st + c] = arg;
      }
      [prev, cur] = [cur, prev];
    }
    let last = 0;
    for (let c = 1; c < k; c++) if (prev[c] > prev[last]) last = c;
    const path = new Array<number>(n);
    path[n - 1] = last;
    for (let t = n - 1; t > 0; t--) path[t - 1] = last = back[t * k + last];
    return path;
  }
}
