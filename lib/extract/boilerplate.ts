/**
 * Text that is page furniture, not article, in English and Japanese. Each pattern is only
 * tried on short blocks (see isBoilerplateText), where it is the whole point of the block.
 * Seen in: ScrapingHub benchmark pages (newsletter, "Read more:", "Advert", "Skip to content",
 * "Reporting by …" tails) and ja-news labels.json `other` blocks (シェアする, [PR],
 * この記事は有料記事です, Copyright© ITmedia, Most Popular, RELATED ARTICLES).
 */
import { letterRuns, wordRuns } from './letters';

/** A whole block that is only a label or a control. */
const LABEL =
  /^(advert(isement)?|sponsored( content)?|ads?|iklan|anzeige|publicidade|caption|close|enlarge( image)?|loading( content)?|skip to (main )?content|\d* ?comments?|post (a )?comment.*|share( this)?( (story|article|post|page))?|print( this)?|e-?mail|tweet|highlights|review|advice|view (author )?archive|email the author|follow on \w+|most popular|related articles?|related news|related stories|recent articles|popular this week|\[?pr\]?|印刷する|シェアする|ツイート|広告|関連記事|関連ニュース|関連リンク|関連投稿|あわせて読みたい|おすすめ記事|人気記事|アクセスランキング|前の投稿.*|次の投稿.*|脚注)\W*$/i;

/**
 * Phrases that make a short block boilerplate wherever they stand in it, each its own pattern: one alternation of them
 * all took V8 4-5 ms to compile on its first use in a page and the separate patterns together
 * about 1.5 ms (Node 20, fresh processes; issue 7, extraction in the page), and a text matches
 * the alternation exactly when it matches one of them.
 */
const PHRASES = [
  // newsletters, subscriptions, apps, social
  String.raw`^sign up\b`,
  String.raw`\bsign up (for|to) (our|the)\b`,
  String.raw`\bsubscribe\b`,
  String.raw`\bnewsletters?\b`,
  String.raw`\byour inbox\b`,
  String.raw`\bdelivered (to|right to|straight to|every|each|daily|weekday)\b`,
  String.raw`\bfollow (us|him|her|them|\w+) on\b`,
  String.raw`\bget the .{0,30}\bapp\b`,
  String.raw`\bon the go\b`,
  String.raw`\bclick here\b`,
  String.raw`\bshare (it|this) with\b`,
  // cross-links
  String.raw`^(read|see) more\b`,
  String.raw`^[[(]?(related|also on|also read|also see|also|more|see also|watch|listen|download)\s*:`,
  String.raw`\bdon'?t miss\b`,
  String.raw`\byou may also like\b`,
  String.raw`^more .{0,30}\bstories$`,
  String.raw`^continue reading\b`,
  // rights, cookies, affiliate and credit lines
  String.raw`\ball rights reserved\b`,
  String.raw`\bcopyright\b`,
  '©',
  'ⓒ',
  String.raw`\bcookies\b`,
  String.raw`\baffiliate\b`,
  String.raw`\bthis slideshow requires\b`,
  String.raw`^\(?(reporting|writing|editing) by\b`,
  String.raw`\badditional reporting\b`,
  String.raw`\bcontributed (reporting|to this report)\b`,
  String.raw`\bhave a tip\?`,
  String.raw`\b(may|can) be reached at\b`,
  String.raw`\b(reach|contact) the (reporter|writer|author)s?\b`,
  // Japanese: rights, paywall, sharing, newsletters, photo credits
  '無断転載',
  '無断複製',
  'この記事は(有料|会員)',
  '有料会員',
  '会員登録',
  '続きを読む',
  '残り\\d+文字',
  'でシェア',
  'メール(マガジン|で(受け取|お届け|配信))',
  '毎朝メールで',
  'メルマガ',
  'ニュースレター',
  '^(バナー)?(写真|画像|撮影|提供|出典)\\s*[:：]',
  '^(TEXT|PHOTOGRAPHS?|PHOTO|TRANSLATION|IMAGE|VIDEO) (BY|COURTESY OF)\\b',
].map((p) => new RegExp(p, 'i'));

/** Blocks this short (in words; CJK characters count a third of a word) are checked. */
export const SHORT_WORDS = 30;

const CJK_G = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/g;

/**
 * The cleaning rules ask for the same block's count up to five times in a row (clean.ts, then
 * each rule): the last answer is kept.
 */
let counted: { text: string; count: number } | null = null;

export function wordCount(text: string): number {
  if (counted?.text === text) return counted.count;
  const count = countWords(text);
  counted = { text, count };
  return count;
}

function countWords(text: string): number {
  const cjk = text.match(CJK_G)?.length ?? 0;
  const words = wordRuns(text.replace(CJK_G, ' '))?.length ?? 0;
  return words + cjk / 3;
}

/** Filing, reading-time and syndication lines; only a line this short is one. */
const META =
  /^(filed (under|in)|posted (on|in|by)|(source|via|tags?|categories|category|topics?)\s*:|via\s+\S+$)|\b(reading time|min(ute)?s? read|tempo de leitura)\b/i;

export function isBoilerplateText(text: string): boolean {
  const words = wordCount(text);
  if (words > SHORT_WORDS) return false;
  return LABEL.test(text) || PHRASES.some((p) => p.test(text)) || (words <= 12 && META.test(text));
}

const MONTH =
  '(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\.?';
const DATE = new RegExp(
  [
    `\\b${MONTH}\\s+\\d{1,2}(st|nd|rd|th)?\\b`,
    `\\b\\d{1,2}\\s+${MONTH}\\b`,
    '\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b',
    '\\b\\d{4}-\\d{2}-\\d{2}\\b',
    '\\d{4}年\\d{1,2}月\\d{1,2}日',
    '\\d{1,2}月\\d{1,2}日',
    '\\b\\d{1,2}:\\d{2}\\s*(am|pm)?\\b',
    '\\b(today|yesterday|\\d+ (hours?|days?|minutes?) ago)\\b',
  ].join('|'),
  'i',
);
const DATELINE_WORDS =
  /^(published|updated|posted|first published|last updated|modified|by|on|at|and|am|pm|est|edt|pst|pdt|gmt|utc|cst|cdt|bst|cet|jst|ist|\d+)$/i;

/**
 * A byline or timestamp line: "Updated Nov 19, 6:55 AM", "By Justine Coleman - 11/18/19",
 * "2023年4月4日 19時25分" (ScrapingHub benchmark; ja-news 33). Short, has a date, and few words
 * besides the date and dateline vocabulary.
 */
export function isDateline(text: string): boolean {
  if (wordCount(text) > 16 || !DATE.test(text)) return false;
  if (/[.!?。！？]["”']?$/.test(text) && !/\b(am|pm|a\.m|p\.m)\.$/i.test(text)) return false;
  const rest = text
    .replace(new RegExp(DATE.source, 'gi'), ' ')
    .replace(/\d{4}年|\d{1,2}時\d{1,2}分|\d+/g, ' ');
  const others = (letterRuns(rest.replace(CJK_G, ' ')) ?? []).filter(
    (w) => !DATELINE_WORDS.test(w) && !new RegExp(`^${MONTH}$`, 'i').test(w),
  );
  // Japanese has no spaces: count its characters, so "林氏は3月31日の記者会見…" is no dateline (ja-news 24).
  const cjk = rest.match(CJK_G)?.length ?? 0;
  return others.length <= 6 && cjk <= 6;
}

/** A byline with no date: "By Paul Takahashi", "Phil Helsel", "TEXT BY …". */
/**
 * BYLINE's opening without its Unicode class, tested first so that pages without a byline never
 * compile BYLINE (lib/extract/letters.ts). `ſ` because /iu folds it to `s`.
 */
const BYLINE_START = /^(by|written by|word[sſ] by|text by|[sſ]tory by)\s/i;
const BYLINE = /^(by|written by|words by|text by|story by)\s+\p{Lu}/iu;

export function isByline(text: string): boolean {
  return BYLINE_START.test(text) && BYLINE.test(text) && wordCount(text) <= 12 && !/[.!?]$/.test(text);
}
