/**
 * Cue words for the four roles, in Japanese and English. Heading cues follow the labelling
 * rules of ../shared/data/ja-news/README.md ("Section (heading) role").
 */
import type { Role } from '../types';

export const HEADING_CUES: [Role, RegExp][] = [
  ['outlook', /今後|展望|見通し|課題|予定|迫る|次回|行方|これから|what'?s next|outlook|what comes next|looking ahead|next steps|the road ahead|challenges/i],
  ['strategy', /狙い|戦略|目論|考察|分析|なぜ|理由|意味|意図|why it matters|analysis|strategy|what it means|the aim|the goal|motive/i],
  ['background', /背景|経緯|経過|これまで|歴史|background|context|how we got here|history|the backstory/i],
  ['result', /結果|反響|決定|発表|成立|判明|what happened|result|the outcome|the deal|key facts/i],
];

/** Headings that are not sections: related links, share blocks, credits. */
export const NON_SECTION_HEADING = /関連記事|関連投稿|関連トピック|シェア|その他|作品情報|予告編|related|share this|more from|most (?:read|popular)|recommended|newsletter|sign up|comments?$/i;

export const SENTENCE_CUES: [Role, RegExp][] = [
  ['outlook', /今後|見通し|見込み|予定|方針|可能性|課題|焦点|問われ|だろう|でしょう|かもしれない|目指す|求められ|\bwill\b|\bwould\b|expected|expects|plans? to|likely|could|may\b|next (?:week|month|year)|in the coming|forecast|outlook/i],
  ['strategy', /狙い|戦略|意図|分析|指摘|専門家|といえる|と言える|見方|評価|思惑|aims? to|in order to|strategy|analysts?|critics?|experts?|suggests?|signals?|means that|because|however|argue/i],
  ['background', /これまで|以前|昨年|かつて|経緯|背景|年前|年に|当時|もともと|発端|earlier|last (?:year|month|week)|previously|in (?:19|20)\d\d|since|ago|history|has been|had been|began/i],
];

/** Boilerplate paragraphs: captions, credits, disclaimers, share and subscribe prompts. */
export const BOILERPLATE = /^※|^(?:写真|画像|図|出典|提供|撮影)[：:（(]|^(?:photo|image|credit|file photo|reporting by|editing by|writing by|additional reporting)\b|copyright|all rights reserved|©|無断転載|この記事は有料記事|続きを読む|会員登録|sign up|subscribe|newsletter|click here|read more|share (?:this|on)|follow us/i;
