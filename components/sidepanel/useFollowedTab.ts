/**
 * The tab the side panel is about (issue 5: it follows the reader). A panel opened for a named
 * tab (`?tabId=N`, tests and the bench) stays on it; otherwise it is the active tab of the
 * panel's window, followed through tab switches, loads and single-page-app navigations (the
 * content script's `navigated`). `version` changes whenever the tab's page does, so the
 * outline is made again.
 */
import { useEffect, useState } from 'react';
import { activeTabId, currentWindowId, onActiveTabChange } from '@/lib/glue';
import { onMessage } from '@/lib/protocol';

export interface FollowedTab {
  tabId: number | null;
  version: number;
}

export function useFollowedTab(fixed: number | null): FollowedTab | null {
  const [tab, setTab] = useState<FollowedTab | null>(fixed === null ? null : { tabId: fixed, version: 0 });

  useEffect(() => {
    let live = true;
    let stop = () => {};
    const show = (tabId: number | null) => live && setTab((t) => ({ tabId, version: (t?.version ?? 0) + 1 }));
    if (fixed === null) {
      void (async () => {
        const [windowId, tabId] = await Promise.all([currentWindowId(), activeTabId().catch(() => null)]);
        if (!live) return;
        show(tabId);
        if (windowId !== null) stop = onActiveTabChange(windowId, show);
      })();
    }
    // A single-page app changed its URL: the article in the tab is another one now.
    const stopNav = onMessage('navigated', ({ sender }) => {
      const from = sender.tab?.id;
      setTab((t) => (t && from === t.tabId ? { ...t, version: t.version + 1 } : t));
    });
    return () => {
      live = false;
      stop();
      stopNav();
    };
  }, [fixed]);

  return tab;
}
