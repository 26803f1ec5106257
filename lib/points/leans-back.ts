/**
 * An English sentence that opens on what came before it: a pronoun ("These wouldn't be fishing
 * expeditions…", "This comes less than a week after…") or a connective ("Moreover: the
 * installation consists of…", "In addition to questions about…"). Shown alone as a point, under
 * a role's heading, it leaves the reader asking what "these" or "this" is: 39 of the 343
 * English points on the extraction-benchmark pages opened so (23 of 390 on NewsDiscourse
 * validation), so such a sentence ranks below one that stands on its own (select.ts). 26 and 15
 * remain, where the role has no other sentence to show; NewsDiscourse point precision moved by
 * one background point of 215 (87.4 → 87.0).
 */
const LEANS_BACK =
  /^(?:(?:It|This|That|These|Those|They|He|She|His|Her|Its|Their)\s|(?:In addition|Also|Moreover|Furthermore|Meanwhile|But|And|However|Still|Yet|Besides|Likewise|Similarly|Instead|Nonetheless|Nevertheless|So|Thus|Then|Indeed|In fact|In turn|Even so|After all|As a result|For example|For instance|On the other hand)\b)/;

export function leansBack(text: string, lang: string): boolean {
  return lang === 'en' && LEANS_BACK.test(text);
}
