/**
 * Readability's article minus what readers complain about: captions and credits, related and
 * "most read" lists, share, newsletter and comment blocks, bylines and timestamps, paywall
 * notices (issue 6). Each rule is general: a kind of block, never a site.
 */
import type { Block } from './blocks';
import { isBoilerplateText, isByline, isDateline, wordCount } from './boilerplate';
import { inFigure, isCaptionText, isDatedCaption } from './captions';
import { hintFor } from './hints';
import { collapse } from './text';

export type DropReason =
  'caption' | 'boilerplate' | 'dateline' | 'byline' | 'markup' | 'link-list' | 'related-section' | 'noise';

export interface Cleaned {
  kept: Block[];
  dropped: { block: Block; reason: DropReason }[];
}

/** A heading or label that opens a list of links to other articles. */
const RELATED_HEAD =
  /^(related|more (great |from |on |in )?.{0,30}(stories|articles|news|posts|reads)|recent (articles|posts|stories)|(most )?popular( this week| now)?|most (read|viewed|shared)|trending( now)?|recommended( for you)?|you may also like|you might also like|don'?t miss|top stories|latest( news)?|read (more|next)|more to read|further reading|related (news|articles|stories|posts|links|content|coverage)|関連記事|関連ニュース|関連リンク|関連投稿|関連トピック|あわせて読みたい|おすすめ|人気記事|アクセスランキング|ランキング|その他の記事)\W*$/i;

/**
 * A section heading whose whole section is furniture: credits and trailers under a review
 * (ja-news 13 作品情報, 予告編: labels.json marks them `other`), tags, share boxes.
 */
const FURNITURE_SECTION =
  /^(related|credits|tags|topics|share( this)?|comments?|作品情報|予告編|関連記事|関連リンク|関連ニュース|関連投稿|関連トピック|この記事をシェア|シェアする|コメント)\W*$/i;

export function cleanBlocks(blocks: Block[], root: Element, url: string): Cleaned {
  const articleChars = blocks.reduce((n, b) => n + b.text.length, 0);
  const lengths = new Map<Element, number>();
  const textLength = (e: Element) => {
    let n = lengths.get(e);
    if (n === undefined) lengths.set(e, (n = collapse(e.textContent ?? '').length));
    return n;
  };
  const site = hostOf(url);
  const linkLists = listsOfLinks(blocks, site);
  for (const list of languageSwitchers(blocks)) linkLists.add(list);

  const cards = teaserCards(blocks);
  const alts = altCaptions(blocks, root);

  const kept: Block[] = [];
  const dropped: Cleaned['dropped'] = [];
  let inRelated = false;
  let furnitureLevel = 0;
  for (const b of blocks) {
    let reason: DropReason | null = null;
    const short = wordCount(b.text) <= 30;
    if (b.heading && furnitureLevel && b.level <= furnitureLevel) furnitureLevel = 0;
    if (b.heading && FURNITURE_SECTION.test(b.text)) furnitureLevel = b.level;
    if (furnitureLevel) {
      reason = 'related-section';
    } else if (RELATED_HEAD.test(b.text) && wordCount(b.text) <= 8) {
      inRelated = true;
      reason = 'related-section';
    } else if (inRelated) {
      // The related run ends at the first block that is neither a link nor a list item.
      if (b.linkDensity >= 0.5 || b.tag === 'li' || (b.heading && short)) reason = 'related-section';
      else inRelated = false;
    }
    if (!reason && cards.has(b)) reason = 'related-section';
    if (!reason) reason = dropReason(b, short, linkLists, alts, site);
    if (!reason && short) {
      const hint = hintFor(b.el, root, articleChars, textLength);
      if (hint) reason = /caption|credit/.test(hint) ? 'caption' : 'boilerplate';
    }
    if (reason) dropped.push({ block: b, reason });
    else kept.push(b);
  }
  return { kept, dropped };
}

function dropReason(
  b: Block,
  short: boolean,
  linkLists: Set<Element>,
  alts: Set<string>,
  site: string | null,
): DropReason | null {
  if (inFigure(b.el)) return 'caption';
  if (/&lt;\/?[a-z]+[\s&]|&amp;#\d+;/i.test(b.text)) return 'markup';
  if (/^[\d\s/|.,:;+()-]+$/.test(b.text) || /^\d+ of \d+$/i.test(b.text)) return 'noise';
  // The page's own address, an e-mail or a handle: share-link boxes and contact tails. A bare
  // link to elsewhere is a reference and stays (extraction-benchmark 7837c9d6).
  if (/^(\S+@\S+\.\w+|@\w+)(\s+\S+)?$/.test(b.text)) return 'noise';
  if (
    /^(https?:\/\/|www\.)\S+$/i.test(b.text) &&
    isInternal(b.text.startsWith('www.') ? `https://${b.text}` : b.text, site)
  )
    return 'noise';
  if (isFootnote(b)) return 'noise';
  if (b.tag === 'li' && b.el.parentElement && linkLists.has(b.el.parentElement)) {
    if (b.linkDensity >= 0.7 || LANGUAGE.test(b.text)) return 'link-list';
  }
  if (isDatedCaption(b.text)) return 'caption';
  if (!short) return null;
  if (isRelatedHeadline(b, site)) return 'related-section';
  if (isCaptionText(b.text)) return 'caption';
  if (!b.heading && alts.has(b.text)) return 'caption';
  // Short text in the same block as a picture is its caption (ja-news 03 <small> under a photo,
  // 15 <span class="caption…"> after an <img>).
  // A sentence that merely shares its <p> with a picture stays (extraction-benchmark 8380689f),
  // and so does a written-out web address: a shop list's "21) Pesca pazza … http://amzn.to/…"
  // beside each product photo is the article's list, not a caption (benchmark 20b2b649).
  if (
    b.hasImage &&
    /^(p|div|td|figcaption|small|span)$/.test(b.tag) &&
    wordCount(b.text) <= 50 &&
    !/\bhttps?:\/\/\S/.test(b.text)
  ) {
    if (!/[.!?。！？]["”’」)]?$/.test(b.text) || captionWrapped(b)) return 'caption';
  }
  if (isBoilerplateText(b.text)) return 'boilerplate';
  if (isDateline(b.text)) return 'dateline';
  if (isByline(b.text)) return 'byline';
  return null;
}

/**
 * Captions that repeat their picture's alt text: space.com's hero caption (tests/fixtures/
 * en-space-related-links) sat in a "caption-text" <div> that Readability turned into a bare <p>,
 * so no class said so, and the outline showed "An artist's illustration of a plume…" as a
 * Result point. Alts of a few words ("logo", "photo") are left alone, and so are headings: a
 * recipe's "Spiced Honey Pear Jam" names both its section and its picture (tests/fixtures/
 * en-blog-recipe-headings). In a photo essay the captions are the narrative (ja-news README rule 5;
 * ja-news 15 repeats its alts in 7 of its 25 paragraphs), so where they make a quarter of the
 * article or more, none is set aside.
 */
function altCaptions(blocks: Block[], root: Element): Set<string> {
  const alts = new Set<string>();
  for (const img of Array.from(root.querySelectorAll('img[alt]'))) {
    const alt = collapse(img.getAttribute('alt') ?? '');
    if (wordCount(alt) >= 4) alts.add(alt);
  }
  const repeats = blocks.filter((b) => alts.has(b.text)).length;
  return repeats * 4 >= blocks.length ? new Set() : alts;
}

/** At most this many characters make a card of another story: a headline and a line or two. */
const CARD_CHARS = 400;

/**
 * Cards of other stories after the article, each its own <article> (a headline and a line),
 * that Readability kept with it: Digg's review round-up (extraction-benchmark 680c2848) ran on
 * into its feed, and the outline showed "One unfortunate koala was caught on camera…" and "On
 * Monday, Jennifer Williams, an aide to Vice President Mike Pence…" among Stadia's reviews.
 * Only where one <article> holds most of the text and at least three others are card-sized:
 * an article told in several <article> parts of like size keeps them all.
 */
function teaserCards(blocks: Block[]): Set<Block> {
  const groups = new Map<Element, Block[]>();
  let total = 0;
  for (const b of blocks) {
    total += b.text.length;
    const art = b.el.closest('article');
    if (!art) continue;
    const g = groups.get(art);
    if (g) g.push(b);
    else groups.set(art, [b]);
  }
  const out = new Set<Block>();
  if (groups.size < 4) return out;
  const size = (g: Block[]) => g.reduce((n, b) => n + b.text.length, 0);
  const sized = [...groups.values()].map((g) => ({ g, n: size(g) })).sort((x, y) => y.n - x.n);
  const cards = sized.slice(1).filter((x) => x.n <= CARD_CHARS);
  if (sized[0].n < total / 2 || cards.length < 3) return out;
  for (const { g } of cards) for (const b of g) out.add(b);
  return out;
}

/** The mark of a link from a footnote back to where it is cited: ↑ ^ ↩ ↵ ⤴. */
const BACK_MARK = /^[↑^↩↵⤴]|[↩↵⤴]$/;

/**
 * A footnote under the article: it opens on the link back to its mark ("↑4 ただし上位10アドレス
 * 中の…", ja-news 05-iij's footnote rows; Wikipedia's "^ …") or closes on one (Markdown's "… ↩").
 * labels.json's rules make footnotes `other`, and the outline showed "↑4 ただし…" as a
 * Strategy point whose link could not land (lib/format/fragment.ts). The back link is a link
 * to an anchor holding the mark alone, so prose that merely starts with an arrow stays.
 */
function isFootnote(b: Block): boolean {
  if (!BACK_MARK.test(b.text)) return false;
  // To an anchor: "#r1", or written out in full by Readability ("file:///…/page#r1").
  const toAnchor = (a: Element) => /#./.test(a.getAttribute('href') ?? '');
  const links: Element[] = Array.from(b.el.getElementsByTagName('a')).filter(toAnchor);
  if (b.el.tagName.toUpperCase() === 'A' && toAnchor(b.el)) links.unshift(b.el);
  const text = (a: Element | undefined) => (a ? collapse(a.textContent ?? '') : '');
  const first = text(links[0]);
  if (
    first &&
    /^[↑^↩↵⤴]/.test(b.text) &&
    /^[↑^↩↵⤴]?\s?[\p{L}\p{N}]{0,3}$/u.test(first) &&
    b.text.startsWith(first)
  )
    return true;
  const last = text(links[links.length - 1]);
  return /[↩↵⤴]$/.test(b.text) && /^[↩↵⤴]$/.test(last);
}

/** The block's text sits wholly in a <small>, <em>, <cite> or caption-named element. */
function captionWrapped(b: Block): boolean {
  for (const el of Array.from(b.el.querySelectorAll('small, em, i, cite, [class*="caption"]'))) {
    if ((el.textContent ?? '').replace(/\s+/g, ' ').trim().length >= b.text.length * 0.9) return true;
  }
  return false;
}

/**
 * Lists whose items are mostly nothing but a link to the same site: navigation and
 * related-article lists. Links to other sites are the article's own (a deals roundup's
 * "Get it on Amazon" lists are its content: extraction-benchmark 287e4d9f).
 */
function listsOfLinks(blocks: Block[], site: string | null): Set<Element> {
  const items = new Map<Element, { n: number; links: number }>();
  for (const b of blocks) {
    const list = b.tag === 'li' ? b.el.parentElement : null;
    if (!list) continue;
    const s = items.get(list) ?? { n: 0, links: 0 };
    s.n++;
    if (b.linkDensity >= 0.7 && linksStayOnSite(b.el, site)) s.links++;
    items.set(list, s);
  }
  const out = new Set<Element>();
  for (const [list, s] of items) if (s.links / s.n >= 0.6) out.add(list);
  return out;
}

/**
 * A paragraph that is nothing but a link to another page of the same site and not a sentence:
 * the headline of another article dropped into the body ("CO-FOUNDER 'PROUD' OF …").
 */
function isRelatedHeadline(b: Block, site: string | null): boolean {
  if (b.heading || b.linkDensity < 0.5 || wordCount(b.text) > 20 || /[.!?。]$/.test(b.text)) return false;
  const links: Element[] = Array.from(b.el.getElementsByTagName('a'));
  if (b.el.tagName.toUpperCase() === 'A') links.push(b.el);
  if (!links.length || !links.every((a) => isInternal(a.getAttribute('href') ?? '', site))) return false;
  // Nearly all link, or a row of two or more category and tag links ("Books 国際・海外 社会 歴史", ja-news 14).
  return b.linkDensity >= 0.9 || links.length >= 2;
}

function isInternal(href: string, site: string | null): boolean {
  if (!href || href.startsWith('#') || /^(javascript|mailto):/i.test(href)) return false;
  if (!/^(https?:)?\/\//i.test(href)) return true;
  const host = hostOf(href.startsWith('//') ? `https:${href}` : href);
  return !site || !host || host === site || host.endsWith(`.${site}`) || site.endsWith(`.${host}`);
}

/** Names of languages as a language switcher shows them (ja-news 14: English, 日本語, 简体字, …). */
const LANGUAGE =
  /^(english|日本語|简体字|繁體字|简体中文|繁體中文|中文|한국어|français|español|deutsch|italiano|português|русский|العربية|हिन्दी|bahasa indonesia|tiếng việt|ไทย|türkçe|polski|nederlands|english \(\w+\)|en|ja|zh|ko|fr|es|de)$/i;

/** Lists of three or more items that are all language names. */
function languageSwitchers(blocks: Block[]): Set<Element> {
  const lists = new Map<Element, boolean>();
  const sizes = new Map<Element, number>();
  for (const b of blocks) {
    const list = b.tag === 'li' ? b.el.parentElement : null;
    if (!list) continue;
    lists.set(list, (lists.get(list) ?? true) && LANGUAGE.test(b.text));
    sizes.set(list, (sizes.get(list) ?? 0) + 1);
  }
  return new Set(
    [...lists].filter(([list, all]) => all && (sizes.get(list) ?? 0) >= 3).map(([list]) => list),
  );
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Every link in el is relative or on the page's own site (any link counts when the site is unknown). */
function linksStayOnSite(el: Element, site: string | null): boolean {
  return Array.from(el.getElementsByTagName('a')).every((a) => {
    const href = a.getAttribute('href') ?? '';
    return !/^(https?:)?\/\//i.test(href) || isInternal(href, site);
  });
}
