/**
 * `npm run train [-- --out models/segment.json] [--no-cues] [--no-lexical]`
 * Rebuilds the role model from ../shared/data/newsdiscourse/train.jsonl, deterministically:
 * the English model (shared + lexical features) and the shared-features model used for
 * Japanese, label transitions, and decoding offsets tuned on 5-fold out-of-fold predictions
 * of the training split. The validation split is never read here. The --no-* switches train
 * ablations for `npm run eval -- --model FILE` (issue 3: measure what each family adds).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseJsonl, toArticle } from '../lib/eval/newsdiscourse';
import { confusion, macroF1 } from '../lib/eval/metrics';
import { documentFeatures, type FeatureOptions } from '../lib/segment/features';
import { FINE_LABELS, FINE_TO_ROLE } from '../lib/segment/labels';
import {
  logProbsOf,
  pack,
  toSlots,
  trainLogistic,
  transitions,
  tuneDecoding,
  type Example,
} from '../lib/segment/learn';
import type { ModelFile } from '../lib/segment/model';
import { prepare } from '../lib/segment/prepare';
import { ROLES } from '../lib/types';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/newsdiscourse/train.jsonl' },
    out: { type: 'string', default: 'models/segment.json' },
    'no-cues': { type: 'boolean', default: false },
    'no-lexical': { type: 'boolean', default: false },
  },
});

const K = FINE_LABELS.length;
const FOLDS = 5;
const labelIndex = new Map<string, number>(FINE_LABELS.map((l, i) => [l, i]));

interface Doc {
  fullSlots: Int32Array[];
  sharedSlots: Int32Array[];
  labels: number[];
}

function load(bitsFull: number, bitsShared: number): Doc[] {
  const docs = parseJsonl(readFileSync(values.data!, 'utf8'));
  const noCues = values['no-cues'];
  return docs.map((d) => {
    const nd = toArticle(d);
    const prep = prepare(nd.article, { sentences: nd.sentences });
    const full: FeatureOptions = { lexical: !values['no-lexical'], noCues };
    const shared: FeatureOptions = { lexical: false, noCues };
    return {
      fullSlots: documentFeatures(prep.doc, full).map((f) => toSlots(f, bitsFull)),
      sharedSlots: documentFeatures(prep.doc, shared).map((f) => toSlots(f, bitsShared)),
      labels: prep.docUnits.map((u) => labelIndex.get(nd.gold[u].label)!),
    };
  });
}

/** What decoding is tuned for: the mean of the two figures eval reports (issue 3). */
function objective(docs: Doc[]) {
  const gold = docs.flatMap((d) => d.labels.map((l) => FINE_LABELS[l]));
  const roles = ['background', 'result', 'strategy', 'outlook', 'other'];
  const goldRoles = gold.map((l) => FINE_TO_ROLE[l as keyof typeof FINE_TO_ROLE]);
  return (pred: number[][]) => {
    const p = pred.flat().map((l) => FINE_LABELS[l]);
    const fine = macroF1(confusion(gold, p, [...FINE_LABELS]));
    const role = macroF1(
      confusion(
        goldRoles,
        p.map((l) => FINE_TO_ROLE[l as keyof typeof FINE_TO_ROLE]),
        roles,
      ),
      ROLES,
    );
    return (fine + role) / 2;
  };
}

function build(
  docs: Doc[],
  which: 'fullSlots' | 'sharedSlots',
  bits: number,
  trans: number[][],
  seed: number,
) {
  const opts = { bits, classes: K, epochs: 8, rate: 0.1, l2: 1e-5, seed };
  const examples = (ds: Doc[]): Example[] =>
    ds.flatMap((d) => d[which].map((slots, i) => ({ slots, label: d.labels[i] })));
  const oof: Float64Array[][] = new Array(docs.length);
  for (let f = 0; f < FOLDS; f++) {
    const model = trainLogistic(examples(docs.filter((_, i) => i % FOLDS !== f)), opts);
    docs.forEach((d, i) => {
      if (i % FOLDS === f) oof[i] = d[which].map((s) => logProbsOf(model, s, K));
    });
  }
  const tuned = tuneDecoding(oof, trans, K, objective(docs));
  process.stderr.write(
    `${which}: out-of-fold objective ${tuned.score.toFixed(4)}, seqWeight ${tuned.seqWeight}\n`,
  );
  return pack(trainLogistic(examples(docs), opts), bits, tuned);
}

const BITS_FULL = 15;
const BITS_SHARED = 12;
const docs = load(BITS_FULL, BITS_SHARED);
const trans = transitions(
  docs.map((d) => d.labels),
  K,
);
const model: ModelFile = {
  version: 1,
  labels: [...FINE_LABELS],
  transitions: trans,
  en: build(docs, 'fullSlots', BITS_FULL, trans, 1),
  shared: build(docs, 'sharedSlots', BITS_SHARED, trans, 2),
};
writeFileSync(values.out!, JSON.stringify(model) + '\n');
process.stderr.write(`wrote ${values.out} (${docs.length} documents)\n`);
