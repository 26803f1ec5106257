/**
 * Ask a tab's content script, injecting it first when the tab has none yet (a fresh page, or one
 * loaded before the extension was updated), bounded in time. The tab is looked up only when the
 * content script does not answer: a re-opened popup (issue 7) then costs one message to the tab
 * and no other call.
 */
import { ledeError } from '../errors';
import { answered } from '../protocol';
import type { Result } from '../types';

export interface TabAccess<Tab> {
  tabById(tabId: number): Promise<Tab | null>;
  inject(tab: Tab): Promise<Result<null>>;
}

export function reachTab<T, Tab>(
  tabId: number,
  ask: () => Promise<Result<T>>,
  tabs: TabAccess<Tab>,
  timeoutMs: number,
): Promise<Result<T>> {
  const work = async (): Promise<Result<T>> => {
    const first = await ask().catch(() => null); // null: no content script there (yet), or no tab
    if (first) return first;
    const tab = await tabs.tabById(tabId);
    if (!tab) return { ok: false, error: ledeError('no-tab') };
    const injected = await tabs.inject(tab);
    return injected.ok ? ask() : injected;
  };
  return answered(work(), timeoutMs, 'timeout', 'the page did not answer');
}
