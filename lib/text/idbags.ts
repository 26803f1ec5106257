/**
 * Bags of words keyed by token id (lib/text/intern.ts) instead of by the token itself, and the
 * bags segment() already made, handed on to pickPoints() (issue 7: points tokenised every
 * candidate sentence again). An id bag holds the same tokens with the same counts as `bag()`
 * (tokens.ts), so every figure computed from it (cosines, centroids: sums of integer products)
 * is the same; only one kind may be mixed with itself, never with `bag()`'s Maps.
 *
 * Exports: `idBag(text)`, `idBagFrom(ids)`, `keepSentenceBags(key, texts, ids)`,
 * `sentenceBagIds(key, i, text)`.
 */
import { TOKENS } from './intern';
import { newScanOut, textBagIds } from './scan';
import type { Bag } from './tokens';

const scratch = newScanOut();

/** A Map from token id to count, from ids with repeats. */
export function idBagFrom(ids: ArrayLike<number>): Bag {
  const m: Bag = new Map();
  for (let k = 0; k < ids.length; k++) m.set(ids[k], ((m.get(ids[k]) as number | undefined) ?? 0) + 1);
  return m;
}

/** `bag(text)` keyed by token id. */
export function idBag(text: string): Bag {
  return idBagFrom(textBagIds(text, scratch));
}

interface Kept {
  generation: number;
  texts: readonly string[];
  ids: readonly (readonly number[] | undefined)[];
}

const kept = new WeakMap<object, Kept>();

/** Keeps each sentence's bag ids (by sentence index; undefined: not made) with its text, for `key`. */
export function keepSentenceBags(
  key: object,
  texts: readonly string[],
  ids: readonly (readonly number[] | undefined)[],
): void {
  kept.set(key, { generation: TOKENS.generation, texts, ids });
}

/**
 * The bag ids kept for sentence `i` of `key`, when they were made for this very text and the
 * token table has not been emptied since; else undefined.
 */
export function sentenceBagIds(key: object, i: number, text: string): readonly number[] | undefined {
  const k = kept.get(key);
  if (!k || k.generation !== TOKENS.generation || k.texts[i] !== text) return undefined;
  return k.ids[i];
}
