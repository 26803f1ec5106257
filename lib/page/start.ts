/**
 * The content script, put together (entrypoints/content.ts only calls this with the browser's
 * side). Injected on the toolbar click, it starts the page's copy for the worker at once, then
 * answers the worker's messages: scroll to a paragraph, mark paragraphs, draw the role markers,
 * follow the reader through the article. It hands the page over as HTML (capture.ts);
 * Readability runs off the page (entrypoints/offscreen), so the live page is only read, never
 * mutated (tests/e2e/popup.test.ts compares outerHTML before and after).
 */
import type * as Glue from '../glue';
import { ledeError } from '../errors';
import { locateParagraph, locateParagraphs, type ParagraphRef } from '../locate';
import {
  fromExtension,
  guarded,
  PORTS,
  schemas,
  type CapturePortMessage,
  type onMessage,
  type removeAllListeners,
  type sendMessage,
} from '../protocol';
import type { Result } from '../types';
import { pageCapturer } from './capture';
import { serveCapture, startCapture } from './capture-port';
import { flash, MARKS, paint, reducedMotion } from './highlight';
import { locateWhenIdle, pageIdle } from './idle-locate';
import { drawMarkers, type Markers } from './markers';
import { watchNavigations } from './navigation';
import { pageTurn, pauseLedger } from './pause';
import { trackReading } from './reading';
import { bringToReadingLine } from './bring-into-view';

export type PagePlatform = Pick<typeof Glue, 'connectExtension' | 'onPort' | 'self'> & {
  onMessage: typeof onMessage;
  sendMessage: typeof sendMessage;
  removeAllListeners: typeof removeAllListeners;
};

/** Set on the isolated world so a second injection replaces the first one's listeners. */
const INSTANCE = Symbol.for('lede.content');
type Slot = { [INSTANCE]?: { dispose(): void } };

export function startPage(p: PagePlatform): void {
  const slot = globalThis as Slot;
  // A tab may still hold an instance the worker does not know of (one injected before an
  // extension update, or before the worker was stopped and started): drop its listeners
  // rather than answer every message twice.
  try {
    slot[INSTANCE]?.dispose();
  } catch {
    // the previous instance's extension context is gone; nothing to remove
  }
  let stopReading = () => {};
  let markers: Markers | null = null;
  const stopNavigation = watchNavigations(
    (url) => void p.sendMessage('navigated', { url }).catch(() => undefined),
  );
  // Bounded (lib/guard): an enormous or absurdly deep page gets `too-large`, not a hang. The
  // copy is taken in slices with the page running between them (issue 7).
  const ledger = pauseLedger(pageTurn(globalThis), () => performance.now());
  const capturer = pageCapturer(document, crypto.randomUUID(), {
    now: () => performance.now(),
    pause: ledger.pause,
  });
  const me = p.self();
  const allowed = (s: { id?: string }) => fromExtension(s, me);

  const stopCapture = p.onPort<unknown, CapturePortMessage>(PORTS.capture, (port) =>
    serveCapture(port, allowed, capturer, ledger, () => location.href),
  );
  // Injected on the toolbar click, this instance's copy is what the worker waits for: it starts
  // now, on a port of its own, with no request to wait for (issue 7: the first open).
  const stopOffer = startCapture(
    p.connectExtension<unknown, CapturePortMessage>(PORTS.capture),
    capturer,
    ledger,
    () => location.href,
  );
  slot[INSTANCE] = {
    dispose() {
      // A second injection: this instance's copy stops, and the worker asks the new one.
      stopOffer();
      stopCapture();
      capturer.dispose();
      p.removeAllListeners();
      stopReading();
      markers?.remove();
      stopNavigation();
    },
  };

  p.onMessage(
    'follow',
    guarded(schemas.follow, allowed, ({ refs }): Result<null> => {
      stopReading();
      stopReading = followReader(refs, p.sendMessage);
      return { ok: true, value: null };
    }),
  );

  p.onMessage(
    'scrollTo',
    guarded(schemas.scrollTo, allowed, (ref): Result<null> => {
      const el = locateParagraph(document, ref);
      if (!el) return { ok: false, error: ledeError('page-changed') };
      bringToReadingLine(el, reducedMotion() ? 'auto' : 'smooth');
      flash(el);
      return { ok: true, value: null };
    }),
  );

  p.onMessage(
    'mark',
    guarded(schemas.mark, allowed, ({ refs }): Result<number> => {
      const found = refs.map((r: ParagraphRef) => locateParagraph(document, r)).filter((e) => e !== null);
      paint(MARKS, found);
      return { ok: true, value: found.length };
    }),
  );

  p.onMessage(
    'drawMarkers',
    guarded(schemas.drawMarkers, allowed, ({ items }): Result<number> => {
      markers?.remove();
      markers = null;
      if (!items.length) return { ok: true, value: 0 };
      const found = locateParagraphs(
        document,
        items.map((i) => ({ ...i.ref, role: i.role, label: i.label })),
      );
      markers = drawMarkers(
        document,
        found.map(({ ref, el }) => ({ el, role: ref.role, label: ref.label })),
      );
      return { ok: true, value: found.length };
    }),
  );
}

/**
 * Starts "where am I" for the article just extracted: its paragraphs are found in the page
 * in idle slices (after the outline is on screen, never holding the page long: issue 7), then
 * watched as the reader scrolls.
 */
function followReader(refs: ParagraphRef[], send: typeof sendMessage): () => void {
  let stop = () => {};
  const cancel = locateWhenIdle(document, refs, pageIdle(window), (found) => {
    stop = trackReading(
      found.map(({ ref, el }) => ({ id: ref.paragraphId, el })),
      (paragraphId) => void send('whereAmI', { url: location.href, paragraphId }).catch(() => undefined),
    );
  });
  return () => {
    cancel();
    stop();
  };
}
