/**
 * Outlines ready before the click (issue 7, the first open), when the reader turns it on in the
 * options (setting `readyAhead`, with the optional `<all_urls>` permission): the worker outlines
 * the tab the reader is looking at shortly after it finishes loading or is switched to, so the
 * toolbar popup opens on an outline already made (painted from the tab's last outline, checked
 * against the page by the popup's own request: lib/lastOutline.ts, lib/worker/).
 *
 * Why a pause first: a page's own work right after `load` (layout, its late scripts) is the
 * heaviest it does (docs/performance.md, the very large page's control: 326–575 ms of its own
 * blocking), and a reader flicking through tabs should not have every tab copied. Only the
 * latest tab shown is prepared: each new one cancels the one waiting.
 *
 * Pure: the browser's events and the outline flow come in as plain functions (lib/worker/start.ts
 * wires them to the browser and the outline flow).
 */
import { realTimers, type Timers } from './timers';

export interface AheadDeps {
  /** Whether to prepare now: the reader's setting, and the browser still granting the permission. */
  enabled(): Promise<boolean>;
  /** Outline the tab as the popup would, without adding it to the reader's history. */
  prepare(tabId: number): Promise<unknown>;
  /** How long a tab must stay shown (and loaded) before it is prepared. */
  delayMs: number;
  timers?: Timers;
}

/** The default pause: long enough to skip a tab flicked past, short against a reader's reach for the toolbar. */
export const AHEAD_DELAY_MS = 400;

export function readyAhead({ enabled, prepare, delayMs, timers = realTimers }: AheadDeps) {
  let waiting: { tabId: number; handle: unknown } | null = null;
  const cancel = () => {
    if (waiting) timers.clear(waiting.handle);
    waiting = null;
  };
  return {
    /** The tab became the one shown, or finished loading while shown. */
    shown(tabId: number): void {
      cancel();
      const handle = timers.set(() => {
        if (waiting?.handle === handle) waiting = null;
        void enabled()
          .then((on) => (on ? prepare(tabId) : undefined))
          .catch(() => undefined); // a page that cannot be outlined waits for the reader's click
      }, delayMs);
      waiting = { tabId, handle };
    },
    /** The tab closed (or navigates away before its turn): nothing to prepare. */
    forget(tabId: number): void {
      if (waiting?.tabId === tabId) cancel();
    },
  };
}

/**
 * Keeps the ahead script registered exactly while `on()` says so (the setting and the
 * permission). Each call checks again, one after another, so a quick on-off-on ends as the
 * last state says, and a failed registration is tried again at the next change.
 */
export function aheadScriptSync(
  on: () => Promise<boolean>,
  register: (on: boolean) => Promise<void>,
): () => Promise<void> {
  let chain = Promise.resolve();
  return () => (chain = chain.then(async () => register(await on())).catch(() => undefined));
}
