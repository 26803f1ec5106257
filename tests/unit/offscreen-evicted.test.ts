/**
 * lib/offscreen-port.ts: a copy pushed out of the document's few held copies while its
 * parts still come must not be started again from a later part (the document would extract
 * the copy's tail as if it were the page, its title and first paragraphs missing); its
 * extraction asks for the whole HTML instead (`resend`).
 */
import { describe, expect, it } from 'vitest';
import { COPIES_HELD, serveExtractPort } from '../../lib/offscreen-port';
import type { ExtractPortReply, PortLike } from '../../lib/protocol';

function fakePort() {
  const listeners: ((m: unknown) => void)[] = [];
  const replies: ExtractPortReply[] = [];
  const port: PortLike<unknown, ExtractPortReply> = {
    sender: { id: 'lede', url: 'chrome-extension://lede/background.js' },
    postMessage: (m) => void replies.push(m),
    onMessage: (l) => void listeners.push(l),
    onDisconnect: () => {},
    disconnect: () => {},
  };
  return { port, replies, send: (m: unknown) => listeners.forEach((l) => l(m)) };
}

describe('serveExtractPort', () => {
  it('does not restart an evicted copy from a later part, and asks for its HTML instead', () => {
    const { port, replies, send } = fakePort();
    const written: string[][] = [];
    serveExtractPort(port, () => true, {
      parse: () => {
        throw new Error('not reached');
      },
      open() {
        const writes: string[] = [];
        written.push(writes);
        return { write: (t: string) => void writes.push(t), close: () => {} } as unknown as Document;
      },
      now: () => 0,
    });
    send({ copy: 0, part: '<html><head><title>T</title></head><body>' });
    // More copies at once than the document holds: copy 0, the oldest, is let go.
    for (let c = 1; c <= COPIES_HELD; c++) send({ copy: c, part: '<html><body>' });
    send({ copy: 0, part: '<p>the tail of copy 0</p></body></html>' });
    send({ id: 1, copy: 0, url: 'https://example.com/a' });
    expect(replies).toEqual([{ id: 1, resend: true }]);
    expect(written.some((w) => w.join('').startsWith('<p>the tail'))).toBe(false);
  });
});
