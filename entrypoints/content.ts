/**
 * The page script, injected by the worker once a tab's outline is answered, or when the UI
 * first asks something of the tab (registration 'runtime': no host permissions, no script on
 * pages the reader never asks about). Thin: it answers the background's messages with lib/
 * functions: scroll-to, highlights, role markers, following the reader, and tells the side
 * panel of a single-page app's navigations. The page's copy is the capture script's
 * (entrypoints/capture.ts), injected alone on the click so the copy starts sooner (issue 7).
 * The live page is only read, never mutated but for our marks (tests/e2e/popup.test.ts compares
 * outerHTML before and after).
 */
import { ledeError } from '@/lib/errors';
import { locateParagraph, locateParagraphs, type ParagraphRef } from '@/lib/locate';
import { drawMarkers, type Markers } from '@/lib/page/markers';
import { locateWhenIdle, pageIdle } from '@/lib/page/idle-locate';
import { flash, MARKS, paint, reducedMotion } from '@/lib/page/highlight';
import { watchNavigations } from '@/lib/page/navigation';
import { trackReading } from '@/lib/page/reading';
import { replaceInstance } from '@/lib/page/instance';
import { fromExtension, guarded, onMessage, schemas, removeAllListeners, sendMessage } from '@/lib/protocol';
import { self } from '@/lib/glue';
import type { Result } from '@/lib/types';

export default defineContentScript({
  registration: 'runtime',
  // WXT tells older instances of the script that a new one started with a CustomEvent, and also
  // with a `window.postMessage` kept for old versions, which every `message` listener of the
  // reader's page (ads, analytics) then runs for: not here. This script replaces older instances
  // itself (lib/page/instance.ts).
  noScriptStartedPostMessage: true,
  main() {
    // Its own slot on the isolated world (the capture script has another): a second injection
    // replaces the first one's listeners.
    replaceInstance(globalThis, Symbol.for('lede.content'), start);
  },
});

/** Starts this instance's listeners; returns their removal. */
function start(): () => void {
  let stopReading = () => {};
  let markers: Markers | null = null;
  const stopNavigation = watchNavigations(
    (url) => void sendMessage('navigated', { url }).catch(() => undefined),
  );
  const me = self();
  const allowed = (s: { id?: string }) => fromExtension(s, me);

  onMessage(
    'follow',
    guarded(schemas.follow, allowed, ({ refs }): Result<null> => {
      stopReading();
      stopReading = followReader(refs);
      return { ok: true, value: null };
    }),
  );

  onMessage(
    'scrollTo',
    guarded(schemas.scrollTo, allowed, (ref): Result<null> => {
      const el = locateParagraph(document, ref);
      if (!el) return { ok: false, error: ledeError('page-changed') };
      el.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
      flash(el);
      return { ok: true, value: null };
    }),
  );

  onMessage(
    'mark',
    guarded(schemas.mark, allowed, ({ refs }): Result<number> => {
      const found = refs.map((r: ParagraphRef) => locateParagraph(document, r)).filter((e) => e !== null);
      paint(MARKS, found);
      return { ok: true, value: found.length };
    }),
  );

  onMessage(
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
  return () => {
    removeAllListeners();
    stopReading();
    markers?.remove();
    stopNavigation();
  };
}

/**
 * Starts "where am I" for the article just extracted: its paragraphs are found in the page
 * in idle slices (after the outline is on screen, never holding the page long: issue 7), then
 * watched as the reader scrolls.
 */
function followReader(refs: ParagraphRef[]): () => void {
  let stop = () => {};
  const cancel = locateWhenIdle(document, refs, pageIdle(window), (found) => {
    stop = trackReading(
      found.map(({ ref, el }) => ({ id: ref.paragraphId, el })),
      (paragraphId) =>
        void sendMessage('whereAmI', { url: location.href, paragraphId }).catch(() => undefined),
    );
  });
  return () => {
    cancel();
    stop();
  };
}
