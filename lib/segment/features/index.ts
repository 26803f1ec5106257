/**
 * Sentence features for the role model. Two families:
 * - *shared* (shared-features.ts): position, similarity to the headline and lead, cue families,
 *   tense, quotes, years relative to the article's year, neighbours' cues. They mean the same in
 *   English and Japanese, so a model trained on English NewsDiscourse applies to Japanese through them.
 * - *lexical* (lexical-slots.ts): English words and word pairs, learned from NewsDiscourse only.
 * Feature names are strings; the model hashes them (lib/segment/hash.ts). Inference and training
 * take the slots straight away (shared-slots.ts, lexical-slots.ts), without building names.
 */
import { describe } from './describe';
import { lexicalFeatures, lexicalSlots } from './lexical-slots';
import { sharedFeatures } from './shared-features';
import { sharedSlotsOf, sharedTable } from './shared-slots';
import { clearSlots, slotsPut } from './slot-buffer';
import type { DocInput, FeatureOptions } from './types';
import { referenceYear, referenceYearOf } from './years';

export type { DocInput, DocSentence, FeatureLang, FeatureOptions } from './types';

/** Features of every sentence of a document; `headSims` receives each sentence's similarity to the title. */
export function documentFeatures(doc: DocInput, opts: FeatureOptions, headSims?: number[]): string[][] {
  const infos = describe(doc);
  if (headSims) for (const info of infos) headSims.push(info.headSim);
  const year = referenceYear(doc);
  return doc.sentences.map((_, i) => {
    let f = sharedFeatures(doc, infos, i, year);
    if (opts.noCues) f = f.filter((x) => !x.includes('cue='));
    return opts.lexical ? f.concat(lexicalFeatures(doc, i)) : f;
  });
}

/** documentFeatures, hashed into model slots (what inference and training use). */
export function documentSlots(
  doc: DocInput,
  opts: FeatureOptions,
  bits: number,
  headSims?: number[],
): Int32Array[] {
  const out: Int32Array[] = [];
  eachDocumentSlots(doc, opts, bits, headSims, (_, slots) => out.push(new Int32Array(slots)));
  return out;
}

/**
 * documentSlots one sentence at a time: `each(i, slots)` gets sentence i's slots in a scratch
 * array, valid during the call only (segment() scores them at once: no array per sentence).
 */
export function eachDocumentSlots(
  doc: DocInput,
  opts: FeatureOptions,
  bits: number,
  headSims: number[] | undefined,
  each: (i: number, slots: ArrayLike<number>) => void,
  /** Receives each English sentence's bag as token ids (lib/text/idbags.ts), for pickPoints. */
  bags?: (readonly number[] | undefined)[],
): void {
  const infos = describe(doc, opts.lexical ? bits : undefined);
  if (headSims) for (const info of infos) headSims.push(info.headSim);
  if (bags) for (const info of infos) bags.push(info.bag ?? undefined);
  const year = referenceYearOf(doc, infos);
  const table = sharedTable(bits);
  for (let i = 0; i < doc.sentences.length; i++) {
    clearSlots();
    sharedSlotsOf(doc, infos, i, year, table, !opts.noCues);
    if (opts.lexical) lexicalSlots(doc, infos[i], i, bits);
    each(i, slotsPut());
  }
}
