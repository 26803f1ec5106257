/**
 * The segmentation seam: every paragraph and sentence of an article gets one role.
 * Sentences are scored by the trained model (models/segment.json, built by `npm run train`),
 * section headings add a prior, Viterbi decoding keeps roles in coherent runs, and paragraph
 * roles are the role covering most of their characters (issue 3).
 */
import modelJson from '../../models/segment.json';
import type { Article, UnitRole } from '../types';
import { documentFeatures } from './features';
import { classifyHeading } from './headings';
import { FINE_LABELS, FINE_TO_ROLE, NA_INDEX, type FineLabel } from './labels';
import { loadLinear, logProbs, viterbi, type LinearModel, type ModelFile } from './model';
import { prepare, type SegmentOptions } from './prepare';
import type { Segmentation, SentenceUnit } from './types';

export type { Segmentation, SentenceUnit } from './types';
export type { SegmentOptions } from './prepare';

/**
 * How much a section heading's cue word (今後, 背景, 狙い, …) favours its role, in log-odds.
 * Strong enough to carry sentences without cues of their own, not so strong that an
 * expert's analysis under "会談の結果" stops being strategy (the seed article, issue 3).
 */
export const HEADING_PRIOR = 1.5;

export type Segmenter = (article: Article, opts?: SegmentOptions) => Segmentation;

export function createSegmenter(file: ModelFile): Segmenter {
  let models: { en: LinearModel; shared: LinearModel } | null = null;
  const K = FINE_LABELS.length;
  return (article, opts = {}) => {
    models ??= { en: loadLinear(file.en, K), shared: loadLinear(file.shared, K) };
    const prep = prepare(article, opts);
    const model = prep.lang === 'en' ? models.en : models.shared;
    const features = documentFeatures(prep.doc, { lexical: prep.lang === 'en' });
    const headingRoles = article.paragraphs.map((p) => {
      const h = classifyHeading(p.heading, article.title);
      return h.kind === 'section' ? h.role : null;
    });
    const scores = features.map((f, t) => {
      const lp = logProbs(model, f);
      for (let c = 0; c < K; c++) lp[c] += model.offsets[c];
      const role = headingRoles[prep.units[prep.docUnits[t]].paragraph];
      if (role) for (let c = 0; c < K; c++) if (FINE_TO_ROLE[FINE_LABELS[c]] === role) lp[c] += HEADING_PRIOR;
      // Outside English, `other` comes from the boilerplate rules only: the shared features
      // cannot tell a caption from content.
      if (prep.lang !== 'en') lp[NA_INDEX] = -Infinity;
      return lp;
    });
    const path = viterbi(scores, file.transitions, model.seqWeight);
    const labels: FineLabel[] = prep.units.map(() => 'NA');
    path.forEach((c, t) => (labels[prep.docUnits[t]] = FINE_LABELS[c]));
    const sentences: SentenceUnit[] = prep.units.map((u, i) => ({
      paragraph: u.paragraph,
      text: u.text,
      start: u.start,
      label: labels[i],
      role: FINE_TO_ROLE[labels[i]],
    }));
    return { paragraphs: paragraphRoles(article, sentences), sentences };
  };
}

/** A paragraph's role is the role covering most of its characters (ja-news rule 4). */
function paragraphRoles(article: Article, sentences: SentenceUnit[]): UnitRole[] {
  const chars = article.paragraphs.map(() => new Map<UnitRole, number>());
  for (const s of sentences)
    chars[s.paragraph].set(s.role, (chars[s.paragraph].get(s.role) ?? 0) + s.text.length);
  return chars.map((m) => [...m].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'other');
}

const defaultSegmenter = createSegmenter(modelJson as ModelFile);

export function segment(article: Article, opts?: SegmentOptions): Segmentation {
  return defaultSegmenter(article, opts);
}
