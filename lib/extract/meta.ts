/**
 * The byline and date as the article header shows them (components/meta.ts): the page's own
 * values with what only the page's template put there taken off.
 */

/**
 * "By TOM KRISHER, AP Auto Writer" (extraction-benchmark 05844573), "by Madeline Fry": the
 * header line already reads as credits, so the leading "By" goes. "By admin - 2018-09-16" keeps
 * its date: only the word is dropped. So do Japanese pages' "投稿者" and "文：" ("投稿者
 * Masafumi Negishi", ja-news 05) and brackets round the whole ("[神尾寿，ITmedia]", ja-news 03).
 * A byline that is the site's name again ("Al Jazeera · Al Jazeera", 7916ecca; BBC News, RT,
 * Sky and three more) is no byline: the site stands first.
 */
export function plainByline(byline: string | null, siteName: string | null = null): string | null {
  if (!byline) return null;
  const plain = byline
    .replace(/^[[［](.+)[\]］]$/, '$1')
    .replace(/^(?:by\s+|投稿者\s*[:：]?\s*|(?:執筆者|著者|筆者|文)\s*[:：・]\s*)(?=\S)/i, '');
  return siteName && plain.toLowerCase() === siteName.toLowerCase() ? null : plain;
}

/**
 * A site name that lists its sections after bars is the first of them: "Autoracing | F1 | Indy
 * | MotoGP | StockCar | NASCAR" (autoracing.com.br, extraction benchmark) is Autoracing.
 */
export function plainSiteName(name: string | null): string | null {
  if (!name) return null;
  return name.split(/\s[|｜]\s/)[0].trim() || name;
}

/**
 * A date the template fills when the article has none: "0001-01-01T00:00:00Z" (.NET's empty
 * date, extraction-benchmark 65ce3a45, 776a1c04, 7de52419), shown as "Jan 1, 1", and the Unix
 * epoch. ISO 8601's basic form, which no browser parses ("20180619T055000+0900", Nikkei:
 * ja-news 22, shown as written), is written in the extended form; any other value is kept as
 * given (an unparseable one is shown as written).
 */
export function plainPublishedTime(raw: string | null): string | null {
  if (!raw) return null;
  const value = extendedIso(raw);
  const t = Date.parse(value);
  if (Number.isNaN(t)) return value;
  return t === 0 || new Date(t).getUTCFullYear() < 1900 ? null : value;
}

/** "20180619T055000+0900" → "2018-06-19T05:50:00+09:00"; anything else as it is. */
function extendedIso(value: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}:?\d{2})?$/.exec(value);
  if (!m) return value;
  const zone = m[7] && m[7] !== 'Z' ? `${m[7].slice(0, 3)}:${m[7].slice(-2)}` : (m[7] ?? '');
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`;
}
