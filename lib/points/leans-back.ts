/**
 * An English sentence that opens on what came before it: a pronoun ("These wouldn't be fishing
 * expeditions…", "This comes less than a week after…") or a connective ("Moreover: the
 * installation consists of…", "In addition to questions about…"). Shown alone as a point, under
 * a role's heading, it leaves the reader asking what "these" or "this" is: 39 of the 343
 * English points on the extraction-benchmark pages opened so (23 of 390 on NewsDiscourse
 * validation), so such a sentence ranks below one that stands on its own (select.ts). 26 and 15
 * remain, where the role has no other sentence to show; NewsDiscourse point precision moved by
 * one background point of 215 (87.4 → 87.0).
 *
 * Both read the sentence as it is shown (trimSentence's text): trim.ts already takes a plain
 * "However, " or "But " off, and the rest then stands alone ("But Mr. Garrett… has been
 * suspended", WSJ 7ab16ade).
 */
const PRONOUN = /^(?:It|This|That|These|Those|They|He|She|His|Her|Its|Their)\s/;
const CONNECTIVE =
  /^(?:In addition|Also|Moreover|Furthermore|Meanwhile|But|And|However|Still|Yet|Besides|Likewise|Similarly|Instead|Nonetheless|Nevertheless|So|Thus|Then|Indeed|In fact|In turn|Even so|After all|As a result|For example|For instance|On the other hand)\b/;

export function leansBack(shown: string, lang: string): boolean {
  return lang === 'en' && (PRONOUN.test(shown) || CONNECTIVE.test(shown));
}

/**
 * The connectives alone, for the gist (gist.ts): "In addition to the three fatalities…" (RT
 * 4a44ab3e) followed the news itself, "Three people have died…". A lede opening on a pronoun
 * often is the news ("It is for that reason that NASA on Monday enlisted…", Al Jazeera
 * 42aad16b, whose next candidate was a scene-setting "Getting to the Moon… has been done").
 */
export function opensOnConnective(shown: string, lang: string): boolean {
  return lang === 'en' && CONNECTIVE.test(shown);
}
