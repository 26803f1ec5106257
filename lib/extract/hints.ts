/**
 * What the page's own markup says a block is: class and id names such as "caption",
 * "related", "newsletter", "share" on the block or a wrapper around it. Wrappers holding most
 * of the article are not asked, so an article body named "post share-enabled" is not dropped.
 */

const NAME =
  /(?:^|[-_\s])(caption|credits?|wp-caption-text|share|sharing|social|newsletter|subscribe|subscription|signup|related|recommended|recommendations?|promo|advert|advertisement|ads?|sponsor(ed)?|author-?bio|bio|byline|dateline|timestamp|breadcrumbs?|comments?|popular|most-?read|trending|read-?more|more-stories|outbrain|taboola|paywall|toolbar|nav|navigation|menu|disclaimer|copyright|tags?|dek|standfirst|author)(?:$|[-_\s\d])/i;

export function boilerplateName(el: Element): string | null {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim();
  if (!names) return null;
  return names.match(NAME)?.[1]?.toLowerCase() ?? null;
}

/**
 * The first boilerplate name on el or its ancestors below root, skipping any element whose
 * text is more than half the article's (textLength is memoised by the caller).
 */
export function hintFor(
  el: Element,
  root: Element,
  articleChars: number,
  textLength: (e: Element) => number,
): string | null {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    if (textLength(e) > articleChars / 2) break;
    const name = boilerplateName(e);
    if (name) return name;
  }
  return null;
}
