/**
 * The content script's side of the `capture` port (lib/protocol.ts PORTS): the page's copy goes
 * back to the worker in parts of at most CAPTURE_PART_CHARS, with the page running between
 * parts, because the browser serialises each port message in one go on the page's thread (issue
 * 7: the 600 k-character copy of the largest benchmark page cost ~15 ms as one message; a
 * 10 M one would hold the page for hundreds). The worker's side is lib/worker.ts receiveCapture.
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
import type { Result } from '../types';
import type { Capture } from './capture';
import * as v from 'valibot';

export function answerCapture(
  port: PortLike<unknown, CapturePortMessage>,
  allowed: (sender: Sender) => boolean,
  capture: (known: string | null) => Promise<Result<Capture>>,
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
    let captured: Result<Capture>;
    try {
      captured = await capture(request.output.known);
    } catch (e) {
      captured = {
        ok: false,
        error: ledeError('internal', false, e instanceof Error ? e.message : String(e)),
      };
    }
    if (!captured.ok) return end(captured);
    const { url, revision, html } = captured.value;
    if (html !== null)
      for (let at = 0; at < html.length && !gone; at += CAPTURE_PART_CHARS) {
        await pause(); // also after the copy's last slice, which may have been a long one
        if (!gone) port.postMessage({ part: html.slice(at, at + CAPTURE_PART_CHARS) });
      }
    end({ ok: true, value: { url, revision, chars: html === null ? null : html.length } });
  });
}
