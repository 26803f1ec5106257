/**
 * The content script's side of the `capture` port (lib/protocol.ts PORTS): the page's copy goes
 * to the worker in parts of at most CAPTURE_PART_CHARS, with the page running between
 * parts, because the browser serialises each port message in one go on the page's thread (issue
 * 7: see CAPTURE_PART_CHARS). The worker's side is lib/worker/capture-port.ts receiveCapture.
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
 * The content script's whole answer on a capture port the worker opened: the capture, paused
 * through the ledger, then its figures as measures on the page's own timeline (shared with the
 * main world), where `npm run bench:browser` reads Lede's time on the reader's page.
 */
export function serveCapture(
  port: PortLike<unknown, CapturePortMessage>,
  allowed: (sender: Sender) => boolean,
  capturer: Capturer,
  ledger: ReturnType<typeof pauseLedger>,
  url: () => string,
): void {
  ledger.begin();
  // Measured only when the page was copied: a revision check that copies nothing (the popup's
  // request after the click's own capture) must not replace the copy's figures.
  let copied = false;
  answerCapture(
    port,
    allowed,
    async (known, gone) => {
      // The request is a task of its own: the page ran between the port opening and it.
      ledger.resume();
      const copy = await copyMeasured(capturer.capture(url, known, gone));
      copied = isCopy(copy);
      return copy;
    },
    ledger.pause,
    () => (copied ? measureCapture(ledger) : ledger.end()),
  );
}

/**
 * The copy a content script starts the moment it is injected, on the port it opened itself
 * (lib/protocol.ts PORTS.capture; issue 7: the first open). A new instance's revisions are
 * new, so no `known` revision could spare the copy: there is nothing to wait for. Returns the
 * port's close, which stops the copy (a second injection replaces this instance).
 */
export function startCapture(
  port: PortLike<unknown, CapturePortMessage>,
  capturer: Capturer,
  ledger: ReturnType<typeof pauseLedger>,
  url: () => string,
): () => void {
  return offerCapture(
    port,
    async (gone) => {
      // One turn for the page first: the injection's own task (the script's compile and start)
      // ends here rather than running on into the copy's first slice.
      await ledger.pause();
      ledger.begin();
      return copyMeasured(capturer.capture(url, null, gone));
    },
    ledger.pause,
    () => measureCapture(ledger),
  );
}

/** Whether the capture copied the page (not only told its revision to a worker that knew it). */
const isCopy = (r: Result<PageCopy>) => r.ok && r.value.pieces !== null;

/**
 * The copy's span alone, before its parts are posted (`npm run bench:browser`'s breakdown); a
 * revision check that copied nothing leaves the measure alone.
 */
async function copyMeasured(copy: Promise<Result<PageCopy>>): Promise<Result<PageCopy>> {
  const start = performance.now();
  const copied = await copy;
  if (isCopy(copied)) measureOnce('lede:capture-copy', start);
  return copied;
}

function measureCapture(ledger: ReturnType<typeof pauseLedger>): void {
  const t = ledger.end();
  measureOnce('lede:capture', t.start, t.end);
  measureOnce('lede:capture-work', t.start, t.start + t.work);
  measureOnce('lede:capture-stretch', t.start, t.start + t.longest);
}

/** Answers the first request on a port the worker opened (one capture per port). */
export function answerCapture(
  port: PortLike<unknown, CapturePortMessage>,
  allowed: (sender: Sender) => boolean,
  /** `gone`: whether the worker closed the port meanwhile (the capture may stop there). */
  capture: (known: string | null, gone: () => boolean) => Promise<Result<PageCopy>>,
  pause: () => Promise<void>,
  /** Called once the last part and the end are posted (the benchmark's measure). */
  finished: () => void = () => {},
): void {
  const gone = whenGone(port);
  let asked = false;
  port.onMessage((message) => {
    if (asked) return; // one capture per port
    asked = true;
    if (!allowed(port.sender ?? {}))
      return end(port, gone, finished, {
        ok: false,
        error: ledeError('internal', false, 'message from an unknown sender'),
      });
    const request = v.safeParse(schemas.capture, message);
    if (!request.success)
      return end(port, gone, finished, {
        ok: false,
        error: ledeError('internal', false, 'malformed message'),
      });
    void postCapture(port, gone, () => capture(request.output.known, gone), pause, finished);
  });
}

/**
 * Sends a capture on a port the content script opened itself, without waiting for a request.
 * The worker closes a port it did not wait for; the copy then stops at its next part.
 */
export function offerCapture(
  port: PortLike<unknown, CapturePortMessage>,
  capture: (gone: () => boolean) => Promise<Result<PageCopy>>,
  pause: () => Promise<void>,
  finished: () => void = () => {},
): () => void {
  const { gone, close } = closable(port);
  void postCapture(port, gone, () => capture(gone), pause, finished);
  return close;
}

/** Whether the other side has gone away (read between parts). */
function whenGone(port: PortLike<unknown, unknown>): () => boolean {
  let gone = false;
  port.onDisconnect(() => (gone = true));
  return () => gone;
}

/** `port`, which this side may close, telling the copy to stop (a port's own close is not an event there). */
function closable<T extends PortLike<unknown, CapturePortMessage>>(port: T) {
  let closed = false;
  const gone = whenGone(port);
  return {
    gone: () => closed || gone(),
    close() {
      if (closed) return;
      closed = true;
      port.disconnect();
    },
  };
}

function end(
  port: PortLike<unknown, CapturePortMessage>,
  gone: () => boolean,
  finished: () => void,
  done: CaptureEnd,
): void {
  if (!gone()) port.postMessage({ done });
  port.disconnect();
  finished();
}

/** The capture, then its copy in parts with the page running between them, then the end. */
async function postCapture(
  port: PortLike<unknown, CapturePortMessage>,
  gone: () => boolean,
  capture: () => Promise<Result<PageCopy>>,
  pause: () => Promise<void>,
  finished: () => void,
): Promise<void> {
  let captured: Result<PageCopy>;
  try {
    captured = await capture();
  } catch (e) {
    captured = {
      ok: false,
      error: ledeError('internal', false, e instanceof Error ? e.message : String(e)),
    };
  }
  if (!captured.ok) return end(port, gone, finished, captured);
  const { url, revision, pieces, chars } = captured.value;
  if (pieces)
    for (const part of parts(pieces, CAPTURE_PART_CHARS)) {
      await pause(); // also after the copy's last slice
      if (gone()) return;
      port.postMessage({ part });
    }
  end(port, gone, finished, { ok: true, value: { url, revision, chars: pieces ? chars : null } });
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
