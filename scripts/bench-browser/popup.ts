/**
 * One popup opening, timed by the popup's own marks (components/marks.ts) and navigation
 * timing: where the time from its navigation start to the outline on screen goes.
 */
import type { Launched } from '../../tests/e2e/harness';
import { openExtensionPage } from '../../tests/e2e/harness';
import { step } from './steps';

export interface PopupTiming {
  /** Navigation start → outline (or reason) on screen: the figure issue 7 bounds. */
  total: number;
  /** Navigation start → HTML parsed (domInteractive). */
  html: number;
  /** HTML parsed → the page's script runs (bundle fetch and evaluation: React and the app). */
  bundle: number;
  /** Script start → request sent (the tab's id). */
  toRequest: number;
  /** Request sent → answer back (worker, content script, pipeline or cache). */
  roundTrip: number;
  /**
   * Script start → React app starting (its chunk fetched and evaluated), which overlaps the
   * round trip; NaN for a build that loads React before the request.
   */
  app: number;
  /** Answer back and app started → on screen (React render and commit). */
  render: number;
}

export const PARTS = ['html', 'bundle', 'toRequest', 'roundTrip', 'app', 'render'] as const;

const OPEN_MS = 30_000;

export async function popupTiming(browser: Launched, tabId: number): Promise<PopupTiming> {
  const popup = await step('open the popup', OPEN_MS, () => openExtensionPage(browser, 'popup.html', tabId));
  try {
    // A string, not a function: tsx keeps function names with a `__name` helper that the
    // page does not have, so named inner functions break inside evaluate().
    const marks = await step('wait for lede:outline-ready', OPEN_MS, () =>
      popup.evaluate<Record<string, number>>(`new Promise((done) => {
        const collect = () => {
          const out = {};
          for (const m of performance.getEntriesByType('mark'))
            if (m.name.startsWith('lede:')) out[m.name.slice(5)] = m.startTime;
          out.domInteractive = performance.getEntriesByType('navigation')[0]?.domInteractive ?? NaN;
          return out;
        };
        if (performance.getEntriesByName('lede:outline-ready').length) return done(collect());
        new PerformanceObserver((_, obs) => {
          if (performance.getEntriesByName('lede:outline-ready').length) {
            obs.disconnect();
            done(collect());
          }
        }).observe({ type: 'mark', buffered: true });
      })`),
    );
    const at = (name: string) => marks[name] ?? NaN;
    return {
      total: at('outline-ready'),
      html: at('domInteractive'),
      bundle: at('page-start') - at('domInteractive'),
      toRequest: at('outline-asked') - at('page-start'),
      roundTrip: at('outline-answered') - at('outline-asked'),
      app: at('app-start') - at('page-start'),
      render: at('outline-ready') - Math.max(at('outline-answered'), marks['app-start'] ?? -Infinity),
    };
  } finally {
    await popup.close().catch(() => undefined);
  }
}
