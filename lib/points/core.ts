/**
 * A role's core sentences (issue 4, point role precision): the kind of sentence a reader expects
 * under the role, told by its own words rather than by the segmenter alone. A point must be a
 * sentence the segmenter is sure of; a core sentence may be shown with a little less certainty
 * (the bars per role are tuned by scripts/tune-points.ts into models/points.json).
 * On NewsDiscourse validation (real segment(), sentences in paragraphs of their role):
 *  - outlook: an expectation, forecast or plan ("is expected to", "likely", "next week") —
 *    0.72 of such outlook sentences are gold outlook, against 0.28 of the others; a bare
 *    "will"/"would" is no cue (0.37: reported plans and conditionals are as often result or
 *    evaluation);
 *  - strategy: an assessment by an analyst, economist or other expert — 0.90, against 0.52;
 *  - background: earlier time named ("in 2015", "last year", "since", "had been") — 0.83 against
 *    0.77;
 *  - result: the lead (the first sentences, where news states its main event) — 0.69 against 0.48.
 * The same kinds of cue in Japanese (見通し, 専門家, これまで, 発表), for paragraphs labelled by
 * ../shared/data/ja-news's rules.
 *
 * Exports: `isCore(text, role, lang, inLead) → boolean`, `LEAD_SENTENCES` (the lead's length in
 * point-worthy sentences).
 */
import type { Role } from '../types';

/** The lead: this many first point-worthy sentences of an article (result's core). */
export const LEAD_SENTENCES = 3;

/*
 * Each alternative of outlook and background starts with `\b`: it is written once, in front
 * (the same matches), so V8's regex engine rejects most places from their first character
 * instead of trying every alternative there (background 2.2× faster on NewsDiscourse sentences;
 * issue 7).
 */
const CORE_EN: Record<Role, RegExp> = {
  outlook:
    /\b(?:(?:expect(?:s|ed|ing|ations?)?|(?:un)?likely|probably|forecasts?|predict(?:s|ed|ions?)?|anticipat(?:es?|ed|ing)|projected|outlook)\b|(?:next|coming|upcoming)\s+(?:few\s+)?(?:days?|weeks?|months?|years?|decades?|quarters?|seasons?|elections?|rounds?|meetings?|hours)\b|(?:plans|planned|planning|intends?|is set|are set|aims?) to\b)/i,
  strategy:
    /\b(?:analysts?|economists?|experts?|strategists?|commentators?|observers?|scholars?|researchers?|professor|critics?|consultants?|think[- ]tank)\b/i,
  background:
    /\b(?:(?:in|since|until|by|from) (?:19|20)\d\d\b|(?:last|previous|past) (?:year|month|week|decade|summer|winter|spring|fall|autumn)s?\b|\d+ (?:years?|months?|decades?) ago\b|(?:previously|earlier|formerly|ago|history|historic(?:al)?)\b|had (?:been|already)\b|has (?:been|long)\b)/i,
  result: /^$/,
};

const CORE_JA: Record<Role, RegExp> = {
  outlook:
    /今後|見通し|見込み|予定|予想|予測|将来|次回|来年|来月|来週|年内|方針|計画|可能性|とみられる|だろう|でしょう|目指す|検討/,
  strategy:
    /専門家|アナリスト|エコノミスト|研究者|教授|評論家|との見方|と指摘|と分析|と評価|とみる|と話す|と語る/,
  background:
    /これまで|以前|かつて|昨年|去年|前年|当時|年前|従来|経緯|背景|きっかけ|以来|以降|(?:19|20)\d\d年/,
  result: /^$/,
};

export function isCore(text: string, role: Role, lang: string, inLead: boolean): boolean {
  if (role === 'result') return inLead;
  return (lang === 'ja' ? CORE_JA : CORE_EN)[role].test(text);
}
