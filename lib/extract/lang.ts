/**
 * Language of an article: its script first (Japanese), then, for text in Latin letters, the
 * language whose commonest words it is made of, and the page's declared language where the text
 * cannot say. Pages declare the language of their template, not of the article: a German article
 * under `<html lang="en">` (extraction-benchmark 57b4dafd) and a Portuguese one (11ea381a) were
 * outlined by the English model until the text was asked.
 */

const KANA = /[\u3040-\u30ff]/g;
const HAN = /[\u4e00-\u9fff]/g;
const LATIN = /[A-Za-z]/g;

/**
 * Each language's commonest function words. The English list leaves out the words other
 * languages use most ("in", "a", "i" are German, Italian and Portuguese words too); a few words
 * stand in two lists ("as") or are English words as well ("do", "no", "die", "come"), which
 * cannot tip English prose: on the corpus English text is 10–35% English function words
 * (NewsDiscourse articles: 17% at least, a recipe page of lists 10%), and the German, Portuguese
 * and Indonesian pages' English share is under 4%.
 */
const FUNCTION_WORDS: Record<string, string> = {
  en: 'the of and to is that for it on was with as at by be this are from have has he his she they their an or not but were which will said would who its been had we you',
  de: 'der die das und ist nicht mit den von zu sich auf dem des eine ein auch es für sind wird bei oder wie aus nach werden sie ich',
  fr: 'le la les et des est une du que qui pour dans pas sur au avec ce il sont par plus ou aux cette',
  es: 'el los las del y en un una por con para es se lo como más pero sus al fue este',
  it: 'il di che della per un una sono del non nel alla gli anche più questo delle dei come con è',
  pt: 'o os as da do das dos que em um uma para com não por mais é se na no ao foi',
  nl: 'de het een van en dat op te zijn niet met voor ook aan er maar om bij wordt nog',
  id: 'yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena ada oleh bisa saya',
};
const LISTS = Object.entries(FUNCTION_WORDS).map(
  ([lang, words]) => [lang, new Set(words.split(' '))] as const,
);
const WORD = /[a-zà-öø-ÿß]+/g;
/** Fewer words than this and the text cannot say: the declared language decides. */
const MIN_WORDS = 40;
/** A language's words must make up this share of the text to name it. */
const MIN_SHARE = 0.06;

/** The Latin-script language whose function words the text is most made of, or null. */
export function latinLanguage(sample: string): string | null {
  const words = sample.toLowerCase().match(WORD) ?? [];
  if (words.length < MIN_WORDS) return null;
  let best: string | null = null;
  let bestCount = MIN_SHARE * words.length;
  for (const [lang, list] of LISTS) {
    let n = 0;
    for (const w of words) if (list.has(w)) n++;
    if (n > bestCount) [best, bestCount] = [lang, n];
  }
  return best;
}

/**
 * The article's language from a sample of its text: Japanese by its kana, Chinese by han without
 * kana, a Latin-script language by its function words, else the declared one.
 */
export function detectLang(text: string, declared?: string | null): string {
  const sample = text.slice(0, 4000);
  const kana = sample.match(KANA)?.length ?? 0;
  const han = sample.match(HAN)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  const decl = (declared ?? '').toLowerCase().split(/[-_]/)[0] || '';
  // Kana are unique to Japanese; han alone could be Chinese.
  if (kana > 0 && (kana + han) * 2 > latin) return 'ja';
  if (han > latin && kana === 0) return decl && decl !== 'ja' ? decl : 'zh';
  if (latin > 0) {
    const spoken = latinLanguage(sample);
    // Another Latin language than the declared one: a regional variant or a near neighbour of
    // the declared language keeps the page's own, more precise code.
    if (spoken === 'en' || (spoken && (!decl || decl === 'en' || decl === 'ja'))) return spoken;
  }
  if (decl) return decl;
  return latin > 0 ? 'en' : 'und';
}
