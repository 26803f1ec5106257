/**
 * The capture script, injected on the toolbar click: the page's copy for the worker, and
 * nothing else (issue 7: the first open). The copy waits for this script's `executeScript`,
 * whose time grows with what the script compiles and runs at its start: with the page script's
 * features and the whole protocol in it, the injection took about 10 ms more at load 13-16
 * (docs/performance.md, tenth session). So it imports lib/capture-protocol.ts rather than
 * lib/protocol.ts, and the rest (entrypoints/content.ts) is injected after the outline. It opens
 * its own capture port and starts the copy at once; a re-opened popup asks it again on a port
 * the worker opens (lib/page/capture-port.ts). An unlisted script: it needs none of WXT's
 * content-script context.
 */
import { fromExtension, PORTS, type CapturePortMessage } from '@/lib/capture-protocol';
import { connectExtension, onPort, self } from '@/lib/glue';
import { pageCapturer } from '@/lib/page/capture';
import { serveCapture, startCapture } from '@/lib/page/capture-port';
import { replaceInstance } from '@/lib/page/instance';
import { pageTurn, pauseLedger } from '@/lib/page/pause';

export default defineUnlistedScript(() =>
  replaceInstance(globalThis, Symbol.for('lede.capture'), () => {
    // Bounded (lib/guard): an enormous or absurdly deep page gets `too-large`, not a hang. The
    // copy is taken in slices with the page running between them (issue 7).
    const ledger = pauseLedger(pageTurn(globalThis), () => performance.now());
    const capturer = pageCapturer(document, crypto.randomUUID(), {
      now: () => performance.now(),
      pause: ledger.pause,
    });
    const me = self();
    const stopServing = onPort<unknown, CapturePortMessage>(PORTS.capture, (port) =>
      serveCapture(
        port,
        (s) => fromExtension(s, me),
        capturer,
        ledger,
        () => location.href,
      ),
    );
    // Injected on the click, this instance's copy is what the worker waits for: it starts now,
    // on a port of its own, with no request to wait for.
    const stopOffer = startCapture(
      connectExtension<unknown, CapturePortMessage>(PORTS.capture),
      capturer,
      ledger,
      () => location.href,
    );
    // A second injection: this instance's copy stops, and the worker asks the new one.
    return () => {
      stopOffer();
      stopServing();
      capturer.dispose();
    };
  }),
);
