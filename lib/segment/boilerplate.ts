/**
 * Paragraphs that carry no article content (role `other`): captions, credits, bylines,
 * disclaimers, share and print buttons, link lists, spec lists. Decided before the role model
 * runs, so that positions in the model count content only.
 */
import type { Article, Paragraph } from '../types';
import { AUTHOR_PROFILE, BOILERPLATE, BOILERPLATE_CUES, STAMPED_FROM_START } from './cues';
import type { HeadingKind } from './headings';

/**
 * Japanese prose ends its paragraphs with a sentence end; captions and labels do not (ja-news 03, 13, 15).
 * The full-width full stop ． is the sentence end of academic and official Japanese (，．style):
 * without it such an article had every paragraph `other` and no gist or point.
 */
const JA_END = /[。．！？!?」』）)…]$/;
/**
 * A photo essay's caption written as narrative prose without the full stop (ja-news README rule
 * 5: captions that carry the narrative are labelled by content where the text is clearly a
 * paragraph, `other` where it is a short picture caption): paragraph length and a predicate at
 * the end (…した, …ている, …という), where a picture caption is short or ends on a noun.
 */
const JA_PREDICATE_END = /[たるうい]$/;
const JA_NARRATIVE_MIN = 60;
const isJaNarrative = (text: string) => text.length >= JA_NARRATIVE_MIN && JA_PREDICATE_END.test(text);
/**
 * The reporters' names in 【】 that close a Japanese news story ("…守っている。【川村咲平】",
 * ja-news 11 and 12): the paragraph before them ends with its sentence.
 */
const REPORTER_TAG = /\s*【[^【】]{1,40}】$/;
/**
 * Closing brackets end a paragraph that ends on a speaker or a source ("…だ」（クック氏）"), so
 * JA_END takes them; but what stands before them must then end as prose does. A comment box's
 * prompt and counter and a recommendation label end on one too: "この投稿は現在非表示に設定され
 * ています _ (_更新) (0/300)" and "こちらもおすすめ(自動検索)" closed ja-news 31-nikkei as two
 * Strategy paragraphs.
 */
const TRAILING_PARENS = /(?:\s*[（(][^（）()]{0,40}[）)])+$/;
const endsAsProse = (body: string) => {
  const before = body.replace(TRAILING_PARENS, '');
  return before === body || !before || JA_END.test(before) || JA_PREDICATE_END.test(before);
};
const EN_END = /[.!?"”’')…:]$/;
const URL = /https?:\/\/|www\.|\s\|\s/;

/** Which rule makes a paragraph boilerplate (for `bench:extract --explain`), or null. */
export function boilerplateReason(
  p: Paragraph,
  i: number,
  article: Article,
  lang: 'en' | 'ja',
  heading: HeadingKind,
): string | null {
  const text = p.text.trim();
  if (!text) return 'empty';
  if (isCueBoilerplate(text)) return 'cue';
  if (text === article.title || (article.byline && text === article.byline)) return 'title/byline';
  if (heading.kind === 'boilerplate') return 'heading';
  const n = article.paragraphs.length;
  if ((i < 3 || i >= n - 3) && AUTHOR_PROFILE.test(text)) return 'author';
  if (lang === 'ja') {
    if (p.tag === 'li') {
      // A list item is content when it reads as a statement (ja-news 05's summary bullets), not a
      // link or label (31-nikkei's comment box: see endsAsProse).
      if (URL.test(text)) return 'ja-li-url';
      if (text.length < 25 && !JA_END.test(text)) return 'ja-li-short';
      return endsAsProse(text) ? null : 'ja-li-label';
    }
    const body = text.replace(REPORTER_TAG, '');
    return (JA_END.test(body) && endsAsProse(body)) || isJaNarrative(body) ? null : 'ja-no-end';
  }
  if (i >= n - 3 && AUTHOR_BIO.test(text)) return 'author';
  if (p.tag === 'li') return URL.test(text) ? 'li-url' : null;
  // A short line that is only a web address or handle is a credit or a share link
  // ("twitter.com/…") — unless its neighbours are fragments too: then it is a row of a list or
  // table of the article (extraction benchmark: a theatre's ticketing box). Other short lines
  // without a sentence end are not `other` by shape: on the extraction benchmark they were
  // mostly the article's own sub-heads, kickers, quote attributions and table rows (54 of 65),
  // and in NewsDiscourse Reuters' sub-heads ("SOLID CAPEX"); captions are removed by the
  // extraction (lib/extract/captions.ts) and the model's NA still takes short credits (other.ts).
  return isEnFragment(text, p.tag) && ADDRESS.test(text) && !inFragmentRun(article, i) ? 'address' : null;
}

/**
 * An author box closing the article: a name, then what the author is ("Regan is a Southeastern
 * Connecticut native …", "Trevor Daugherty is the Senior Editor of 9to5Toys.", "Eric Song is
 * IGN's deal curator …": extraction benchmark 0e014d, ad8266, 287e4d; cues.ts AUTHOR_PROFILE
 * has only "is a writer"-type phrases). The title may be capitalised: read in lower case only,
 * ad8266's "Senior Editor" box stayed, and "Since joining in 2014, he’s specialized in product
 * reviews…" was a Background point (not "Native": "… is a Native American …" is prose).
 */
const AUTHOR_BIO =
  /^(?:\p{Lu}[\p{L}.’'-]+ ){1,3}(?:is|was|has been|serves as) (?:an?|the|\p{Lu}\S*[’']s) [^.]{0,60}\b(?:[Ee]ditor|[Ww]riter|[Rr]eporter|[Jj]ournalist|[Cc]orrespondent|[Cc]olumnist|[Cc]ontributor|[Cc]urator|[Aa]uthor|native|[Ff]reelancer?|[Bb]logger|[Pp]roducer|[Ff]ounder)\b/u;

/** A web address or a handle: "twitter.com/paultakahashi", "@noksutagram". */
const ADDRESS = /\b[\w-]+\.(?:com|org|net|io)\b|(?:^|\s)@\w/;

/** Blocks up to this many words (a CJK character counts a third) are checked against every cue. */
const SHORT_WORDS = 30;
const CJK = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/g;

function wordCount(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  return (text.replace(CJK, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0) + cjk / 3;
}

/**
 * A cue (cues.ts BOILERPLATE) marks a short block wherever it stands, a long one only when the
 * block opens with it ("Copyright …", "Sign up …"): prose mentions subscribers, sign-ups and
 * things that come "courtesy of" (extraction benchmark: streaming, deals and car reviews).
 */
function isCueBoilerplate(text: string): boolean {
  // The same answer as `m = BOILERPLATE.exec(text); m && (m.index === 0 || wordCount ≤ 30)`
  // without scanning every long paragraph for a cue (issue 7): the leftmost match is at 0 when
  // one starts there (a sticky test), and a block with more than 30 plain ASCII words needs one.
  if (cueAtStart(text)) return true;
  return !asciiWordsOver(text, SHORT_WORDS) && BOILERPLATE.test(text) && wordCount(text) <= SHORT_WORDS;
}

/**
 * Whether BOILERPLATE matches at the text's start, as two sticky tests of its alternatives: an
 * alternation matches at a place iff one of its alternatives does, so the answer is the same.
 * The dated-headlines alternative reads `[^。]*` to the paragraph's end and back before it fails;
 * each of its stamps holds a `/`, so only a text with one is read so (issue 7: 2% of segment()).
 */
function cueAtStart(text: string): boolean {
  CUE_AT_START.lastIndex = 0;
  if (CUE_AT_START.test(text)) return true;
  if (!text.includes('/')) return false;
  STAMPED_AT_START.lastIndex = 0;
  return STAMPED_AT_START.test(text);
}

const CUE_AT_START = new RegExp(
  BOILERPLATE_CUES.filter((c) => c !== STAMPED_FROM_START).join('|'),
  `${BOILERPLATE.flags}y`,
);
const STAMPED_AT_START = new RegExp(STAMPED_FROM_START, `${BOILERPLATE.flags}y`);
const ASCII_ALNUM = Uint8Array.from({ length: 128 }, (_, c) =>
  /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0,
);

/**
 * Whether the text has more than `limit` words by a lower bound of wordCount: runs of ASCII
 * letters and digits with an ASCII non-word character (or the text's end) on both sides are
 * whole words of `/[\p{L}\p{N}]+/gu`, each its own.
 */
function asciiWordsOver(text: string, limit: number): boolean {
  let n = 0;
  let start = -1; // start of the current ASCII run, -1 when none
  let clean = false; // whether the current run began after an ASCII non-word character or the start
  let prevAscii = true; // whether the previous character was ASCII (true at the start)
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const word = c < 128 && ASCII_ALNUM[c] === 1;
    if (word) {
      if (start < 0) {
        start = i;
        clean = prevAscii;
      }
    } else {
      if (start >= 0 && clean && c < 128 && ++n > limit) return true;
      start = -1;
    }
    prevAscii = c < 128;
  }
  return false;
}

export function isBoilerplate(
  p: Paragraph,
  i: number,
  article: Article,
  lang: 'en' | 'ja',
  heading: HeadingKind,
): boolean {
  return boilerplateReason(p, i, article, lang, heading) !== null;
}

function isEnFragment(text: string, tag: string): boolean {
  return text.length < (tag === 'li' ? 30 : 40) && !EN_END.test(text);
}

/** Two or more fragments in a row form a list or a table. */
function inFragmentRun(article: Article, i: number): boolean {
  const near = [article.paragraphs[i - 1], article.paragraphs[i + 1]];
  return near.some((q) => q !== undefined && !URL.test(q.text) && isEnFragment(q.text.trim(), q.tag));
}
