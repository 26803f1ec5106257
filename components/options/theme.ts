/**
 * Applies the theme and interface language to the page: `data-theme` pins light or dark
 * (`auto` leaves `color-scheme: light dark` to follow the system), and `lang` makes the browser
 * pick Japanese glyphs and line breaking for Japanese text (issue 5: readable Japanese type).
 */
import { useEffect } from 'react';
import type { Settings } from '../../lib/storage';
import type { UiLang } from '../../lib/ui-strings';

export function useDocumentTheme(theme: Settings['theme'] | undefined, lang: UiLang): void {
  useEffect(() => {
    const root = document.documentElement;
    if (theme && theme !== 'auto') root.dataset.theme = theme;
    else delete root.dataset.theme;
    root.lang = lang;
  }, [theme, lang]);
}
