/**
 * Role evidence for Japanese sentences, written from the labelling rules of
 * ../shared/data/ja-news/README.md (the five labels, decision rules 1 to 7). NewsDiscourse
 * has no Japanese, so the English-trained model reaches Japanese only through the shared
 * features (lexicon.ts); this lexicon adds what those rules say directly. Scores are log-odds
 * added to the model's, per role. Each entry is a general cue of the role, never a phrase from
 * one page.
 */
import { ROLES, type Role } from '../types';
import { compileScanner, type CueScanner } from './cuescan';
import { referenceYear } from './features';
import type { Prepared } from './prepare';
import type { RollupWeights } from './rollup';

/** Past-continuous aspect: weaker than the other background cues (chosen by leave-one-page-out from 0.3–1.3). */
const W_PERFECT = 0.6;

/**
 * The few global strengths of the Japanese model, each chosen by leave-one-page-out on the
 * labelled ja-news pages (the grids are in the commit messages). An object so the
 * search can vary them; nothing else writes to it.
 */
export const JA_TUNING = {
  /**
   * How much the English-trained model counts next to the lexicon (log-odds scale). With
   * `unmarked` below, 0.2 (leave-one-page-out over transfer 0.15/0.2/0.3 × result × unmarked;
   * was 0.3 before `unmarked`).
   */
  transfer: 0.2,
  /** Scale of every lexicon cue weight. */
  lexicon: 1.0,
  /**
   * Role priors, added to every sentence. Without a cue, a Japanese sentence describes the news
   * itself (ja-news labels: result is the role of announced contents, specs and details;
   * background needs a sign of time or context). NewsDiscourse's `Cause_General` absorbs such
   * sentences in English, so the English-trained model leans to background; the result prior
   * sets the Japanese default back. 0.2 with `unmarked` (grid 0.1–0.5; was 0.5 alone).
   */
  result: 0.2,
  /**
   * Taken from background when the sentence has no background cue, no year two or more years
   * back and no day before the news (README "background" asks for history, earlier events, the
   * existing system, causes, profiles or statistics: a sentence with no sign of them describes
   * the news, whatever the English model's lean). Unlike a flat result prior, a sentence with a
   * background sign keeps its full weight. Leave-one-page-out over unmarked 0–0.75 × result
   * 0.1–0.5 × transfer 0.15–0.3 (scripts/ja-tune.ts): plateau at 0.1–0.35 (accuracy 0.67–0.68,
   * headed sections 0.791); nested leave-one-page-out 0.665–0.680 accuracy, 0.791 sections, against
   * 0.613 / 0.674 for result × transfer alone.
   */
  unmarked: 0.15,
  /**
   * Result prior for a sentence without any cue, year or day in an article about a work (README
   * rule 6: in reviews "a description of the work (synopsis, what the book or film contains) =
   * result"; a synopsis retells the story in plain narrative, with no sign of time, aim or
   * judgement, where the English-trained model leans to background or strategy: ja-news 13's
   * story section, 14's account of the reporting). Leave-one-page-out over 0–0.8 (scripts/ja-tune.ts
   * --param review=0,0.2,0.4,0.6,0.8): 0.6, accuracy 0.766 → 0.777, headed sections 0.860 → 0.884
   * (LOPO the same). Given to every sentence of such an article it lost (0.762 at 0.6).
   */
  review: 0.6,
  /**
   * Weight of the capability and specification cue (CAPABILITY). Over 0–1.6 (ja-tune.ts --param
   * spec=0,0.7,1,1.3,1.6): plateau at 1.0–1.3, accuracy 0.777 → 0.781, headed sections 0.884 →
   * 0.907 on all pages. Leave-one-page-out it is neutral (0.777 / 0.884): 17 held-out pages get
   * 1.0–1.3 from the others, but the section it wins (ja-news 03 p2) is lost when that page is the
   * one held out (--verbose). Kept because the README names specs as result outright.
   */
  spec: 1.0,
  /**
   * Weight of the trend cue (TREND): a change still under way (…が増加している, …は後を絶たない,
   * …傾向にある) is the situation the news sits in, README background: "statistics describing
   * the situation", "the existing system". Leave-one-page-out over 0–2.5 (ja-tune.ts --param
   * trend=0,0.4,0.7,1,1.3,1.6,2,2.5): plateau at 1.3–2.5, accuracy 0.781 → 0.796, macro 0.774 →
   * 0.791 (LOPO the same); four paragraphs on four pages (01, 02, 13, 19) right, none lost.
   */
  trend: 1.3,
  background: 0,
  strategy: 0,
  outlook: 0,
  /**
   * Paragraph rollup (rollup.ts): what a change of role between neighbouring paragraphs costs
   * (English: index.ts PARAGRAPH_SWITCH_COST, 0.4). Leave-one-page-out over 0.3-0.6 (ja-tune.ts):
   * 0.5 (acc 0.703 against 0.699 at 0.4). A cheaper change at a heading than within a section
   * (headings are where the role changes: 13 of 35 neighbouring role paragraphs keep their role
   * across a heading, 133 of 216 within one) moved nothing at 0.4 or 0.8 and lost at 0: not kept.
   * 0.4 with JA_ROLLUP below (re-tuned with it: 0.3–0.6).
   */
  paragraphSwitch: 0.4,
};

/**
 * The Japanese paragraph rollup (rollup.ts RollupWeights): the character share of the decoded
 * roles plus twice the character-weighted role probabilities (each sentence's fine-label
 * probabilities summed per role), without the mean log-probability English uses. The decoded
 * share is a hard argmax: with many ja-news sentences near a tie, moving one role prior by 0.1
 * flipped whole paragraphs (result 0.2 → 0.1: accuracy 0.714 → 0.669). The probabilities keep
 * how near the tie was; the log-probability mean let one sure sentence outvote a paragraph.
 * Leave-one-page-out (scripts/ja-tune.ts, paragraphSwitch 0.3–0.6 × unmarked 0.1–0.25 × result
 * 0.2/0.35): accuracy 0.714 → 0.725, headed sections 0.791 → 0.837, against {1, 0, 0.5} at
 * switch 0.5. The probabilities alone (no decoded share) lose (best 0.647 over priors × switch);
 * so did forward-backward marginals instead of per-sentence probabilities, a per-role best label
 * instead of the sum, ln(labels per role) taken from the sum, and pooling each section's evidence.
 */
export const JA_ROLLUP: RollupWeights = { decoded: 1, posterior: 2, mean: 0 };
// Tried and dropped (session 6, ja6): decoding Japanese sentences over the four roles (each
// sentence's label probabilities summed per role, minus ln(labels per role), Viterbi with a
// switch cost and/or NewsDiscourse's role transitions) instead of the nine labels with English
// label transitions: best 0.717 accuracy over switch 0–1.5 × transitions 0–0.5 × the priors
// (LOPO 0.714) against 0.725 then. The label transitions' pull to stay in a role is what smooths
// ja-news; making role changes cheaper or dearer in the nine-label Viterbi also lost.
// Tried and dropped (session 8, ja9), each as its own weight over 0–1.6 or so, judged by
// scripts/ja-compare.ts (which paragraphs it moves) and ja-tune.ts leave-one-page-out; none gained
// on more than one page, so none holds leave-one-page-out (0.796 with or without):
// - career stages → background (高校時代, 幼い頃, プロ入り, デビュー; README rule 6, profiles): +1
//   paragraph, all on ja-news 11, whose two strategy paragraphs also name 幼い頃/高校時代;
// - a titled expert's argument → strategy (力説, 主張し, と強調す, と解説, とみている): −1;
// - the closing outlook prior dropped for a sentence whose cues favour result (by 0.5–2.5): −3 or
//   nothing (ja-news 19's last paragraphs turn strategy, not result, without it);
// - no closing prior on page N of M (an (N/M) title): −1; the event words (発表, 開始 …) counted
//   fully only as the sentence's final predicate: −1 to −3; a passive state (…されている) → background:
//   +2 on 02 alone, −2 on 03 past 1.0; the heading prior lowered where a sentence's own cue for
//   another role is strong: −1 to −3; the review prior withheld from past-tense sentences: ±0;
//   sentence-initial また/さらに/具体的には → result: −3 (they continue whatever came before);
//   the writer's interpretation (ことを意味する, として読むことができる) → strategy: +1 on 14 alone.

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
 * An article about a work (README rule 6, genre adaptation): its title names the work in 『』,
 * the mark Japanese keeps for titles of books, films and albums, or says 書評/レビュー.
 */
const WORK_TITLE = /『[^』]+』|書評|レビュー/;
export const aboutWork = (title: string) => WORK_TITLE.test(title);

/**
 * What the announced thing can do and its specifications (README result: "the details of the
 * thing announced (specs, contents, measures)"): …が可能だ, …こともできる, …に対応, 最大866Mbps, 64ビット.
 * Not …できるようになる: what the thing will let users do is what it is meant to achieve (README
 * rule 2: strategy; ja-news 19 "…リスクを低減できるようになる"), and …に対応していく is a task ahead.
 */
export const CAPABILITY =
  /可能(?:だ|です|。|になる|になった|になって|となる|となった)|(?:ことも|ことが)できる|できるようになっ|(?:サポート|対応)(?:した|し、|しており|している|。)|最大[\d０-９]|[\d０-９.]+ ?(?:Mbps|Gbps|GB|TB|GHz|mAh|インチ|万画素|ビット|fps)/;

/**
 * A trend or state still under way (README background: "statistics describing the situation",
 * the existing state of things): …が増加している, …が拡大している, 厳しさを増しています, …は後を絶たない,
 * …相次いでいる, …傾向にある. The English-trained model and the event cues read such sentences as
 * the news (ja-news 19 "利用者も増加している", 13 "…人は後を絶たない") or, after 見込まれ/推定, as
 * outlook (01, 02). A change the news itself reports is past (増加した), and is left to the event
 * cues. All plain words: the cue scanner's trie takes them (cuescan.ts), no regex per sentence.
 * Across ja-news: 6 background and 1 result sentence on 6 pages (scripts/ja-cue-stats.ts).
 */
export const TREND =
  /(?:(?:増加|減少|拡大|縮小|上昇|低下|急増|急減|悪化|深刻化|普及)し|増え|減っ|高まっ|広がっ|強まっ|弱まっ|増し|続い)て(?:いる|います|おり)|相次いで(?:いる|います|おり)|後を絶たない|傾向にある/;

const FULL_WIDTH_DIGIT = /[０-９]/;
const toHalf = (s: string) =>
  FULL_WIDTH_DIGIT.test(s) ? s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : s;

interface Cue {
  role: Role;
  re: RegExp;
  weight: number;
}

export const JA_CUES: Cue[] = [
  // outlook: schedule and next steps, expectations, open challenges, wishes (README "outlook").
  // 近く is "soon" only as an adverb ("近く大規模な反転攻勢に"), not as "near" (一番近くで, 家の近くまで)
  // or "almost" after an amount (55年近く).
  {
    role: 'outlook',
    re: /今後|見通し|見込み|将来|次回|来年|来月|来週|来季|(?<![\d０-９年月日間人割番]|の)近く(?![でのにはをまへ])|いずれ|これから|年内|年度内|数年後|将来的/,
    weight: 1.2,
  },
  {
    role: 'outlook',
    re: /予定|方針(?:だ|です|を固め)|計画(?:だ|です|で、|を(?:立て|進め))|目標(?:を掲げ|とする|だ|です)|予測(?:する|した|している)|と予想|構え|ことにしてい|検討を(?:進め|加速)|目指す(?:。|考え)|へ。$/,
    weight: 1.2,
  },
  {
    role: 'outlook',
    re: /課題|焦点|問われ|求められ|直面|注目される|行方|迫る|かどうか|できるか|なるか/,
    weight: 1.2,
  },
  {
    role: 'outlook',
    re: /(?:のでしょうか|だろうか|のだろうか)。?$|必要(?:だ|です|がある|となる)|注目が集ま|注目され/,
    weight: 0.9,
  },
  {
    role: 'outlook',
    re: /可能性が(?:ある|あります|高い)|見られる。|とみられる|予想され|予測され|見込まれ|恐れ|おそれ|懸念され|かねない|なりそう|そうだ。|たい(?:と(?:話|語|述)|。|」)|てほしい|ほしい。|夢見|期待され|期待が(?:高ま|かか)/,
    weight: 0.9,
  },
  // Estimates of future impact (README outlook): "…になると推定されている", "…と試算している".
  { role: 'outlook', re: /になると(?:推定|試算|予測|予想)|と試算し|と推定され/, weight: 0.9 },
  // A conjecture (…だろう, …でしょう, …はずだ) looks ahead only when it speaks of what comes next;
  // otherwise it is the writer's reading of the facts (README strategy: "…といえるだろう").
  {
    role: 'outlook',
    re: /(?:今後|将来|いずれ|これから|やがて|そのうち|[てで]いく|[てで]いき|になる|になり|数年後|近い).*(?:だろう|でしょう|はずだ)/,
    weight: 0.9,
  },
  { role: 'strategy', re: /(?:だろう|でしょう)。|はずだ/, weight: 0.6 },
  // strategy: aims and intents, analysis and evaluation, the argument of an opinion piece.
  // The explanatory …のだ / …のです argues; …ものです describes ("上のグラフは…を示したものです").
  {
    role: 'strategy',
    re: /狙い|ねらい|狙う|戦略|意図|思惑|目論|(?:の|が)目的(?:だ|です|で|である)|ためだ|考えだ|ようとしている|しようと|を図る|を目指して/,
    weight: 1.3,
  },
  {
    role: 'strategy',
    re: /といえる|と言える|とも言え|といえよう|いえるだろう|と言えます|わけだ|(?<!も)の(?:だ|です|である)。|ではないか|のではない|じゃないか|じゃないです|に違いない|にすぎない|べきだ|べきで|と言っていい|と言ってよい|といってよい|からこそ|にほかならない|ほかない|の表れ(?:だ|である)|を示すもの(?:だ|である)|ということだ。|垣間見え|を物語/,
    weight: 1.3,
  },
  // じゃないか / じゃないです(かね) are the spoken …ではないか, a quoted speaker's judgement (README
  // rule 3: a quote takes the role of what it says; ja-news 11's coach). LOPO 0.762 → 0.766.
  // The writer's verdict, the voice of editorials and columns (README rule 7: the thesis and
  // argument of an opinion piece): "その認識は正しい。", "看過できない。".
  {
    role: 'strategy',
    re: /(?:正しい|誤りだ|問題だ|疑問だ|妥当だ|当然だ|残念だ|遺憾だ|不可解だ|看過できない|許されない|理解できる|理解できない|見過ごせない)。/,
    weight: 1.0,
  },
  { role: 'strategy', re: /との(?:見方|指摘|分析|観測|声)|[えけせてねべめれ]ば、/, weight: 0.8 },
  // A rationale: "こうした状況を鑑み、…を開始する" (README strategy: a company explaining why it does X).
  { role: 'strategy', re: /鑑み|を踏まえ/, weight: 1.0 },
  // 意義 (significance) is "why it matters" (README strategy), like 意味 (ja-news 12 "…提供する意義もある").
  // A critic's verdict words (README strategy: "the critic's interpretation or evaluation", rule 6):
  // …を思わせる, 唯一無二, 傑作, 見事, 圧巻 …; LOPO accuracy 0.743 → 0.747 (思わせ) → 0.751.
  // The writer's evaluative sentence adverbs (残念ながら, 幸いにも, 皮肉にも, 意外にも …) are a verdict
  // on what follows (README strategy: "evaluation by the writer"; ja-news 15's essay). LOPO
  // accuracy 0.758 → 0.762, macro 0.742 → 0.749.
  {
    role: 'strategy',
    re: /専門家|指摘|分析|評価|意味|意義|重要|強み|優位|魅力|特徴|本質|神髄|感じ|考える|考えられ|思う|思われ|思わせ|唯一無二|傑作|秀逸|見事|圧巻|素晴らし|卓越|稀有|比類|見て取れ|明確な|解釈|共感|象徴|示唆|浮き彫り|残念ながら|幸いにも|皮肉にも|皮肉なことに|驚くことに|興味深いことに|意外にも|当然ながら|言うまでもなく/,
    weight: 0.8,
  },
  // background: history, earlier events, the existing system, causes, profiles, statistics.
  {
    role: 'background',
    re: /これまで|以前|かつて|昨年|去年|前年|昨季|当時|年前|もともと|経緯|背景|発端|きっかけ|以来|歴史|創業|設立|以降/,
    weight: 1.1,
  },
  { role: 'background', re: /(?:19|20)\d\d年|昭和|平成|明治|大正|江戸|先月|先週|前回/, weight: 0.6 },
  {
    role: 'background',
    re: /仕組み|制度|人口|年生まれ|生まれ(?:の|で|た|育)|出身|所管|担う|担当し|位置する|に位置し|に立地|(?:団体|組織|機関|法人|企業|会社)(?:で、|だ。|です。|である。)|として知られ|からなり|体制|常連|調査では|によると/,
    weight: 0.7,
  },
  // Folklore and old custom, told as the past (README background: history): "…ことが多かった",
  // "…と信じられていた", 言い伝え, 古くから (ja-news 15's wolf lore).
  {
    role: 'background',
    re: /ことが多かった|ものだった|と信じられ|言い伝え|伝説|伝承|昔から|古くから|代々/,
    weight: 0.7,
  },
  // Habits and settled traits describe a person or a practice (README background: profiles of the
  // people involved, the existing situation): 決まって, いつも, 時折, …たびに, 定着している, 口癖
  // (ja-news 11's profile, 15's lore). With the heading and clause rules below: LOPO 0.751 → 0.758.
  { role: 'background', re: /決まって|いつも|時折|たびに|定着して|口癖|習慣/, weight: 0.7 },
  // An event dated before the news (README rule 2: earlier events are background): the event
  // verb alone would call it the news. The time word and the verb stand in one clause (no 、 between):
  // "かつて共に過ごした恩師たちは、…打ち立てた大記録に" dates the teachers, not the record (ja-news 11).
  {
    role: 'background',
    re: /(?:先月|先週|昨年|去年|前年|前回|昨季|かつて|当時)[^。、]*(?:発表|開催|公開|発売|就任|決定|成立|開始|合意|勝利|達成|記録)/,
    weight: 1.0,
  },
  // A state that held up to the event (…てきた, …ていた): the circumstances before it.
  { role: 'background', re: /(?:てき|てい|でい)(?:た|ました)[。、]|(?:てき|てい)たが/, weight: W_PERFECT },
  // result: what was announced, decided, launched, found; its details; reactions.
  {
    role: 'result',
    re: /発表|発足|決定|決めた|成立|開始|開催|公開|発売|発表会|提供を開始|就任|判明|明らかにし|合意|署名|始まっ|スタート|閣議決定|逮捕|死亡|勝利|達成|到達|記録/,
    weight: 1.1,
  },
  {
    role: 'result',
    re: /結果(?:として|、|は|に)|明らかになっ|見られず|至らなかった/,
    weight: 0.8,
  },
  {
    role: 'result',
    re: /きょう|今日|今回|新た|新しい|新型|新機能|搭載|内蔵|を備え|対応|採用|実現|向上|可能になっ|できるようになっ/,
    weight: 0.7,
  },
  { role: 'result', re: /(?:した|しました|れた|れました|った|りました)。$/, weight: 0.4 },
  // A sentence whose subject is the work under review (本書は, 本作は, この映画は) describes it:
  // README rule 6, "a description of the work (synopsis, what the book or film contains) = result"
  // (ja-news 14 "本書は、…密着取材を敢行した作品である"). LOPO accuracy 0.736 → 0.743.
  { role: 'result', re: /^(?:本書|本作|同書|同作|この作品|この映画|この本)(?:は|では|の)/, weight: 0.7 },
  // A statement made at the event, reported as said (README rule 3: participants reacting are
  // result): "…」と述べた", "…」と語った"; a standing view ("…と話している") is left to its words.
  {
    role: 'result',
    re: /」と(?:述べ|語っ|話し|強調し|説明し|明かし|答え|指摘し|訴え)(?:た|ました|、)/,
    weight: 0.7,
  },
  // The measures and changes a decision or a new version brings (README result: "the details of
  // the thing announced (specs, contents, measures)"): 見直し, 改正, 改良, 刷新, 追加.
  {
    role: 'result',
    re: /見直(?:し|され|す)|改正|改良|刷新|一新|変更され|引き上げ|拡充|強化され|追加され|新設/,
    weight: 0.7,
  },
  // A change still under way (TREND): the situation, not the event (README background).
  {
    role: 'background',
    re: TREND,
    get weight() {
      return JA_TUNING.trend;
    },
  },
  // Capabilities and specifications (CAPABILITY): the English-trained model reads such sentences
  // as evaluation (ja-news 03's spec paragraphs), the closing prior as outlook (19's feature list).
  {
    role: 'result',
    re: CAPABILITY,
    get weight() {
      return JA_TUNING.spec;
    },
  },
];

/** Adds a sentence's Japanese cue scores to `bonus` (indexed like ROLES). */
let cueScan: { scanner: CueScanner; hits: Uint8Array; role: number[] } | null = null;

export function addJaCues(text: string, bonus: Float64Array): void {
  const hits = jaCueHits(text);
  for (let i = 0; i < JA_CUES.length; i++)
    if (hits[i]) bonus[cueScan!.role[i]] += JA_TUNING.lexicon * JA_CUES[i].weight;
}

/** Which JA_CUES entries a sentence matches (a shared buffer, valid until the next call). */
export function jaCueHits(text: string): Uint8Array {
  // One dictionary scan for the whole lexicon (cuescan.ts): the answer of testing each cue.
  cueScan ??= {
    scanner: compileScanner(JA_CUES.map((c) => c.re)),
    hits: new Uint8Array(JA_CUES.length),
    role: JA_CUES.map((c) => ROLES.indexOf(c.role)),
  };
  return cueScan.scanner.scan(text, cueScan.hits);
}

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

/**
 * Years in Japanese text: "2019年", full-width "２０２１年", the business press's two-digit
 * "19年に" / "31年2月期" (only before a particle, a month or から, so "10年かけて" stays a duration),
 * 令和N年; older eras (昭和, 平成, 明治, 大正) count as history. Durations (3年間, 4年ぶり,
 * 5年前) are not years.
 */
const YEAR =
  /(?<!\d)(1[89]\d\d|20\d\d)年(?!間|ぶり|連続|目|前|後|以上|余り|近く|程度|半)|(?<!\d)(\d\d)年(?=[のにはまで月度、\d]|から)|令和(\d{1,2}|元)年|(昭和|平成|明治|大正)/g;

/** Years named in a sentence (-1 for an era before 令和). */
export function yearsIn(text: string): number[] {
  if (!text.includes('年') && !/昭和|平成|明治|大正/.test(text)) return [];
  const out: number[] = [];
  for (const m of toHalf(text).matchAll(YEAR)) {
    if (m[1]) out.push(Number(m[1]));
    else if (m[2]) out.push(2000 + Number(m[2]));
    else if (m[3]) out.push(2018 + (m[3] === '元' ? 1 : Number(m[3])));
    else out.push(-1);
  }
  return out;
}

/** Words that place a sentence in the past (README background: history, earlier events). */
const PAST_WORDS = /かつて|これまで|以前|当時|年前|昔|歴史|創業|誕生した|昨年|去年|昭和|平成|明治|大正|江戸/;

/** The sentence speaks of the past: a history word, or a year two or more years before the article's. */
export function recallsPast(text: string, refYear: number | null, years = yearsIn(text)): boolean {
  if (PAST_WORDS.test(text)) return true;
  return years.some((y) => y < 0 || (refYear !== null && refYear - y >= 2));
}

/**
 * Years against the article's own year: an event two or more years back is history
 * (background; ja-news README "history, earlier events"), a later year is a target or a
 * forecast (outlook: "31年2月期に…目標", "23年に…になると予測"), the article's year is news.
 */
export function addJaYears(
  text: string,
  refYear: number | null,
  bonus: Float64Array,
  years = yearsIn(text),
): void {
  const { old, current, future } = yearClasses(years, refYear);
  if (old) bonus[ROLES.indexOf('background')] += OLD_YEAR_PRIOR;
  else if (future) bonus[ROLES.indexOf('outlook')] += FUTURE_YEAR_PRIOR;
  else if (current) bonus[ROLES.indexOf('result')] += CURRENT_YEAR_PRIOR;
}
export const OLD_YEAR_PRIOR = 1.0;

/** The years of a sentence against the article's: two or more years back, later, or the same. */
export function yearClasses(years: number[], refYear: number | null) {
  let old = false;
  let current = false;
  let future = false;
  for (const y of years) {
    if (y < 0 || (refYear && refYear - y >= 2)) old = true;
    else if (refYear && y > refYear) future = true;
    else if (refYear && y === refYear) current = true;
  }
  return { old, current, future };
}
export const FUTURE_YEAR_PRIOR = 1.0;
export const CURRENT_YEAR_PRIOR = 0.3;

/** A publication date as year, month and day, from an ISO-like string (`2023-04-03T06:27…`). */
export interface DayDate {
  y: number;
  m: number;
  d: number;
}

export function parsePublished(iso: string | null | undefined): DayDate | null {
  const m = iso?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

/** "5日", "4月5日" (also full-width digits); not durations or ordinals (3日間, 中5日, 2日連続, 5日目). */
const DAY = /(?:([\d０-９]{1,2})月)?(?<![\d０-９中第])([\d０-９]{1,2})日(?![間目連以前後本])/g;
/**
 * `past` outweighs an event verb (発表, 公開: result 1.1): a step dated days before the news is
 * an earlier event (rule 2; ja-news 05's report "2019年2月6日に公開した" a week before the blog).
 * Chosen by leave-one-page-out (scripts/ja-tune.ts) from 0.6–2.4: plateau at 1.4–1.8.
 */
export const JA_DAYS = { future: 1.0, recent: 0.7, past: 1.4 };
/** A day as the time of an event ("3日、", "2日に", "9日午後"): what just happened, when the article's date is unknown. */
const EVENT_DAY = /[\d０-９]+日(?:[、にのまはから]|午|夜|朝)/;

/**
 * Days against the article's own date. Japanese news names the days of the current month bare
 * ("5日") and says 先月 for the last one, so a day after the publication date is something
 * scheduled: outlook (ja-news rule 1, "10: the next start on the 5th"); a day two or more days
 * before it is an earlier step: background (rule 2, 24: "3月31日の記者会見" before the 2 April
 * talks). The day of the news itself and the day before are left to the other cues.
 */
export function addJaDays(text: string, pub: DayDate | null, bonus: Float64Array): void {
  const d = dayClass(text, pub);
  if (d === 'future') bonus[ROLES.indexOf('outlook')] += JA_DAYS.future;
  else if (d === 'recent' || d === 'event') bonus[ROLES.indexOf('result')] += JA_DAYS.recent;
  else if (d === 'past') bonus[ROLES.indexOf('background')] += JA_DAYS.past;
}

/**
 * The days a sentence names against the article's date: a later day (`future`), today or
 * yesterday (`recent`), two or more days back (`past`); without a date, a day as the time of an
 * event (`event`).
 */
export function dayClass(text: string, pub: DayDate | null): 'future' | 'recent' | 'past' | 'event' | null {
  if (!text.includes('日')) return null;
  if (!pub) return EVENT_DAY.test(text) ? 'event' : null;
  let future = false;
  let past = false;
  let recent = false;
  for (const m of text.matchAll(DAY)) {
    const day = Number(toHalf(m[2]));
    let month = m[1] ? Number(toHalf(m[1])) : pub.m;
    // A bare day far beyond today is last month's (published on the 3rd, "30日" is 30 March).
    if (!m[1] && day > pub.d + 14) month -= 1;
    if (day < 1 || day > 31 || month < 1 - 12 || month > 12) continue;
    // Months before the publication month within the same year; a later month is next year's
    // only when written without a year, which news rarely does for the past: treat as future.
    const diff = (month - pub.m) * 31 + (day - pub.d);
    if (diff >= 1) future = true;
    else if (diff <= -2) past = true;
    else recent = true;
  }
  return future ? 'future' : recent ? 'recent' : past ? 'past' : null;
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
  /** The article's year (features.ts referenceYear) and date, when known. */
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
