/**
 * The gist: one sentence for the article's main event (issue 4). News puts the main event in
 * its lead, but not always in its first sentence: a feature opens on a scene or a person
 * ("Najibullah, a 47 year-old shopkeeper…") and states the news a few sentences later, and
 * a wire story may open on a teaser and repeat it under its dateline. So the gist is chosen
 * among the first GIST_WINDOW point-worthy sentences, whatever role the segmenter gave them
 * (in NewsDiscourse validation the first 8 hold a gold `Main` in 94 articles of 100, the first
 * 6 result sentences in only 85), by a linear score over ./gist-features.ts whose weights
 * (models/gist.json) are learned on NewsDiscourse train by scripts/train-gist.ts.
 * The chosen sentence is the main event, so lib/points/index.ts shows it under no other role.
 *
 * Exports: `pickGist(window, head, context, lang) → index in window | -1`, `GIST_WINDOW`,
 * `gistScores` (for the trainer and tests), `GistModel`.
 */
import gistJson from '../../models/gist.json';
import type { Bag } from '../text/tokens';
import { GIST_FEATURES, gistFeatures, type GistSentence } from './gist-features';
import { gistLeansBack } from './leans-back';
import { trimSentence } from './trim';

export interface GistModel {
  features: string[];
  weights: number[];
}

/** The gist is looked for among the article's first few point-worthy sentences. */
export const GIST_WINDOW = 8;

const MODEL = gistJson as GistModel;
if (MODEL.features.join() !== GIST_FEATURES.join())
  throw new Error('models/gist.json does not match lib/points/gist-features.ts: run scripts/train-gist.ts');

/** Each sentence's score; the highest is the gist. */
export function gistScores(
  window: GistSentence[],
  head: Bag,
  context: Bag,
  lang: string,
  model: GistModel = MODEL,
): number[] {
  return gistFeatures(window, head, context, lang).map((f) => {
    let a = 0; // (the same sum, in the same order, as f.reduce)
    for (let i = 0; i < f.length; i++) a += f[i] * model.weights[i];
    return a;
  });
}

/**
 * The best-scored sentence of the window; one that opens on a connective ("In addition to…",
 * "Moreover…") or an early "also" ("You’ll also find…": ./leans-back.ts gistLeansBack) only
 * when every sentence does, since the gist is read alone.
 */
export function pickGist(
  window: GistSentence[],
  head: Bag,
  context: Bag,
  lang: string,
  model: GistModel = MODEL,
): number {
  const leaning = window.map((s) => gistLeansBack(trimSentence(s.text, lang), lang));
  const allLean = leaning.every(Boolean);
  let best = -1;
  let bestScore = -Infinity;
  gistScores(window, head, context, lang, model).forEach((s, i) => {
    if (s > bestScore && (allLean || !leaning[i])) [best, bestScore] = [i, s];
  });
  return best;
}
