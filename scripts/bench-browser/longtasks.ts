/**
 * Long tasks in the article tab (issue 7: "in the page the work never blocks the main thread
 * for more than 50 ms at a time"). Chromium's `longtask` entries leave out the content
 * script's tasks (its isolated world; measured on Chromium 156: a 300 ms extraction reported
 * none), so the page's main thread is watched directly: a heartbeat in the main world posts
 * itself a message over and over and notes every gap over 50 ms between two beats. A gap is
 * charged to Lede when it overlaps the content script's `lede:capture` measure (its whole work
 * on the page since extraction moved off it: the copy, taken in slices, and its parts sent), so
 * the page's own scripts are not counted. Lede's own time within that span, less the turns it
 * gave the page, is its `lede:capture-work` measure (builds before the sliced copy have only the
 * span, which was then all work).
 */
import type { Page } from 'playwright-core';

/** Starts the heartbeat; `readInPage` stops it. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const gaps = [];
    const channel = new MessageChannel();
    let last = performance.now();
    let on = true;
    channel.port1.onmessage = () => {
      const now = performance.now();
      if (now - last > 50) gaps.push([last, now - last]);
      last = now;
      if (on) channel.port2.postMessage(0);
    };
    channel.port2.postMessage(0);
    window.__ledeGaps = { gaps, stop: () => (on = false) };
  })()`);
}

export interface InPage {
  /** Lede's work in the content script's last capture of the page, ms (null: no measure, e.g. an error before it). */
  capture: number | null;
  /** That capture's span, turns given to the page included, ms. */
  span: number | null;
  /** Of the span, the copy until its parts are posted (`lede:capture-copy`; null: a build without it). */
  copy: number | null;
  /**
   * Lede's longest run on the page's thread in that capture without a turn for the page, ms, as
   * the content script timed it (`lede:capture-stretch`; builds before the sliced copy ran the
   * capture as one block: its span). The message carrying an old build's copy was serialised
   * after its measure ended, so that block is not in its figure.
   */
  stretch: number | null;
  /** Longest main-thread block overlapping a capture, ms (0: none over 50 ms). */
  longestTask: number;
  /**
   * Longest block after the capture, until the popup showed the outline: the content
   * script locating paragraphs for "where am I" in idle time, but also the page's own scripts.
   */
  longestAfter: number;
}

export async function readInPage(page: Page): Promise<InPage> {
  return page.evaluate<InPage>(`(() => {
    const ex = performance.getEntriesByName('lede:capture');
    const work = performance.getEntriesByName('lede:capture-work');
    const watch = window.__ledeGaps;
    watch?.stop();
    const tasks = watch?.gaps ?? [];
    let longest = 0;
    let after = 0;
    for (const m of ex)
      for (const [start, duration] of tasks)
        if (start < m.startTime + m.duration && start + duration > m.startTime)
          longest = Math.max(longest, duration);
        else if (start >= m.startTime + m.duration) after = Math.max(after, duration);
    const span = ex.length ? ex[ex.length - 1].duration : null;
    const stretch = performance.getEntriesByName('lede:capture-stretch');
    const copy = performance.getEntriesByName('lede:capture-copy');
    return {
      capture: work.length ? work[work.length - 1].duration : span,
      span,
      copy: copy.length ? copy[copy.length - 1].duration : null,
      stretch: stretch.length ? stretch[stretch.length - 1].duration : span,
      longestTask: longest,
      longestAfter: after,
    };
  })()`);
}

/**
 * The longest gap the heartbeat saw, whatever ran in it: for a control watch with no Lede work
 * in the page (the very large page alone after its load, bench-browser.ts).
 */
export async function longestGap(page: Page): Promise<number> {
  return page.evaluate<number>(`(() => {
    const watch = window.__ledeGaps;
    watch?.stop();
    return Math.max(0, ...(watch?.gaps ?? []).map(([, duration]) => duration));
  })()`);
}
