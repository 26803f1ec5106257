/**
 * Readability on the extraction's copy of the page, without its most expensive habits (issue 7,
 * when it still ran in the page: "extraction in the page ≤ 50 ms"). Readability 0.6 keeps
 * `body.innerHTML` as a string before its first attempt and, when an attempt finds under 500
 * characters, re-parses that string for the next one (up to four attempts, and it restores the
 * body after the last one too). Profiled in Chromium on the 30 pages of `npm run bench:browser`,
 * serialising the body cost more than twice a deep clone of it on every page, and re-parsing
 * the HTML was the largest part of the slowest pages (short articles: ja-news NHK EASY, a
 * benchmark page of three paragraphs). So the body answers that one `innerHTML` read with a
 * token, and writing the token back puts in place the body as it was at that read, made only
 * when a retry asks for it from a fresh copy of the page that the caller makes (`fresh`, what
 * the extraction's copy started as) prepared as Readability prepares the page before that read.
 * That prepared body is copied for each retry but the last, which takes it as it is, and the
 * restore after the last attempt, which nothing reads (Readability then returns the longest
 * attempt, already out of the body), is skipped. Most pages never retry, so most pages never pay
 * for a copy.
 * Any other read or write of `innerHTML` is the DOM's own.
 * Readability also serialises the article it found for a debug line it logs unconditionally
 * ("Grabbed: " + innerHTML, between `_grabArticle` and `_postProcessContent`): that element reads
 * as empty for that one moment. The hooks only skip work or compute the same answer a cheaper
 * way: if a later Readability renames these methods, the overrides are never called and the
 * result is Readability's own.
 */
import { Readability } from '@mozilla/readability';

/** What the extraction reads of Readability's answer: the article as elements of the page's copy. */
export type Parsed = {
  content: Element;
  title: string | null | undefined;
  byline: string | null | undefined;
  siteName: string | null | undefined;
  publishedTime: string | null | undefined;
  lang: string | null | undefined;
} | null;

/**
 * Readability's article as elements of `doc` (not serialised), class names kept for the
 * cleaning rules: Readability's `parse` (0.6) step by step, skipping its excerpt and text of the
 * article, which the extraction does not read. A Readability without those steps gets its own
 * `parse`. Readability rewrites `doc`; `fresh` gives another copy of it as it was.
 */
export function parseArticle(doc: Document, fresh: () => Document): Parsed {
  const reader = new QuietReadability(doc, {
    serializer: (el) => el as Element,
    keepClasses: true,
  });
  const r = reader as unknown as Private;
  const body = doc.body;
  const restore = body
    ? cacheBody(
        body,
        () => preparedBody(fresh()),
        () => restoresAfter(r),
      )
    : () => undefined;
  try {
    if (!STEPS.every((name) => typeof r[name] === 'function')) return reader.parse() as Parsed;
    r._unwrapNoscriptImages(doc);
    const jsonLd = r._getJSONLD(doc);
    r._removeScripts(doc);
    r._prepDocument();
    const metadata = r._getArticleMetadata(jsonLd);
    r._metadata = metadata;
    r._articleTitle = metadata.title;
    // No argument, as `parse` calls it: Readability reads `undefined` as paging (isPaging).
    const content = r._grabArticle();
    if (!content) return null;
    r._postProcessContent(content);
    return {
      content,
      title: r._articleTitle,
      byline: metadata.byline || r._articleByline,
      lang: r._articleLang,
      siteName: metadata.siteName || r._articleSiteName,
      publishedTime: metadata.publishedTime,
    };
  } finally {
    restore();
  }
}

interface Metadata {
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
}

/** Readability's private state and steps that `parse` (0.6) uses, as `parseArticle` calls them. */
interface Private {
  /** The attempt's flags (FLAG_STRIP_UNLIKELYS, FLAG_WEIGHT_CLASSES, FLAG_CLEAN_CONDITIONALLY). */
  _flags: number;
  _getJSONLD(doc: Document): unknown;
  _getArticleMetadata(jsonLd: unknown): Metadata;
  _metadata: Metadata;
  _articleTitle?: string;
  _articleByline?: string | null;
  _articleLang?: string | null;
  _articleSiteName?: string | null;
  _unwrapNoscriptImages(doc: Document): void;
  _removeScripts(doc: Document): void;
  _prepDocument(): void;
  _grabArticle(page?: Element | null): Element | null;
  _postProcessContent(article: Element): void;
}

const STEPS = [
  '_unwrapNoscriptImages',
  '_getJSONLD',
  '_removeScripts',
  '_prepDocument',
  '_getArticleMetadata',
  '_grabArticle',
  '_postProcessContent',
] as const;

/** Readability's private methods that QuietReadability overrides or calls (Readability.js 0.6). */
interface Hooks {
  _grabArticle(page?: Element | null): Element | null;
  _postProcessContent(article: Element): void;
  _isProbablyVisible(node: Element): boolean;
  _isPhrasingContent(node: Node): boolean;
  _isValidByline(node: Element, matchString: string): boolean;
  _unwrapNoscriptImages(doc: Document): void;
  _removeScripts(doc: Document): void;
  _prepDocument(): void;
}

/** `doc`'s body after what Readability's `parse` does to a page before its first attempt. */
function preparedBody(doc: Document): HTMLElement {
  const reader = new Readability(doc) as unknown as Hooks;
  reader._unwrapNoscriptImages(doc);
  reader._removeScripts(doc);
  reader._prepDocument();
  return doc.body;
}

/** Text nodes and CDATA sections: what `textContent` joins. */
const SHOW_TEXT = 0x4 | 0x8;

/** Readability's PHRASING_ELEMS (0.6: on its prototype), the tag names it reads as phrasing content. */
const PHRASING_ELEMS = (Readability.prototype as unknown as { PHRASING_ELEMS?: unknown }).PHRASING_ELEMS;
const PHRASING = Array.isArray(PHRASING_ELEMS) ? new Set<unknown>(PHRASING_ELEMS) : null;

/** Readability's DIV_TO_P_ELEMS: the elements that keep a <div> from becoming a paragraph. */
const BLOCK_CHILD = 'blockquote, dl, div, img, ol, p, pre, table, ul';

class QuietReadability extends Readability<Element> {
  _grabArticle(page?: Element | null): Element | null {
    const article = (Readability.prototype as unknown as Hooks)._grabArticle.call(this, page);
    if (article) Object.defineProperty(article, 'innerHTML', { configurable: true, get: () => '' });
    return article;
  }

  /**
   * Readability asks every element of the walk whether it is visible, and reads `node.style`
   * for it: in Chromium a style declaration object built per element, 5% of a first extraction
   * in a profile of the 30 pages of `npm run bench:browser`. Its answer depends only on the
   * `style`, `hidden` and `aria-hidden` attributes (an inline style is the `style` attribute's),
   * so an element without any of them is visible without asking.
   */
  _isProbablyVisible(node: Element): boolean {
    if (!node.hasAttribute('style') && !node.hasAttribute('hidden') && !node.hasAttribute('aria-hidden'))
      return true;
    return (Readability.prototype as unknown as Hooks)._isProbablyVisible.call(this, node);
  }

  /**
   * Readability asks this of every <div> in its walk, recursively over every descendant node,
   * so a page of nested divs pays for its subtree once per level (7% of a first extraction's
   * CPU in Chromium, the 30 pages of `npm run bench:browser`). The same question, whether any
   * descendant element has one of those tag names, is one selector for the DOM.
   */
  _hasChildBlockElement(element: Element): boolean {
    return element.querySelector(BLOCK_CHILD) !== null;
  }

  /**
   * Readability asks this of every <div>, <section>, <header> and heading of its walk: whether
   * its whole text, trimmed, is empty, and its child elements are all <br> or <hr>. The text was
   * built as one string for every such element, so a page's text was copied once per level of
   * its wrappers (and the <br> and <hr> counted through the whole subtree). Any text node with a
   * character that `trim` keeps answers no at once; the counts are asked only when there is none.
   * Same answer: `trim` removes exactly what `\s` matches.
   */
  _isElementWithoutContent(node: Element): boolean {
    if (node.nodeType !== 1) return false;
    const texts = node.ownerDocument.createTreeWalker(node, SHOW_TEXT);
    for (let t = texts.nextNode(); t; t = texts.nextNode()) if (/\S/.test(t.nodeValue!)) return false;
    const n = node.children.length;
    return !n || n === node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length;
  }

  /**
   * Readability asks this of every child of every <div> of its walk and of what follows each
   * <br>, and looks the tag name up in a list of 40 names each time. The same list as a set.
   */
  _isPhrasingContent(node: Node): boolean {
    if (!PHRASING) return (Readability.prototype as unknown as Hooks)._isPhrasingContent.call(this, node);
    if (node.nodeType === 3 || PHRASING.has((node as Element).tagName)) return true;
    const tag = (node as Element).tagName;
    if (tag !== 'A' && tag !== 'DEL' && tag !== 'INS') return false;
    for (let c = node.firstChild; c; c = c.nextSibling) if (!this._isPhrasingContent(c)) return false;
    return true;
  }

  /**
   * Until a byline is found, Readability asks this of every element of its walk, <html> and
   * <body> included, and reads the element's whole text first. Its answer needs a byline-like
   * `rel`, `itemprop` or class/id as well, which almost no element has: those are asked first.
   */
  _isValidByline(node: Element, matchString: string): boolean {
    if (
      node.getAttribute('rel') !== 'author' &&
      !node.getAttribute('itemprop')?.includes('author') &&
      !(this as unknown as { REGEXPS: { byline: RegExp } }).REGEXPS.byline.test(matchString)
    )
      return false;
    return (Readability.prototype as unknown as Hooks)._isValidByline.call(this, node, matchString);
  }

  _postProcessContent(article: Element): void {
    delete (article as { innerHTML?: string }).innerHTML;
    (Readability.prototype as unknown as Hooks)._postProcessContent.call(this, article);
  }
}

/**
 * How many more times Readability 0.6 may restore the body after the restore it is making now:
 * it makes one after every attempt that finds too little, then drops one of its flags still set
 * and tries again, so one per flag still set. Null when the flags are not where 0.6 keeps them.
 */
function restoresAfter(r: Private): number | null {
  if (typeof r._flags !== 'number') return null;
  let n = 0;
  for (let f = r._flags; f; f &= f - 1) n++;
  return n;
}

/**
 * Installs the token-backed `innerHTML` on body; the returned function removes it. `left` says
 * how many restores can follow the one being made (null: unknown, every restore gets a copy).
 */
function cacheBody(body: HTMLElement, prepared: () => Node, left: () => number | null): () => void {
  const native = findAccessor(body, 'innerHTML');
  if (!native?.get || !native.set) return () => undefined;
  const token = `lede-body-cache-${Math.random()}`;
  let saved: Node | null = null;
  Object.defineProperty(body, 'innerHTML', {
    configurable: true,
    get: () => token,
    set(this: HTMLElement, html: string) {
      if (html !== token) return native.set!.call(this, html);
      const more = left();
      // After the last attempt: Readability returns the longest attempt, and no one reads the body.
      if (more === 0) return;
      saved ??= prepared();
      // The last retry takes the prepared body itself; an earlier one a copy, kept for the next.
      const body = more === 1 ? saved : saved.cloneNode(true);
      if (body === saved) saved = null;
      this.replaceChildren(...Array.from(body.childNodes));
    },
  });
  return () => {
    delete (body as { innerHTML?: string }).innerHTML;
    saved = null;
  };
}

/** The accessor a DOM class defines for `name` (Element.prototype in browsers, a subclass in linkedom). */
function findAccessor(obj: object, name: string): PropertyDescriptor | undefined {
  for (let p: object | null = Object.getPrototypeOf(obj); p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return d;
  }
  return undefined;
}
