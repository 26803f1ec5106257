/**
 * Language of an article: its script first (Japanese), then, for text in Latin letters, the
 * language whose commonest words it is made of, and the page's declared language where the text
 * cannot say. Pages declare the language of their template, not of the article: a German article
 * under `<html lang="en">` (extraction-benchmark 57b4dafd) and a Portuguese one (11ea381a) were
 * outlined by the English model until the text was asked.
 */

// Not the middle dot and the long-vowel mark (U+30FB, U+30FC): Chinese text writes the dot
// in foreign names ("约翰・史密斯"), and a Chinese page was taken for Japanese.
const KANA = /[\u3040-\u30fa\u30fd-\u30ff]/g;
const HAN = /[\u4e00-\u9fff]/g;
const LATIN = /[A-Za-z]/g;
/**
 * Letters of the other scripts: Hangul, Cyrillic, Greek, Arabic, Thai… (not the Japanese
 * iteration and long-vowel marks, which are letters of no script). Korean and Russian pages fell
 * through to their few Latin words or to a template's lang="en", and were outlined as English.
 */
const OTHER =
  /[^\P{L}\p{Script=Latin}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3005\u30fc\uff70]/gu;
/** A script's language, for a page in that script whose declaration cannot be right. */
const SCRIPT_LANGS: [RegExp, string][] = [
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Devanagari}/u, 'hi'],
];

/** Whether a language is written in Latin letters ("de", "en-GB"; not "ja", "zh", "ru"). */
function writtenInLatin(lang: string): boolean {
  try {
    return new Intl.Locale(lang).maximize().script === 'Latn';
  } catch {
    return true; // no language tag: nothing to say about the text's script
  }
}

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
  // Languages with no list were English when the page declared none or a template's "en", and
  // Danish (its "at", "for") was English even under lang="da". Their lists keep to words of
  // their own, not the other lists' ("de", "la", "se"), so that these name the language.
  sv: 'och att det som en på är av för med till den har inte om ett var jag så vi kan ska efter sig',
  da: 'og at det er en til som på med for af den ikke har et var jeg så vi kan skal efter sig blev',
  no: 'og at det er som en på til med for av den ikke har et var jeg så vi kan skal etter seg ble blir',
  pl: 'się nie że jest jak co po ale od za dla są tak przez jego lub oraz który było na w z',
  cs: 'je že jako ve pro ale jsou které jeho podle při bylo také byl jejich není může na v s z',
  tr: 've bir bu için ile olarak daha çok gibi ama olan sonra kadar her değil ise yeni ne',
  fi: 'ja ei että oli hän mutta kun myös ovat tai jo joka mukaan sen kuin nyt ole vain sekä',
  ro: 'și în cu că pe din care mai pentru este sunt fost dar sau lui ca acest această fi',
  hu: 'az és hogy nem egy meg van volt már csak mint még azt ez pedig amely lesz után szerint',
  vi: 'và của là có được trong cho với các những một không này người đã để khi thì cũng đến',
};
const LISTS = Object.entries(FUNCTION_WORDS).map(
  ([lang, words]) => [lang, new Set(words.split(' '))] as const,
);
// All Latin letters: Polish "się", Turkish "için", Vietnamese "được" are words, not pieces.
const WORD = /\p{Script=Latin}+/gu;
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
 * The article's language from a sample of its text: another script's by its letters, Japanese by
 * its kana, Chinese by han without kana, a Latin-script language by its function words, else the
 * declared one (when the text can be in it).
 */
export function detectLang(text: string, declared?: string | null): string {
  const sample = text.slice(0, 4000);
  const kana = sample.match(KANA)?.length ?? 0;
  const han = sample.match(HAN)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  const other = sample.match(OTHER)?.length ?? 0;
  const decl = (declared ?? '').trim().toLowerCase().split(/[-_]/)[0] || '';
  const supported = decl === 'en' || decl === 'ja';
  // Hangul, Cyrillic…: the declared language unless it is one Lede reads (a template's "en").
  if (other > latin && other > kana + han) {
    if (decl && !supported) return decl;
    return SCRIPT_LANGS.find(([script]) => script.test(sample))?.[1] ?? 'und';
  }
  // Kana are unique to Japanese, but a Chinese text may hold a stray one (a brand's "の"), and
  // was outlined as Japanese: Japanese writes kana for every few kanji (0.86 a kanji or more on
  // the ja-news pages), so under one in 20 is not Japanese.
  if (kana > 0 && kana * 20 >= han && (kana + han) * 2 > latin) return 'ja';
  // Han alone is Chinese (or the page's own code for it, "yue"), not a template's "en" or "ja":
  // a Chinese page under lang="en" was outlined as English.
  if (han > latin) return decl && !supported ? decl : 'zh';
  // A text in Latin letters, but for a few: a declared Japanese, Chinese, Russian… is the site's
  // (a short English article on a Japanese site was outlined as Japanese).
  const ownDecl = decl && (writtenInLatin(decl) || (kana + han + other) * 20 >= latin) ? decl : '';
  if (latin > 0) {
    const spoken = latinLanguage(sample);
    // Another Latin language than the declared one: a regional variant or a near neighbour of
    // the declared language keeps the page's own, more precise code.
    if (spoken === 'en' || (spoken && (!ownDecl || ownDecl === 'en' || !writtenInLatin(ownDecl))))
      return spoken;
  }
  if (ownDecl) return ownDecl;
  return latin > 0 ? 'en' : 'und';
}
