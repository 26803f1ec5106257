/**
 * A tab's last outline, as the worker kept it in session storage (lib/worker/last.ts
 * `lastOutlines`), for the popup's first paint on a re-open (issue 7). It is painted only when
 * it is of the page the tab shows now (same URL, fragment aside) at the reader's length; the
 * popup's own request then checks the page and its answer replaces it (components/popupStart.ts).
 * Pure (storage comes in as a StorageArea), so it sits in lib/ beside the worker's side.
 */
import { lastOutlineKey, type LastOutline } from './protocol';
import type { StorageArea } from './storage/area';
import type { Length, Outline, Result } from './types';

const page = (url: string) => url.split('#')[0];

/** The kept result when `entry` is a last outline of `tabUrl` at `length`; else null. */
export function keptFor(entry: unknown, tabUrl: string | undefined, length: Length): Result<Outline> | null {
  if (typeof entry !== 'object' || entry === null || tabUrl === undefined) return null;
  const { url, length: at, result } = entry as Partial<LastOutline>;
  if (typeof url !== 'string' || page(url) !== page(tabUrl)) return null;
  if ((at ?? 'standard') !== length) return null;
  if (typeof result !== 'object' || result === null || typeof result.ok !== 'boolean') return null;
  return result;
}

/** Reads the tab's last outline from `session` (null when there is none, or on any failure). */
export async function readLastOutline(session: StorageArea, tabId: number): Promise<unknown> {
  try {
    return (await session.get(lastOutlineKey(tabId)))[lastOutlineKey(tabId)] ?? null;
  } catch {
    return null;
  }
}
