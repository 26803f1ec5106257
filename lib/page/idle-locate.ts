/**
 * Finds the article's paragraphs in the live page a slice at a time, in the page's idle
 * periods (issue 7: "in the page the work never blocks the main thread for more than 50 ms
 * at a time"). A paragraph whose element index went stale is searched for by text over the
 * whole page, so locating a long article in one go can hold the page for longer than that;
 * here each idle period takes what fits in its deadline (at most 50 ms by the
 * requestIdleCallback spec) and the rest waits for the next one.
 */
import { locateParagraph, type ParagraphRef } from '../locate';

export interface IdleDeadline {
  timeRemaining(): number;
}

/** `requestIdleCallback` where there is one; tests pass their own. */
export type RequestIdle = (work: (deadline: IdleDeadline) => void) => () => void;

/** The page's idle callback, or a timer giving a 10 ms slice where there is none (Safari). */
export function pageIdle(win: Window & typeof globalThis): RequestIdle {
  if (typeof win.requestIdleCallback === 'function')
    return (work) => {
      const handle = win.requestIdleCallback(work);
      return () => win.cancelIdleCallback(handle);
    };
  return (work) => {
    const handle = win.setTimeout(() => {
      const start = win.performance.now();
      work({ timeRemaining: () => 10 - (win.performance.now() - start) });
    }, 50);
    return () => win.clearTimeout(handle);
  };
}

/**
 * Calls `done` with the paragraphs found (in `refs` order, those not found left out) after
 * as many idle slices as it takes; at least one paragraph is located per slice, so it always
 * finishes. Returns the cancel.
 */
export function locateWhenIdle<R extends ParagraphRef>(
  doc: Document,
  refs: R[],
  idle: RequestIdle,
  done: (found: { ref: R; el: Element }[]) => void,
): () => void {
  const found: { ref: R; el: Element }[] = [];
  let next = 0;
  let cancel = () => {};
  const slice = (deadline: IdleDeadline) => {
    // One element list per slice: the page may have changed between idle periods.
    const all = doc.querySelectorAll('*');
    do {
      const ref = refs[next++];
      const el = locateParagraph(doc, ref, all);
      if (el) found.push({ ref, el });
    } while (next < refs.length && deadline.timeRemaining() > 0);
    if (next < refs.length) cancel = idle(slice);
    else done(found);
  };
  if (refs.length) cancel = idle(slice);
  else done(found);
  return () => cancel();
}
