/**
 * One popup opening, timed by the popup's own marks (components/marks.ts) and navigation
 * timing: where the time from its navigation start to the outline on screen goes.
 */
import type { Launched } from '../../tests/e2e/harness';
import { openExtensionPage } from '../../tests/e2e/harness';
import { step } from './steps';

export interface PopupTiming {
  /**
   * Navigation start → an outline (or reason) on screen: the figure issue 7 bounds. On a
   * re-open that is the tab's last outline, painted while the popup's own request is out
   * (components/popupStart.ts); `answer` is when that request's answer is on screen.
   */
  total: number;
  /** Navigation start → this opening's own answer on screen (the page checked). */
  answer: number;
  /** Navigation start → React has taken over the first paint (every control works). */
  interactive: number;
  /**
   * Navigation start → the popup's first script runs (the page's own start-up: its classic
   * script in <head> is fetched and evaluated, components/popupBoot.ts).
   */
  start: number;
  /** Navigation start → HTML parsed (domInteractive); for reference, not a part. */
  html: number;
  /** Script start → request sent (the tab's id). */
  toRequest: number;
  /** Request sent → answer back (worker, content script, pipeline or cache). */
  roundTrip: number;
  /** Answer back → on screen (plain first paint, or React's when it was first). */
  paint: number;
}

export const PARTS = ['start', 'toRequest', 'roundTrip', 'paint'] as const;

/** The middle value (the upper one of an even count), for the bench's small samples. */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const OPEN_MS = 30_000;

/**
 * Waits in the popup for React's take-over, then gives its `lede:` marks, its HTML parsed
 * (domInteractive) and its timeOrigin (epoch ms). A string, not a function: tsx keeps function
 * names with a `__name` helper that the page does not have, so named inner functions break
 * inside evaluate(). A build without `lede:app-ready` (an older one, measured for comparison)
 * is read 2 s after its outline is on screen.
 */
export const MARKS_SCRIPT = `new Promise((done) => {
  const collect = () => {
    const out = {};
    for (const m of performance.getEntriesByType('mark'))
      if (m.name.startsWith('lede:')) out[m.name.slice(5)] = m.startTime;
    out.domInteractive = performance.getEntriesByType('navigation')[0]?.domInteractive ?? NaN;
    out.timeOrigin = performance.timeOrigin;
    return out;
  };
  const last = 'lede:app-ready';
  let timer = 0;
  const check = () => {
    if (performance.getEntriesByName(last).length) return done(collect());
    if (!timer && performance.getEntriesByName('lede:outline-ready').length)
      timer = setTimeout(() => done(collect()), 2000);
  };
  new PerformanceObserver(check).observe({ type: 'mark', buffered: true });
  check();
})`;

/** The parts of one opening, from the marks MARKS_SCRIPT collected. */
export function timingOf(marks: Record<string, number>): PopupTiming {
  const at = (name: string) => marks[name] ?? NaN;
  return {
    total: at('outline-ready'),
    answer: at('answer-shown'),
    interactive: at('app-ready'),
    start: at('page-start'),
    html: at('domInteractive'),
    toRequest: at('outline-asked') - at('page-start'),
    roundTrip: at('outline-answered') - at('outline-asked'),
    paint: at('answer-shown') - at('outline-answered'),
  };
}

/** popup.html opened as a tab for `tabId` (how the bench opened it until the seventh session). */
export async function popupTiming(browser: Launched, tabId: number): Promise<PopupTiming> {
  const popup = await step('open the popup', OPEN_MS, () => openExtensionPage(browser, 'popup.html', tabId));
  try {
    const marks = await step('wait for lede:app-ready', OPEN_MS, () =>
      popup.evaluate<Record<string, number>>(MARKS_SCRIPT),
    );
    return timingOf(marks);
  } finally {
    await popup.close().catch(() => undefined);
  }
}
