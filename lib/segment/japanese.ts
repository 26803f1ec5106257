/**
 * Role evidence for Japanese sentences, written from the labelling rules of
 * ../shared/data/ja-news/README.md (the five labels, decision rules 1 to 7). NewsDiscourse
 * has no Japanese, so the English-trained model reaches Japanese only through the shared
 * features (lexicon.ts); this module adds what those rules say directly, as log-odds per role
 * added to the model's: the cue lexicon (ja-cues.ts), years and days against the article's date
 * (ja-time.ts), the role prior and the position priors (here), with the strengths of
 * ja-tuning.ts. Each cue is general to its role, never a phrase from one page.
 */
import { ROLES, type Role } from '../types';
import { referenceYear } from './features/years';
import { aboutWork, addJaCues } from './ja-cues';
import { addJaDays, addJaYears, parsePublished, recallsPast, yearsIn, type DayDate } from './ja-time';
import { JA_TUNING } from './ja-tuning';
import type { Prepared } from './prepare';

/**
 * The English-trained model's label scores for a Japanese document, in place: scaled by
 * JA_TUNING.transfer (0 when switched off).
 */
export function jaTransfer(lps: Float64Array[], on: boolean): void {
  const w = on ? JA_TUNING.transfer : 0;
  for (const lp of lps) for (let c = 0; c < lp.length; c++) lp[c] *= w;
}

const BACKGROUND = ROLES.indexOf('background');
const RESULT = ROLES.indexOf('result');

/**
 * Position: the lede (the first two content paragraphs, before any section heading) reports
 * the news (ja-news rule 1; the seed's lead); the closing paragraphs look ahead or conclude;
 * a sentence close to the headline restates the main event.
 */
export const LEAD_PRIOR = [1.2, 1.0];
export const CLOSING_PRIOR: Record<Role, number> = { outlook: 0.5, strategy: 0.2, background: 0, result: 0 };
/** A sentence at least `at` similar to the headline gains `weight` of result. */
export const HEADLINE_PRIOR = { weight: 0.3, at: 0.25 };

export interface PositionContext {
  /** Index of the sentence's paragraph among content paragraphs, and their count. */
  paragraph: number;
  paragraphs: number;
  /** The paragraph stands before any section heading. */
  inLead: boolean;
  /** Similarity of the sentence to the headline. */
  headSim: number;
  /**
   * The sentence recalls the past in so many words (recallsPast), or its paragraph opens on the
   * past: a lead paragraph that opens on history is background as a whole (ja-news 14 "2019年に
   * 世界の注目を集めた香港のデモ。…", 15 "日本にも、かつて狼が棲んでいた。…"), not only its
   * first sentence. Leave-one-page-out (ja-tune.ts, paragraphSwitch × unmarked × result): accuracy
   * 0.725 → 0.729.
   */
  history: boolean;
}

export function addJaPosition(ctx: PositionContext, bonus: Float64Array): void {
  const result = ROLES.indexOf('result');
  // A lead that opens on history (a review's or feature's hook: ja-news 04 "1957年に誕生", 15
  // "1905年に捕獲された") is background by the README's first rule, not the news itself.
  if (ctx.inLead && !ctx.history) bonus[result] += LEAD_PRIOR[ctx.paragraph] ?? 0;
  if (ctx.paragraphs > 4 && ctx.paragraph >= ctx.paragraphs - 2)
    ROLES.forEach((r, i) => (bonus[i] += CLOSING_PRIOR[r]));
  if (ctx.headSim >= HEADLINE_PRIOR.at) bonus[result] += HEADLINE_PRIOR.weight;
}
/** The writer's own words: a sentence without its 「quotes」. */
const unquoted = (text: string) => (text.includes('「') ? text.replace(/「[^」]*」/g, '') : text);

/** What the Japanese evidence needs to know of a sentence besides its text. */
export interface JaSentenceContext {
  /** Index of the sentence's paragraph among content paragraphs, and their count. */
  paragraph: number;
  paragraphs: number;
  /** The paragraph stands before any section heading. */
  inLead: boolean;
  /** Similarity of the sentence to the headline. */
  headSim: number;
  /**
   * The sentence's paragraph stands in the lead and opens on the past: its first sentence, outside
   * its 「quotes」, recalls the past (a speaker's 「…歴史と人民に…」 is no history of the writer's, 24).
   */
  opensOnPast: boolean;
  /** The article is about a work (a review or a film/book essay): README rule 6. */
  review: boolean;
  /** The article's year (features/years.ts referenceYear) and date, when known. */
  year: number | null;
  published: DayDate | null;
}

/**
 * Each sentence's context for addJaEvidence, from the prepared document (`headSims`: each
 * sentence's similarity to the headline, as documentSlots fills it). One place for segment()
 * and scripts/ja-diag.ts.
 */
export function jaContexts(
  prep: Prepared,
  publishedTime: string | null | undefined,
  headSims: number[],
): JaSentenceContext[] {
  const paragraphs = (prep.doc.sentences.at(-1)?.paragraph ?? -1) + 1;
  const year = referenceYear(prep.doc);
  const published = parsePublished(publishedTime);
  let opensOnPast = false;
  const review = aboutWork(prep.doc.title);
  return prep.doc.sentences.map((s, t) => {
    const inLead = prep.headings[prep.units[prep.docUnits[t]].paragraph].kind === 'none';
    if (s.inParagraph === 0) opensOnPast = inLead && recallsPast(unquoted(s.text), year);
    return {
      paragraph: s.paragraph,
      paragraphs,
      inLead,
      headSim: headSims[t],
      opensOnPast,
      review,
      year,
      published,
    };
  });
}

/**
 * All Japanese evidence for one sentence, added to `bonus` (log-odds per role, indexed like
 * ROLES): the cue lexicon, years and days against the article's date, the role prior and the
 * position priors. `config` switches families off for `npm run eval -- --without`.
 */
export function addJaEvidence(
  text: string,
  ctx: JaSentenceContext,
  config: { lexicon: boolean; position: boolean },
  bonus: Float64Array,
): void {
  // Years are read once for both the year priors and the history test of the lead.
  const years = yearsIn(text);
  if (config.lexicon) {
    const bg = bonus[BACKGROUND];
    const before = bonus[0] + bonus[1] + bonus[2] + bonus[3];
    addJaCues(text, bonus);
    addJaYears(text, ctx.year, bonus, years);
    addJaDays(text, ctx.published, bonus);
    // In a review, a sentence no cue, year or day marked retells the work: result (README rule 6).
    if (ctx.review && bonus[0] + bonus[1] + bonus[2] + bonus[3] === before) bonus[RESULT] += JA_TUNING.review;
    // Background needs a sign of time or context (README "background": history, earlier events,
    // the existing system, causes, profiles, statistics); a sentence with none describes the news.
    if (bonus[BACKGROUND] === bg) bonus[BACKGROUND] -= JA_TUNING.unmarked;
    ROLES.forEach((r, i) => (bonus[i] += JA_TUNING[r]));
  }
  if (config.position)
    addJaPosition(
      {
        paragraph: ctx.paragraph,
        paragraphs: ctx.paragraphs,
        inLead: ctx.inLead,
        headSim: ctx.headSim,
        history: ctx.opensOnPast || recallsPast(text, ctx.year, years),
      },
      bonus,
    );
}
