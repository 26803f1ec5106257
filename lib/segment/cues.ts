/**
 * Cue words for headings and boilerplate, in Japanese and English. Heading cues are the cue
 * words of the section-role procedure in ../shared/data/ja-news/README.md ("Section (heading)
 * role") with their English counterparts; sentence cues live in lexicon.ts.
 */
import type { Role } from '../types';

/**
 * Besides the README's cue words: an explainer heading "〜とは" (ja-news 01 "…の組織とは") introduces
 * background; a heading naming a change or measure (見直し, 改正, 刷新, 新設: "特性係数や区分を見直し",
 * ja-news 02) opens a section on the measures, which the README counts as result ("the details of
 * the thing announced (specs, contents, measures)"). Checked after the other roles, so "見直しの背景"
 * stays background. Leave-one-page-out: headed sections 0.837 → 0.860.
 */
export const HEADING_CUES: [Role, RegExp][] = [
  [
    'outlook',
    /今後|展望|見通し|課題|予定|迫る|次回|行方|これから|what'?s next|outlook|what comes next|looking ahead|next steps|the road ahead|challenges/i,
  ],
  [
    'strategy',
    /狙い|戦略|目論|考察|分析|なぜ|理由|意味|意図|why it matters|analysis|strategy|what it means|the aim|the goal|motive/i,
  ],
  [
    'background',
    /背景|経緯|経過|これまで|歴史|とは[？?]?$|background|context|how we got here|history|the backstory/i,
  ],
  [
    'result',
    /結果|反響|決定|発表|成立|判明|見直し|改正|刷新|新設|what happened|result|the outcome|the deal|key facts/i,
  ],
];

/** Headings that are not sections: related links, share blocks, credits, work details. */
/**
 * Headings of blocks that are not the article's sections. Words that also head real sections
 * are taken only as a block's whole name: market share (市場シェアの拡大), 著者インタビュー,
 * "Climate-related risks" and "Recommended changes to the law" are sections (review, 17th
 * session: their paragraphs were all `other`); "Related post: …", "Recommended for you",
 * "この記事をシェアする" are not.
 */
export const NON_SECTION_HEADING =
  /関連記事|関連投稿|関連トピック|関連リンク|(?:記事|ページ|SNS|ＳＮＳ)を?シェア|でシェア|シェアする|^シェア$|^その他$|作品情報|予告編|書籍情報|^著者(?:について|紹介|情報|プロフィール)?$|この記事の著者|プロフィール|^(?:related|recommended)(?:\s+(?:articles?|stories|story|coverage|content|posts?|links?|news|reading|topics?|videos?|items?|for you))?\s*(?:[:：]|$)|^share this|^more from\b|^most (?:read|popular|viewed|shared)\b|newsletter|^sign up\b|^comments?$|^about the author/i;

/** Two (M/D) date stamps with no sentence end between them. */
const STAMPED_TWICE =
  '[（(][\\d０-９]{1,2}/[\\d０-９]{1,2}[）)][^。]*[（(][\\d０-９]{1,2}/[\\d０-９]{1,2}[）)]';

/** A run of dated headlines read from the text's start (BOILERPLATE_CUES). */
export const STAMPED_FROM_START = `^[^。]*${STAMPED_TWICE}`;

/**
 * Boilerplate paragraphs: captions and credits, bylines, disclaimers, share/print/subscribe
 * prompts, paywall notices, "related" and "most popular" blocks, code-listing labels. Each
 * alternative comes from a page in ../shared/data/ja-news or NewsDiscourse's NA sentences.
 */
export const BOILERPLATE_CUES = [
  '^※',
  '^(?:写真|画像|図|出典|提供|撮影|バナー写真|バナー画像)\\s*[：:（(]',
  // "Disclaimer: The views and investment tips expressed by … are their own" (moneycontrol.com,
  // extraction benchmark 65408257: shown as a point).
  '^(?:disclaimer|disclosure)\\s*:',
  '^免責(?:事項)?\\s*[：:]',
  '^(?:photo|image|credit|file photo|reporting by|editing by|writing by|additional reporting|compiled by|text by|translation by|video courtesy|image courtesy|photos? courtesy)\\b',
  'courtesy of',
  'copyright',
  'all rights reserved',
  '©',
  '無断転載',
  '有料記事',
  '有料会員',
  '続きを読む',
  '続きをお読み',
  '会員登録',
  '^印刷する$',
  'でシェアする$',
  '^\\[PR\\]$',
  'sign up',
  'subscribe',
  'newsletter',
  'click here',
  // The outlet sending the reader to its podcast: AP's "Catch up on the 2020 election campaign
  // with AP experts on our weekly politics podcast, “Ground Game.”" was a Strategy point
  // (extraction benchmark aec5deea). Only as the line's opening call: prose mentions podcasts.
  '^(?:catch up|listen|tune in)\\b.{0,80}\\bpodcast\\b',
  '^read more',
  'share (?:this|on)',
  'follow us',
  '^most (?:popular|read)$',
  '^related (?:articles|stories|coverage)$',
  '^code language',
  '^脚注$',
  '^(?:前|次)の投稿',
  'メールでまとめ読み',
  '^(?:本稿|本記事|この記事)では.*(?:お伝え|紹介|解説)',
  'のニュースをまとめた',
  // A run of related-article headlines, each stamped with its date: "…アピール（4/1） 「iPhone」
  // 依存から…今後（4/4）" (ja-news 06). Two stamps before any sentence end: prose dates an event once.
  // Twice: from the start (a long block counts only when its cue starts it, boilerplate.ts) and
  // anywhere. One unanchored `[^。]*…` rescanned the sentence from every start (segment() +0.6 ms
  // en, +1.1 ms ja on 100 paragraphs).
  STAMPED_FROM_START,
  STAMPED_TWICE,
];

/** Any of BOILERPLATE_CUES, case-insensitively. */
export const BOILERPLATE = new RegExp(BOILERPLATE_CUES.join('|'), 'i');

/** An author profile (seed article: the writer's bio before the lead). */
export const AUTHOR_PROFILE =
  /趣味は|執筆活動|執筆を行|プロフィール|著書に|を経て独立|\bis an? (?:writer|reporter|journalist|correspondent|contributor|columnist)\b|\bis the author of\b/i;
