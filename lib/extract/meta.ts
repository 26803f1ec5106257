/**
 * The byline and date as the article header shows them (components/meta.ts): the page's own
 * values with what only the page's template put there taken off.
 */
import { onlyWordChars } from './letters';

/**
 * "By TOM KRISHER, AP Auto Writer" (extraction-benchmark 05844573), "by Madeline Fry": the
 * header line already reads as credits, so the leading "By" goes, and so do Japanese pages'
 * "投稿者" and "文：" ("投稿者 Masafumi Negishi", ja-news 05), a Russian page's "Текст:" (wday.ru,
 * 3c6d3381), brackets round the whole ("[神尾寿，ITmedia]", ja-news 03) and a trailing comma
 * ("Reuters,", Deccan Herald 39d5c43b); a name in capitals run into the next element's text is
 * parted from it ("ERIC TUCKERAssociated Press", AP 82b6d780). A date written after the name is the header's date, not
 * the byline's (`bylineDate`). A blog's account name ("admin", "jdadmin": Inexhibit 33fe2471,
 * Jeongdong Theater 52111884) credits no one, and a byline that is the site's name again ("Al
 * Jazeera · Al Jazeera", 7916ecca; BBC News, RT, Sky and three more) is no byline: the site
 * stands first.
 */
export function plainByline(byline: string | null, siteName: string | null = null): string | null {
  if (!byline) return null;
  const plain = withoutDate(byline)
    .replace(/^[[［](.+)[\]］]$/, '$1')
    .replace(
      /^(?:by\s+|投稿者\s*[:：]?\s*|(?:執筆者|著者|筆者|文|text|words|текст|автор)\s*[:：・]\s*)(?=\S)/i,
      '',
    )
    .replace(/\s*[,;，、]$/, '')
    // Two elements' text run together: "ERIC TUCKERAssociated Press" (AP 82b6d780).
    .replace(/(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll})/gu, ' ');
  const person = withoutOwnOutlet(plain, siteName);
  if (ACCOUNT.test(person)) return null;
  return siteName && namesSite(person, siteName) ? null : person;
}

/**
 * Whether a byline only names the site again, give or take a generic word: "Beachbody" on The
 * Beachbody Blog (extraction benchmark 5f03fc17), "India Post News Weekly" on India Post
 * (5f9c5ed5), "Telegraph Sport" on The Telegraph (88c328b6): the header read "The Beachbody Blog
 * · Beachbody". Every word of the byline that is not generic must be a word of the site's name,
 * so a person credited with the site ("MEG KINNARD and ERRIN HAINES, Associated Press") stays,
 * and a byline of generic words alone ("Staff", "Editorial") is no site name.
 */
function namesSite(byline: string, siteName: string): boolean {
  const words = (s: string) =>
    (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !GENERIC.has(w));
  const own = words(byline);
  const site = new Set(words(siteName));
  return own.length > 0 && own.every((w) => site.has(w));
}

/** Words a site or desk name adds to a name: "The … Blog", "… News Weekly", "… Sport". */
const GENERIC = new Set(
  'the blog news weekly daily online magazine digital sport sports staff desk team media'.split(' '),
);

/**
 * "Finian Cunningham. Sputnik International" (Sputnik 1f765c48): a full stop after a whole word
 * (not an initial, "Sarah E. Needleman", nor a title, "Jr.") ends the person's name, and an
 * outlet's name follows: capitalised words and no sentence. It is the site's own credit, which the
 * header already names, when it is the site's name (or begins it, or the site's begins it), or when
 * the page names no site (Sputnik declares none; the header names its host). Another outlet's
 * credit is kept ("Jane Doe. Reuters" on NBC News), as "Victor Tangermann, Futurism" (ScienceAlert
 * 14cc2a0c) is.
 */
function withoutOwnOutlet(byline: string, siteName: string | null): string {
  const m = /^(.*\p{L}{2})\.\s+(\S.*)$/u.exec(byline);
  if (!m || TITLE_BEFORE_DOT.test(m[1]) || !OUTLET.test(m[2])) return byline;
  const letters = (s: string) => onlyWordChars(s.toLowerCase());
  const [outlet, site] = [letters(m[2]), letters(siteName ?? '')];
  const own =
    !siteName ||
    outlet === site ||
    (Math.min(outlet.length, site.length) >= 3 && (outlet.startsWith(site) || site.startsWith(outlet)));
  return own ? m[1] : byline;
}

/** A title or suffix that ends with a full stop inside a name: "Jr.", "Dr.", "St.". */
const TITLE_BEFORE_DOT = /(?:^|[\s.])(?:Jr|Sr|Dr|St|Mr|Mrs|Ms|Mx|Prof|Rev|Gen|Sen|Rep|Gov)$/;

/** An outlet's name: up to five words, each capitalised (or "of", "the", "and", "for", "&"), no full stop. */
const OUTLET = /^(?:\p{Lu}[^\s.]*|the)(?:\s+(?:\p{Lu}[^\s.]*|\d[^\s.]*|of|the|and|for|&)){0,4}$/u;

/** A blog platform's account rather than a person: "admin", "jdadmin", "webmaster". */
const ACCOUNT = /^(?:\w*admin|administrator|webmaster)$/i;

/**
 * A date the byline ends with: "FEDERICA LUSIARDI - 2019-04-10" (Inexhibit 94fbcc26),
 * "Associated Press November 19, 2019, 9:02 AM" (Sportsnet 0d461229). Both pages declare no
 * date of their own, so this one is the header's.
 */
const TRAILING_DATE = new RegExp(
  String.raw`\s*[-–—|·,]?\s*(\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}(?:,? \d{1,2}:\d{2}(?: ?[AP]M)?(?: [A-Z]{2,4})?)?)$`,
);

/** The date after a name (a byline that is only a date has no name to part it from). */
const trailingDate = (byline: string) => {
  const m = TRAILING_DATE.exec(byline);
  return m && m.index > 0 ? m : null;
};

const withoutDate = (byline: string) => byline.slice(0, trailingDate(byline)?.index);

/** The date a byline ends with (see TRAILING_DATE), or null. */
export function bylineDate(byline: string | null): string | null {
  return (byline && trailingDate(byline)?.[1]) || null;
}

/**
 * A site name that lists its sections after bars is the first of them: "Autoracing | F1 | Indy
 * | MotoGP | StockCar | NASCAR" (autoracing.com.br, extraction benchmark) is Autoracing. A
 * section's or a platform's name is not the site's: Reuters declares "U.S." (57d46c9d), AP
 * "Hosted" (82b6d780), a Blogspot blog "Blogger" (LinkNaija 358cc4a0); the header then
 * names the host (lib/format/site.ts). PolitiFact's "@politifact" (9e8c9f08) is its handle.
 */
export function plainSiteName(name: string | null): string | null {
  if (!name) return null;
  const first = (name.split(/\s[|｜]\s/)[0].trim() || name).replace(/^@(?=\w)/, '');
  return NOT_A_SITE.test(first) ? null : first;
}

const NOT_A_SITE =
  /^(?:u\.?s\.?|uk|world|news|home|hosted|business|politics|markets?|tech(?:nology)?|sports?|opinion|health|science|entertainment|lifestyle|blogger|wordpress|blogspot)$/i;

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
