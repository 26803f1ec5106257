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

/**
 * "Also" after the subject, in the first words: "You’ll also find AirPods 2 with wireless
 * charging case for $150…" (9to5Mac, extraction benchmark ad826691, after "Monday’s best deals
 * include various MacBook models from $700 at Amazon.") adds to what came before it.
 */
const EARLY_ALSO = /^(?:[^\s,;:]+ ){1,3}also /;

/**
 * A cleft that answers what the sentence before it said: "It’s when the Google Stadia Red Dead
 * Redemption 2 port attempts to run at an ideal 60fps in the Chrome browser where users will run
 * into issues." (MSPoweruser, extraction benchmark aade2ec8), "It’s because <The Palace…> was
 * part of the opening ceremony…" (Jeongdong Theater, 8cad00dc), "That’s why…". "It is for that
 * reason that NASA on Monday enlisted…" (42aad16b) is not one: it names its reason.
 */
const ANSWERING_CLEFT = /^(?:It|That|This)(?:['’]s| is| was) (?:because|when|why|how|where)\b/;

/**
 * "He", "she" or "they" as the subject after an opening phrase: "In a new case study out Monday,
 * they detail how the man came down with a rare form of allergy…" (Gizmodo, extraction benchmark
 * 7bb1ca90: the doctors "they" are is named in the sentence before, "A UK man’s innocent
 * decision to change his bedding caused him to develop a strange, rare condition…, his doctors
 * say.").
 */
const PRONOUN_AFTER_OPENER = /^[^,]{3,60}, (?:they|he|she) /;

/**
 * What the gist may not open on while another sentence of the window stands alone (gist.ts): a
 * connective, an "also" after the subject, a cleft answering the sentence before, or a pronoun
 * subject after an opening phrase.
 */
export function gistLeansBack(shown: string, lang: string): boolean {
  return (
    opensOnConnective(shown, lang) ||
    (lang === 'en' &&
      (EARLY_ALSO.test(shown) || ANSWERING_CLEFT.test(shown) || PRONOUN_AFTER_OPENER.test(shown)))
  );
}
