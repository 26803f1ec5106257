/**
 * The popup's outline source, started as the popup's first act (issue 7): the request leaves
 * for the service worker before React is even loaded (entrypoints/popup/main.tsx imports the
 * app afterwards), so the worker's work and the page's start-up overlap. Only small modules
 * are imported here, to keep the popup's first script short.
 */
import { extensionSource, resolveTabId } from './extensionSource';
import type { OutlineSource } from './useOutline';

let started: Promise<OutlineSource> | null = null;

/** The source for the tab the popup is about (`?tabId=N`, else the active tab), asked at once. */
export function startPopupSource(search: string): Promise<OutlineSource> {
  started ??= resolveTabId(search).then((tabId) =>
    extensionSource(tabId, { sidePanel: true, prefetch: true }),
  );
  return started;
}
