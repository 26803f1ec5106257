/**
 * Readability's article minus what readers complain about: captions and credits, related and
 * "most read" lists, share, newsletter and comment blocks, bylines and timestamps, paywall
 * notices (issue 6). Each rule is general: a kind of block, never a site.
 */
import type { Block } from './blocks';
import { isBoilerplateText, isByline, isDateline, wordCount } from './boilerplate';
import { inFigure, isCaptionText } from './captions';
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

  const kept: Block[] = [];
  const dropped: Cleaned['dropped'] = [];
  let inRelated = false;
  for (const b of blocks) {
    let reason: DropReason | null = null;
    const short = wordCount(b.text) <= 30;
    if (RELATED_HEAD.test(b.text) && wordCount(b.text) <= 8) {
      inRelated = true;
      reason = 'related-section';
    } else if (inRelated) {
      // The related run ends at the first block that is neither a link nor a list item.
      if (b.linkDensity >= 0.5 || b.tag === 'li' || (b.heading && short)) reason = 'related-section';
      else inRelated = false;
    }
    if (!reason) reason = dropReason(b, short, linkLists, site);
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
  if (b.tag === 'li' && b.linkDensity >= 0.7 && b.el.parentElement && linkLists.has(b.el.parentElement))
    return 'link-list';
  if (!short) return null;
  if (isRelatedHeadline(b, site)) return 'related-section';
  if (isCaptionText(b.text)) return 'caption';
  if (isBoilerplateText(b.text)) return 'boilerplate';
  if (isDateline(b.text)) return 'dateline';
  if (isByline(b.text)) return 'byline';
  return null;
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
  if (b.heading || b.linkDensity < 0.9 || wordCount(b.text) > 20 || /[.!?。]$/.test(b.text)) return false;
  const links: Element[] = Array.from(b.el.getElementsByTagName('a'));
  if (b.el.tagName.toUpperCase() === 'A') links.push(b.el);
  return links.length > 0 && links.every((a) => isInternal(a.getAttribute('href') ?? '', site));
}

function isInternal(href: string, site: string | null): boolean {
  if (!href || href.startsWith('#') || /^(javascript|mailto):/i.test(href)) return false;
  if (!/^(https?:)?\/\//i.test(href)) return true;
  const host = hostOf(href.startsWith('//') ? `https:${href}` : href);
  return !site || !host || host === site || host.endsWith(`.${site}`) || site.endsWith(`.${host}`);
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
