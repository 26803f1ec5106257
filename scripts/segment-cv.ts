/**
 * Experiment harness for the English role model (issue 3): 5-fold cross-validation on
 * train.jsonl (decoding tuned on the pooled out-of-fold predictions) and the validation figure
 * as scripts/train.ts computes it, for one training variant.
 * `npx tsx scripts/segment-cv.ts --variant NAME [--folds 5] [--no-val]`
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { encodeBase64 } from '../lib/segment/model';
import { parseArgs } from 'node:util';
import { parseJsonl, toArticle } from '../lib/eval/newsdiscourse';
import { documentSlots, type DocInput } from '../lib/segment/features';
import { hashFeature } from '../lib/segment/hash';
import { FINE_LABELS } from '../lib/segment/labels';
import {
  decodeAll,
  logProbsOf,
  quantise,
  frequentFeatures,
  narrow,
  FEATURE_ID_BITS,
  trainLogistic,
  transitions,
  tuneDecoding,
  type TrainOptions,
} from '../lib/segment/learn';
import { prepare } from '../lib/segment/prepare';
import { scores } from './train-scores';
import { VARIANTS } from './segment-variants';

const { values } = parseArgs({
  options: {
    variant: { type: 'string', default: 'base' },
    folds: { type: 'string', default: '5' },
    'no-val': { type: 'boolean', default: false },
    'no-cv': { type: 'boolean', default: false },
  },
});

const K = FINE_LABELS.length;
const labelIndex = new Map<string, number>(FINE_LABELS.map((l, i) => [l, i]));

interface Doc {
  input: DocInput;
  labels: number[];
  boilerplate: number[];
}

function load(file: string): Doc[] {
  return parseJsonl(readFileSync(file, 'utf8')).map((d) => {
    const nd = toArticle(d);
    const prep = prepare(nd.article, { sentences: nd.sentences });
    return {
      input: prep.doc,
      labels: prep.docUnits.map((u) => labelIndex.get(nd.gold[u].label)!),
      boilerplate: prep.units.flatMap((u, i) => (u.boilerplate ? [labelIndex.get(nd.gold[i].label)!] : [])),
    };
  });
}

function objective(docs: Doc[]) {
  const score = scores(docs);
  return (pred: number[][]) => {
    const { fine, role } = score(pred);
    return 0.7 * role + 0.3 * fine - 2 * Math.max(0, 0.505 - fine);
  };
}

const train = load('../shared/data/newsdiscourse/train.jsonl');
const val = load('../shared/data/newsdiscourse/validation.jsonl');

for (const name of values.variant!.split(',')) {
  const v = VARIANTS[name];
  if (!v) throw new Error(`no variant ${name}`);
  const t0 = Date.now();
  const out0: string[] = [];
  const extraOf = (d: Doc) => {
    const extra = v.extra?.(d.input) ?? [];
    return (s: Int32Array, i: number) =>
      extra[i]?.length ? Int32Array.from([...s, ...extra[i].map((f) => hashFeature(f, FEATURE_ID_BITS))]) : s;
  };
  const ids = (d: Doc) => documentSlots(d.input, { lexical: true }, FEATURE_ID_BITS).map(extraOf(d));
  const trIds = train.map(ids);
  const vaIds = val.map(ids);
  const check = documentSlots(train[0].input, { lexical: true }, v.bits);
  if (!v.extra && check.some((s, i) => s.some((x, j) => x !== (trIds[0][i][j] & ((1 << v.bits) - 1)))))
    throw new Error('narrowed ids differ from slots');
  const asSlots = (doc: Int32Array[], keep?: Set<number>) => doc.map((s) => narrow(s, v.bits, keep));
  const trSlots = trIds.map((d) => asSlots(d));
  const vaSlots = vaIds.map((d) => asSlots(d));
  const trainOn = (idx: number[], runs: number, seed: number) => {
    const counts = new Array<number>(K).fill(0);
    for (const i of idx) for (const l of train[i].labels) counts[l]++;
    const mean = counts.reduce((a, b) => a + b, 0) / K;
    const classWeights = counts.map((c) => Math.pow(mean / Math.max(1, c), v.cwPower ?? 0.5));
    const opts: TrainOptions = {
      bits: v.bits,
      classes: K,
      seed,
      classWeights,
      epochs: v.epochs ?? 4,
      l2: v.l2 ?? 3e-4,
      rate: v.rate ?? 0.05,
    };
    const keep = v.minCount
      ? frequentFeatures(
          idx.map((i) => trIds[i]),
          v.minCount,
        )
      : undefined;
    const examples = idx.flatMap((i) =>
      asSlots(trIds[i], keep).map((slots, j) => ({ slots, label: train[i].labels[j] })),
    );
    const ms = Array.from({ length: runs }, (_, r) =>
      trainLogistic(examples, { ...opts, seed: seed * 10 + r }),
    );
    const avg = (get: (t: (typeof ms)[number]) => Float64Array) =>
      get(ms[0]).map((_, i) => ms.reduce((a, t) => a + get(t)[i], 0) / ms.length);
    return quantise({ weights: avg((t) => t.weights), bias: avg((t) => t.bias) }).trained;
  };
  const trans = transitions(
    train.map((d) => d.labels),
    K,
  );
  const out: string[] = [name, ...out0];
  if (!values['no-cv']) {
    const F = Number(values.folds);
    const oof: Float64Array[][] = train.map(() => []);
    for (let f = 0; f < F; f++) {
      const inFold = (i: number) => i % F === f;
      const m = trainOn(
        train.map((_, i) => i).filter((i) => !inFold(i)),
        v.runs ?? 1,
        v.seed ?? 1,
      );
      train.forEach((_, i) => {
        if (inFold(i)) oof[i] = trSlots[i].map((s) => logProbsOf(m, s, K));
      });
    }
    const tuned = tuneDecoding(oof, trans, K, objective(train));
    const r = scores(train)(decodeAll(oof, tuned.offsets, trans, tuned.seqWeight));
    const plain = scores(train)(decodeAll(oof, new Array(K).fill(0), trans, 0.5));
    out.push(
      `cv roles ${r.role.toFixed(4)} fine ${r.fine.toFixed(4)} (untuned ${plain.role.toFixed(4)}/${plain.fine.toFixed(4)})`,
    );
  }
  if (!values['no-val']) {
    const m = trainOn(
      train.map((_, i) => i),
      3,
      v.seed ?? 1,
    );
    const pred = vaSlots.map((d) => d.map((s) => logProbsOf(m, s, K)));
    const q8 = quantise(m).q;
    out.push(`kept ${v.minCount ? frequentFeatures(trIds, v.minCount).size : '-'}`);
    out.push(
      `nonzero slots ${Array.from({ length: q8.length / K }, (_, i) => q8.subarray(i * K, i * K + K).some((x) => x !== 0)).filter(Boolean).length}`,
    );
    out.push(`b64 gz ${gzipSync(encodeBase64(new Uint8Array(q8.buffer))).length}`);
    const tuned = tuneDecoding(pred, trans, K, objective(val));
    const r = scores(val)(decodeAll(pred, tuned.offsets, trans, tuned.seqWeight));
    out.push(`val roles ${r.role.toFixed(4)} fine ${r.fine.toFixed(4)}`);
  }
  out.push(`${((Date.now() - t0) / 1000).toFixed(0)}s`);
  console.log(out.join(' | '));
}
