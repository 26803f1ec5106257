/**
 * Metadata written in a `value` attribute instead of `content`: `<meta value="CNET Japan"
 * name="og:site_name">` (ja-news 02-ktai-watch, 04-wired, 06-cnet, 23-impress: the saved pages
 * write every meta so). Readability reads `content` only, and the header of those four outlines
 * named no site (06-cnet: nothing but the reading time). Only the site's name, title and address
 * are read from `value`:
 *  - a `name="author"` there names the publisher ("株式会社インプレス" on 02 and 23), and would
 *    stand over the writer the page credits in its body;
 *  - `article:published_time` there would date the header too, but the Japanese segmenter reads
 *    events against the article's date, and on 06-cnet that date moved a paragraph's role away
 *    from its label (ja-news macro-F1 79.1 → 78.8): left for a change that measures both.
 *
 * Exports: `metaValuesAsContent(doc) → doc` (sets `content` on such metas, in place).
 */
const READ_FROM_VALUE = /^og:(?:site_name|title|url)$/i;

export function metaValuesAsContent(doc: Document): Document {
  for (const m of Array.from(doc.querySelectorAll('meta[value]:not([content])'))) {
    const key = m.getAttribute('property') ?? m.getAttribute('name') ?? '';
    if (READ_FROM_VALUE.test(key.trim())) m.setAttribute('content', m.getAttribute('value') ?? '');
  }
  return doc;
}
