/**
 * Applies the theme and interface language to the page: `data-theme` pins light or dark
 * (`auto` leaves `color-scheme: light dark` to follow the system), and `lang` makes the browser
 * pick Japanese glyphs and line breaking for Japanese text (issue 5: readable Japanese type).
 */
import { useLayoutEffect } from 'react';
import type { Settings } from '../../lib/storage';
import type { UiLang } from '../../lib/ui-strings';
import { applyDocumentTheme } from './documentTheme';

/** A layout effect: the page never paints in the wrong theme first. */
export function useDocumentTheme(theme: Settings['theme'] | undefined, lang: UiLang): void {
  useLayoutEffect(() => applyDocumentTheme(theme, lang), [theme, lang]);
}
