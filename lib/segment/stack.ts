/**
 * The second stage of the English role model (issue 3): a small dense logistic regression, with
 * 16 tanh units beside its linear scores, that re-reads the first stage's label probabilities of
 * every sentence in its document context — its neighbours (±1, ±2), its paragraph, the article
 * before and after it, and where the article's most main-event-like sentence stands — and gives
 * new label log-probabilities for Viterbi.
 * The first stage (model.ts) sees one sentence's words and a few neighbour cues; NewsDiscourse
 * labels depend on what the rest of the article is about (a sentence is Cause_Specific because
 * the main event comes after it), which the first stage cannot see.
 * Trained by scripts/train.ts on the first stage's out-of-fold predictions on train (so its
 * inputs look like the ones inference gives it); pure and allocation-light, as segment() runs it.
 */

import { bag } from '../text/tokens';
import { SentenceVectors, type VectorsFile } from './vectors';

export interface StackModelFile {
  /** Input width (stackInputs' D); checked against the code when applied. */
  inputs: number;
  /** Row-major [class × inputs]. */
  weights: number[];
  bias: number[];
  /**
   * Optional hidden layer, added to the linear scores: tanh(w1 · x + b1) (rows [unit × inputs]),
   * then w2 (rows [class × units]).
   */
  hidden?: { w1: number[]; b1: number[]; w2: number[] };
  /**
   * Share of the second stage in the log-probabilities given to Viterbi, the rest being the first
   * stage's (1 when absent): 0.7 beat 1 in cv on train (four roles 0.615 → 0.620) and on
   * validation (0.573 → 0.575), scripts/stack-cv.ts.
   */
  blend?: number;
  /**
   * Pretrained word vectors' compact form (vectors.ts; task emb9): when present, each sentence's
   * vector and its cosines are inputs too (StackText.vectors).
   */
  vectors?: VectorsFile;
  /** Added to the second stage's log-probabilities at decoding time (tuned like LinearModelFile's). */
  offsets: number[];
  seqWeight: number;
}

/** The neighbours read, in input order. */
const NEIGHBOURS = [-1, 1, -2, 2];

/** Floor of the log-probabilities fed in, so one near-zero probability does not dominate. */
const LOG_FLOOR = -8;

/** Width of one sentence's input vector for k labels (see stackInputs). */
export function stackWidth(k: number, vectorDims = 0): number {
  return 10 * k + 14 + EXTRA_WIDTH + (vectorDims ? vectorDims + 3 : 0);
}

/**
 * What the second stage reads besides probabilities: each sentence's similarity to the
 * headline (features/similarity.ts, SentenceInfo.headSim) and its words (token ids, lib/text/idbags.ts).
 */
export interface StackText {
  headSims: ArrayLike<number>;
  bags: readonly (readonly number[] | undefined)[];
  /**
   * Unit-length sentence vectors (n × vectorDims; vectors.ts) and the headline's, when the model
   * has word vectors (task emb9): read as themselves and as cosines to the headline, the main
   * event's sentence and the first sentence.
   */
  vectorDims?: number;
  vectors?: Float64Array;
  titleVector?: Float64Array;
  /** The headline, for its vector (withVectors). */
  title?: string;
}

/** `text` with its sentence and headline vectors (n sentences' bags, the headline's words). */
export function withVectors(sv: SentenceVectors, text: StackText, n: number): StackText {
  const d = sv.dims;
  const vectors = new Float64Array(n * d);
  for (let t = 0; t < n; t++) sv.ofIds(text.bags[t], vectors, t * d);
  const titleVector = new Float64Array(d);
  const words: string[] = [];
  for (const w of bag(text.title ?? '').keys()) if (typeof w === 'string') words.push(w);
  sv.ofWords(words, titleVector, 0);
  return { ...text, vectorDims: d, vectors, titleVector };
}

function cosAt(a: Float64Array, ai: number, b: Float64Array, bi: number, dims: number): number {
  let s = 0;
  for (let d = 0; d < dims; d++) s += a[ai + d] * b[bi + d];
  return s;
}
const EXTRA_WIDTH = 5;

/**
 * Token-id marks for the word overlaps, grown as needed and reused (ids are small dense
 * integers, lib/text/intern.ts): a Set per sentence cost a fifth of the second stage (issue 7).
 * mainMark/firstMark[id] === call: the id is in the main-event / first sentence of this call;
 * seenMark[id] === query: already counted in the sentence being read.
 */
let mainMark = new Int32Array(0);
let firstMark = new Int32Array(0);
let seenMark = new Int32Array(0);
let call = 0;
let query = 0;

function fitMarks(ids: readonly number[] | undefined): void {
  if (!ids) return;
  let max = -1;
  for (const id of ids) if (id > max) max = id;
  if (max < mainMark.length) return;
  const size = Math.max(max + 1, mainMark.length * 2, 1024);
  const grow = (a: Int32Array) => {
    const b = new Int32Array(size);
    b.set(a);
    return b;
  };
  [mainMark, firstMark, seenMark] = [grow(mainMark), grow(firstMark), grow(seenMark)];
}

/** Share of a's distinct tokens marked `call` in `marks` (0 for an empty sentence). */
function overlap(a: readonly number[] | undefined, marks: Int32Array): number {
  if (!a || !a.length) return 0;
  query++;
  let distinct = 0;
  let hit = 0;
  for (const id of a) {
    if (seenMark[id] === query) continue;
    seenMark[id] = query;
    distinct++;
    if (marks[id] === call) hit++;
  }
  return hit / distinct;
}

/**
 * The probabilities and their prefix sums of one stackInputs call, grown as needed and reused
 * (issue 7: two typed arrays made per call were 1% of segment() on a short article).
 */
let probScratch = new Float64Array(0);
let prefixScratch = new Float64Array(0);

/**
 * The second stage's input vectors, out[t × D …], for n sentences whose first-stage
 * log-probabilities are lp[t × k + c] and whose paragraph indices are paragraph[t].
 * `main` is the index of the main-event label (its document-level position matters most).
 */
export function stackInputs(
  lp: Float64Array,
  n: number,
  k: number,
  paragraph: ArrayLike<number>,
  main: number,
  out: Float64Array,
  text?: StackText,
): void {
  const vectorDims = text?.vectorDims ?? 0;
  const D = stackWidth(k, vectorDims);
  if (probScratch.length < (n + 1) * k) {
    probScratch = new Float64Array(Math.max((n + 1) * k, probScratch.length * 2));
    prefixScratch = new Float64Array(probScratch.length);
  }
  const p = probScratch;
  for (let i = 0; i < n * k; i++) p[i] = Math.exp(lp[i]);
  // Prefix sums of the probabilities: means before, after, over the paragraph, over the article.
  const pre = prefixScratch;
  for (let c = 0; c < k; c++) pre[c] = 0;
  for (let t = 0; t < n; t++)
    for (let c = 0; c < k; c++) pre[(t + 1) * k + c] = pre[t * k + c] + p[t * k + c];
  let bestMain = 0;
  for (let t = 1; t < n; t++) if (p[t * k + main] > p[bestMain * k + main]) bestMain = t;
  const maxMain = n ? p[bestMain * k + main] : 0;
  let maxHead = 0;
  if (text) for (let t = 0; t < n; t++) maxHead = Math.max(maxHead, text.headSims[t]);
  if (text) {
    call++;
    for (let t = 0; t < n; t++) fitMarks(text.bags[t]);
    for (const id of text.bags[bestMain] ?? []) mainMark[id] = call;
    for (const id of text.bags[0] ?? []) firstMark[id] = call;
  }
  let parStart = 0;
  for (let t = 0; t < n; t++) {
    if (t > 0 && paragraph[t] !== paragraph[t - 1]) parStart = t;
    let parEnd = t + 1;
    while (parEnd < n && paragraph[parEnd] === paragraph[t]) parEnd++;
    const o = t * D;
    let j = o;
    for (let c = 0; c < k; c++) out[j++] = Math.max(LOG_FLOOR, lp[t * k + c]) / 4;
    for (let c = 0; c < k; c++) out[j++] = p[t * k + c];
    for (let d = 0; d < 4; d++) {
      const u = t + NEIGHBOURS[d];
      const inside = u >= 0 && u < n;
      for (let c = 0; c < k; c++) out[j++] = inside ? p[u * k + c] : 0;
    }
    const parOthers = parEnd - parStart - 1;
    for (let c = 0; c < k; c++)
      out[j++] = parOthers ? (pre[parEnd * k + c] - pre[parStart * k + c] - p[t * k + c]) / parOthers : 0;
    for (let c = 0; c < k; c++) out[j++] = n ? pre[n * k + c] / n : 0;
    for (let c = 0; c < k; c++) out[j++] = t ? pre[t * k + c] / t : 0;
    for (let c = 0; c < k; c++)
      out[j++] = t < n - 1 ? (pre[n * k + c] - pre[(t + 1) * k + c]) / (n - 1 - t) : 0;
    out[j++] = t < 1 ? 1 : 0;
    out[j++] = t >= n - 1 ? 1 : 0;
    out[j++] = t < 2 ? 1 : 0;
    out[j++] = t >= n - 2 ? 1 : 0;
    out[j++] = parOthers ? 0 : 1;
    out[j++] = t === 0 ? 1 : 0;
    out[j++] = t === 1 ? 1 : 0;
    out[j++] = n > 1 ? t / (n - 1) : 0;
    out[j++] = paragraph[t] === paragraph[0] ? 1 : 0;
    out[j++] = t === parStart ? 1 : 0;
    // Where the article's most main-event-like sentence is: before, at or after this one.
    out[j++] = t < bestMain ? 1 : 0;
    out[j++] = t === bestMain ? 1 : 0;
    out[j++] = maxMain > 0 ? p[t * k + main] / maxMain : 0;
    out[j++] = Math.min(n, 60) / 60;
    // The words it shares with the headline and with the main event's sentence.
    out[j++] = text ? text.headSims[t] : 0;
    out[j++] = text && maxHead > 0 ? text.headSims[t] / maxHead : 0;
    out[j++] = text && t !== bestMain ? overlap(text.bags[t], mainMark) : 0;
    out[j++] = text && t > 0 ? overlap(text.bags[t], firstMark) : 0;
    out[j++] = text ? Math.min(1, (text.bags[t]?.length ?? 0) / 30) : 0;
    if (vectorDims) {
      const v = text?.vectors;
      const tv = text?.titleVector;
      const vd = vectorDims;
      for (let d = 0; d < vd; d++) out[j++] = v ? v[t * vd + d] : 0;
      out[j++] = v && tv ? cosAt(v, t * vd, tv, 0, vd) : 0;
      out[j++] = v && t !== bestMain ? cosAt(v, t * vd, v, bestMain * vd, vd) : 0;
      out[j++] = v && t > 0 ? cosAt(v, t * vd, v, 0, vd) : 0;
    }
  }
}

/**
 * a[ai…ai+len) · b[bi…bi+len), in four interleaved partial sums (a quarter of the dependent
 * additions: the second stage is most of its cost in these dot products; issue 7).
 */
function dot(a: Float64Array, ai: number, b: Float64Array, bi: number, len: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = 0;
  for (; i + 3 < len; i += 4) {
    s0 += a[ai + i] * b[bi + i];
    s1 += a[ai + i + 1] * b[bi + i + 1];
    s2 += a[ai + i + 2] * b[bi + i + 2];
    s3 += a[ai + i + 3] * b[bi + i + 3];
  }
  for (; i < len; i++) s0 += a[ai + i] * b[bi + i];
  return s0 + s1 + (s2 + s3);
}

/**
 * dot() of two consecutive rows a[ai…] and a[ai + len…] with b[bi…], into out[0] and out[1]:
 * each sum in dot()'s own order (the same figures, bit for bit), with each b loaded once for
 * both rows (issue 7: the 25 dot products per sentence are most of the second stage; −5% of
 * segment() + pickPoints() instructions on NewsDiscourse articles, callgrind).
 */
const pair = new Float64Array(2);
function dot2(
  a: Float64Array,
  ai: number,
  b: Float64Array,
  bi: number,
  len: number,
  out: Float64Array,
): void {
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    r0 = 0,
    r1 = 0,
    r2 = 0,
    r3 = 0;
  const aj = ai + len;
  let i = 0;
  for (; i + 3 < len; i += 4) {
    const x0 = b[bi + i],
      x1 = b[bi + i + 1],
      x2 = b[bi + i + 2],
      x3 = b[bi + i + 3];
    s0 += a[ai + i] * x0;
    s1 += a[ai + i + 1] * x1;
    s2 += a[ai + i + 2] * x2;
    s3 += a[ai + i + 3] * x3;
    r0 += a[aj + i] * x0;
    r1 += a[aj + i + 1] * x1;
    r2 += a[aj + i + 2] * x2;
    r3 += a[aj + i + 3] * x3;
  }
  for (; i < len; i++) {
    s0 += a[ai + i] * b[bi + i];
    r0 += a[aj + i] * b[bi + i];
  }
  out[0] = s0 + s1 + (s2 + s3);
  out[1] = r0 + r1 + (r2 + r3);
}

/** The input vectors of one call, grown as needed and reused (issue 7: segment() allocates little). */
let inputScratch = new Float64Array(0);
let hiddenScratch = new Float64Array(0);
let firstScratch = new Float64Array(0);

interface Tables {
  w: Float64Array;
  bias: Float64Array;
  w1: Float64Array;
  b1: Float64Array;
  w2: Float64Array;
  sv?: SentenceVectors;
}
/**
 * The model file's weights as typed arrays, made once per model: the same values, read in
 * the same order, so the same sums; the JSON arrays were three times slower to read (issue 7).
 */
const tables = new WeakMap<StackModelFile, Tables>();
function tablesOf(m: StackModelFile): Tables {
  let t = tables.get(m);
  if (!t) {
    t = {
      w: Float64Array.from(m.weights),
      bias: Float64Array.from(m.bias),
      w1: Float64Array.from(m.hidden?.w1 ?? []),
      b1: Float64Array.from(m.hidden?.b1 ?? []),
      w2: Float64Array.from(m.hidden?.w2 ?? []),
      sv: m.vectors && new SentenceVectors(m.vectors),
    };
    tables.set(m, t);
  }
  return t;
}

/**
 * The second stage's label log-probabilities, written over lp (n × k): softmax of
 * weights · stackInputs + bias (plus the hidden layer's), blended with lp's own by `blend`.
 */
export function applyStack(
  model: StackModelFile,
  lp: Float64Array,
  n: number,
  k: number,
  paragraph: ArrayLike<number>,
  main: number,
  text?: StackText,
): void {
  const D = model.inputs;
  // A model file trained with other inputs than this code reads would score garbage quietly.
  const made = tablesOf(model);
  if (made.sv && text) text = withVectors(made.sv, text, n);
  const W = stackWidth(k, text?.vectorDims);
  if (D !== W) throw new Error(`stack model has ${D} inputs, the code makes ${W}`);
  if (inputScratch.length < n * D) inputScratch = new Float64Array(Math.max(n * D, inputScratch.length * 2));
  const x = inputScratch;
  stackInputs(lp, n, k, paragraph, main, x, text);
  const { w, bias, w1, b1, w2 } = made;
  const H = b1.length;
  const h = hiddenScratch.length >= H ? hiddenScratch : (hiddenScratch = new Float64Array(H));
  const blend = model.blend ?? 1;
  const first = firstScratch.length >= k ? firstScratch : (firstScratch = new Float64Array(k));
  for (let t = 0; t < n; t++) {
    const o = t * D;
    for (let c = 0; c < k; c++) first[c] = lp[t * k + c];
    for (let u = 0; u + 1 < H; u += 2) {
      dot2(w1, u * D, x, o, D, pair);
      h[u] = Math.tanh(b1[u] + pair[0]);
      h[u + 1] = Math.tanh(b1[u + 1] + pair[1]);
    }
    if (H & 1) h[H - 1] = Math.tanh(b1[H - 1] + dot(w1, (H - 1) * D, x, o, D));
    for (let c = 0; c + 1 < k; c += 2) {
      dot2(w, c * D, x, o, D, pair);
      lp[t * k + c] = pair[0];
      lp[t * k + c + 1] = pair[1];
    }
    if (k & 1) lp[t * k + k - 1] = dot(w, (k - 1) * D, x, o, D);
    let max = -Infinity;
    for (let c = 0; c < k; c++) {
      let s = bias[c] + lp[t * k + c];
      for (let u = 0; u < H; u++) s += w2[c * H + u] * h[u];
      lp[t * k + c] = s;
      if (s > max) max = s;
    }
    let z = 0;
    for (let c = 0; c < k; c++) z += Math.exp(lp[t * k + c] - max);
    const lz = max + Math.log(z);
    if (blend === 1) for (let c = 0; c < k; c++) lp[t * k + c] -= lz;
    else for (let c = 0; c < k; c++) lp[t * k + c] = blend * (lp[t * k + c] - lz) + (1 - blend) * first[c];
  }
}
