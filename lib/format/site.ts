/**
 * The site an outline names in its header and copies: the page's own name for itself, or, when
 * it gives none, its web address's host without "www." (Firefox's Reader View does the same).
 * The New York Times, CBS News, WIRED Japan and Impress pages (extraction benchmark, ja-news 02,
 * 04, 23; those three write it in a `value` attribute, read since lib/extract/meta-value.ts)
 * declare no site name, and their header named no source at all. A page outside the web
 * (a saved file, a NewsDiscourse article) or on an address rather than a name (127.0.0.1, where
 * the browser tests serve pages) has no site to name.
 */
export function shownSite(o: { siteName: string | null; url: string }): string | null {
  if (o.siteName) return o.siteName;
  try {
    const u = new URL(o.url);
    const host = u.hostname;
    // An address (127.0.0.1, [::1]) or the machine itself names no site.
    if (!/^https?:$/.test(u.protocol) || !host || host === 'localhost' || /^[\d.]+$|^\[/.test(host))
      return null;
    return host.replace(/^www\d*\./, '');
  } catch {
    return null;
  }
}
