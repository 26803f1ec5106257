/**
 * The segmentation seam: every paragraph and sentence of an article gets one role (issue 3).
 * Sentences are scored by the trained model (models/segment.json, built by `npm run train`):
 * English with its own words and the shared features, other languages with the shared
 * features only plus the Japanese cue lexicon and position priors (japanese.ts). Section
 * headings add a prior, Viterbi decoding keeps labels in coherent runs, and paragraph roles
 * roll up from sentences (rollup.ts).
 */
import modelJson from '../../models/segment.json';
import { ROLES, type Article } from '../types';
import { keepSentenceBags } from '../text/idbags';
import { eachDocumentSlots } from './features';
import { addJaEvidence, JA_ROLLUP, JA_TUNING, jaContexts, jaTransfer } from './japanese';
import { FINE_LABELS, FINE_TO_ROLE, NA_INDEX, type FineLabel } from './labels';
import { loadLinear, logProbs, viterbi, type LinearModel, type ModelFile } from './model';
import { modelNaAllowed } from './other';
import { prepare, type SegmentOptions } from './prepare';
import { paragraphRoles } from './rollup';
import type { Segmentation, SentenceUnit } from './types';

export type { Segmentation, SentenceUnit } from './types';
export type { SegmentOptions } from './prepare';

export type Segmenter = (article: Article, opts?: SegmentOptions) => Segmentation;

/** Evidence families that can be switched off, to measure what each adds (`npm run eval -- --without`). */
export interface SegmenterConfig {
  /** The English-trained model's shared features (for Japanese; English always uses its model). */
  transfer: boolean;
  /** The Japanese cue lexicon and role prior (japanese.ts). */
  lexicon: boolean;
  /** Lead, closing and headline priors for Japanese (japanese.ts). */
  position: boolean;
  /** Section heading cues. */
  headings: boolean;
  /** Viterbi over sentence labels and the paragraph rollup's cost of changing role. */
  sequence: boolean;
}

export const FULL_CONFIG: SegmenterConfig = {
  transfer: true,
  lexicon: true,
  position: true,
  headings: true,
  sequence: true,
};

/**
 * How much a section heading's cue word (今後, 背景, 狙い, …) favours its role, in log-odds.
 * Strong enough to carry sentences without cues of their own, not so strong that an
 * expert's analysis under "会談の結果" stops being strategy (the seed article, issue 3).
 */
export const HEADING_PRIOR = 1.5;
/** Paragraph rollup: what a change of role between neighbouring paragraphs costs (rollup.ts). */
const PARAGRAPH_SWITCH_COST = 0.4;

/** For each fine label, the index of its role in ROLES (-1 for NA). */
const ROLE_OF = FINE_LABELS.map((l) => ROLES.indexOf(FINE_TO_ROLE[l] as (typeof ROLES)[number]));

/**
 * exp(lp[c] − max lp): the terms of a sentence's softmax, computed once for both uses below
 * (each used to take its own; the same values, so the same sums).
 */
function softmaxTerms(lp: Float64Array, out: Float64Array): void {
  let max = -Infinity;
  for (let c = 0; c < lp.length; c++) if (lp[c] > max) max = lp[c];
  for (let c = 0; c < lp.length; c++) out[c] = Math.exp(lp[c] - max);
}

/** Label scores (log domain) summed into the four roles and normalised; `e`: softmaxTerms. */
function roleLogProbs(e: Float64Array): number[] {
  const sums = ROLES.map(() => 0);
  for (let c = 0; c < e.length; c++) if (ROLE_OF[c] >= 0) sums[ROLE_OF[c]] += e[c];
  let z = 0;
  for (const v of sums) z += v;
  for (let r = 0; r < sums.length; r++) sums[r] = Math.log(sums[r] / z);
  return sums;
}

/** Softmax of a sentence's label scores, summed over the labels of one role (index in ROLES); `e`: softmaxTerms. */
function roleProbability(e: Float64Array, role: number): number {
  let z = 0;
  let mass = 0;
  for (let c = 0; c < e.length; c++) {
    z += e[c];
    if (ROLE_OF[c] === role) mass += e[c];
  }
  return z > 0 ? mass / z : 0;
}

export function createSegmenter(file: ModelFile, config: SegmenterConfig = FULL_CONFIG): Segmenter {
  let models: { en: LinearModel; shared: LinearModel } | null = null;
  const K = FINE_LABELS.length;
  return (article, opts = {}) => {
    models ??= { en: loadLinear(file.en, K), shared: loadLinear(file.shared, K) };
    const prep = prepare(article, opts);
    const en = prep.lang === 'en';
    const model = en ? models.en : models.shared;
    const headSims: number[] = [];
    const raw: Float64Array[] = [];
    const bags: (readonly number[] | undefined)[] = [];
    eachDocumentSlots(
      prep.doc,
      { lexical: en },
      model.bits,
      headSims,
      (_, f) => raw.push(logProbs(model, f)),
      bags,
    );
    const ja = en ? null : jaContexts(prep, article.publishedTime, headSims);
    // Outside English the model's NA is ruled out below anyway: skip other.ts's scan of every paragraph.
    const naAllowed = en ? modelNaAllowed(article.paragraphs, article.lang) : null;
    if (!en) jaTransfer(raw, config.transfer);
    const bonus = new Float64Array(ROLES.length);
    const scores = raw;
    for (let t = 0; t < raw.length; t++) {
      const lp = raw[t];
      // Decoding offsets are tuned for English macro-F1 on NewsDiscourse; added to Japanese they
      // swung ja-news accuracy between 0.60 and 0.66 from one retrain to the next, without them
      // two retrains agree (0.636 / 0.628): Japanese takes the model's plain probabilities.
      if (en) for (let c = 0; c < K; c++) lp[c] += model.offsets[c];
      const paragraph = prep.units[prep.docUnits[t]].paragraph;
      const heading = prep.headings[paragraph];
      const headed = config.headings && heading.kind === 'section' && heading.role;
      if (ja) {
        bonus.fill(0);
        if (headed) bonus[ROLES.indexOf(heading.role!)] += HEADING_PRIOR;
        addJaEvidence(prep.doc.sentences[t].text, ja[t], config, bonus);
        // Outside English, `other` comes from the boilerplate rules only: the shared features
        // cannot tell a caption from content.
        lp[NA_INDEX] = -Infinity;
        for (let c = 0; c < K; c++) if (ROLE_OF[c] >= 0) lp[c] += bonus[ROLE_OF[c]];
      } else if (headed) {
        // The same sum as the bonus vector above (its other roles add zero).
        const r = ROLES.indexOf(heading.role!);
        for (let c = 0; c < K; c++) if (ROLE_OF[c] === r) lp[c] += 0 + HEADING_PRIOR;
      }
      if (naAllowed && !naAllowed[paragraph]) lp[NA_INDEX] = -Infinity; // other.ts
    }
    const seqWeight = config.sequence ? model.seqWeight : 0;
    const path = viterbi(scores, file.transitions, seqWeight);
    const labels: FineLabel[] = prep.units.map(() => 'NA');
    path.forEach((c, t) => (labels[prep.docUnits[t]] = FINE_LABELS[c]));
    // How sure the model is of each decoded role: its label probabilities for the sentence
    // (priors included) summed over the role's labels. Boilerplate is `other` by rule: certain.
    const confidence = prep.units.map(() => 1);
    const roleScores: (number[] | null)[] = prep.units.map(() => null);
    const exps = new Float64Array(K);
    scores.forEach((lp, t) => {
      const u = prep.docUnits[t];
      softmaxTerms(lp, exps);
      confidence[u] = roleProbability(exps, ROLE_OF[path[t]]);
      roleScores[u] = roleLogProbs(exps);
    });
    const sentences: SentenceUnit[] = prep.units.map((u, i) => ({
      paragraph: u.paragraph,
      text: u.text,
      start: u.start,
      label: labels[i],
      role: FINE_TO_ROLE[labels[i]],
      confidence: confidence[i],
    }));
    const switchCost = config.sequence ? (ja ? JA_TUNING.paragraphSwitch : PARAGRAPH_SWITCH_COST) : 0;
    const result: Segmentation = {
      paragraphs: paragraphRoles(
        article.paragraphs.length,
        sentences,
        roleScores,
        switchCost,
        ja ? JA_ROLLUP : undefined,
      ),
      sentences,
    };
    // The sentences' bags, for pickPoints (lib/text/idbags.ts): each sentence tokenised once.
    const unitBags: (readonly number[] | undefined)[] = new Array(sentences.length);
    bags.forEach((b, t) => (unitBags[prep.docUnits[t]] = b));
    keepSentenceBags(
      result,
      sentences.map((s) => s.text),
      unitBags,
    );
    return result;
  };
}

const defaultSegmenter = createSegmenter(modelJson as ModelFile);

export function segment(article: Article, opts?: SegmentOptions): Segmentation {
  return defaultSegmenter(article, opts);
}
