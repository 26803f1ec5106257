/**
 * The service worker's two flows, as plain functions of their dependencies so they run and are
 * tested without a browser (entrypoints/background.ts only wires them to lib/glue and
 * lib/protocol).
 * - `reachTab`: ask the tab's content script, injecting it first when the tab has none yet (a
 *   fresh page, or one loaded before the extension was updated), bounded in time. The tab is
 *   looked up only when the content script does not answer: a re-opened popup (issue 7) then
 *   costs one message to the tab and no other call.
 * - `outliner`: outline at the reader's length through an LRU cache keyed by length and content
 *   (lib/cache.ts), keeping each new outline in the history (a failed save loses no outline).
 */
import { outlineKey, type Lru } from './cache';
import { ledeError } from './errors';
import { outlineArticle } from './pipeline';
import { answered, lastOutlineKey, type LastOutline } from './protocol';
import type { StorageArea } from './storage/area';
import type { Article, Length, Outline, Result } from './types';

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

export interface OutlinerDeps {
  cache: Lru<string, Result<Outline>>;
  /** The reader's length, as last read or changed (never a storage read per outline). */
  length(): Promise<Length | undefined>;
  keep(outline: Outline): Promise<unknown>;
  /** Called with each pipeline run's start and end (performance.now()), for the benchmark. */
  timed?(start: number, end: number): void;
}

export function outliner({ cache, length, keep, timed }: OutlinerDeps) {
  return async (article: Article, force: boolean): Promise<Result<Outline>> => {
    const at = await length();
    const key = `${at} ${outlineKey(article, force)}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const start = performance.now();
    const result = outlineArticle(article, { force, length: at });
    timed?.(start, performance.now());
    cache.set(key, result);
    if (result.ok) void keep(result.value).catch(() => undefined);
    return result;
  };
}

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
