/**
 * Issue 3: training drops rare features from a 24-bit id space, then narrows ids to the model's
 * table (scripts/train.ts). That is only sound if a narrowed id is exactly the slot inference
 * computes at the model's bits; these tests check it on real NewsDiscourse articles, and that
 * the rarity filter drops what it should and nothing else.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonl, toArticle } from '../../lib/eval/newsdiscourse';
import { documentSlots } from '../../lib/segment/features';
import { FEATURE_ID_BITS, frequentFeatures, narrow } from '../../lib/segment/learn';
import { prepare } from '../../lib/segment/prepare';

const docs = parseJsonl(readFileSync('../shared/data/newsdiscourse/train.jsonl', 'utf8'))
  .slice(0, 6)
  .map((d) => {
    const nd = toArticle(d);
    return prepare(nd.article, { sentences: nd.sentences }).doc;
  });

describe('feature ids narrowed to a table', () => {
  it('give the slots inference computes at that table size', () => {
    for (const doc of docs) {
      const ids = documentSlots(doc, { lexical: true }, FEATURE_ID_BITS);
      for (const bits of [12, 15, 16]) {
        const slots = documentSlots(doc, { lexical: true }, bits);
        expect(ids.map((s) => Array.from(narrow(s, bits)))).toEqual(slots.map((s) => Array.from(s)));
      }
    }
  });

  it('drop features seen fewer than minCount times, and keep the rest', () => {
    const ids = docs.map((doc) => documentSlots(doc, { lexical: true }, FEATURE_ID_BITS));
    const counts = new Map<number, number>();
    for (const doc of ids) for (const s of doc) for (const id of s) counts.set(id, (counts.get(id) ?? 0) + 1);
    const keep = frequentFeatures(ids, 2);
    expect(keep.size).toBeGreaterThan(0);
    expect(keep.size).toBeLessThan(counts.size);
    for (const [id, c] of counts) expect(keep.has(id)).toBe(c >= 2);
    const sentence = ids[0][0];
    const kept = narrow(sentence, 16, keep);
    expect(Array.from(kept)).toEqual(
      Array.from(sentence)
        .filter((id) => counts.get(id)! >= 2)
        .map((id) => id & 0xffff),
    );
  });
});
