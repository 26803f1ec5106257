/**
 * The segmentation seam: every paragraph and sentence of an article gets one role (issue 3).
 * Sentences are scored by the trained model (models/segment.json, built by `npm run train`):
 * English with its own words and the shared features, other languages with the shared
 * features only plus the Japanese cue lexicon and position priors (japanese.ts, ja-*.ts). Section
 * headings add a prior, Viterbi decoding keeps labels in coherent runs, and paragraph roles
 * roll up from sentences (rollup.ts).
 */
import modelJson from '../../models/segment.json';
import { ROLES, type Article } from '../types';
import { keepSentenceBags } from '../text/idbags';
import { eachDocumentSlots } from './features';
import { addJaEvidence, jaContexts, jaTransfer } from './japanese';
import { JA_ROLLUP, JA_TUNING } from './ja-tuning';
import { FINE_LABELS, FINE_TO_ROLE, NA_INDEX } from './labels';
import { loadLinear, logProbs, ViterbiDecoder, type LinearModel, type ModelFile } from './model';
import { modelNaAllowed } from './other';
import { prepare, type SegmentOptions } from './prepare';
import { applyStack } from './stack';
import { paragraphRoles } from './rollup';
import type { Segmentation, SentenceUnit } from './types';

export type { Segmentation, SentenceUnit } from './types';
export type { SegmentOptions } from './prepare';

export type Segmenter = (article: Article, opts?: SegmentOptions) => Segmentation;

/** Evidence families that can be switched off, to measure what each adds (`npm run eval -- --without`). */
export interface SegmenterConfig {
  /** The English-trained model's shared features (for Japanese; English always uses its model). */
  transfer: boolean;
  /** The Japanese cue lexicon, years and days, and role prior (ja-cues.ts, ja-time.ts, japanese.ts). */
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

const MAIN_INDEX = FINE_LABELS.indexOf('Main');
const paragraphsOf = (sentences: readonly { paragraph: number }[]) => sentences.map((s) => s.paragraph);

/** For each fine label, the index of its role in ROLES (-1 for NA). */
const ROLE_OF = FINE_LABELS.map((l) => ROLES.indexOf(FINE_TO_ROLE[l] as (typeof ROLES)[number]));

/**
 * exp(lp[c] − max lp) of row `at` of a flat score table: the terms of a sentence's softmax,
 * computed once for both uses below (each used to take its own; the same values, so the same sums).
 */
function softmaxTerms(lp: Float64Array, at: number, k: number, out: Float64Array): void {
  let max = -Infinity;
  for (let c = 0; c < k; c++) if (lp[at + c] > max) max = lp[at + c];
  for (let c = 0; c < k; c++) out[c] = Math.exp(lp[at + c] - max);
}

/** Label scores (log domain) summed into the four roles and normalised, into out[at…at+3]; `e`: softmaxTerms. */
function roleLogProbs(e: Float64Array, out: Float64Array, at: number): void {
  const R = ROLES.length;
  for (let r = 0; r < R; r++) out[at + r] = 0;
  for (let c = 0; c < e.length; c++) if (ROLE_OF[c] >= 0) out[at + ROLE_OF[c]] += e[c];
  let z = 0;
  for (let r = 0; r < R; r++) z += out[at + r];
  for (let r = 0; r < R; r++) out[at + r] = Math.log(out[at + r] / z);
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

/**
 * Scratch for one segment() call: the sentences' label scores in one flat table ([t × K + c]),
 * grown as needed and reused, so that a call makes no typed array per sentence (issue 7: on a
 * short article the allocations were a tenth of segment()).
 */
let scoreTable = new Float64Array(64 * FINE_LABELS.length);

export function createSegmenter(file: ModelFile, config: SegmenterConfig = FULL_CONFIG): Segmenter {
  let models: { en: LinearModel; shared: LinearModel } | null = null;
  const K = FINE_LABELS.length;
  const R = ROLES.length;
  const bonus = new Float64Array(R);
  const exps = new Float64Array(K);
  const decoder = new ViterbiDecoder(K);
  return (article, opts = {}) => {
    models ??= { en: loadLinear(file.en, K), shared: loadLinear(file.shared, K) };
    const prep = prepare(article, opts);
    const en = prep.lang === 'en';
    const model = en ? models.en : models.shared;
    const n = prep.doc.sentences.length;
    if (scoreTable.length < n * K) scoreTable = new Float64Array(Math.max(n * K, scoreTable.length * 2));
    const scores = scoreTable;
    const headSims: number[] = [];
    const bags: (readonly number[] | undefined)[] = [];
    eachDocumentSlots(
      prep.doc,
      { lexical: en },
      model.bits,
      headSims,
      (t, f) => logProbs(model, f, scores, t * K),
      bags,
    );
    // English: the second stage re-reads the label probabilities in their context (stack.ts).
    const stack = en ? file.stack : undefined;
    if (stack)
      applyStack(stack, scores, n, K, paragraphsOf(prep.doc.sentences), MAIN_INDEX, {
        headSims,
        bags,
        title: prep.doc.title,
      });
    const offsets = stack ? stack.offsets : model.offsets;
    const ja = en ? null : jaContexts(prep, article.publishedTime, headSims);
    // Outside English the model's NA is ruled out below anyway: skip other.ts's scan of every paragraph.
    const naAllowed = en ? modelNaAllowed(article.paragraphs, article.lang) : null;
    if (!en)
      jaTransfer(
        Array.from({ length: n }, (_, t) => scores.subarray(t * K, t * K + K)),
        config.transfer,
      );
    for (let t = 0; t < n; t++) {
      const at = t * K;
      // Decoding offsets are tuned for English macro-F1 on NewsDiscourse; added to Japanese they
      // swung ja-news accuracy between 0.60 and 0.66 from one retrain to the next, without them
      // two retrains agree (0.636 / 0.628): Japanese takes the model's plain probabilities.
      if (en) for (let c = 0; c < K; c++) scores[at + c] += offsets[c];
      const paragraph = prep.units[prep.docUnits[t]].paragraph;
      const heading = prep.headings[paragraph];
      const headed = config.headings && heading.kind === 'section' && heading.role;
      if (ja) {
        bonus.fill(0);
        if (headed) bonus[ROLES.indexOf(heading.role!)] += HEADING_PRIOR;
        addJaEvidence(prep.doc.sentences[t].text, ja[t], config, bonus);
        // Outside English, `other` comes from the boilerplate rules only: the shared features
        // cannot tell a caption from content.
        scores[at + NA_INDEX] = -Infinity;
        for (let c = 0; c < K; c++) if (ROLE_OF[c] >= 0) scores[at + c] += bonus[ROLE_OF[c]];
      } else if (headed) {
        // The same sum as the bonus vector above (its other roles add zero).
        const r = ROLES.indexOf(heading.role!);
        for (let c = 0; c < K; c++) if (ROLE_OF[c] === r) scores[at + c] += 0 + HEADING_PRIOR;
      }
      if (naAllowed && !naAllowed[paragraph]) scores[at + NA_INDEX] = -Infinity; // other.ts
    }
    const seqWeight = config.sequence ? (stack ?? model).seqWeight : 0;
    const path = decoder.decode(scores, n, file.transitions, seqWeight);
    // How sure the model is of each decoded role: its label probabilities for the sentence
    // (priors included) summed over the role's labels. Boilerplate is `other` by rule: certain.
    const units = prep.units;
    const sentences: SentenceUnit[] = new Array(units.length);
    const roleScores = new Float64Array(units.length * R);
    const scored = new Uint8Array(units.length);
    // The sentences' bags, for pickPoints (lib/text/idbags.ts): each sentence tokenised once.
    const unitBags: (readonly number[] | undefined)[] = new Array(units.length);
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      sentences[i] = {
        paragraph: u.paragraph,
        text: u.text,
        start: u.start,
        label: 'NA',
        role: FINE_TO_ROLE.NA,
        confidence: 1,
      };
    }
    for (let t = 0; t < n; t++) {
      const i = prep.docUnits[t];
      const label = FINE_LABELS[path[t]];
      softmaxTerms(scores, t * K, K, exps);
      const s = sentences[i];
      s.label = label;
      s.role = FINE_TO_ROLE[label];
      s.confidence = roleProbability(exps, ROLE_OF[path[t]]);
      roleLogProbs(exps, roleScores, i * R);
      scored[i] = 1;
      unitBags[i] = bags[t];
    }
    const switchCost = config.sequence ? (ja ? JA_TUNING.paragraphSwitch : PARAGRAPH_SWITCH_COST) : 0;
    const result: Segmentation = {
      paragraphs: paragraphRoles(
        article.paragraphs.length,
        sentences,
        roleScores,
        scored,
        switchCost,
        ja ? JA_ROLLUP : undefined,
      ),
      sentences,
    };
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
