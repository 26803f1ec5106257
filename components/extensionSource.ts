/** The OutlineSource of the real extension: messages to the service worker (lib/protocol.ts). */
import { ledeError } from '@/lib/errors';
import { activeTabId, canOpenSidePanel, openSidePanel } from '@/lib/glue';
import { answered, sendMessage } from '@/lib/protocol';
import type { Outline, Result } from '@/lib/types';
import { markOnce } from './marks';
import { prefetchFirst } from './prefetch';
import type { OutlineSource } from './useOutline';

/**
 * The service worker answers within its own 10 s tab timeout (lib/worker/start.ts TAB_ANSWER_MS);
 * this outer bound covers a worker that is gone altogether.
 */
const WORKER_ANSWER_MS = 20_000;

/** `?tabId=N` in the page's URL (tests open popup.html as a tab and name the article tab). */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/** The tab the page is about: the one named in its URL, else the active tab of its window. */
export async function resolveTabId(search: string): Promise<number | null> {
  // An address that names its tab by something that is no tab id (?tabId=abc) names none: the
  // reader is told there is no page to outline, not shown the outline of whichever tab is active.
  if (new URLSearchParams(search).has('tabId')) return tabIdFromSearch(search);
  return await activeTabId().catch(() => null);
}

/** One outline request for the tab to the service worker, bounded and marked (marks.ts). */
export function askOutline(tabId: number | null, force: boolean): Promise<Result<Outline>> {
  if (tabId === null) return Promise.resolve({ ok: false, error: ledeError('no-tab') });
  markOnce('lede:outline-asked');
  return answered(
    sendMessage('outline', { tabId, force }),
    WORKER_ANSWER_MS,
    'internal',
    'Lede did not answer',
  ).finally(() => markOnce('lede:outline-answered'));
}

/** Whether a page about `tabId` offers the button that moves the outline to the side panel. */
export const offersSidePanel = (tabId: number | null): boolean => tabId !== null && canOpenSidePanel();

/**
 * `sidePanel`: offer the button that moves the outline to the side panel (popup only).
 * `first`: an outline request already sent (issue 7: the popup asks before React has loaded,
 * components/popupStart.ts); the source's first plain `outline()` call takes its answer.
 */
export function extensionSource(
  tabId: number | null,
  { sidePanel = false, first }: { sidePanel?: boolean; first?: Promise<Result<Outline>> } = {},
): OutlineSource {
  const noTab = <T>(): Result<T> => ({ ok: false, error: ledeError('no-tab') });
  const ask = (force: boolean) => askOutline(tabId, force);
  return {
    outline: first ? prefetchFirst(ask, first) : ({ force }) => ask(force),
    show: (p) =>
      tabId === null
        ? Promise.resolve(noTab())
        : answered(
            sendMessage('show', { tabId, ref: { paragraphId: p.id, domIndex: p.domIndex, text: p.text } }),
            WORKER_ANSWER_MS,
            'internal',
            'Lede did not answer',
          ),
    openSidePanel:
      sidePanel && offersSidePanel(tabId)
        ? () => {
            // No await before this call: the browser requires the click's user gesture.
            openSidePanel({ id: tabId! })
              .then(() => window.close())
              .catch(() => undefined);
          }
        : undefined,
  };
}
