/**
 * `npm run train [-- --out models/segment.json] [--no-cues] [--no-lexical]`
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
import { documentSlots, type FeatureOptions } from '../lib/segment/features';
import { FINE_LABELS } from '../lib/segment/labels';
import {
  decodeAll,
  FEATURE_ID_BITS,
  frequentFeatures,
  logProbsOf,
  narrow,
  pack,
  quantise,
  trainLogistic,
  transitions,
  tuneDecoding,
} from '../lib/segment/learn';
import type { ModelFile } from '../lib/segment/model';
import { prepare } from '../lib/segment/prepare';
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
}

function load(file: string, bitsShared: number): Doc[] {
  const docs = parseJsonl(readFileSync(file, 'utf8'));
  const noCues = values['no-cues'];
  return docs.map((d) => {
    const nd = toArticle(d);
    const prep = prepare(nd.article, { sentences: nd.sentences });
    const full: FeatureOptions = { lexical: !values['no-lexical'], noCues };
    const shared: FeatureOptions = { lexical: false, noCues };
    return {
      // Feature ids, narrowed to the table below (rare ones dropped from training).
      fullSlots: documentSlots(prep.doc, full, FEATURE_ID_BITS),
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

function build(which: 'fullSlots' | 'sharedSlots', bits: number, trans: number[][], seed: number) {
  // Rare labels weigh more (inverse square root of frequency): the figures are macro-F1.
  const counts = new Array<number>(K).fill(0);
  for (const d of train) for (const l of d.labels) counts[l]++;
  const mean = counts.reduce((a, b) => a + b, 0) / K;
  const classWeights = counts.map((c) => Math.sqrt(mean / Math.max(1, c)));
  const opts = { bits, classes: K, seed, classWeights, ...SETTINGS[which] };
  const examples = train.flatMap((d) => d[which].map((slots, i) => ({ slots, label: d.labels[i] })));
  // The mean of models trained in three shuffle orders: less variance, same size.
  const runs = [0, 1, 2].map((r) => trainLogistic(examples, { ...opts, seed: seed * 10 + r }));
  const average = (get: (t: (typeof runs)[number]) => Float64Array) =>
    get(runs[0]).map((_, i) => runs.reduce((a, t) => a + get(t)[i], 0) / runs.length);
  const model = quantise({ weights: average((t) => t.weights), bias: average((t) => t.bias) });
  const predicted = tune.map((d) => d[which].map((s) => logProbsOf(model.trained, s, K)));
  const tuned = tuneDecoding(predicted, trans, K, objective(tune, which === 'fullSlots'));
  const { fine, role } = scores(tune)(decodeAll(predicted, tuned.offsets, trans, tuned.seqWeight));
  process.stderr.write(
    `${which}: validation four roles ${role.toFixed(4)}, nine labels ${fine.toFixed(4)}, seqWeight ${tuned.seqWeight}\n`,
  );
  return pack(model, bits, tuned);
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
const model: ModelFile = {
  version: 1,
  labels: [...FINE_LABELS],
  transitions: trans,
  en: build('fullSlots', BITS_FULL, trans, 1),
  shared: build('sharedSlots', BITS_SHARED, trans, 2),
};
writeFileSync(values.out!, JSON.stringify(model) + '\n');
process.stderr.write(`wrote ${values.out} (${train.length} training documents)\n`);
