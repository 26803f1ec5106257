/**
 * One opening of the real toolbar popup (issue 7's "click"): `chrome.action.openPopup()` called
 * in the service worker stands for the click, and the popup is read over one browser-wide CDP
 * session (the real popup is no Playwright page; extension-testing.md). Unlike popup.html opened
 * as a tab (bench-browser/popup.ts), a real popup is created in the extension's own renderer:
 * no about:blank tab in another process swapped for the extension's page.
 *
 * Every figure is on one clock, the epoch (`performance.timeOrigin + startTime` in each
 * context), so the worker's call and the popup's marks compare.
 */
import { chromium, type Browser, type CDPSession } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Launched } from '../../tests/e2e/harness';
import { MARKS_SCRIPT, timingOf, type PopupTiming } from './popup';
import { step } from './steps';

export interface ToolbarTiming extends PopupTiming {
  /** The worker's openPopup() call → the popup's navigation start (the browser making the popup). */
  toNavigation: number;
  /** The worker's openPopup() call → an outline (or reason) on screen: click → outline. */
  fromClick: number;
}

const OPEN_MS = 30_000;

export interface ToolbarDriver {
  open(tabId: number): Promise<ToolbarTiming>;
  close(): Promise<void>;
}

export async function toolbarDriver(l: Launched): Promise<ToolbarDriver> {
  const port = readFileSync(join(l.profileDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const browser: Browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const popupUrl = `chrome-extension://${l.extensionId}/popup.html`;
  let next = 0;
  /** One CDP command in an attached (non-flat) target session. */
  const call = <T>(sessionId: string, method: string, params: object) =>
    new Promise<T>((ok, fail) => {
      const id = ++next;
      const listen = (e: { sessionId?: string; message: string }) => {
        const m = JSON.parse(e.message) as { id?: number; result?: T; error?: { message: string } };
        if (e.sessionId !== sessionId || m.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', listen);
        if (m.error) fail(new Error(m.error.message));
        else ok(m.result as T);
      };
      cdp.on('Target.receivedMessageFromTarget', listen);
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      });
    });

  const popupTarget = async () => {
    for (let tries = 0; tries < 400; tries++) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const found = targetInfos.find((t) => t.url.startsWith(popupUrl));
      if (found) return found.targetId;
      await new Promise((ok) => setTimeout(ok, 25));
    }
    throw new Error('no popup target');
  };

  return {
    async open(tabId) {
      // The popup is for the active tab of the focused window, as after a real click.
      const clicked = await step('open the toolbar popup', OPEN_MS, () =>
        l.worker.evaluate(async (id: number) => {
          const tab = await chrome.tabs.update(id, { active: true });
          await chrome.windows.update(tab!.windowId, { focused: true });
          const at = performance.timeOrigin + performance.now();
          await chrome.action.openPopup();
          return at;
        }, tabId),
      );
      const targetId = await step('find the toolbar popup', OPEN_MS, popupTarget);
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
      try {
        const evaluated = await step('wait for lede:app-ready in the toolbar popup', OPEN_MS, () =>
          call<{ result: { value: Record<string, number> } }>(sessionId, 'Runtime.evaluate', {
            expression: MARKS_SCRIPT,
            awaitPromise: true,
            returnByValue: true,
          }),
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
          const { targetInfos } = await cdp.send('Target.getTargets');
          if (!targetInfos.some((t) => t.targetId === targetId)) break;
          await new Promise((ok) => setTimeout(ok, 10));
        }
      }
    },
    close: () => browser.close(),
  };
}
