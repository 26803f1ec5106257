/**
 * The content script's side of the `capture` port (lib/protocol.ts PORTS): the page's copy goes
 * back to the worker in parts of at most CAPTURE_PART_CHARS, with the page running between
 * parts, because the browser serialises each port message in one go on the page's thread (issue
 * 7: see CAPTURE_PART_CHARS). The worker's side is lib/worker.ts receiveCapture.
 */
import { ledeError } from '../errors';
import {
  CAPTURE_PART_CHARS,
  schemas,
  type CaptureEnd,
  type CapturePortMessage,
  type PortLike,
  type Sender,
} from '../protocol';
import { measureOnce } from '../measure';
import type { Result } from '../types';
import type { Capturer, PageCopy } from './capture';
import type { pauseLedger } from './pause';
import * as v from 'valibot';

/**
 * The content script's whole answer on one capture port: the capture, paused through the
 * ledger, then its figures as measures on the page's own timeline (shared with the main world),
 * where `npm run bench:browser` reads Lede's time on the reader's page.
 */
export function serveCapture(
  port: PortLike<unknown, CapturePortMessage>,
  allowed: (sender: Sender) => boolean,
  capturer: Capturer,
  ledger: ReturnType<typeof pauseLedger>,
  url: () => string,
): void {
  ledger.begin();
  answerCapture(
    port,
    allowed,
    (known) => {
      // The request is a task of its own: the page ran between the port opening and it.
      ledger.resume();
      return capturer.capture(url, known);
    },
    ledger.pause,
    () => {
      const t = ledger.end();
      measureOnce('lede:capture', t.start, t.end);
      measureOnce('lede:capture-work', t.start, t.start + t.work);
      measureOnce('lede:capture-stretch', t.start, t.start + t.longest);
    },
  );
}

export function answerCapture(
  port: PortLike<unknown, CapturePortMessage>,
  allowed: (sender: Sender) => boolean,
  capture: (known: string | null) => Promise<Result<PageCopy>>,
  pause: () => Promise<void>,
  /** Called once the last part and the end are posted (the benchmark's measure). */
  finished: () => void = () => {},
): void {
  let gone = false;
  port.onDisconnect(() => (gone = true));
  const end = (done: CaptureEnd) => {
    if (!gone) port.postMessage({ done });
    port.disconnect();
    finished();
  };
  let asked = false;
  port.onMessage(async (message) => {
    if (asked) return; // one capture per port
    asked = true;
    if (!allowed(port.sender ?? {}))
      return end({ ok: false, error: ledeError('internal', false, 'message from an unknown sender') });
    const request = v.safeParse(schemas.capture, message);
    if (!request.success) return end({ ok: false, error: ledeError('internal', false, 'malformed message') });
    let captured: Result<PageCopy>;
    try {
      captured = await capture(request.output.known);
    } catch (e) {
      captured = {
        ok: false,
        error: ledeError('internal', false, e instanceof Error ? e.message : String(e)),
      };
    }
    if (!captured.ok) return end(captured);
    const { url, revision, pieces, chars } = captured.value;
    if (pieces)
      for (const part of parts(pieces, CAPTURE_PART_CHARS)) {
        await pause(); // also after the copy's last slice
        if (gone) return;
        port.postMessage({ part });
      }
    end({ ok: true, value: { url, revision, chars: pieces ? chars : null } });
  });
}

/** The pieces in order, regrouped into strings of at most `max` characters (long pieces cut). */
export function* parts(pieces: string[], max: number): Generator<string> {
  let group: string[] = [];
  let size = 0;
  for (const piece of pieces)
    for (let at = 0; at < piece.length;) {
      const take = Math.min(piece.length - at, max - size);
      group.push(at === 0 && take === piece.length ? piece : piece.slice(at, at + take));
      size += take;
      at += take;
      if (size === max) {
        yield group.join('');
        group = [];
        size = 0;
      }
    }
  if (size) yield group.join('');
}
