/**
 * The second stage of the English role model (issue 3): a small dense logistic regression that
 * re-reads the first stage's label probabilities of every sentence in its document context — its
 * neighbours (±1, ±2), its paragraph, the article before and after it, and where the article's
 * most main-event-like sentence stands — and gives new label log-probabilities for Viterbi.
 * The first stage (model.ts) sees one sentence's words and a few neighbour cues; NewsDiscourse
 * labels depend on what the rest of the article is about (a sentence is Cause_Specific because
 * the main event comes after it), which the first stage cannot see.
 * Trained by scripts/train.ts on the first stage's out-of-fold predictions on train (so its
 * inputs look like the ones inference gives it); pure and allocation-light, as segment() runs it.
 */

export interface StackModelFile {
  /** Input width (stackInputs' D); checked against the code at load time. */
  inputs: number;
  /** Row-major [class × inputs]. */
  weights: number[];
  bias: number[];
  /**
   * Optional hidden layer, added to the linear scores: tanh(w1 · x + b1) (rows [unit × inputs]),
   * then w2 (rows [class × units]).
   */
  hidden?: { w1: number[]; b1: number[]; w2: number[] };
  /** Added to the second stage's log-probabilities at decoding time (tuned like LinearModelFile's). */
  offsets: number[];
  seqWeight: number;
}

/** Floor of the log-probabilities fed in, so one near-zero probability does not dominate. */
const LOG_FLOOR = -8;

/** Width of one sentence's input vector for k labels (see stackInputs). */
export function stackWidth(k: number): number {
  return 10 * k + 14 + EXTRA_WIDTH;
}

/**
 * What the second stage reads besides probabilities: each sentence's similarity to the
 * headline (features.ts headSim) and its words (token ids, lib/text/idbags.ts).
 */
export interface StackText {
  headSims: ArrayLike<number>;
  bags: readonly (readonly number[] | undefined)[];
}
const EXTRA_WIDTH = 5;

/** Share of a's distinct tokens found in `set`. */
function overlap(a: readonly number[] | undefined, set: Set<number>): number {
  if (!a || !a.length || !set.size) return 0;
  const seen = new Set(a);
  let hit = 0;
  for (const id of seen) if (set.has(id)) hit++;
  return hit / seen.size;
}

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
  const D = stackWidth(k);
  const p = new Float64Array(n * k);
  for (let i = 0; i < n * k; i++) p[i] = Math.exp(lp[i]);
  // Prefix sums of the probabilities: means before, after, over the paragraph, over the article.
  const pre = new Float64Array((n + 1) * k);
  for (let t = 0; t < n; t++)
    for (let c = 0; c < k; c++) pre[(t + 1) * k + c] = pre[t * k + c] + p[t * k + c];
  let bestMain = 0;
  for (let t = 1; t < n; t++) if (p[t * k + main] > p[bestMain * k + main]) bestMain = t;
  const maxMain = n ? p[bestMain * k + main] : 0;
  let maxHead = 0;
  if (text) for (let t = 0; t < n; t++) maxHead = Math.max(maxHead, text.headSims[t]);
  const mainWords = new Set(text?.bags[bestMain] ?? []);
  const firstWords = new Set(text?.bags[0] ?? []);
  let parStart = 0;
  for (let t = 0; t < n; t++) {
    if (t > 0 && paragraph[t] !== paragraph[t - 1]) parStart = t;
    let parEnd = t + 1;
    while (parEnd < n && paragraph[parEnd] === paragraph[t]) parEnd++;
    const o = t * D;
    let j = o;
    for (let c = 0; c < k; c++) out[j++] = Math.max(LOG_FLOOR, lp[t * k + c]) / 4;
    for (let c = 0; c < k; c++) out[j++] = p[t * k + c];
    for (const d of [-1, 1, -2, 2]) {
      const u = t + d;
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
    const neighbourAbsent = [t < 1, t >= n - 1, t < 2, t >= n - 2];
    for (const a of neighbourAbsent) out[j++] = a ? 1 : 0;
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
    out[j++] = text && t !== bestMain ? overlap(text.bags[t], mainWords) : 0;
    out[j++] = text && t > 0 ? overlap(text.bags[t], firstWords) : 0;
    out[j++] = text ? Math.min(1, (text.bags[t]?.length ?? 0) / 30) : 0;
  }
}

/**
 * The second stage's label log-probabilities, written over lp (n × k): softmax of
 * weights · stackInputs + bias. `scratch` is reused between calls when large enough.
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
  const x = new Float64Array(n * D);
  stackInputs(lp, n, k, paragraph, main, x, text);
  const w = model.weights;
  const hid = model.hidden;
  const H = hid ? hid.b1.length : 0;
  const h = new Float64Array(H);
  for (let t = 0; t < n; t++) {
    const o = t * D;
    if (hid)
      for (let u = 0; u < H; u++) {
        let s = hid.b1[u];
        const wu = u * D;
        for (let i = 0; i < D; i++) s += hid.w1[wu + i] * x[o + i];
        h[u] = Math.tanh(s);
      }
    let max = -Infinity;
    for (let c = 0; c < k; c++) {
      let s = model.bias[c];
      const wc = c * D;
      for (let i = 0; i < D; i++) s += w[wc + i] * x[o + i];
      for (let u = 0; u < H; u++) s += hid!.w2[c * H + u] * h[u];
      lp[t * k + c] = s;
      if (s > max) max = s;
    }
    let z = 0;
    for (let c = 0; c < k; c++) z += Math.exp(lp[t * k + c] - max);
    const lz = max + Math.log(z);
    for (let c = 0; c < k; c++) lp[t * k + c] -= lz;
  }
}
