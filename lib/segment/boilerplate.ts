/**
 * Paragraphs that carry no article content (role `other`): captions, credits, bylines,
 * disclaimers, share and print buttons, link lists, spec lists. Decided before the role model
 * runs, so that positions in the model count content only.
 */
import type { Article, Paragraph } from '../types';
import { AUTHOR_PROFILE, BOILERPLATE } from './cues';
import type { HeadingKind } from './headings';

/** Japanese prose ends its paragraphs with a sentence end; captions and labels do not (ja-news 03, 13, 15). */
const JA_END = /[。！？!?」』）)…]$/;
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
      // A list item is content when it reads as a statement (ja-news 05's summary bullets), not a link or label.
      return URL.test(text) ? 'ja-li-url' : text.length < 25 && !JA_END.test(text) ? 'ja-li-short' : null;
    }
    return JA_END.test(text) ? null : 'ja-no-end';
  }
  if (p.tag === 'li') return URL.test(text) ? 'li-url' : null;
  // A short fragment without a sentence end is a caption, credit or label — unless its
  // neighbours are fragments too: then it is a row of a list or table that is the article's own
  // content (extraction benchmark: recipe steps, sports standings, spec lists), not boilerplate.
  return isEnFragment(text, p.tag) && isLabelShaped(text) && !inFragmentRun(article, i) ? 'fragment' : null;
}

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
  const m = BOILERPLATE.exec(text);
  return m !== null && (m.index === 0 || wordCount(text) <= SHORT_WORDS);
}

/** Small words that stay lower-case in a Title Case label ("Meal Prep for A Little More"). */
const TITLE_SMALL = /^(?:a|an|and|as|at|by|de|del|der|for|from|in|of|on|or|the|to|van|von|vs|with)$/;

/**
 * A label, name, kicker or credit rather than a phrase of the text: no word in lower case
 * ("US FALLS", "Opinion Columnist", "[Engadget]", "___"), or a web address or handle. A
 * fragment with lower-case words ("Eat every 2–3 hours", "He said, she said") is a line of the
 * article; a script without case (Korean) gives no such sign, so it is never a label by shape.
 */
function isLabelShaped(text: string): boolean {
  if (/\b[\w-]+\.(?:com|org|net|io)\b|(?:^|\s)@\w/.test(text)) return true;
  if (/[\p{L}]/u.test(text) && !/[\p{Lu}\p{Ll}]/u.test(text)) return false;
  const lower = text.match(/\p{L}[\p{L}'’-]*/gu)?.filter((w) => /^\p{Ll}/u.test(w) && !TITLE_SMALL.test(w));
  return !lower?.length;
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
