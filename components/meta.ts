/**
 * The article header's line of facts (site · byline · date · reading time · language), as
 * plain strings: shared by the React header (Header.tsx) and the popup's first paint
 * (plainOutline.ts), which must not load React (issue 7).
 */
import { headerFacts } from '@/lib/format/facts';
import { languageName as knownLanguageName } from '@/lib/i18n';
import type { Outline } from '@/lib/types';
import type { UiStrings } from '@/lib/ui-strings';

/** Site, byline, date, reading time and language, each only when known. */
export function metaLine(outline: Outline, t: UiStrings): string[] {
  return [
    ...headerFacts(outline, t.lang),
    t.readingTime(outline.readingMinutes),
    languageName(outline.lang, t.lang),
  ].filter((x): x is string => Boolean(x));
}

/**
 * "日本語", "English": the article's language named in the interface's language; nothing for one
 * with no name. An article outlined anyway in an undetected language ("und") read "root" (ICU's
 * name for it), so this names it as the error line does (lib/i18n.ts).
 */
export function languageName(lang: string, uiLang: string): string {
  return knownLanguageName(lang, uiLang) ?? '';
}
