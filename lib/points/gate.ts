/**
 * Which sentences may be shown as points (issue 4: point role precision ≥ 0.85 for result and
 * background, ≥ 0.75 for strategy and outlook, without emptying sections a reader expects).
 * A sentence of a role passes when the segmenter's confidence in that role
 * (SentenceUnit.confidence) reaches the role's bar: `core` for the role's core sentences
 * (./core.ts), `plain` for the others (above 1: never); a section left empty may still show
 * its surest sentence from the `alone` bar. The bars are not set by hand: they are
 * tuned on NewsDiscourse validation by `npx tsx scripts/tune-points.ts`, which writes
 * models/points.json, and re-run whenever the segment model is retrained (its confidences move).
 *
 * Exports: `Bar`, `Gates`, `GATES` (models/points.json), `gateFor(gates, lang, role) → Bar`.
 */
import gatesJson from '../../models/points.json';
import type { Role } from '../types';

export interface Bar {
  /** Least confidence for a core sentence of the role. */
  core: number;
  /** Least confidence for any other sentence of the role (> 1: never shown). */
  plain: number;
  /**
   * Least confidence for the role's surest sentence when no sentence reaches the bars above:
   * a section the article covers gets one point rather than none (absent: stays empty).
   */
  alone?: number;
}

/** Bars per language family: `en` (calibrated model) and `ja` (cue lexicon and priors). */
export interface Gates {
  en: Record<Role, Bar>;
  ja: Record<Role, Bar>;
}

export const GATES: Gates = { en: gatesJson.en, ja: gatesJson.ja };

export function gateFor(gates: Gates, lang: string, role: Role): Bar {
  return (lang === 'ja' ? gates.ja : gates.en)[role];
}
