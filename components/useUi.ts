/**
 * The interface's language and look for a page (popup, side panel): the reader's settings
 * (lib/storage, injected area), their interface language or else the browser's
 * (lib/ui-strings.ts), and the theme applied to the document. Section names are not here:
 * they follow the article's language (lib/i18n.ts).
 */
import type { LoadedSettings, StorageArea } from '@/lib/storage';
import { stringsFor, type UiStrings } from '@/lib/ui-strings';
import { useDocumentTheme } from './options/theme';
import { useSettings, type SettingsState } from './options/useSettings';

export interface Ui extends SettingsState {
  t: UiStrings;
}

/** `initial`: settings already read (the popup's start); null when they could not be. */
export function useUi(
  area: StorageArea,
  browserLang = navigator.language,
  initial?: LoadedSettings | null,
): Ui {
  const state = useSettings(area, initial);
  const t = stringsFor(state.settings?.uiLang ?? 'auto', browserLang);
  useDocumentTheme(state.settings?.theme, t.lang);
  return { ...state, t };
}
