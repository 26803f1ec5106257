/**
 * The article header's line of facts (site · byline · date · reading time · language), as
 * plain strings: shared by the React header (Header.tsx) and the popup's first paint
 * (plainOutline.ts), which must not load React (issue 7).
 */
import { headerFacts } from '@/lib/format/facts';
import { languageName } from '@/lib/i18n';
import type { Outline } from '@/lib/types';
import type { UiStrings } from '@/lib/ui-strings';

/**
 * Site, byline, date, reading time and language, each only when known. The language is named as
 * the error line names it (lib/i18n.ts): nothing for "und", which ICU calls "root".
 */
export function metaLine(outline: Outline, t: UiStrings): string[] {
  return [
    ...headerFacts(outline, t.lang),
    t.readingTime(outline.readingMinutes),
    languageName(outline.lang, t.lang),
  ].filter((x): x is string => Boolean(x));
}
