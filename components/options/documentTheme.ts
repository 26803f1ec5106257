/**
 * `data-theme` and `lang` on the document (see theme.ts), as a plain function: the popup's
 * first paint (components/popupStart.ts) sets them before React exists (issue 7).
 */
import type { Settings } from '../../lib/storage/settings';

export function applyDocumentTheme(theme: Settings['theme'] | undefined, lang: string): void {
  const root = document.documentElement;
  if (theme && theme !== 'auto') root.dataset.theme = theme;
  else delete root.dataset.theme;
  root.lang = lang;
}
