/**
 * The byline and date as the article header shows them (components/meta.ts): the page's own
 * values with what only the page's template put there taken off.
 */

/**
 * "By TOM KRISHER, AP Auto Writer" (extraction-benchmark 05844573), "by Madeline Fry": the
 * header line already reads as credits, so the leading "By" goes. "By admin - 2018-09-16" keeps
 * its date: only the word is dropped. A byline that is the site's name again ("Al Jazeera ·
 * Al Jazeera", 7916ecca; BBC News, RT, Sky and three more) is no byline: the site stands first.
 */
export function plainByline(byline: string | null, siteName: string | null = null): string | null {
  if (!byline) return null;
  const plain = byline.replace(/^by\s+(?=\S)/i, '');
  return siteName && plain.toLowerCase() === siteName.toLowerCase() ? null : plain;
}

/**
 * A date the template fills when the article has none: "0001-01-01T00:00:00Z" (.NET's empty
 * date, extraction-benchmark 65ce3a45, 776a1c04, 7de52419), shown as "Jan 1, 1", and the Unix
 * epoch. Any other value is kept as given (an unparseable one is shown as written).
 */
export function plainPublishedTime(value: string | null): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return value;
  return t === 0 || new Date(t).getUTCFullYear() < 1900 ? null : value;
}
