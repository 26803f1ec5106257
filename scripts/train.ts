/**
 * `npm run train [-- --out models/segment.json] [--no-cues] [--no-lexical] [--vectors]`
 * Rebuilds the role model from ../shared/data/newsdiscourse/train.jsonl, deterministically:
 * the English model (shared + lexical features) and the shared-features model used for
 * Japanese, label transitions, and decoding offsets (one per label, and the transition
 * weight) tuned on the validation split, as issue 3 asks: "tune on validation only". Only
 * those ten numbers per model see validation; the weights see train only. The --no-* switches train
 * ablations for `npm run eval -- --model FILE` (issue 3: measure what each family adds).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseJsonl, toArticle } from '../lib/eval/newsdiscourse';
import { documentSlots, eachDocumentSlots, type FeatureOptions } from '../lib/segment/features';
import { FINE_LABELS } from '../lib/segment/labels';
import {
  decodeAll,
  FEATURE_ID_BITS,
  frequentFeatures,
  logProbsOf,
  narrow,
  pack,
  quantise,
  trainDense,
  trainLogistic,
  transitions,
  tuneDecoding,
  type Example,
} from '../lib/segment/learn';
import type { ModelFile } from '../lib/segment/model';
import {
  applyStack,
  stackInputs,
  stackWidth,
  type StackModelFile,
  type StackText,
  withVectors,
} from '../lib/segment/stack';
import { prepare } from '../lib/segment/prepare';
import { SentenceVectors, type VectorsFile } from '../lib/segment/vectors';
import { vectorsFile } from './embeddings';
import { scores } from './train-scores';

/**
 * The English table's size and the rarity filter (`--bits`, `--min-count`; issue 3). A 16-bit
 * table trained on the features seen at least twice (~40k; a third of its slots stay 0 and gzip
 * to nothing, so the file is 837 kB, 299 kB gzipped) scores better in 5-fold cross-validation on
 * train (scripts/segment-cv.ts, two seeds: four roles 0.597/0.593 → 0.608/0.610, nine labels
 * 0.499/0.498 → 0.508/0.506) but worse on validation (four roles 0.557/0.564 → 0.554/0.555,
 * nine labels 0.512/0.510 → 0.507/0.503), so the shipped model keeps 15 bits and every feature.
 */
const BITS_FULL_DEFAULT = 15;
const MIN_COUNT_DEFAULT = 1;

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/newsdiscourse/train.jsonl' },
    tune: { type: 'string', default: '../shared/data/newsdiscourse/validation.jsonl' },
    out: { type: 'string', default: 'models/segment.json' },
    'no-cues': { type: 'boolean', default: false },
    'no-lexical': { type: 'boolean', default: false },
    'no-stack': { type: 'boolean', default: false },
    vectors: { type: 'boolean', default: false },
    bits: { type: 'string', default: String(BITS_FULL_DEFAULT) },
    'min-count': { type: 'string', default: String(MIN_COUNT_DEFAULT) },
  },
});

const K = FINE_LABELS.length;
const labelIndex = new Map<string, number>(FINE_LABELS.map((l, i) => [l, i]));

interface Doc {
  fullSlots: Int32Array[];
  sharedSlots: Int32Array[];
  labels: number[];
  /** Gold labels of the sentences the boilerplate rules set aside (always predicted NA). */
  boilerplate: number[];
  /** What the second stage reads (stack.ts): each sentence's paragraph, headline similarity and words. */
  paragraphs: number[];
  text: StackText;
}

/**
 * `--vectors`: pretrained word vectors for the second stage (lib/segment/vectors.ts,
 * scripts/embeddings.ts; task emb9): 255 clusters, 16 principal directions, a 2^15-slot table of
 * the 30,000 most frequent words and train's (+40 kB gz). Off by default: validation four roles
 * 0.574 → 0.576 (`npm run eval -- --model`), stack-cv cv 0.612 → 0.615, within noise and under
 * the 0.005 a change must gain (every variant's figures: scripts/segment-variants.ts).
 */
const VECTORS = { clusters: 255, dims: 16, bits: 15, top: 30000 };
const vectors: VectorsFile | undefined =
  !values.vectors || values['no-stack']
    ? undefined
    : vectorsFile(VECTORS.clusters, VECTORS.dims, VECTORS.bits, VECTORS.top);
const sentenceVectors = vectors && new SentenceVectors(vectors);
const vectorsOf = (text: StackText) =>
  sentenceVectors ? withVectors(sentenceVectors, text, text.bags.length) : text;

function load(file: string, bitsShared: number): Doc[] {
  const docs = parseJsonl(readFileSync(file, 'utf8'));
  const noCues = values['no-cues'];
  return docs.map((d) => {
    const nd = toArticle(d);
    const prep = prepare(nd.article, { sentences: nd.sentences });
    const full: FeatureOptions = { lexical: !values['no-lexical'], noCues };
    const shared: FeatureOptions = { lexical: false, noCues };
    const fullSlots: Int32Array[] = [];
    const headSims: number[] = [];
    const bags: (readonly number[] | undefined)[] = [];
    eachDocumentSlots(
      prep.doc,
      full,
      FEATURE_ID_BITS,
      headSims,
      (_, s) => fullSlots.push(Int32Array.from(s)),
      bags,
    );
    return {
      // Feature ids, narrowed to the table below (rare ones dropped from training).
      fullSlots,
      paragraphs: prep.doc.sentences.map((s) => s.paragraph),
      // Bags are token ids in a table segment() may reset: copied.
      // Sentence vectors made now, while the bags' token ids are this document's.
      text: vectorsOf({ headSims, bags: bags.map((b) => (b ? [...b] : b)), title: prep.doc.title }),
      sharedSlots: documentSlots(prep.doc, shared, bitsShared),
      labels: prep.docUnits.map((u) => labelIndex.get(nd.gold[u].label)!),
      boilerplate: prep.units.flatMap((u, i) => (u.boilerplate ? [labelIndex.get(nd.gold[i].label)!] : [])),
    };
  });
}

/**
 * What decoding is tuned for. English: mostly the four-role macro-F1 (the product's figure),
 * some nine-label F1, and twice any shortfall under the nine-label floor; on validation this
 * beats the plain mean of the two (four roles 0.553 → 0.557, nine labels 0.502 → 0.506).
 * Shared (Japanese): the mean, as Japanese was measured with it.
 */
function objective(docs: Doc[], english: boolean) {
  const score = scores(docs);
  return (pred: number[][]) => {
    const { fine, role } = score(pred);
    return english ? 0.7 * role + 0.3 * fine - 2 * Math.max(0, FINE_FLOOR - fine) : (fine + role) / 2;
  };
}

/**
 * Training settings. English: 4 epochs and L2 3e-4 beat 8 epochs and 3e-5 on validation
 * (four roles 0.549 → 0.553, nine labels 0.491 → 0.502, decoding tuned for the mean): the
 * lexical model overfitted. The shared model keeps the settings Japanese was measured with.
 */
const SETTINGS = {
  fullSlots: { epochs: 4, l2: 3e-4, rate: 0.05 },
  sharedSlots: { epochs: 8, l2: 3e-5, rate: 0.05 },
};

function classWeightsOf(docs: Doc[], power = 0.5): number[] {
  const counts = new Array<number>(K).fill(0);
  for (const d of docs) for (const l of d.labels) counts[l]++;
  const mean = counts.reduce((a, b) => a + b, 0) / K;
  return counts.map((c) => Math.pow(mean / Math.max(1, c), power));
}

/** The first stage on some training documents: the mean of three shuffle orders, quantised. */
function fit(which: 'fullSlots' | 'sharedSlots', docs: Doc[], bits: number, seed: number) {
  // Rare labels weigh more (inverse square root of frequency): the figures are macro-F1.
  const opts = { bits, classes: K, seed, classWeights: classWeightsOf(docs), ...SETTINGS[which] };
  const examples: Example[] = docs.flatMap((d) =>
    d[which].map((slots, i) => ({ slots, label: d.labels[i] })),
  );
  // The mean of models trained in three shuffle orders: less variance, same size.
  const runs = [0, 1, 2].map((r) => trainLogistic(examples, { ...opts, seed: seed * 10 + r }));
  const average = (get: (t: (typeof runs)[number]) => Float64Array) =>
    get(runs[0]).map((_, i) => runs.reduce((a, t) => a + get(t)[i], 0) / runs.length);
  return quantise({ weights: average((t) => t.weights), bias: average((t) => t.bias) });
}

function build(which: 'fullSlots' | 'sharedSlots', bits: number, trans: number[][], seed: number) {
  const model = fit(which, train, bits, seed);
  const predicted = tune.map((d) => d[which].map((s) => logProbsOf(model.trained, s, K)));
  const tuned = tuneDecoding(predicted, trans, K, objective(tune, which === 'fullSlots'));
  const { fine, role } = scores(tune)(decodeAll(predicted, tuned.offsets, trans, tuned.seqWeight));
  process.stderr.write(
    `${which}: validation four roles ${role.toFixed(4)}, nine labels ${fine.toFixed(4)}, seqWeight ${tuned.seqWeight}\n`,
  );
  return { file: pack(model, bits, tuned), predicted };
}

/**
 * Second-stage settings (stack.ts; issue 3; measured with scripts/stack-cv.ts, figures in
 * scripts/segment-variants.ts): out-of-fold first-stage predictions from 10 folds (5 folds: cv
 * and validation both ~0.002 lower), 10 epochs, L2 1e-3, 16 tanh units beside the linear scores
 * (linear only: cv 0.615 vs 0.617, validation 0.568 vs 0.571 over three seeds).
 */
const STACK = { folds: 10, epochs: 10, l2: 1e-3, rate: 0.05, seed: 7, hidden: 16, blend: 0.7 };
/** Folds of train's own second stage, on which the nine-label floor is held too (buildStack). */
const HOLD_FOLDS = 5;
const MAIN = FINE_LABELS.indexOf('Main');
const round4 = (v: number) => Math.round(v * 1e4) / 1e4;

/** Second-stage log-probabilities of documents from their first-stage ones. */
function stacked(m: StackModelFile, docs: Doc[], first: Float64Array[][]): Float64Array[][] {
  return docs.map((d, i) => {
    const n = d.labels.length;
    const lp = new Float64Array(n * K);
    first[i].forEach((row, t) => lp.set(row, t * K));
    applyStack(m, lp, n, K, d.paragraphs, MAIN, d.text);
    return Array.from({ length: n }, (_, t) => lp.slice(t * K, t * K + K));
  });
}

/** Fold `f` of `k` over train's documents (every k-th), and the rest, as indices. */
function split(k: number, f: number): { fold: number[]; rest: number[] } {
  const fold: number[] = [];
  const rest: number[] = [];
  train.forEach((_, i) => (i % k === f ? fold : rest).push(i));
  return { fold, rest };
}

/** Each training document's second-stage inputs (stack.ts), from its first-stage log-probabilities. */
function stackRows(docs: Doc[], first: Float64Array[][], D: number): Float64Array[] {
  return docs.map((d, i) => {
    const n = d.labels.length;
    const lp = new Float64Array(n * K);
    first[i].forEach((row, t) => lp.set(row, t * K));
    const x = new Float64Array(n * D);
    stackInputs(lp, n, K, d.paragraphs, MAIN, x, d.text);
    return x;
  });
}

/** A second stage trained on some documents' rows (offsets left to the decoding's tuning). */
function fitStack(docs: Doc[], rows: Float64Array[], D: number): StackModelFile {
  const x = new Float64Array(rows.reduce((a, r) => a + r.length, 0));
  rows.reduce((at, r) => (x.set(r, at), at + r.length), 0);
  const t = trainDense(
    x,
    docs.flatMap((d) => d.labels),
    D,
    {
      classes: K,
      epochs: STACK.epochs,
      rate: STACK.rate,
      l2: STACK.l2,
      seed: STACK.seed,
      hidden: STACK.hidden,
      classWeights: classWeightsOf(docs),
    },
  );
  return {
    inputs: D,
    weights: Array.from(t.weights, round4),
    bias: Array.from(t.bias, round4),
    hidden: t.hidden && {
      w1: Array.from(t.hidden.w1, round4),
      b1: Array.from(t.hidden.b1, round4),
      w2: Array.from(t.hidden.w2, round4),
    },
    blend: STACK.blend,
    offsets: [],
    seqWeight: 0,
  };
}

/**
 * The English second stage: trained on the first stage's out-of-fold predictions on train (each
 * fold's documents scored by a first stage trained without them, as unseen text will be), then
 * applied to validation's first-stage predictions by the full model; decoding tuned there.
 *
 * The decoding is tuned on validation, with the nine-label floor held on train's unseen folds
 * too (HOLD_FOLDS second stages, each scoring the train documents it was not trained on):
 * tuned on validation alone, the offsets fitted its label shares (49% of its sentences are long
 * NYT features, 11% of train's) and scored train's unseen folds 0.605 four roles and 0.494 nine
 * labels, under the floor; held there, 0.610 / 0.510, and validation 0.575 / 0.533 (was 0.575 /
 * 0.529): the held-out test split may be like either (scripts/segment-variants.ts, nineteenth
 * and twentieth sessions).
 */
function buildStack(en: Float64Array[][], trans: number[][]): StackModelFile {
  const oof: Float64Array[][] = train.map(() => []);
  for (let f = 0; f < STACK.folds; f++) {
    const { fold, rest } = split(STACK.folds, f);
    const m = fit(
      'fullSlots',
      rest.map((i) => train[i]),
      BITS_FULL,
      1,
    );
    for (const i of fold) oof[i] = train[i].fullSlots.map((s) => logProbsOf(m.trained, s, K));
  }
  const D = stackWidth(K, vectors?.dims);
  const rows = stackRows(train, oof, D);
  const m = fitStack(train, rows, D);
  const predicted = stacked(m, tune, en);
  const held: Float64Array[][] = train.map(() => []);
  for (let f = 0; f < HOLD_FOLDS; f++) {
    const { fold, rest } = split(HOLD_FOLDS, f);
    const mf = fitStack(
      rest.map((i) => train[i]),
      rest.map((i) => rows[i]),
      D,
    );
    const p = stacked(
      mf,
      fold.map((i) => train[i]),
      fold.map((i) => oof[i]),
    );
    fold.forEach((i, j) => (held[i] = p[j]));
  }
  const onTune = objective(tune, true);
  const onTrain = scores(train);
  const tuned = tuneDecoding(
    [...predicted, ...held],
    trans,
    K,
    (p) => onTune(p.slice(0, tune.length)) - 2 * Math.max(0, FINE_FLOOR - onTrain(p.slice(tune.length)).fine),
  );
  const at = (docs: Doc[], pred: Float64Array[][]) =>
    scores(docs)(decodeAll(pred, tuned.offsets, trans, tuned.seqWeight));
  const [v, t] = [at(tune, predicted), at(train, held)];
  process.stderr.write(
    `stack: validation four roles ${v.role.toFixed(4)}, nine labels ${v.fine.toFixed(4)}, seqWeight ${tuned.seqWeight}; ` +
      `train's unseen folds ${t.role.toFixed(4)} / ${t.fine.toFixed(4)}\n`,
  );
  // The vectors last: the documents above carry theirs already (made at load).
  return { ...m, offsets: tuned.offsets, seqWeight: tuned.seqWeight, vectors };
}

/** Issue 3's nine-label floor, with a little room for the held-out split. */
const FINE_FLOOR = 0.505;
const BITS_FULL = Number(values.bits);
const BITS_SHARED = 12;
const MIN_COUNT = Number(values['min-count']);
const train = load(values.data!, BITS_SHARED);
const tune = load(values.tune!, BITS_SHARED);
const keep =
  MIN_COUNT > 1
    ? frequentFeatures(
        train.map((d) => d.fullSlots),
        MIN_COUNT,
      )
    : undefined;
for (const d of train) d.fullSlots = d.fullSlots.map((s) => narrow(s, BITS_FULL, keep));
// Validation is scored as inference will be: every feature, rare or unseen, at its slot.
for (const d of tune) d.fullSlots = d.fullSlots.map((s) => narrow(s, BITS_FULL));
const trans = transitions(
  train.map((d) => d.labels),
  K,
);
const en = build('fullSlots', BITS_FULL, trans, 1);
const model: ModelFile = {
  version: 1,
  labels: [...FINE_LABELS],
  transitions: trans,
  en: en.file,
  shared: build('sharedSlots', BITS_SHARED, trans, 2).file,
  stack: values['no-stack'] ? undefined : buildStack(en.predicted, trans),
};
writeFileSync(values.out!, JSON.stringify(model) + '\n');
process.stderr.write(`wrote ${values.out} (${train.length} training documents)\n`);
