/**
 * One opening of the real toolbar popup (issue 7's "click"): the `toolbarClick` message stands
 * for the click (tests/e2e/harness.ts clickToolbar; the worker starts the page's capture and
 * opens the popup, as on a real click: lib/glue.ts onToolbarClick), and the popup is read over one browser-wide CDP
 * session (the real popup is no Playwright page; extension-testing.md). Unlike popup.html opened
 * as a tab (bench-browser/popup.ts), a real popup is created in the extension's own renderer:
 * no about:blank tab in another process swapped for the extension's page.
 *
 * Every figure is on one clock, the epoch (`performance.timeOrigin + startTime` in each
 * context), so the worker's call and the popup's marks compare.
 */
import type { Page } from 'playwright-core';
import { clickToolbar, type Launched } from '../../tests/e2e/harness';
import { MARKS_SCRIPT, timingOf, type PopupTiming } from './popup';
import { connectBrowser } from './cdp-socket';
import { step } from './steps';

export interface ToolbarTiming extends PopupTiming {
  /** The worker's openPopup() call → the popup's navigation start (the browser making the popup). */
  toNavigation: number;
  /** The worker's openPopup() call → an outline (or reason) on screen: click → outline. */
  fromClick: number;
}

const OPEN_MS = 30_000;

/**
 * Resolves after the page has produced a frame (two animation frames, then a task): the `settle`
 * of `open()`, as a reader clicks on a page already on screen. A string, for the reason
 * MARKS_SCRIPT is one (bench-browser/popup.ts).
 */
export const painted = (page: Page) => () =>
  page.evaluate(
    'new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 0))))',
  );

export interface ToolbarDriver {
  /**
   * Focuses the tab, waits for `settle` (the page's first frame in front: a reader clicks on a
   * page already on screen), then clicks.
   */
  open(tabId: number, settle?: () => Promise<unknown>): Promise<ToolbarTiming>;
  close(): Promise<void>;
}

/**
 * `click`: how the click is stood in for: Lede's `toolbarClick` message (its worker's flow on a
 * click), or `chrome.action.openPopup()` in the worker (an extension that handles no click,
 * such as the blank reference popup: bench-browser/blank-popup.ts).
 */
export async function toolbarDriver(
  l: Launched,
  click: 'message' | 'openPopup' = 'message',
): Promise<ToolbarDriver> {
  // A bare socket, not a second Playwright client (cdp-socket.ts says why).
  const cdp = await connectBrowser(l.profileDir, OPEN_MS);
  const popupUrl = `chrome-extension://${l.extensionId}/popup.html`;
  const popupTarget = async () => {
    for (let tries = 0; tries < 400; tries++) {
      const { targetInfos } = await cdp.send<{ targetInfos: { targetId: string; url: string }[] }>(
        'Target.getTargets',
      );
      const found = targetInfos.find((t) => t.url.startsWith(popupUrl));
      if (found) return found.targetId;
      await new Promise((ok) => setTimeout(ok, 25));
    }
    throw new Error('no popup target');
  };

  return {
    async open(tabId, settle) {
      // The popup is for the active tab of the focused window, as after a real click.
      await step('focus the tab', OPEN_MS, () =>
        l.worker.evaluate(async (id: number) => {
          const tab = await chrome.tabs.update(id, { active: true });
          await chrome.windows.update(tab!.windowId, { focused: true });
        }, tabId),
      );
      // Bringing a tab to the front lays out and paints it: on the 3.2 M-character page that is
      // the page's own ~0.9 s block, which the click would otherwise be charged with.
      if (settle) await step('let the page paint', OPEN_MS, settle);
      const clicked = await step('click the toolbar button', OPEN_MS, () =>
        click === 'message'
          ? clickToolbar(l)
          : l.worker.evaluate(async () => {
              const at = performance.timeOrigin + performance.now();
              await chrome.action.openPopup();
              return at;
            }),
      );
      const targetId = await step('find the toolbar popup', OPEN_MS, popupTarget);
      const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
        targetId,
        flatten: true,
      });
      try {
        const evaluated = await step('wait for lede:app-ready in the toolbar popup', OPEN_MS, () =>
          cdp.send<{ result: { value: Record<string, number> } }>(
            'Runtime.evaluate',
            { expression: MARKS_SCRIPT, awaitPromise: true, returnByValue: true },
            sessionId,
          ),
        );
        const marks = evaluated.result.value;
        const timing = timingOf(marks);
        const navigation = marks.timeOrigin;
        return {
          ...timing,
          toNavigation: navigation - clicked,
          fromClick: navigation - clicked + timing.total,
        };
      } finally {
        await cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
        await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
        // The next opening must not find this one still listed.
        for (let tries = 0; tries < 200; tries++) {
          const { targetInfos } = await cdp.send<{ targetInfos: { targetId: string }[] }>(
            'Target.getTargets',
          );
          if (!targetInfos.some((t) => t.targetId === targetId)) break;
          await new Promise((ok) => setTimeout(ok, 10));
        }
      }
    },
    close: async () => cdp.close(),
  };
}
