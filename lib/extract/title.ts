/**
 * The article's own title: without the " - Site Name" / "｜サイト名" a page title carries, and the
 * headline that pages repeat as the first heading of the body, which is not a section (ja-news
 * 16, 27, 33: labels.json treats it as the title, not a section).
 */
import { onlyWordChars } from './letters';
import { collapse } from './text';

const SEPARATORS = /\s*(?:\s[-–—|:·•»]\s|[|｜]|\s[/]\s|\s::\s|：|\s?[-–—]\s?(?=[^\s]*$))\s*/;

const norm = (s: string) =>
  collapse(s)
    .toLowerCase()
    .replace(/[\s'"“”‘’「」『』【】]/g, '');

/**
 * Drop a leading or trailing part that is the site's name: the declared one, else the name in
 * the page's address ("… - Digg" on digg.com, "… – Vortex Cannon Entertainment" on
 * vortexcannon.org: extraction-benchmark 680c2848, 95301fb7).
 */
export function cleanTitle(
  title: string,
  siteName: string | null,
  headline?: string | null,
  url?: string,
): string {
  // A photo credit glued to the headline: "…の成否 （写真＝ロイター）" (ja-news 22).
  const t = withoutSite(collapse(title), siteName ?? hostLabel(url), headline);
  return t.replace(/\s*[（(]\s*(写真|画像|photo|image)[^）)]{0,30}[）)]\s*$/i, '') || t;
}

function withoutSite(title: string, siteName: string | null, headline?: string | null): string {
  let t = title;
  // Readability already picked a title; the page's own <h1> is the best witness when it is a part of it.
  if (headline && norm(t).includes(norm(headline)) && norm(headline).length >= norm(t).length / 3)
    return collapse(headline);
  // A title that is the headline cut short: JSON-LD's `headline`, which Readability reads first,
  // is cut to Google's 110 characters, and The Sun's (extraction benchmark 8b194530) ended "…
  // making him third Beijing local to contract", where the <h1> and <title> go on "… medieval
  // disease". The headline (an <h1> that isHeadline() matched) is the whole of it.
  if (headline && norm(headline).startsWith(norm(t)) && norm(headline).length > norm(t).length)
    return collapse(headline);
  if (!siteName) return t;
  const site = onlyWordChars(norm(siteName));
  const parts = t.split(SEPARATORS);
  if (parts.length < 2) return t;
  const letters = (p: string) => onlyWordChars(norm(p));
  const isSite = (part: string) => {
    const p = letters(part);
    if (p.length < 3 || site.length < 3) return false;
    if (p === site || site.includes(p)) return true;
    // A part that contains the site's name is the site only when it reads as a name: four words
    // at most, those besides the name capitalised ("Vortex Cannon Entertainment" on
    // vortexcannon.org, 95301fb7; "PolitiFact West Virginia"; "cleveland.com"). "CNN poll shows
    // Trump ahead - Politics" on cnn.com was taken for the site's name and left "Politics".
    const words = part.trim().split(/\s+/);
    const named = (w: string) =>
      !/^\p{Ll}/u.test(w) || site.includes(letters(w)) || letters(w).includes(site);
    return p.includes(site) && words.length <= 4 && words.every(named);
  };
  if (isSite(parts[parts.length - 1]))
    t = t.slice(0, t.lastIndexOf(parts[parts.length - 1])).replace(/[\s\-–—|｜:：·•»/]+$/, '');
  else if (isSite(parts[0])) t = t.slice(parts[0].length).replace(/^[\s\-–—|｜:：·•»/]+/, '');
  return collapse(t) || collapse(title);
}

/** "digg" for https://digg.com/…, "vortexcannon" for https://vortexcannon.org/…; null for file: pages. */
function hostLabel(url?: string): string | null {
  if (!url || !/^https?:/i.test(url)) return null;
  try {
    const parts = new URL(url).hostname.replace(/^www\./, '').split('.');
    return parts.length >= 2 ? parts[parts.length - 2] : null;
  } catch {
    return null;
  }
}

/** Whether a heading is the article's headline again. */
export function isHeadline(heading: string, title: string): boolean {
  const h = norm(heading);
  const t = norm(title);
  return (
    h.length > 0 &&
    (h === t ||
      (t.startsWith(h) && h.length >= t.length * 0.6) ||
      (h.startsWith(t) && t.length >= h.length * 0.6))
  );
}

/**
 * Whether a heading is only the site's name: a blog's masthead is often an <h1> ("The GiveWell
 * Blog" above "September 2018 open thread", extraction benchmark ac3c0355), and as a part of the
 * page title it was taken for the headline.
 */
export function isSiteHeading(heading: string, siteName: string | null): boolean {
  return !!siteName && onlyWordChars(norm(heading)) === onlyWordChars(norm(siteName));
}
