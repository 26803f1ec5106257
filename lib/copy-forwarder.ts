/**
 * The worker's side of a copy parsed while it comes (issue 7: the first open): the content
 * script's parts go on to the offscreen document as they reach the worker, and the extraction
 * then asks for that copy by number, or sends the joined HTML when the forwarded copy cannot be
 * used. Pure: the channel to the document is lib/glue.ts's.
 */
import type { Article, Result } from './types';
import type { CopySink } from './worker';

/** The worker's port to the offscreen document (lib/glue.ts openExtractPort). */
export interface ExtractChannel {
  /** The article, or null when the document holds no such copy (send the HTML instead). */
  ask(
    request: { html: string; url: string } | { copy: number; url: string },
  ): Promise<Result<Article> | null>;
  /** A copy's part, or its drop: no answer. */
  post(message: { copy: number; part: string } | { copy: number; drop: true }): void;
  open(): boolean;
}

let nextCopy = 0;

/** A capture's parts as forwarded to the offscreen document (lib/worker/capture-port.ts CopySink). */
export interface ForwardedCopy extends CopySink {
  /**
   * The copy's number on `port` when every part of it (`chars` in all) went there; otherwise
   * null, and the parts sent are dropped there. Either way the copy is forgotten here.
   */
  take(port: ExtractChannel, chars: number): Promise<number | null>;
  /**
   * The outline is over: drops what was sent, and parts still coming (a capture that outlived
   * its time-out) go nowhere.
   */
  close(): void;
}

/**
 * Sends each part of a capture on to the offscreen document (`channel`: opens it, or the open
 * one) as the worker receives it; the document parses it while the rest comes
 * (lib/guard/copy-stream.ts). Parts sent before the document is open wait for it, in order.
 */
export function forwardCopy(channel: () => Promise<ExtractChannel>): ForwardedCopy {
  let sent: { copy: number; chars: number; port: Promise<ExtractChannel | null> } | null = null;
  let closed = false;
  const drop = () => {
    const was = sent;
    sent = null;
    if (was) void was.port.then((p) => p?.post({ copy: was.copy, drop: true }));
  };
  return {
    part(text) {
      if (closed) return;
      const at = (sent ??= { copy: nextCopy++, chars: 0, port: channel().catch(() => null) });
      at.chars += text.length;
      // Each part is a callback on the same promise: they run, and post, in the order given.
      void at.port.then((p) => p?.post({ copy: at.copy, part: text }));
    },
    drop,
    close() {
      closed = true;
      drop();
    },
    async take(port, chars) {
      const was = sent;
      sent = null;
      if (!was) return null;
      // Awaited after every part's callback on the same promise: all of them have posted.
      const to = await was.port;
      if (to === port && was.chars === chars && port.open()) return was.copy;
      to?.post({ copy: was.copy, drop: true });
      return null;
    },
  };
}
