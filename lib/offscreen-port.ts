/**
 * The offscreen document's side of the `extract` port (lib/protocol.ts PORTS; issues 6 and 7):
 * the worker sends either a whole copy's HTML, or each part of a copy as the content script's
 * parts reach it, then asks for that copy's article. Parts are parsed as they come
 * (lib/guard/copy-stream.ts), so at the copy's end only the parse's tail and Readability are
 * left. Each message is checked as `guarded` checks one (the opener, then the payload); a
 * refused opener gets one refusal and the port is closed.
 */
import * as v from 'valibot';
import { ledeError } from './errors';
import { copyStream, type CopyStream } from './guard/copy-stream';
import { extractCapturedHtml, extractCopyStream } from './guard/extract';
import { measureOnce } from './measure';
import { portSchemas, type ExtractPortReply, type PortLike, type Sender } from './protocol';
import type { Article, Result } from './types';

/**
 * Copies held at once on one port. The worker extracts one copy per outline, and a second
 * capture of a tab replaces the first: a few at once are two tabs outlined together; the
 * oldest goes first (its extraction then asks for the HTML: `resend`).
 */
export const COPIES_HELD = 4;

export interface ExtractDeps {
  /** A parse of a whole copy (DOMParser). */
  parse(html: string): Document;
  /** A fresh document with its parser open for writes. */
  open(): Document;
  now(): number;
}

export function serveExtractPort(
  port: PortLike<unknown, ExtractPortReply>,
  allowed: (sender: Sender) => boolean,
  deps: ExtractDeps,
): void {
  const ok = allowed(port.sender ?? {});
  const copies = new Map<number, CopyStream>();
  // Copies let go (COPIES_HELD) while their parts still come: a later part must not start one
  // again from its middle, whose extraction would read the copy's tail as the page. Each is
  // forgotten at its end (its drop or its extraction, which then asks for the HTML: `resend`).
  const evicted = new Set<number>();
  port.onDisconnect(() => (copies.clear(), evicted.clear()));
  const reply = (id: number, result: Result<Article>) => port.postMessage({ id, result });
  port.onMessage((message) => {
    const id = typeof (message as { id?: unknown })?.id === 'number' ? (message as { id: number }).id : -1;
    if (!ok) {
      reply(id, { ok: false, error: ledeError('internal', false, 'message from an unknown sender') });
      return port.disconnect();
    }
    const part = v.safeParse(portSchemas.copyPart, message);
    if (part.success) {
      const { copy, part: text } = part.output;
      if (evicted.has(copy)) return;
      let stream = copies.get(copy);
      if (!stream) {
        if (copies.size >= COPIES_HELD) {
          const oldest = copies.keys().next().value!;
          copies.delete(oldest);
          evicted.add(oldest);
          if (evicted.size > 16 * COPIES_HELD) evicted.delete(evicted.values().next().value!);
        }
        copies.set(copy, (stream = copyStream(deps.open)));
      }
      const start = deps.now();
      stream.write(text);
      writing += deps.now() - start;
      return;
    }
    const drop = v.safeParse(portSchemas.copyDrop, message);
    if (drop.success) {
      evicted.delete(drop.output.copy);
      return void copies.delete(drop.output.copy);
    }
    const start = deps.now();
    const streamed = v.safeParse(portSchemas.extractCopy, message);
    if (streamed.success) {
      const stream = copies.get(streamed.output.copy);
      copies.delete(streamed.output.copy);
      evicted.delete(streamed.output.copy);
      if (!stream) return port.postMessage({ id, resend: true });
      const tail: CopyStream = {
        write: (t) => stream.write(t),
        finish() {
          const at = deps.now();
          const done = stream.finish();
          parsing += deps.now() - at;
          return done;
        },
      };
      const result = extractCopyStream(tail, { url: streamed.output.url }, timed(deps.parse));
      measures(start, deps.now());
      return reply(id, result);
    }
    const whole = v.safeParse(portSchemas.extract, message);
    if (!whole.success)
      return reply(id, { ok: false, error: ledeError('internal', false, 'malformed message') });
    const result = extractCapturedHtml(whole.output.html, { url: whole.output.url }, timed(deps.parse));
    measures(start, deps.now());
    reply(id, result);
  });

  // The last extraction's figures, for `npm run bench:browser`: its time here, its parsing on
  // that path (a whole copy's parse, or a retry's), and the parts' parsing while they came.
  let writing = 0;
  let parsing = 0;
  const timed = (parse: (html: string) => Document) => (html: string) => {
    const start = deps.now();
    const doc = parse(html);
    parsing += deps.now() - start;
    return doc;
  };
  const measures = (start: number, end: number) => {
    measureOnce('lede:offscreen-extract', start, end);
    measureOnce('lede:offscreen-parse', start, start + parsing);
    measureOnce('lede:offscreen-writes', start, start + writing);
    parsing = writing = 0;
  };
}
