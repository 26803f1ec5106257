/**
 * Cue families shared by English and Japanese. Each family names what a sentence *does*
 * (looks ahead, recalls the past, evaluates, states an aim, quotes someone…), not a word: the
 * English model learns a weight per family from NewsDiscourse (train.jsonl) and the same
 * weight then applies to Japanese text through the Japanese half of the family. This is the
 * only bridge between the English training data and Japanese pages (issue 3, "what carries
 * across languages").
 *
 * The Japanese entries follow the labelling rules of ../shared/data/ja-news/README.md (cue
 * words per role, decision rules 1 to 7); the English ones follow the NewsDiscourse label
 * definitions (../shared/data/newsdiscourse/README.md).
 */
import { compileScanner, type CueScanner } from './cuescan';
import { compileEnScanner, type Triggers } from './enscan';

export interface CueFamily {
  name: string;
  en: RegExp;
  /** Words without which `en` cannot match (enscan.ts: only families with one present are tested). */
  enTriggers: Triggers;
  ja: RegExp;
}

const words = (list: string) => list.split(' ');

export const CUE_FAMILIES: CueFamily[] = [
  {
    // Forward-looking time and schedule: outlook (ja rule 1: "今後…予定", next start on the 5th).
    name: 'future',
    enTriggers: {
      words: words(
        'will ll next upcoming later coming scheduled due set forecast forecasts projected going now',
      ),
      year: true, // "by (the end of) 2020"
    },
    en: /\b(?:will|'ll|next (?:week|month|year|season|round|step)|upcoming|later this|in the coming|scheduled|is due to|are due to|set to|forecasts?|projected|going to|from now|by (?:the end of )?20\d\d)\b/i,
    ja: /今後|予定|見通し|見込み|来年|来月|来週|来季|次回|次の|将来|いずれ|近く|迫る|控え|これから|年度内|年内|再開へ|方向で|へ。$|する見通し|行方/,
  },
  {
    // Hedged possibility: outlook or evaluation (may/could; 可能性/かもしれない/だろう).
    name: 'modal',
    enTriggers: {
      words: words('would could may might likely unlikely possibly potentially probably perhaps risk chance'),
    },
    en: /\b(?:would|could|may|might|likely|unlikely|possibly|potentially|probably|perhaps|risk of|chance of)\b/i,
    ja: /可能性|かもしれ|だろう|でしょう|恐れ|おそれ|懸念|かねない|そうだ。|見られる|とみられ|予想|予測|はずだ/,
  },
  {
    // Plans and intentions of an actor: outlook (plans) or strategy (aims).
    name: 'plan',
    enTriggers: {
      words: words(
        'plan plans planned planning intend intends intention prepare prepares preparing considering weigh weighs weighing proposal proposed seek seeks seeking vow vows vowed pledge pledges pledged',
      ),
    },
    en: /\b(?:plans?|planned|planning|intends?|intention|prepar(?:e|es|ing) to|considering|weigh(?:s|ing)? |proposal|proposed|seek(?:s|ing)? to|vow(?:s|ed)? to|pledge[sd]?)\b/i,
    ja: /方針|計画|検討|構え|ことにして|目指す|目指し|意向|考えだ|考えです|方向|予定|準備|狙う|図る|たい(?:と|。|」)/,
  },
  {
    // Open questions and challenges: outlook (ja README: 課題, 問われる, …が焦点).
    name: 'challenge',
    enTriggers: {
      words: words('challenge challenges remain remains uncertain unclear question hurdle hurdles whether'),
    },
    en: /\b(?:challenges?|remains? to be seen|uncertain|unclear|question (?:is|of whether)|hurdles?|whether .+ (?:will|can))\b/i,
    ja: /課題|焦点|問われ|注目|求められ|必要が|どうか|できるか|なるか|かが/,
  },
  {
    // Earlier time: background (Distant_Historical, Cause_Specific).
    name: 'past',
    enTriggers: {
      words: words(
        'last ago previously earlier formerly once since former history historic decade decades used originally back',
      ),
      year: true, // "in 1998"
    },
    en: /\b(?:last (?:year|month|week|season|decade)|years? ago|months? ago|weeks? ago|previously|earlier|formerly|once|in (?:19|20)\d\d|since|former|history|historic|decades?|used to|originally|back in)\b/i,
    ja: /これまで|以前|昨年|去年|前年|昨季|かつて|当時|年前|もともと|元々|発端|経緯|従来|先月|先週|前回|以来|歴史|創業|設立|昭和|平成|明治|大正|過去|以降|までに/,
  },
  {
    // Perfect and continuous aspect: what has been going on (Cause_General).
    name: 'perfect',
    enTriggers: { words: words('has have had') },
    en: /\b(?:has been|have been|had been|has long|have long|had|has|have)\b/i,
    ja: /てきた|てきました|ていた|ていました|続いて|続け|続く|ている|ています|ており/,
  },
  {
    // Evaluation and analysis: strategy (Distant_Evaluation; ja: 専門家, 指摘, といえる).
    name: 'evaluation',
    enTriggers: {
      words: words(
        'analyst analysts critic critics expert experts observer observers economist economists suggest suggests signal signals mean means meaning argue argues argued believe believes believed think thinks seem seems appear appears should must important significant crucial key clearly arguably indeed sign reflect reflects show shows concern concerns concerned worry worries worried criticise criticize criticised criticized criticises criticizes praise praised blame blamed',
      ),
    },
    en: /\b(?:analysts?|critics?|experts?|observers?|economists?|suggests?|signals?|means?|meaning|argues?|argued|believes?|believed|thinks?|seems?|appears?|should|must|important|significant|crucial|key|clearly|arguably|indeed|sign of|reflects?|shows? that|concern(?:s|ed)?|worr(?:y|ies|ied)|critici[sz]e[sd]?|praised?|blamed?)\b/i,
    ja: /専門家|指摘|といえる|と言える|とも言え|といえよう|見方|評価|分析|意味|思われ|ではないか|のではない|のだ。|のです。|べき|重要|大きな|強み|弱み|特徴|感じ|考える|考えられ|わけだ|だろう|はずだ|にすぎない|に違いない|批判|懸念/,
  },
  {
    // An actor's aim or purpose: strategy (ja: 狙い, 戦略, 意図; "…を目指して").
    name: 'aim',
    enTriggers: {
      words: words(
        'order so aim aims aimed aimsed aiming goal strategy strategic intent motive purpose bid effort designed seek seeks boost curb win avoid counter attract protect ensure',
      ),
    },
    en: /\b(?:in order to|so as to|aims?(?:ed)? (?:to|at)|aiming|goal|strategy|strategic|intent|motive|purpose|bid to|effort to|designed to|seeks? to|to (?:boost|curb|win|avoid|counter|attract|protect|ensure))\b/i,
    ja: /狙い|戦略|意図|思惑|目的|目論|ねらい|目指して|ために|ため、|ようとして|しようと|図って|図る|ことで/,
  },
  {
    // Reported speech and attribution (ja: と述べた, によると, としている).
    name: 'attribution',
    enTriggers: {
      words: words(
        'said says told according stated added noted explained spokesman spokeswoman spokesperson statement interview quoted',
      ),
    },
    en: /\b(?:said|says|told|according to|stated|added|noted|explained|spokes(?:man|woman|person)|statement|interview|quoted)\b/i,
    ja: /と述べ|によると|としている|と話し|と語っ|と説明|と強調|と明らか|とした。|と指摘|と発表|と話す|と語る|と述べる|とコメント|によれば/,
  },
  {
    // The news event itself: announcement, decision, launch, outcome (result).
    name: 'event',
    enTriggers: {
      words: words(
        'announced approved launched won killed arrested signed agreed passed released reported unveiled elected confirmed decided ruled filed charged sentenced resigned began opened closed rose fell jumped dropped monday tuesday wednesday thursday friday saturday sunday today yesterday week',
      ),
    },
    en: /\b(?:announced|approved|launched|won|killed|arrested|signed|agreed|passed|released|reported|unveiled|elected|confirmed|decided|ruled|filed|charged|sentenced|resigned|began|opened|closed|rose|fell|jumped|dropped|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday|this week)\b/i,
    ja: /発表|決定|成立|開始|発足|判明|明らかにし|始まっ|就任|開催|発売|公開|提供を開始|閣議決定|合意|署名|逮捕|死亡|達成|到達|勝利|記録|きょう|今日|\d+日[、に,]|[月火水木金土日]曜/,
  },
  {
    // A day-precise date or a weekday: what just happened (Main, Cause_Specific).
    name: 'recent',
    enTriggers: {
      words: words(
        'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week morning afternoon earlier',
      ),
    },
    en: /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|this (?:week|morning|afternoon)|earlier (?:this|on))\b/,
    ja: /きょう|今日|昨日|きのう|今週|今月|[\d０-９]+日(?:[、にのまはから]|午|夜|朝)|[月火水木金土日]曜/,
  },
  {
    // A month or a month and day: dated events, usually before the main one.
    name: 'dated',
    enTriggers: {
      words: words(
        'jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july august september october november december',
      ),
    },
    en: /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}\b|\b(?:in|since|until|by|from) (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/,
    ja: /[\d０-９]+月(?!.*日)|[\d０-９]+年[\d０-９]+月/,
  },
  {
    // Causes and circumstances that led to the event: background (ja rule 2).
    name: 'cause',
    enTriggers: {
      words: words('because due amid following after result response triggered led prompted caused since'),
    },
    en: /\b(?:because|due to|amid|following|after|as a result|in response to|triggered|led to|prompted|caused|since then)\b/i,
    ja: /背景|を受け|受けて|影響で|により|によって|きっかけ|発端|原因|ことから|ため。|からだ|を機に/,
  },
  {
    // Figures that describe a situation (statistics: background) or an outcome (result).
    name: 'figure',
    enTriggers: {
      words: words('# percent million billion thousand hundred hundreds dozen dozens'),
      chars: ['%'],
    },
    en: /\d|\b(?:percent|million|billion|thousand|hundreds?|dozens?)\b|%/i,
    ja: /[\d０-９]|[一二三四五六七八九十百千万億]+(?:人|円|件|社|カ国|か国|倍|割|%|％)|％|万人|億円/,
  },
  {
    // The writer speaking: opinion pieces and analysis (ja rule 7).
    name: 'firstperson',
    enTriggers: { words: words('i we my our us') },
    en: /\b(?:I|we|my|our|us)\b/,
    ja: /私|筆者|我々|わたし|僕|われわれ|本書|本稿|本作/,
  },
];

/** Sentence-final tense and mood, the cheapest signal of past event versus state versus plan. */
export const TENSE: { name: string; en: RegExp; enTriggers: Triggers; ja: RegExp }[] = [
  {
    name: 'past',
    enTriggers: { words: words('was were did had'), suffixes: ['ed'] },
    en: /\b(?:was|were|did|had|\w{3,}ed)\b/i,
    ja: /(?:た|だった|でした|ました|かった)[」』）)]*[。！!]?$/,
  },
  {
    name: 'present',
    enTriggers: { words: words('is are does do has have') },
    en: /\b(?:is|are|does|do|has|have)\b/i,
    ja: /(?:る|だ|です|ます|ない|い)[」』）)]*[。！!]?$/,
  },
  {
    name: 'progressive',
    enTriggers: { words: words('is are was were') },
    en: /\b(?:is|are|was|were) \w+ing\b/i,
    ja: /(?:ている|ています|ていた|ていました|つつある)[」』）)]*[。！!]?$/,
  },
  {
    name: 'question',
    en: /\?\s*["”’]?$/,
    enTriggers: { words: [], chars: ['?'] },
    ja: /[?？か][」』）)]*[。]?$/,
  },
];

let jaFamilies: { scanner: CueScanner; hits: Uint8Array } | null = null;

/** One prefilter for the cue families (bits 0–14) and the tenses (bits 15–18): one pass over the words. */
let enScanner: ReturnType<typeof compileEnScanner> | null = null;

function scanner(): ReturnType<typeof compileEnScanner> {
  return (enScanner ??= compileEnScanner([
    ...CUE_FAMILIES.map((f) => f.enTriggers),
    ...TENSE.map((t) => t.enTriggers),
  ]));
}

function enCandidates(text: string, words: string[] | undefined): number {
  return words ? scanner().candidates(words, text) : -1;
}

/** The prefilter bits of one English word, for callers that cache them per word (features/word-facts.ts). */
export const enWordBits = (word: string): number => scanner().wordBits(word);
/** The prefilter bits of a text's trigger characters. */
export const enTextBits = (text: string): number => scanner().textBits(text);
/** The prefilter bits a year in the text sets (enscan.ts Triggers.year), for callers that know the years. */
export const enYearBits = (): number => scanner().yearBits;

/**
 * Cue families a sentence shows. `words`: the sentence's English words (features/words.ts
 * asciiWords), when known, let enscan.ts skip the regexes that cannot match; `may`, the
 * prefilter's answer when the caller already has it (englishCues).
 */
export function cueNames(
  text: string,
  lang: 'en' | 'ja',
  words?: string[],
  may = enCandidates(text, words),
): string[] {
  const out: string[] = [];
  if (lang === 'ja') {
    // Japanese: one dictionary scan for all families (cuescan.ts), the same answer faster.
    jaFamilies ??= {
      scanner: compileScanner(CUE_FAMILIES.map((f) => f.ja)),
      hits: new Uint8Array(CUE_FAMILIES.length),
    };
    const hits = jaFamilies.scanner.scan(text, jaFamilies.hits);
    CUE_FAMILIES.forEach((f, i) => hits[i] && out.push(f.name));
    return out;
  }
  for (let i = 0; i < CUE_FAMILIES.length; i++)
    if (may & (1 << i) && CUE_FAMILIES[i].en.test(text)) out.push(CUE_FAMILIES[i].name);
  return out;
}

/** Tenses a sentence shows; `words` and `may` as for cueNames. */
export function tenseNames(
  text: string,
  lang: 'en' | 'ja',
  words?: string[],
  may = enCandidates(text, words),
): string[] {
  const out: string[] = [];
  if (lang === 'ja') {
    for (const t of TENSE) if (t.ja.test(text)) out.push(t.name);
    return out;
  }
  const shift = CUE_FAMILIES.length;
  for (let i = 0; i < TENSE.length; i++)
    if (may & (1 << (i + shift)) && TENSE[i].en.test(text)) out.push(TENSE[i].name);
  return out;
}

/** cueNames and tenseNames of an English sentence, with one prefilter pass over its words. */
export function englishCues(
  text: string,
  words: string[] | undefined,
  may = enCandidates(text, words),
): { cues: string[]; tense: string[] } {
  return { cues: cueNames(text, 'en', words, may), tense: tenseNames(text, 'en', words, may) };
}
