/** The OutlineSource of the real extension: messages to the service worker (lib/protocol.ts). */
import { ledeError } from '@/lib/errors';
import { activeTabId, canOpenSidePanel, openSidePanel } from '@/lib/glue';
import { answered, sendMessage } from '@/lib/protocol';
import type { Result } from '@/lib/types';
import type { OutlineSource } from './useOutline';

/**
 * The service worker answers within its own 10 s tab timeout (entrypoints/background.ts);
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
  return tabIdFromSearch(search) ?? (await activeTabId().catch(() => null));
}

/** `sidePanel`: offer the button that moves the outline to the side panel (popup only). */
export function extensionSource(tabId: number | null, { sidePanel = false } = {}): OutlineSource {
  const noTab = <T>(): Result<T> => ({ ok: false, error: ledeError('no-tab') });
  return {
    outline: ({ force }) =>
      tabId === null
        ? Promise.resolve(noTab())
        : answered(
            sendMessage('outline', { tabId, force }),
            WORKER_ANSWER_MS,
            'internal',
            'Lede did not answer',
          ),
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
      sidePanel && tabId !== null && canOpenSidePanel()
        ? () => {
            // No await before this call: the browser requires the click's user gesture.
            openSidePanel({ id: tabId })
              .then(() => window.close())
              .catch(() => undefined);
          }
        : undefined,
  };
}
