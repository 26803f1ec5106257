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

export function isBoilerplate(
  p: Paragraph,
  i: number,
  article: Article,
  lang: 'en' | 'ja',
  heading: HeadingKind,
): boolean {
  const text = p.text.trim();
  if (!text) return true;
  if (BOILERPLATE.test(text)) return true;
  if (text === article.title || (article.byline && text === article.byline)) return true;
  if (heading.kind === 'boilerplate') return true;
  const n = article.paragraphs.length;
  if ((i < 3 || i >= n - 3) && AUTHOR_PROFILE.test(text)) return true;
  if (lang === 'ja') {
    if (p.tag === 'li') {
      // A list item is content when it reads as a statement (ja-news 05's summary bullets), not a link or label.
      return URL.test(text) || (text.length < 25 && !JA_END.test(text));
    }
    return !JA_END.test(text);
  }
  if (URL.test(text) && p.tag === 'li') return true;
  // A short English fragment without a sentence end is a caption, credit or label — unless its
  // neighbours are fragments too: then it is a row of a list or table that is the article's own
  // content (extraction benchmark: recipe steps, sports standings, spec lists), not boilerplate.
  return isEnFragment(text, p.tag) && !inFragmentRun(article, i);
}

function isEnFragment(text: string, tag: string): boolean {
  return text.length < (tag === 'li' ? 30 : 40) && !EN_END.test(text);
}

/** Two or more fragments in a row form a list or a table. */
function inFragmentRun(article: Article, i: number): boolean {
  const near = [article.paragraphs[i - 1], article.paragraphs[i + 1]];
  return near.some((q) => q !== undefined && !URL.test(q.text) && isEnFragment(q.text.trim(), q.tag));
}
