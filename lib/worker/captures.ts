import { Lru } from '../cache';
import { ledeError } from '../errors';
import { answered } from '../protocol';
import type { Capture } from '../page/capture';
import type { Result } from '../types';
import type { CopySink } from './capture-port';
import type { TabAccess } from './reach';

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
 * an older instance; the new one replaces it (lib/page/start.ts), and the copy is whole
 * anyway, since the kept revisions went with the worker.
 */
export function tabCaptures<Tab>(access: CaptureAccess<Tab>, timeoutMs: number, capacity = 50) {
  const answering = new Lru<number, true>(capacity);
  const answeredBy = (tabId: number, capture: Promise<Result<Capture>>) =>
    capture.then((r) => (answering.set(tabId, true), r));
  const work = async (
    tabId: number,
    known: string | null,
    flow: { over: boolean; cleanup: (() => void)[] },
    sink?: CopySink,
  ): Promise<Result<Capture>> => {
    if (answering.get(tabId)) {
      const first = await answeredBy(tabId, access.ask(tabId, known, sink)).catch(() => null);
      if (first) return first;
      answering.delete(tabId); // the page went away (a navigation, a reload) with its script
    }
    const tab = await access.tabById(tabId);
    if (!tab) return { ok: false, error: ledeError('no-tab') };
    // Timed out meanwhile (a tab that hung, then lost its script): the reader has heard, and
    // the cleanup has run, so a wait registered now would stay and take the next injection's port.
    if (flow.over) return { ok: false, error: ledeError('timeout') };
    const offer = access.expect(tabId, sink);
    flow.cleanup.push(offer.cancel);
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
      const flow = { over: false, cleanup: [] as (() => void)[] };
      return answered(
        work(tabId, known, flow, sink),
        timeoutMs,
        'timeout',
        'the page did not answer',
      ).finally(() => {
        flow.over = true;
        flow.cleanup.forEach((c) => c());
      });
    },
    forget: (tabId: number) => answering.delete(tabId),
  };
}
