/**
 * Issue 3: `npm run train` rebuilds models/segment.json deterministically, so the committed file
 * can be checked byte for byte. The same pipeline on a small slice of train.jsonl (features,
 * seeded training, int8 quantisation, decoding tuned on a second slice, packing) run twice must
 * give identical bytes; a different seed must not (the check can fail).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonl, toArticle } from '../../lib/eval/newsdiscourse';
import { documentSlots } from '../../lib/segment/features';
import { FINE_LABELS } from '../../lib/segment/labels';
import {
  logProbsOf,
  pack,
  quantise,
  trainLogistic,
  transitions,
  tuneDecoding,
} from '../../lib/segment/learn';
import { prepare } from '../../lib/segment/prepare';

const K = FINE_LABELS.length;
const BITS = 10;
const docs = parseJsonl(readFileSync('../shared/data/newsdiscourse/train.jsonl', 'utf8'))
  .slice(0, 24)
  .map((d) => {
    const nd = toArticle(d);
    const prep = prepare(nd.article, { sentences: nd.sentences });
    return {
      slots: documentSlots(prep.doc, { lexical: true }, BITS),
      labels: prep.docUnits.map((u) => FINE_LABELS.indexOf(nd.gold[u].label as (typeof FINE_LABELS)[number])),
    };
  });

function buildBytes(seed: number): string {
  const [fit, tune] = [docs.slice(0, 16), docs.slice(16)];
  const examples = fit.flatMap((d) => d.slots.map((slots, i) => ({ slots, label: d.labels[i] })));
  const trained = trainLogistic(examples, { bits: BITS, classes: K, epochs: 2, rate: 0.05, l2: 3e-4, seed });
  const q = quantise(trained);
  const trans = transitions(
    fit.map((d) => d.labels),
    K,
  );
  const predicted = tune.map((d) => d.slots.map((s) => logProbsOf(q.trained, s, K)));
  // A cheap objective: accuracy of the decoded labels.
  const gold = tune.flatMap((d) => d.labels);
  const tuned = tuneDecoding(predicted, trans, K, (pred) => {
    const flat = pred.flat();
    return flat.filter((l, i) => l === gold[i]).length / flat.length;
  });
  return JSON.stringify({ trans, model: pack(q, BITS, tuned) });
}

describe('training', () => {
  it('gives the same bytes twice, and other bytes for another seed', () => {
    const a = buildBytes(1);
    expect(buildBytes(1)).toBe(a);
    expect(buildBytes(2)).not.toBe(a);
  });
});
