import { lastOutlineKey, type LastOutline } from '../protocol';
import type { StorageArea } from '../storage/area';

/**
 * Each tab's last plain outline in session storage (lib/protocol.ts `lastOutlineKey`), for the
 * popup's first paint on a re-open (issue 7). Kept for the `capacity` tabs outlined last and
 * dropped when a tab closes, so the area does not fill up; a failed write only costs that
 * first paint. Nothing is held in the worker's heap but the tab ids.
 */
export function lastOutlines(area: StorageArea, capacity = 20) {
  const tabs: number[] = [];
  const forget = (tabId: number) => {
    const i = tabs.indexOf(tabId);
    if (i >= 0) tabs.splice(i, 1);
    return area.remove(lastOutlineKey(tabId)).catch(() => undefined);
  };
  return {
    save(tabId: number, entry: LastOutline): Promise<unknown> {
      const i = tabs.indexOf(tabId);
      if (i >= 0) tabs.splice(i, 1);
      tabs.push(tabId);
      const evicted = tabs.length > capacity ? tabs.splice(0, tabs.length - capacity) : [];
      return Promise.all([
        area.set({ [lastOutlineKey(tabId)]: entry }),
        ...evicted.map((t) => area.remove(lastOutlineKey(t))),
      ]).catch(() => undefined);
    },
    forget,
  };
}
