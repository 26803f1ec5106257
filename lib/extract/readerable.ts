/**
 * Is this an article? Readability's isProbablyReaderable adds up sqrt(length − 140) over long
 * paragraphs, counting Latin-sized characters; Japanese packs a sentence into a third of the
 * characters, so CJK characters, 、 and 。 weigh three, and a paragraph counts from 80 weighted
 * characters, not 140 (a paywalled Nikkei lead, ja-news 22, is one short paragraph). Only
 * paragraphs that are mostly not links count, so an index of links is no article. A page that
 * declares itself an article (og:type, JSON-LD, a single <article>) needs less evidence. A legal
 * footer or an author box is no evidence at all.
 * `npm run bench:extract` prints the rates on the article pages and tests/fixtures/non-articles.
 */
import type { Block } from './blocks';

/**
 * A page's furniture that can be long: the publisher's legal footer and the author's box
 * ("©News Group Newspapers Limited …", "Molly Wood (@mollywood) is an Ideas contributor at
 * WIRED …": tests/fixtures/non-articles shell-news-thesun and -wired, section fronts whose only
 * long paragraph is one of these). Neither is evidence of an article.
 */
const FURNITURE =
  /^(?:©|\(c\)|copyright\b)|^(?:\p{Lu}[\p{L}.’'-]+ ){1,3}(?:\(@\w+\) )?(?:is|was) (?:an?|the) [^.]{0,40}\b(?:contributor|editor|writer|reporter|journalist|correspondent|columnist|author)\b/iu;

const CJK = /[\u3001\u3002\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af\uff0c]/g;
const MIN_CHARS = 80;
const MAX_LINK_DENSITY = 0.3;
/** Evidence needed, in sqrt-weighted characters: ~ two short paragraphs if declared, five if not. */
const DECLARED_SCORE = 15;
const UNDECLARED_SCORE = 50;

export function weightedLength(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  return text.length + 2 * cjk;
}

/**
 * What FURNITURE cannot match without: its opening, or one of its nouns (`ſ` because /iu folds
 * it to `s`). Tested first so that most pages never compile FURNITURE, whose Unicode classes
 * under /iu cost about 8 ms to build (lib/extract/letters.ts).
 */
const FURNITURE_HINT =
  /^(?:©|\(c\)|copyright)|contributor|editor|writer|reporter|journali[sſ]t|corre[sſ]pondent|columni[sſ]t|author/i;

function isFurniture(text: string): boolean {
  return FURNITURE_HINT.test(text) && FURNITURE.test(text);
}

export function articleScore(blocks: Block[]): number {
  let score = 0;
  for (const b of blocks) {
    if (b.heading || b.tag === 'li' || b.linkDensity >= MAX_LINK_DENSITY || isFurniture(b.text)) continue;
    const len = weightedLength(b.text);
    if (len >= MIN_CHARS) score += Math.sqrt(len - MIN_CHARS);
  }
  return score;
}

export function looksLikeArticle(blocks: Block[], declared: boolean): boolean {
  return articleScore(blocks) >= (declared ? DECLARED_SCORE : UNDECLARED_SCORE);
}

/** The page says it is an article: og:type article, a JSON-LD Article/Posting, one <article>. */
export function declaresArticle(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  if (/article/i.test(og)) return true;
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    if (/"@type"\s*:\s*\[?\s*"\w*(Article|Posting|Report)"/.test(s.textContent ?? '')) return true;
  }
  return doc.querySelectorAll('article').length === 1;
}
