/**
 * Readability on the extraction's clone, without its most expensive habit (issue 7: "extraction
 * in the page ≤ 50 ms"). Readability 0.6 keeps `body.innerHTML` as a string before its first
 * attempt and, when an attempt finds under 500 characters, re-parses that string for the next
 * one (up to four times). Profiled in Chromium on the 30 pages of `npm run bench:browser`,
 * serialising the body cost more than twice a deep clone of it on every page, and re-parsing
 * the HTML was the largest part of the slowest pages (short articles: ja-news NHK EASY, a
 * benchmark page of three paragraphs). So the clone's body answers that one `innerHTML` read
 * with a token and keeps a deep clone of itself instead; writing the token back puts a fresh
 * copy of that clone in place. Any other read or write of `innerHTML` is the DOM's own.
 * Readability also serialises the article it found for a debug line it logs unconditionally
 * ("Grabbed: " + innerHTML, between `_grabArticle` and `_postProcessContent`): that element reads
 * as empty for that one moment. Both hooks only skip work: if a later Readability renames these
 * methods, the overrides are never called and the result is Readability's own.
 */
import { Readability } from '@mozilla/readability';

export type Parsed = ReturnType<Readability<Element>['parse']>;

/** Readability's article as elements of the clone (not serialised), class names kept for the cleaning rules. */
export function parseArticle(clone: Document): Parsed {
  const body = clone.body;
  const restore = body ? cacheBodyByClone(body) : () => undefined;
  try {
    return new QuietReadability(clone, {
      serializer: (el) => el as Element,
      keepClasses: true,
    }).parse();
  } finally {
    restore();
  }
}

/** Readability's private steps around the unconditional debug line (Readability.js 0.6, `parse`). */
interface Steps {
  _grabArticle(page?: Element | null): Element | null;
  _postProcessContent(article: Element): void;
  _isProbablyVisible(node: Element): boolean;
}

class QuietReadability extends Readability<Element> {
  _grabArticle(page?: Element | null): Element | null {
    const article = (Readability.prototype as unknown as Steps)._grabArticle.call(this, page);
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
    return (Readability.prototype as unknown as Steps)._isProbablyVisible.call(this, node);
  }

  _postProcessContent(article: Element): void {
    delete (article as { innerHTML?: string }).innerHTML;
    (Readability.prototype as unknown as Steps)._postProcessContent.call(this, article);
  }
}

/** Installs the clone-backed `innerHTML` on body; the returned function removes it. */
function cacheBodyByClone(body: HTMLElement): () => void {
  const native = findAccessor(body, 'innerHTML');
  if (!native?.get || !native.set) return () => undefined;
  const token = `lede-body-cache-${Math.random()}`;
  let saved: Node | null = null;
  Object.defineProperty(body, 'innerHTML', {
    configurable: true,
    get(this: HTMLElement) {
      saved = this.cloneNode(true);
      return token;
    },
    set(this: HTMLElement, html: string) {
      if (html === token && saved) {
        // A fresh copy each time: the next attempt may be restored from it again.
        const copy = saved.cloneNode(true);
        this.replaceChildren(...Array.from(copy.childNodes));
      } else native.set!.call(this, html);
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
