/**
 * Experiment harness for the second stage (lib/segment/stack.ts, issue 3): first-stage
 * out-of-fold log-probabilities on train (cached in /tmp), a second stage trained on them,
 * measured by 5-fold cross-validation on train and on validation.
 * `npx tsx scripts/stack-cv.ts [--epochs 20] [--l2 1e-4] [--rate 0.05] [--hidden 16] [--seed 7]
 *   [--s1folds 10 --cache /tmp/FILE.json]`; figures of each variant: scripts/segment-variants.ts.
 * Switches for the dropped attempts, kept to re-measure them: BREAKDOWN=1 (validation by source
 * and length), ROLEDEC=1 (decoding at the role level), STAGE3=1 (a third stage), BLEND=a (second
 * stage blended with the first), WROLE=w (weight of the four roles in the decoding objective),
 * XDUMP=FILE (the second stage's inputs and labels, train out-of-fold and validation, as JSON for
 * trying other learners outside this repository), CROSS=1 with BLEND (each set decoded with the
 * other's tuned offsets, and with offsets tuned on both).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseJsonl, toArticle } from '../lib/eval/newsdiscourse';
import { eachDocumentSlots } from '../lib/segment/features';
import { FINE_LABELS } from '../lib/segment/labels';
import {
  decodeAll,
  logProbsOf,
  quantise,
  trainDense,
  trainLogistic,
  transitions,
  tuneDecoding,
  type TrainOptions,
} from '../lib/segment/learn';
import { prepare } from '../lib/segment/prepare';
import {
  applyStack,
  stackInputs,
  stackWidth,
  type StackModelFile,
  type StackText,
} from '../lib/segment/stack';
import { scores } from './train-scores';
import { sentenceVectorizer } from './embeddings';
import { VARIANTS } from './segment-variants';
import { hashFeature } from '../lib/segment/hash';
import { SentenceVectors } from '../lib/segment/vectors';
import { vectorsFile } from './embeddings';
import { bag } from '../lib/text/tokens';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '20' },
    l2: { type: 'string', default: '1e-4' },
    rate: { type: 'string', default: '0.05' },
    cw: { type: 'string', default: '0.5' },
    runs: { type: 'string', default: '3' },
    hidden: { type: 'string', default: '0' },
    seed: { type: 'string', default: '7' },
    cache: { type: 'string', default: '/tmp/en6-stage1.json' },
    s1folds: { type: 'string', default: '5' },
  },
});

/**
 * Task emb9 (pretrained word vectors): EXTRA=variant adds a segment-variants.ts variant's extra
 * features to the first stage (use another --cache); SVEC=dims gives the second stage sentence
 * vectors (SVECK=k: from cluster centroids).
 */
const EXTRA = process.env.EXTRA ? VARIANTS[process.env.EXTRA].extra : undefined;
const SVEC = Number(process.env.SVEC ?? 0);
const vectorize =
  SVEC && !process.env.SHIP ? sentenceVectorizer(SVEC, Number(process.env.SVECK ?? 0)) : undefined;
/** SHIP=k,bits,top: the shipped form (lib/segment/vectors.ts), from token-id bags. */
const ship = process.env.SHIP?.split(',').map(Number);
const shipped = ship && new SentenceVectors(vectorsFile(ship[0], SVEC, ship[1], ship[2]));

const K = FINE_LABELS.length;
const MAIN = FINE_LABELS.indexOf('Main');
const labelIndex = new Map<string, number>(FINE_LABELS.map((l, i) => [l, i]));

interface Doc {
  slots: Int32Array[];
  text?: StackText;
  paragraphs: number[];
  labels: number[];
  boilerplate: number[];
}

function load(file: string): Doc[] {
  return parseJsonl(readFileSync(file, 'utf8')).map((d) => {
    const nd = toArticle(d);
    const prep = prepare(nd.article, { sentences: nd.sentences });
    const slots: Int32Array[] = [];
    const headSims: number[] = [];
    const bags: (readonly number[] | undefined)[] = [];
    eachDocumentSlots(
      prep.doc,
      { lexical: true },
      15,
      headSims,
      (_, s) => slots.push(Int32Array.from(s)),
      bags,
    );
    const extra = EXTRA?.(prep.doc);
    if (extra)
      slots.forEach(
        (s, i) => (slots[i] = Int32Array.from([...s, ...extra[i].map((f) => hashFeature(f, 15))])),
      );
    let vecs = vectorize?.([prep.doc.title, ...prep.doc.sentences.map((s) => s.text)]);
    if (shipped) {
      vecs = new Float64Array((bags.length + 1) * SVEC);
      shipped.ofWords([...bag(prep.doc.title).keys()].map(String), vecs, 0);
      bags.forEach((b, t) => shipped.ofIds(b, vecs!, (t + 1) * SVEC));
    }
    return {
      slots,
      text: process.env.NOTEXT
        ? undefined
        : {
            headSims,
            bags: bags.map((b) => (b ? [...b] : b)),
            vectorDims: SVEC,
            vectors: vecs?.subarray(SVEC),
            titleVector: vecs?.subarray(0, SVEC),
          },
      paragraphs: prep.doc.sentences.map((s) => s.paragraph),
      labels: prep.docUnits.map((u) => labelIndex.get(nd.gold[u].label)!),
      boilerplate: prep.units.flatMap((u, i) => (u.boilerplate ? [labelIndex.get(nd.gold[i].label)!] : [])),
    };
  });
}

function objective(docs: Doc[]) {
  const score = scores(docs);
  return (pred: number[][]) => {
    const { fine, role } = score(pred);
    const wr = Number(process.env.WROLE ?? 0.7);
    return wr * role + (1 - wr) * fine - 2 * Math.max(0, 0.505 - fine);
  };
}

const train = load('../shared/data/newsdiscourse/train.jsonl');
const val = load('../shared/data/newsdiscourse/validation.jsonl');
const F = 5;
const RUNS = Number(values.runs);

function classWeights(docs: Doc[], power: number): number[] {
  const counts = new Array<number>(K).fill(0);
  for (const d of docs) for (const l of d.labels) counts[l]++;
  const mean = counts.reduce((a, b) => a + b, 0) / K;
  return counts.map((c) => Math.pow(mean / Math.max(1, c), power));
}

/**
 * Per-sentence loss weights that make a document's weight grow as n^(1-power) rather than n
 * (power 0: every sentence alike), scaled to mean 1 (DOCW / S1DOCW = power).
 */
function docWeights(docs: Doc[], power: number): Float64Array {
  const w = docs.flatMap((d) => d.labels.map(() => Math.pow(d.labels.length, -power)));
  const mean = w.reduce((a, b) => a + b, 0) / Math.max(1, w.length);
  return Float64Array.from(w, (v) => v / mean);
}

function stage1(idx: number[]) {
  const opts: TrainOptions = {
    bits: 15,
    classes: K,
    seed: 1,
    classWeights: classWeights(
      idx.map((i) => train[i]),
      0.5,
    ),
    epochs: 4,
    l2: 3e-4,
    rate: 0.05,
    exampleWeights: process.env.S1DOCW
      ? docWeights(
          idx.map((i) => train[i]),
          Number(process.env.S1DOCW),
        )
      : undefined,
  };
  const examples = idx.flatMap((i) =>
    train[i].slots.map((slots, j) => ({ slots, label: train[i].labels[j] })),
  );
  const ms = Array.from({ length: RUNS }, (_, r) => trainLogistic(examples, { ...opts, seed: 10 + r }));
  const avg = (get: (t: (typeof ms)[number]) => Float64Array) =>
    get(ms[0]).map((_, i) => ms.reduce((a, t) => a + get(t)[i], 0) / ms.length);
  return quantise({ weights: avg((t) => t.weights), bias: avg((t) => t.bias) }).trained;
}

type Probs = number[][][];
let cache: { oof: Probs; val: Probs };
if (existsSync(values.cache!)) cache = JSON.parse(readFileSync(values.cache!, 'utf8'));
else {
  const oof: Probs = train.map(() => []);
  const F1 = Number(values.s1folds);
  for (let f = 0; f < F1; f++) {
    const m = stage1(train.map((_, i) => i).filter((i) => i % F1 !== f));
    train.forEach((d, i) => {
      if (i % F1 === f) oof[i] = d.slots.map((s) => Array.from(logProbsOf(m, s, K)));
    });
    process.stderr.write(`fold ${f}\n`);
  }
  const m = stage1(train.map((_, i) => i));
  cache = { oof, val: val.map((d) => d.slots.map((s) => Array.from(logProbsOf(m, s, K)))) };
  writeFileSync(values.cache!, JSON.stringify(cache));
}

const asRows = (p: Probs) => p.map((d) => d.map((r) => Float64Array.from(r)));
const trans = transitions(
  train.map((d) => d.labels),
  K,
);
const report = (name: string, docs: Doc[], pred: Float64Array[][]) => {
  const tuned = tuneDecoding(pred, trans, K, objective(docs));
  const r = scores(docs)(decodeAll(pred, tuned.offsets, trans, tuned.seqWeight));
  return { text: `${name} ${r.role.toFixed(4)}/${r.fine.toFixed(4)} sw ${tuned.seqWeight}`, tuned };
};

// Stage 1 alone, for reference (same cache).
const s1cv = report('stage1 cv', train, asRows(cache.oof));
const s1val = report('stage1 val', val, asRows(cache.val));
console.log(s1cv.text, '|', s1val.text);

const D = stackWidth(K, SVEC);
function inputs(docs: Doc[], probs: Probs): Float64Array[] {
  return docs.map((d, i) => {
    const n = d.labels.length;
    const lp = Float64Array.from(probs[i].flat());
    const x = new Float64Array(n * D);
    stackInputs(lp, n, K, d.paragraphs, MAIN, x, d.text);
    return x;
  });
}
const trX = inputs(train, cache.oof);
if (process.env.XDUMP) {
  const vaX = inputs(val, cache.val);
  const rows = (xs: Float64Array[]) => xs.map((x) => Array.from(x, (v) => Math.round(v * 1e5) / 1e5));
  writeFileSync(
    process.env.XDUMP,
    JSON.stringify({
      D,
      train: { x: rows(trX), labels: train.map((d) => d.labels), s1: cache.oof },
      val: { x: rows(vaX), labels: val.map((d) => d.labels), s1: cache.val },
    }),
  );
}
function stage2(idx: number[], seed = Number(values.seed)) {
  const rows = idx.reduce((a, i) => a + train[i].labels.length, 0);
  const x = new Float64Array(rows * D);
  const labels: number[] = [];
  let at = 0;
  for (const i of idx) {
    x.set(trX[i], at);
    at += trX[i].length;
    labels.push(...train[i].labels);
  }
  const t = trainDense(x, labels, D, {
    classes: K,
    epochs: Number(values.epochs),
    rate: Number(values.rate),
    l2: Number(values.l2),
    seed,
    hidden: Number(values.hidden),
    exampleWeights: process.env.DOCW
      ? docWeights(
          idx.map((i) => train[i]),
          Number(process.env.DOCW),
        )
      : undefined,
    classWeights: classWeights(
      idx.map((i) => train[i]),
      Number(values.cw),
    ),
  });
  const hidden = t.hidden && {
    w1: Array.from(t.hidden.w1),
    b1: Array.from(t.hidden.b1),
    w2: Array.from(t.hidden.w2),
  };
  return {
    inputs: D,
    weights: Array.from(t.weights),
    bias: Array.from(t.bias),
    hidden,
    offsets: [],
    seqWeight: 0,
  };
}
const apply = (m: StackModelFile, docs: Doc[], probs: Probs) =>
  docs.map((d, i) => {
    const n = d.labels.length;
    const lp = Float64Array.from(probs[i].flat());
    applyStack(m, lp, n, K, d.paragraphs, MAIN, d.text);
    return Array.from({ length: n }, (_, t) => lp.slice(t * K, t * K + K));
  });
/** ENS=n: n second stages of consecutive seeds, their log-probabilities averaged. */
const ENS = Number(process.env.ENS ?? 1);
const stage2s = (idx: number[]) =>
  Array.from({ length: ENS }, (_, e) => stage2(idx, Number(values.seed) + e));
const applyAll = (ms: StackModelFile[], docs: Doc[], probs: Probs) => {
  const outs = ms.map((m) => apply(m, docs, probs));
  return outs[0].map((d, i) =>
    d.map((r, t) => r.map((_, c) => outs.reduce((a, o) => a + o[i][t][c], 0) / ms.length)),
  );
};
const t0 = Date.now();
const oof2: Float64Array[][] = train.map(() => []);
for (let f = 0; f < F; f++) {
  const m = stage2s(train.map((_, i) => i).filter((i) => i % F !== f));
  const fold = train.map((_, i) => i).filter((i) => i % F === f);
  const p = applyAll(
    m,
    fold.map((i) => train[i]),
    fold.map((i) => cache.oof[i]),
  );
  fold.forEach((i, j) => (oof2[i] = p[j]));
}
const s2cv = report('stage2 cv', train, oof2);
const full = stage2s(train.map((_, i) => i));
const pv = applyAll(full, val, cache.val);
const s2val = report('stage2 val', val, pv);
if (process.env.DUMP) {
  const b = Number(process.env.BLEND?.split(',')[0] ?? 1);
  const mix = (s2: Float64Array[][], s1: Probs) =>
    s2.map((d, i) => d.map((r, t) => Array.from(r, (v, c) => b * v + (1 - b) * s1[i][t][c])));
  writeFileSync(process.env.DUMP, JSON.stringify({ cv: mix(oof2, cache.oof), val: mix(pv, cache.val) }));
}
// Validation decoded with the offsets cross-validation chose on train (no validation tuning).
const rCvTuned = scores(val)(decodeAll(pv, s2cv.tuned.offsets, trans, s2cv.tuned.seqWeight));
const r1CvTuned = scores(val)(decodeAll(asRows(cache.val), s1cv.tuned.offsets, trans, s1cv.tuned.seqWeight));
console.log(
  JSON.stringify(values),
  '|',
  s2cv.text,
  '|',
  s2val.text,
  `| val@cv-offsets s2 ${rCvTuned.role.toFixed(4)}/${rCvTuned.fine.toFixed(4)} s1 ${r1CvTuned.role.toFixed(4)}/${r1CvTuned.fine.toFixed(4)}`,
  `| ${((Date.now() - t0) / 1000).toFixed(0)}s`,
);
if (process.env.BREAKDOWN) {
  const ids = parseJsonl(readFileSync('../shared/data/newsdiscourse/validation.jsonl', 'utf8')).map(
    (d) => d.id,
  );
  const trIds = parseJsonl(readFileSync('../shared/data/newsdiscourse/train.jsonl', 'utf8')).map((d) => d.id);
  const groups: [string, (id: string, n: number) => boolean][] = [
    ['nyt', (id) => /nyt|NYT/.test(id)],
    ['other', (id) => !/nyt|NYT/.test(id)],
    ['long', (_, n) => n > 35],
    ['short', (_, n) => n <= 35],
  ];
  for (const [g, f] of groups) {
    const vi = val.map((_, i) => i).filter((i) => f(ids[i], val[i].labels.length));
    const ti = train.map((_, i) => i).filter((i) => f(trIds[i], train[i].labels.length));
    const sv = (
      idx: number[],
      docs: Doc[],
      p: Float64Array[][],
      t: { offsets: number[]; seqWeight: number },
    ) => {
      const r = scores(idx.map((i) => docs[i]))(
        decodeAll(
          idx.map((i) => p[i]),
          t.offsets,
          trans,
          t.seqWeight,
        ),
      );
      return `${r.role.toFixed(3)}/${r.fine.toFixed(3)}`;
    };
    console.log(
      g,
      `val n=${vi.length} s1 ${sv(vi, val, asRows(cache.val), s1val.tuned)} s2 ${sv(vi, val, pv, s2val.tuned)}`,
      `| cv n=${ti.length} s1 ${sv(ti, train, asRows(cache.oof), s1cv.tuned)} s2 ${sv(ti, train, oof2, s2cv.tuned)}`,
    );
  }
}
if (process.env.ROLEDEC) {
  // Role-level decoding: fine probabilities summed per role, Viterbi over the five roles with
  // counted role transitions and tuned role offsets; the fine label is the best one in the role.
  const ROLE_OF = [0, 0, 1, 1, 1, 1, 2, 3, 4]; // result, background, strategy, outlook, other
  const R = 5;
  const roleTrans = transitions(
    train.map((d) => d.labels.map((l) => ROLE_OF[l])),
    R,
  );
  const toRole = (docs: Float64Array[][], fineOff: number[]) =>
    docs.map((doc) =>
      doc.map((lp) => {
        const out = new Float64Array(R).fill(0);
        let z = 0;
        for (let c = 0; c < K; c++) {
          const e = Math.exp(lp[c] + fineOff[c]);
          out[ROLE_OF[c]] += e;
          z += e;
        }
        return out.map((v) => Math.log(v / z));
      }),
    );
  const roleDecode = (docs: Float64Array[][], fineOff: number[], roleOff: number[], sw: number) => {
    const paths = decodeAll(toRole(docs, fineOff), roleOff, roleTrans, sw);
    return paths.map((path, d) =>
      path.map((r, t) => {
        let best = -1;
        for (let c = 0; c < K; c++)
          if (ROLE_OF[c] === r && (best < 0 || docs[d][t][c] + fineOff[c] > docs[d][t][best] + fineOff[best]))
            best = c;
        return best;
      }),
    );
  };
  // Coordinate ascent over role offsets and seqWeight with the fine offsets from fine tuning.
  const tuneR = (docs: Doc[], pred: Float64Array[][], fineOff: number[]) => {
    const obj = objective(docs);
    const off = new Array<number>(R).fill(0);
    let sw = 0.5;
    let best = obj(roleDecode(pred, fineOff, off, sw));
    for (const scale of [1, 0.5, 0.25]) {
      for (const s of [0, 0.25, 0.5, 0.75, 1]) {
        const v = obj(roleDecode(pred, fineOff, off, s));
        if (v > best + 1e-9) [best, sw] = [v, s];
      }
      for (let r = 0; r < R; r++) {
        const keep = off[r];
        let bv = keep;
        for (let d = -2; d <= 2.001; d += 0.25) {
          off[r] = keep + d * scale;
          const v = obj(roleDecode(pred, fineOff, off, sw));
          if (v > best + 1e-9) [best, bv] = [v, off[r]];
        }
        off[r] = bv;
      }
    }
    return { off, sw };
  };
  for (const [name, docs, pred, fineOff] of [
    ['s1 cv', train, asRows(cache.oof), s1cv.tuned.offsets],
    ['s2 cv', train, oof2, s2cv.tuned.offsets],
    ['s1 val', val, asRows(cache.val), s1val.tuned.offsets],
    ['s2 val', val, pv, s2val.tuned.offsets],
  ] as const) {
    const t = tuneR(docs, pred, [...fineOff]);
    const r = scores(docs)(roleDecode(pred, [...fineOff], t.off, t.sw));
    console.log(
      `roledec ${name} ${r.role.toFixed(4)}/${r.fine.toFixed(4)} sw ${t.sw} off ${t.off.join(',')}`,
    );
  }
}
if (process.env.STAGE3) {
  // A third stage on the second stage's out-of-fold predictions (same inputs, same trainer).
  const s2oof = oof2.map((d) => d.map((r) => Array.from(r)));
  const s2val = pv.map((d) => d.map((r) => Array.from(r)));
  const x3 = inputs(train, s2oof);
  const fit3 = (idx: number[]) => {
    const rows = idx.reduce((a, i) => a + train[i].labels.length, 0);
    const x = new Float64Array(rows * D);
    let at = 0;
    for (const i of idx) {
      x.set(x3[i], at);
      at += x3[i].length;
    }
    const t = trainDense(
      x,
      idx.flatMap((i) => train[i].labels),
      D,
      {
        classes: K,
        epochs: Number(values.epochs),
        rate: Number(values.rate),
        l2: Number(values.l2),
        seed: 8,
        classWeights: classWeights(
          idx.map((i) => train[i]),
          Number(values.cw),
        ),
      },
    );
    return { inputs: D, weights: Array.from(t.weights), bias: Array.from(t.bias), offsets: [], seqWeight: 0 };
  };
  const oof3: Float64Array[][] = train.map(() => []);
  for (let f = 0; f < F; f++) {
    const m = fit3(train.map((_, i) => i).filter((i) => i % F !== f));
    const fold = train.map((_, i) => i).filter((i) => i % F === f);
    const p = apply(
      m,
      fold.map((i) => train[i]),
      fold.map((i) => s2oof[i]),
    );
    fold.forEach((i, j) => (oof3[i] = p[j]));
  }
  console.log(
    report('stage3 cv', train, oof3).text,
    '|',
    report('stage3 val', val, apply(fit3(train.map((_, i) => i)), val, s2val)).text,
  );
}
if (process.env.BLEND) {
  // The second stage's log-probabilities blended with the first's.
  // (a list, BLEND=0.7,0.85: each in turn)
  for (const a of process.env.BLEND.split(',').map(Number)) {
    const mix = (s2: Float64Array[][], s1: Probs) =>
      s2.map((d, i) => d.map((r, t) => r.map((v, c) => a * v + (1 - a) * s1[i][t][c])));
    const bcv = report(`blend ${a} cv`, train, mix(oof2, cache.oof));
    const bval = report(`blend ${a} val`, val, mix(pv, cache.val));
    console.log(bcv.text, '|', bval.text);
    if (process.env.CROSS) {
      // Offsets tuned on one set, scored on the other; and tuned on both pooled (how far the
      // validation-tuned decoding carries to train-like articles, issue 3's held-out test).
      const at = (docs: Doc[], pred: Float64Array[][], t: typeof bcv.tuned) =>
        scores(docs)(decodeAll(pred, t.offsets, trans, t.seqWeight));
      const fmt = (r: { role: number; fine: number }) => `${r.role.toFixed(4)}/${r.fine.toFixed(4)}`;
      const pooled = report('pooled', [...train, ...val], [...mix(oof2, cache.oof), ...mix(pv, cache.val)]);
      // Each set's objective weighed equally, whatever its size.
      const both = [...mix(oof2, cache.oof), ...mix(pv, cache.val)];
      const [ot, ov] = [objective(train), objective(val)];
      const even = tuneDecoding(
        both,
        trans,
        K,
        (p) => (ot(p.slice(0, train.length)) + ov(p.slice(train.length))) / 2,
      );
      console.log(
        `even: cv ${fmt(at(train, mix(oof2, cache.oof), even))} val ${fmt(at(val, mix(pv, cache.val), even))} sw ${even.seqWeight}`,
      );
      console.log(
        `cross ${a}: cv@val-offsets ${fmt(at(train, mix(oof2, cache.oof), bval.tuned))}`,
        `| val@cv-offsets ${fmt(at(val, mix(pv, cache.val), bcv.tuned))}`,
        `| ${pooled.text}: cv ${fmt(at(train, mix(oof2, cache.oof), pooled.tuned))}`,
        `val ${fmt(at(val, mix(pv, cache.val), pooled.tuned))}`,
      );
    }
  }
}
