/**
 * The article's own facts for a header line: its site (site.ts), byline and date (date.ts, in
 * `lang`), each only when known. One list for the screen's meta line (components/meta.ts, in the
 * interface's language) and a copy's header (scope.ts, in the article's).
 */
import type { Outline } from '../types';
import { shownDate } from './date';
import { shownSite } from './site';

export function headerFacts(
  o: Pick<Outline, 'siteName' | 'url' | 'byline' | 'publishedTime'>,
  lang: string,
): string[] {
  return [shownSite(o), o.byline, o.publishedTime && shownDate(o.publishedTime, lang)].filter(
    (x): x is string => !!x,
  );
}
