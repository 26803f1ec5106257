/**
 * A page captured as HTML (lib/page/capture.ts) and parsed again, in the offscreen document or
 * Firefox's background page, made to read as the live page's clone did: the same elements in
 * the same order, so a paragraph's `domIndex` still points into the live page (lib/locate.ts),
 * and links that resolve against the page's address, not the extension's.
 */
export function asLivePage(doc: Document, url: string): Document {
  // A parser without scripting (DOMParser) reads <noscript> as markup, where the live page
  // holds it as text: text again, or every element after it would shift its index.
  for (const n of Array.from(doc.querySelectorAll('noscript'))) n.textContent = n.innerHTML;
  if (/^(https?|file):/i.test(url)) {
    const base = doc.querySelector('base[href]');
    // Readability makes links absolute against the document's base URL, which for a parsed copy
    // is the extension page's. A base element after <body> (the first in tree order counts)
    // leaves every element before it at its index.
    if (base) base.setAttribute('href', absolute(base.getAttribute('href') ?? '', url));
    else if (doc.documentElement) {
      const added = doc.createElement('base');
      added.setAttribute('href', url);
      doc.documentElement.append(added);
    }
  }
  return doc;
}

function absolute(href: string, url: string): string {
  try {
    return new URL(href, url).href;
  } catch {
    return url;
  }
}

/**
 * A start tag holding an inline event handler (`onclick=`, `onload=` …) or a `<source media=…>`.
 * One attribute of a start tag is then read whole, so a quoted value that holds " on…=" or
 * " media=" stays as it is.
 */
const TAG_WITH_HAZARD = /<([a-z][^\s/>]*)[^>]*\s(?:on[a-z]+|media)\s*=[^>]*>/gi;
/** A `<video>` or `<audio>` start or end tag. */
const MEDIA_TAG = /<(\/?)(video|audio)(?=[\s/>])/gi;
const ATTRIBUTE = /\s([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/**
 * The captured HTML, before an extension page parses it, without what costs there and what
 * extraction never reads:
 * - inline event handlers. Under the extension's Content Security Policy each handler attribute
 *   is a refused inline script that the browser reports (a console error each), which made
 *   parsing a page with 15 of them 3× slower in the offscreen document than in the page
 *   (benchmark page 4: 16 ms against 5.5);
 * - what Chromium 156 never frees in a DOMParser document: a `<source media=…>` (ja-news
 *   04-wired-helvetica-now has 14), and any `<video>` or `<audio>` (benchmark pages 2c46804d,
 *   624fcd90, 7a664e40). Every such page outlined grew the offscreen document by both of its
 *   documents, the parsed copy and Readability's clone (issue 7's memory figure;
 *   tests/e2e/offscreen-memory.test.ts counts them). The attribute goes; the media elements are
 *   renamed, not removed, so every later element keeps its index (lib/locate.ts). Extraction
 *   reads no media element's text.
 * Only tags are touched: text is escaped in serialised HTML (`&lt;`), so it holds no tag.
 */
export function withoutParseHazards(html: string): string {
  return html
    .replace(TAG_WITH_HAZARD, (tag, name: string) => {
      const source = name.toLowerCase() === 'source';
      return tag.replace(ATTRIBUTE, (attribute, attr: string) =>
        /^on/i.test(attr) || (source && attr.toLowerCase() === 'media') ? '' : attribute,
      );
    })
    .replace(MEDIA_TAG, '<$1lede-$2');
}
