/**
 * One opening of Lede's real toolbar popup in Firefox (`npm run bench:firefox`): a click on the
 * toolbar button by the browser window (tests/e2e/firefox/launch.ts `clickToolbarButtonAt`),
 * and the popup, the browser's own panel that BiDi lists as no browsing context, read from
 * another page of the add-on in the same process (`extension.getViews({ type: 'popup' })`).
 * The popup's marks are read as the Chromium bench reads them (bench-browser/popup.ts
 * MARKS_SCRIPT), on the popup's own timeline; the click and the popup's navigation start on
 * the epoch clock, as in bench-browser/toolbar-popup.ts.
 */
import { ADDON_UUID, type Context, type LaunchedFirefox } from '../../tests/e2e/firefox/launch';
import { MARKS_SCRIPT, timingOf } from '../bench-browser/popup';
import { step } from '../bench-browser/steps';
import type { ToolbarTiming } from '../bench-browser/toolbar-popup';

const OPEN_MS = 30_000;
const POPUPS = `browser.extension.getViews({ type: 'popup' })`;

/**
 * MARKS_SCRIPT run for the popup window from another page of the add-on: its `performance`,
 * `PerformanceObserver` and timers are the popup's. Waits for the popup to exist first.
 */
const POPUP_MARKS = `new Promise((found) => {
  const look = () => (${POPUPS}[0] ? found(${POPUPS}[0]) : setTimeout(look, 5));
  look();
}).then((w) =>
  ((performance, PerformanceObserver, setTimeout) => ${MARKS_SCRIPT})(
    w.performance, w.PerformanceObserver, (f, ms) => w.setTimeout(f, ms)))`;

export interface FirefoxToolbar {
  /** Brings `page` to the front, lets it paint, clicks the button, times the popup, closes it. */
  open(page: Context): Promise<ToolbarTiming>;
}

export async function firefoxToolbar(ff: LaunchedFirefox): Promise<FirefoxToolbar> {
  // The add-on's page that reads the popup, in a background tab.
  const reader = await ff.openPrivileged(`moz-extension://${ADDON_UUID}/options.html`, false);
  // Firefox opens Lede's sidebar when the add-on is installed, and the sidebar outlines the
  // active tab: every "first" open would find that outline kept. Closed, as a reader has it.
  await ff.evaluateInBrowserWindow(`Promise.resolve(SidebarController.hide()).then(() => true)`);
  await ff.waitFor(reader, `browser.extension.getViews({ type: 'sidebar' }).length === 0`);

  return {
    async open(page) {
      await step('focus the tab', OPEN_MS, () => ff.activate(page));
      // A reader clicks on a page already on screen (bench-browser/toolbar-popup.ts `painted`).
      await step('let the page paint', OPEN_MS, () =>
        ff.evaluate(
          page,
          'new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 0))))',
        ),
      );
      const clicked = await step('click the toolbar button', OPEN_MS, () => ff.clickToolbarButtonAt());
      try {
        const marks = await step('wait for lede:app-ready in the toolbar popup', OPEN_MS, () =>
          ff.evaluate<Record<string, number>>(reader, POPUP_MARKS),
        );
        const timing = timingOf(marks);
        const toNavigation = marks.timeOrigin - clicked;
        return { ...timing, toNavigation, fromClick: toNavigation + timing.total };
      } finally {
        // The next opening must not find this one still there.
        await step('close the toolbar popup', OPEN_MS, async () => {
          await ff.evaluate(reader, `${POPUPS}.forEach((w) => w.close())`);
          await ff.waitFor(reader, `${POPUPS}.length === 0`);
        });
      }
    },
  };
}
