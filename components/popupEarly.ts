/**
 * The popup's first acts (issue 7), run by its classic script in <head> (popupBoot.ts) as
 * early as the page allows: the outline request for the tab, the reader's settings and the
 * tab's last outline (session storage), all at once. The plain first paint (popupStart.ts)
 * waits for their answers.
 */
import { tabById } from '@/lib/glue';
import type { StorageArea } from '@/lib/storage/area';
import { loadSettings, type LoadedSettings } from '@/lib/storage/settings';
import type { Outline, Result } from '@/lib/types';
import { askOutline, resolveTabId } from './extensionSource';
import { readLastOutline } from '@/lib/lastOutline';
import { markOnce } from './marks';

export interface PopupEarly {
  tabId: Promise<number | null>;
  /** The outline request's answer. */
  first: Promise<Result<Outline>>;
  /** Null: the settings could not be read (the defaults apply). */
  settings: Promise<LoadedSettings | null>;
  /** The tab's last outline as stored, with the tab's URL now (null: none to look at). */
  kept: Promise<{ entry: unknown; url: string | undefined } | null>;
}

export function popupEarly(
  search: string,
  { local, session }: { local: StorageArea; session: StorageArea | null },
): PopupEarly {
  markOnce('lede:page-start');
  const tabId = resolveTabId(search);
  return {
    tabId,
    first: tabId.then((id) => askOutline(id, false)),
    settings: loadSettings(local).catch(() => null),
    kept: tabId.then(async (id) => {
      if (id === null || !session) return null;
      const [entry, tab] = await Promise.all([readLastOutline(session, id), tabById(id)]);
      return { entry, url: tab?.url };
    }),
  };
}
