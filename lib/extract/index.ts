/**
 * Article extraction: Readability on a document of its own, never on the live page, then the
 * article's blocks as plain paragraphs, cleaned of captions, related links and other page
 * furniture (lib/extract/clean.ts). Runs on any DOM: the page captured as HTML and parsed again in
 * the offscreen document (lib/guard/extract.ts extractCapturedHtml), linkedom in Node.
 */
import type { Article, Paragraph } from '../types';
import { collectBlocks, type Block } from './blocks';
import { cleanBlocks } from './clean';
import { fallbackRoot } from './fallback';
import { detectLang } from './lang';
import { parseArticle, type Parsed } from './readability';
import { declaresArticle, looksLikeArticle } from './readerable';
import { blockText, collapse } from './text';
import { decodeEntities } from './entities';
import { bylineDate, plainByline, plainPublishedTime, plainSiteName } from './meta';
import { isMenuLinkOnly } from './menu-byline';
import { claimAuthors } from './claim-review';
import { declaredDate } from './page-date';
import { jsonLdBlocks } from './json-ld';
import { cleanTitle, isHeadline, isSiteHeading } from './title';
import { metaValuesAsContent } from './meta-value';

const INDEX_ATTR = 'data-lede-i';

export interface ExtractOptions {
  url: string;
}

/**
 * A document that is the caller's to spend (parsed for this extraction alone) and how to get
 * another copy of it as it was given: `again` is asked only when Readability retries or finds no
 * article (lib/extract/readability.ts, fallback.ts), which most pages never do.
 */
export interface Spent {
  doc: Document;
  again: () => Document;
}

/**
 * Readability, then blocks and cleaning, on a copy of `doc` marked with each element's index;
 * `doc` itself is left as it is. A caller whose document is a throw-away parse hands it over
 * with `spendArticle` and saves the copy.
 */
export function extractArticle(doc: Document, opts: ExtractOptions): Article {
  return spendArticle(
    { doc: doc.cloneNode(true) as Document, again: () => doc.cloneNode(true) as Document },
    opts,
  );
}

/**
 * `extractArticle` on a document the extraction may rewrite (issue 7: the offscreen document
 * parses the page's copy for this extraction alone, and cloning it again cost 6% of the
 * extraction's time in Chromium on the 30 pages of `npm run bench:browser`, more in garbage).
 */
export function spendArticle(spent: Spent, { url }: ExtractOptions): Article {
  // Metadata a page wrote in `value` is read as Readability reads `content` (meta-value.ts).
  const page = metaValuesAsContent(indexed(spent.doc));
  const again = () => metaValuesAsContent(indexed(spent.again()));
  const declaredLang = page.documentElement?.getAttribute('lang') ?? null;
  const pageTitle = collapse(page.title ?? '');
  const declared = declaresArticle(page);
  // Read before Readability, which takes the scripts out; the JSON-LD blocks once for both.
  const ld = jsonLdBlocks(page);
  const claimants = claimAuthors(page, ld);
  const pageDate = declaredDate(page, ld);
  // Which links stay on the site: a saved page (file://) still names its own address.
  const siteUrl = /^https?:/i.test(url) ? url : (declaredUrl(page) ?? url);
  const h1s = Array.from(page.querySelectorAll('h1'))
    .map((h) => blockText([h]))
    .filter(Boolean);

  let parsed: Parsed = null;
  try {
    parsed = parseArticle(page, again);
  } catch {
    parsed = null; // a page that breaks Readability still gets the fallback below
  }
  let root: Element | null = parsed?.content ?? null;
  let blocks = root ? collectBlocks(root, INDEX_ATTR) : [];
  if (!blocks.length) {
    // Readability pruned the page: the fallback reads a fresh copy.
    root = fallbackRoot(again());
    blocks = root ? collectBlocks(root, INDEX_ATTR) : [];
  }
  const cleaned = root ? cleanBlocks(blocks, root, siteUrl).kept : [];
  // Never clean a page down to nothing: a page of captions and links still shows its text.
  const kept = cleaned.length ? cleaned : blocks;

  const siteName = plainSiteName(clean(decodeEntities(page, parsed?.siteName)));
  // A page with no <title> nor title metadata: Readability keeps the empty page title over an
  // <h1> of four words or fewer, and the outline and its copies had no title ("[](url)").
  const rawTitle =
    collapse(decodeEntities(page, parsed?.title) ?? '') ||
    pageTitle ||
    (h1s.find((h) => !isSiteHeading(h, siteName)) ?? '');
  const headline =
    h1s.find((h) => !isSiteHeading(h, siteName) && (isHeadline(h, rawTitle) || rawTitle.includes(h))) ?? null;
  const title = cleanTitle(rawTitle, siteName, headline, siteUrl);
  const { paragraphs, headings } = toParagraphs(kept, title);
  const text = paragraphs.map((p) => p.text).join('\n');

  const byline = clean(decodeEntities(page, parsed?.byline));
  return {
    url,
    title,
    byline: ownByline(page, plainByline(byline, siteName), claimants),
    siteName,
    lang: detectLang(text || title, parsed?.lang ?? declaredLang),
    // A page that declares no date may write it after the byline (meta.ts bylineDate).
    // And one that declares it where Readability does not look (page-date.ts).
    publishedTime:
      plainPublishedTime(clean(parsed?.publishedTime) ?? bylineDate(byline)) ??
      plainPublishedTime(clean(pageDate)),
    paragraphs,
    headings,
    readerable: looksLikeArticle(kept, declared),
  };
}

/** The page, its elements marked with their place in the live page's querySelectorAll('*'). */
function indexed(doc: Document): Document {
  const all = doc.querySelectorAll('*');
  // The <html> and <head> elements before <body> never hold a paragraph: only counted, not
  // marked (setAttribute on every element was a twentieth of the extraction's time in Chromium).
  const at = indexOfBody(all, doc.body);
  for (let i = at; i < all.length; i++) all[i].setAttribute(INDEX_ATTR, String(i));
  return doc;
}

/** Where body is in a document's elements (0 when it is not there: mark them all). */
function indexOfBody(all: NodeListOf<Element>, body: Element | null): number {
  let i = 0;
  while (i < all.length && all[i] !== body) i++;
  return i === all.length ? 0 : i;
}

function toParagraphs(blocks: Block[], title: string): Pick<Article, 'paragraphs' | 'headings'> {
  const paragraphs: Paragraph[] = [];
  const headings: Article['headings'] = [];
  let heading: string | null = null;
  for (const b of blocks) {
    if (b.heading) {
      // The headline repeated at the top of the body is the title, not a section.
      if (paragraphs.length === 0 && isHeadline(b.text, title)) continue;
      heading = b.text;
      headings.push({ text: b.text, beforeParagraph: paragraphs.length, level: b.level });
      continue;
    }
    if (paragraphs.length === 0 && isHeadline(b.text, title)) continue;
    paragraphs.push({
      id: `p${paragraphs.length}`,
      text: b.text,
      heading,
      tag: b.tag,
      domIndex: b.domIndex,
      ...(b.ruby.length ? { ruby: b.ruby } : {}),
    });
  }
  return { paragraphs, headings };
}

function declaredUrl(doc: Document): string | null {
  const href =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return href && /^https?:\/\//i.test(href) ? href : null;
}

function clean(s: string | null | undefined): string | null {
  const c = collapse(s ?? '');
  return c || null;
}

/** The byline, unless it is only a menu's link (menu-byline.ts) or a fact check's claimant. */
function ownByline(page: Document, byline: string | null, claimants: string[]): string | null {
  return byline && (isMenuLinkOnly(page, byline) || claimants.includes(byline)) ? null : byline;
}
