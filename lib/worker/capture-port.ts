/**
 * The worker's side of the page's `capture` port (lib/protocol.ts PORTS): the parts of the
 * page's copy joined and checked as they come, whether the worker asked for the copy or a freshly
 * injected content script offered it unasked.
 */
import * as v from 'valibot';
import { isLedeError, ledeError } from '../errors';
import { LIMITS } from '../guard/limits';
import { portSchemas, type CaptureRequest, type PortLike, type Sender } from '../protocol';
import type { Capture } from '../page/capture';
import type { Result } from '../types';

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
