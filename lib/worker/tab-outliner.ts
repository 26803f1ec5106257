import { flights } from '../flights';
import { realTimers, type Timers } from '../timers';
import type { Article, Outline, Result } from '../types';

export interface TabOutlineDeps {
  /** The tab's article, captured and extracted (`force`: anew, past the kept revision). */
  extract(tabId: number, force: boolean): Promise<Result<Article>>;
  /** The outliner above (`toHistory`: false for an outline made ahead of the click). */
  outline(article: Article, force: boolean, toHistory: boolean): Promise<Result<Outline>>;
  /** Keep the result as the tab's last outline, which a popup opened later paints first. */
  keepLast(tabId: number, article: Article, result: Result<Outline>): unknown;
}

/**
 * How long the reading a toolbar click started answers the popup's own request, which comes
 * ~350 ms after the click (lib/glue.ts onToolbarClick): that request is the click's, so it takes
 * the click's reading instead of asking the page once more whether it changed meanwhile (a round
 * trip to the page, ~30 ms of the first open). Only that one request, and only this long.
 */
export const CLICK_HOLD_MS = 2_000;

/**
 * A tab's outline: its article (one capture of a tab at a time: the popup opened while the
 * outline is made ahead, lib/ahead.ts, or the popup and the side panel at once share it;
 * "Outline anyway" always starts its own), outlined, and kept as the tab's last outline.
 * `clicked(tabId)` starts the reading on a toolbar click; the next request for the tab within
 * `holdMs` takes that reading as it is.
 */
export function tabOutliner(
  { extract, outline, keepLast }: TabOutlineDeps,
  holdMs = CLICK_HOLD_MS,
  timers: Timers = realTimers,
) {
  const flying = flights<number, Result<Article>>();
  const clicks = new Map<number, { read: Promise<Result<Article>>; timer: unknown }>();
  /** The click's reading, taken once (and its hold ended); undefined when there is none. */
  const takeClick = (tabId: number) => {
    const click = clicks.get(tabId);
    clicks.delete(tabId);
    if (click) timers.clear(click.timer);
    return click?.read;
  };
  /** `keep`: keep the result as the tab's last outline (not for "Outline anyway"). */
  const outlineOf = async (
    tabId: number,
    read: Promise<Result<Article>>,
    force: boolean,
    toHistory: boolean,
    keep: boolean,
  ): Promise<Result<Outline>> => {
    const extracted = await read;
    if (!extracted.ok) return extracted;
    const result = await outline(extracted.value, force, toHistory);
    if (keep) keepLast(tabId, extracted.value, result);
    return result;
  };
  return {
    outline(tabId: number, force: boolean, toHistory: boolean): Promise<Result<Outline>> {
      if (force) return outlineOf(tabId, extract(tabId, true), true, toHistory, false);
      const click = takeClick(tabId);
      // A click's reading was kept as the tab's last outline by the click (one storage write
      // of the whole outline per first open, not two).
      if (click) return outlineOf(tabId, click, false, toHistory, false);
      return outlineOf(
        tabId,
        flying.run(tabId, () => extract(tabId, false)),
        false,
        toHistory,
        true,
      );
    },
    /** A toolbar click on the tab: read it now, outline it (into the history once asked for). */
    clicked(tabId: number): Promise<Result<Outline>> {
      takeClick(tabId); // an earlier click's hold, not taken: this one replaces it
      const read = flying.run(tabId, () => extract(tabId, false));
      const timer = timers.set(() => {
        if (clicks.get(tabId)?.read === read) clicks.delete(tabId);
      }, holdMs);
      clicks.set(tabId, { read, timer });
      return outlineOf(tabId, read, false, false, true);
    },
  };
}
