/**
 * The service worker's two flows, as plain functions of their dependencies so they run and are
 * tested without a browser (entrypoints/background.ts only wires them to lib/glue and
 * lib/protocol).
 * - `reachTab`: ask the tab's content script, injecting it first when the tab has none yet (a
 *   fresh page, or one loaded before the extension was updated), bounded in time. The tab is
 *   looked up only when the content script does not answer: a re-opened popup (issue 7) then
 *   costs one message to the tab and no other call.
 * - `tabArticles`: a tab's article, captured in the page and extracted off it, kept per tab by
 *   the page's revision so a re-opened popup on an unchanged page costs no extraction.
 * - `tabOutliner`: a tab's outline, one capture of a tab at a time, kept as its last outline.
 * - `outliner`: outline at the reader's length through an LRU cache keyed by length and content
 *   (lib/cache.ts), keeping each new outline in the history (a failed save loses no outline).
 */
import { Lru, outlineKey } from './cache';
import { flights } from './flights';
import { realTimers, type Timers } from './timers';
import { isLedeError, ledeError } from './errors';
import { outlineArticle } from './pipeline';
import { LIMITS } from './guard/limits';
import {
  answered,
  lastOutlineKey,
  portSchemas,
  type CaptureRequest,
  type LastOutline,
  type PortLike,
  type Sender,
} from './protocol';
import * as v from 'valibot';
import type { Capture } from './page/capture';
import type { StorageArea } from './storage/area';
import type { SettingName, Settings, SettingsStore } from './storage/settings';
import type { Article, Length, Outline, Result } from './types';

export interface TabAccess<Tab> {
  tabById(tabId: number): Promise<Tab | null>;
  inject(tab: Tab): Promise<Result<null>>;
}

export function reachTab<T, Tab>(
  tabId: number,
  ask: () => Promise<Result<T>>,
  tabs: TabAccess<Tab>,
  timeoutMs: number,
): Promise<Result<T>> {
  const work = async (): Promise<Result<T>> => {
    const first = await ask().catch(() => null); // null: no content script there (yet), or no tab
    if (first) return first;
    const tab = await tabs.tabById(tabId);
    if (!tab) return { ok: false, error: ledeError('no-tab') };
    const injected = await tabs.inject(tab);
    return injected.ok ? ask() : injected;
  };
  return answered(work(), timeoutMs, 'timeout', 'the page did not answer');
}

/**
 * The worker's side of the `capture` port (lib/protocol.ts PORTS; the page's side is
 * lib/page/capture-port.ts): asks for the page, joins the parts of its copy, and settles with
 * the capture. Rejects when the port closes before the end (no content script in the tab: the
 * caller, `reachTab`, then injects one), so a silence is never taken for an answer. Parts are
 * checked as they come: a page's content script is not trusted to keep to the bounds.
 */
export function receiveCapture(
  port: PortLike<unknown, CaptureRequest>,
  known: string | null,
  sink?: CopySink,
): Promise<Result<Capture>> {
  return receive(port, sink, { known });
}

/**
 * Where the copy's parts go on as they arrive (lib/copy-forwarder.ts, via lib/glue.ts copyForwarder: the offscreen
 * document, which parses them meanwhile; issue 7, the first open). The worker still joins them:
 * the HTML is the answer whenever the forwarded copy cannot be used.
 */
export interface CopySink {
  part(text: string): void;
  /** The parts sent so far are no copy (the capture failed or stopped): forget them. */
  drop(): void;
}

/**
 * The worker's side of a `capture` port the content script opened the moment it was injected:
 * its copy comes with no request (lib/page/capture-port.ts startCapture). Call it in the port's
 * `onConnect` task, before any part can arrive unheard.
 */
export function receiveOffer(
  port: PortLike<unknown, CaptureRequest>,
  sink?: CopySink,
): Promise<Result<Capture>> {
  return receive(port, sink);
}

function receive(
  port: PortLike<unknown, CaptureRequest>,
  sink?: CopySink,
  request?: CaptureRequest,
): Promise<Result<Capture>> {
  return new Promise((resolve, reject) => {
    const parts: string[] = [];
    let chars = 0;
    let settled = false;
    const settle = (result: Result<Capture> | Error) => {
      if (settled) return;
      settled = true;
      port.disconnect();
      if (result instanceof Error || !result.ok || result.value.html === null) sink?.drop();
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const refuse = (detail: string) => settle({ ok: false, error: ledeError('internal', false, detail) });
    port.onDisconnect(() => settle(new Error('the page closed the capture')));
    port.onMessage((message) => {
      const part = v.safeParse(portSchemas.capturePart, message);
      if (part.success) {
        chars += part.output.part.length;
        if (chars > LIMITS.maxHtmlChars) return refuse('the copy passed its bound');
        parts.push(part.output.part);
        sink?.part(part.output.part);
        return;
      }
      const end = v.safeParse(portSchemas.captureDone, message);
      if (!end.success) return refuse('malformed message');
      const done = end.output.done;
      if (!done.ok)
        return isLedeError(done.error)
          ? settle({ ok: false, error: done.error })
          : refuse('malformed message');
      const { url, revision, chars: told } = done.value;
      if (told === null) return settle({ ok: true, value: { url, revision, html: null } });
      if (told !== chars) return refuse('the copy arrived incomplete');
      settle({ ok: true, value: { url, revision, html: parts.join('') } });
    });
    if (request) port.postMessage(request);
  });
}

/**
 * The capture ports content scripts open when injected (lib/protocol.ts PORTS.capture), handed
 * to the worker's flow that injected them: `expect` before injecting, `accept` in the worker's
 * `onConnect`. A port from a tab nobody is injecting into, or from anything but the top frame
 * of our content script there, is closed unread (its copy stops at the next part).
 */
export function capturePorts(allowed: (sender: Sender, tabId: number) => boolean) {
  type Take = (port: PortLike<unknown, CaptureRequest>) => void;
  const waiting = new Map<number, Take[]>();
  return {
    expect(tabId: number, sink?: CopySink): { capture: Promise<Result<Capture>>; cancel(): void } {
      let take!: Take;
      const capture = new Promise<Result<Capture>>(
        (resolve) => (take = (port) => resolve(receiveOffer(port, sink))),
      );
      const cancel = () => {
        const list = waiting.get(tabId)?.filter((t) => t !== take) ?? [];
        if (list.length) waiting.set(tabId, list);
        else waiting.delete(tabId);
      };
      waiting.set(tabId, [...(waiting.get(tabId) ?? []), take]);
      return { capture, cancel };
    },
    accept(port: PortLike<unknown, CaptureRequest>): void {
      const tabId = port.sender?.tab?.id;
      const list = tabId === undefined ? undefined : waiting.get(tabId);
      if (tabId === undefined || !list?.length || !allowed(port.sender ?? {}, tabId))
        return port.disconnect();
      // The oldest injection into the tab gets the first port: each injection opens one.
      const take = list.shift()!;
      if (!list.length) waiting.delete(tabId);
      take(port);
    },
  };
}

export interface CaptureAccess<Tab> extends TabAccess<Tab> {
  /** The capture of the content script already in the tab (rejects when there is none). */
  ask(tabId: number, known: string | null, sink?: CopySink): Promise<Result<Capture>>;
  /** The capture the content script about to be injected into the tab will offer. */
  expect(tabId: number, sink?: CopySink): { capture: Promise<Result<Capture>>; cancel(): void };
}

/**
 * A tab's page, captured (issue 7: the first open). A tab whose content script answered in this
 * worker's life is asked over a port the worker opens (a re-open: one port and no other call,
 * and no copy when the revision is `known`). Any other tab gets the content script injected at
 * once, with no connect that would only miss: the script opens its own port and starts its
 * copy the moment it runs, so nothing waits on a request after the injection either. A worker
 * that was stopped and started again knows no tab, so it injects into a tab that may still hold
 * an older instance; the new one replaces it (entrypoints/content.ts), and the copy is whole
 * anyway, since the kept revisions went with the worker.
 */
export function tabCaptures<Tab>(access: CaptureAccess<Tab>, timeoutMs: number, capacity = 50) {
  const answering = new Lru<number, true>(capacity);
  const answeredBy = (tabId: number, capture: Promise<Result<Capture>>) =>
    capture.then((r) => (answering.set(tabId, true), r));
  const work = async (
    tabId: number,
    known: string | null,
    cleanup: (() => void)[],
    sink?: CopySink,
  ): Promise<Result<Capture>> => {
    if (answering.get(tabId)) {
      const first = await answeredBy(tabId, access.ask(tabId, known, sink)).catch(() => null);
      if (first) return first;
      answering.delete(tabId); // the page went away (a navigation, a reload) with its script
    }
    const tab = await access.tabById(tabId);
    if (!tab) return { ok: false, error: ledeError('no-tab') };
    const offer = access.expect(tabId, sink);
    cleanup.push(offer.cancel);
    const injected = await access.inject(tab);
    if (!injected.ok) return injected;
    // A second injection meanwhile (the popup and the side panel at once) closes this
    // instance's port: the script there now answers instead.
    return answeredBy(
      tabId,
      offer.capture.catch(() => access.ask(tabId, null, sink)),
    );
  };
  return {
    /** `sink`: where the copy's parts go on as they arrive (see CopySink). */
    capture(tabId: number, known: string | null, sink?: CopySink): Promise<Result<Capture>> {
      const cleanup: (() => void)[] = [];
      return answered(
        work(tabId, known, cleanup, sink),
        timeoutMs,
        'timeout',
        'the page did not answer',
      ).finally(() => cleanup.forEach((c) => c()));
    },
    forget: (tabId: number) => answering.delete(tabId),
  };
}

export interface ArticleSource {
  /** The tab's page as HTML, or no HTML when it is still the `known` revision. */
  capture(known: string | null): Promise<Result<Capture>>;
  /** The article of captured HTML, extracted off the page. */
  extract(html: string, url: string): Promise<Result<Article>>;
}

/**
 * Each tab's article by the page's revision (lib/page/capture.ts): asked again, an unchanged page
 * answers with its revision alone and the article is reused (issue 7, cached re-open); `force`
 * ("Outline anyway", reload) always captures and extracts anew. `fresh` says whether this answer
 * was extracted now (the content script then needs the paragraphs to follow the reader).
 */
export function tabArticles(capacity = 20) {
  const last = new Lru<number, { revision: string; article: Article }>(capacity);
  const forget = (tabId: number) => last.delete(tabId);
  const get = async (
    tabId: number,
    force: boolean,
    source: ArticleSource,
  ): Promise<Result<{ article: Article; fresh: boolean }>> => {
    const kept = force ? undefined : last.get(tabId);
    let captured = await source.capture(kept?.revision ?? null);
    if (!captured.ok) return captured;
    // A revision the worker no longer holds (dropped in between): capture it whole.
    if (captured.value.html === null && captured.value.revision !== kept?.revision)
      captured = await source.capture(null);
    if (!captured.ok) return captured;
    const { html, url, revision } = captured.value;
    if (html === null) return { ok: true, value: { article: kept!.article, fresh: false } };
    const extracted = await source.extract(html, url);
    if (!extracted.ok) {
      forget(tabId);
      return extracted;
    }
    last.set(tabId, { revision, article: extracted.value });
    return { ok: true, value: { article: extracted.value, fresh: true } };
  };
  return { get, forget };
}

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

export interface OutlinerDeps {
  cache: Lru<string, Result<Outline>>;
  /** The reader's length, as last read or changed (never a storage read per outline). */
  length(): Promise<Length | undefined>;
  keep(outline: Outline): Promise<unknown>;
  /** Called with each pipeline run's start and end (performance.now()), for the benchmark. */
  timed?(start: number, end: number): void;
}

export function outliner({ cache, length, keep, timed }: OutlinerDeps) {
  // Which outlines went into the history: one made ahead of the click (lib/ahead.ts) goes in
  // only when the reader opens it, as every outline they open does, once.
  const kept = new Lru<string, true>(cache.capacity);
  /** `toHistory`: false for an outline the reader has not asked for (made ahead). */
  return async (article: Article, force: boolean, toHistory = true): Promise<Result<Outline>> => {
    const at = await length();
    const key = `${at} ${outlineKey(article, force)}`;
    let result = cache.get(key);
    if (!result) {
      const start = performance.now();
      result = outlineArticle(article, { force, length: at });
      timed?.(start, performance.now());
      cache.set(key, result);
    }
    if (toHistory && result.ok && !kept.get(key)) {
      kept.set(key, true);
      void keep(result.value).catch(() => undefined);
    }
    return result;
  };
}

/**
 * Each tab's last plain outline in session storage (lib/protocol.ts `lastOutlineKey`), for the
 * popup's first paint on a re-open (issue 7). Kept for the `capacity` tabs outlined last and
 * dropped when a tab closes, so the area does not fill up; a failed write only costs that
 * first paint. Nothing is held in the worker's heap but the tab ids.
 */
export function lastOutlines(area: StorageArea, capacity = 20) {
  const tabs: number[] = [];
  const forget = (tabId: number) => {
    const i = tabs.indexOf(tabId);
    if (i >= 0) tabs.splice(i, 1);
    return area.remove(lastOutlineKey(tabId)).catch(() => undefined);
  };
  return {
    save(tabId: number, entry: LastOutline): Promise<unknown> {
      const i = tabs.indexOf(tabId);
      if (i >= 0) tabs.splice(i, 1);
      tabs.push(tabId);
      const evicted = tabs.length > capacity ? tabs.splice(0, tabs.length - capacity) : [];
      return Promise.all([
        area.set({ [lastOutlineKey(tabId)]: entry }),
        ...evicted.map((t) => area.remove(lastOutlineKey(t))),
      ]).catch(() => undefined);
    },
    forget,
  };
}

/**
 * One of the reader's settings, read once per worker start and then followed through changes
 * made in any window, so an outline (a cached re-open above all, issue 7) waits on no storage
 * read. Undefined when the store cannot be opened or read: the pipeline's default then.
 */
export function followSetting<K extends SettingName>(
  settings: Promise<SettingsStore | null | undefined>,
  name: K,
  /** Called after each change has been taken in. */
  changed?: () => void,
): () => Promise<Settings[K] | undefined> {
  let value: Promise<Settings[K] | undefined> = settings
    .then((s) => s?.load())
    .then((l) => l?.settings[name])
    .catch(() => undefined);
  void settings
    .then((s) =>
      s?.subscribe((patch) => {
        if (patch[name] === undefined) return;
        value = Promise.resolve(patch[name]);
        changed?.();
      }),
    )
    .catch(() => undefined);
  return () => value;
}
