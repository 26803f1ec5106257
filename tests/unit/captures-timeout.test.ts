/**
 * lib/worker/captures.ts: a capture that timed out (the reader was told the page did
 * not answer) must not go on to inject a script and wait for its port: its cleanup has run, so
 * that wait would stay registered for good and take the port of the tab's next injection,
 * leaving the next outline of that tab to time out too.
 */
import { describe, expect, it } from 'vitest';
import { ledeError } from '../../lib/errors';
import type { Capture } from '../../lib/page/capture';
import type { Result } from '../../lib/types';
import { capturePorts, tabCaptures, type CaptureAccess } from '../../lib/worker';

describe('tabCaptures, a tab that answers only after the time-out', () => {
  it('neither injects nor leaves a wait for a port behind once the capture has timed out', async () => {
    const calls: string[] = [];
    const ports = capturePorts(() => true);
    let fail!: (e: Error) => void;
    const access: CaptureAccess<{ id: number }> = {
      tabById: async (id) => (calls.push('lookup'), { id }),
      // The new page at that address cannot be read (a browser page): the script never comes.
      inject: async () => {
        calls.push('inject');
        return answered ? { ok: false, error: ledeError('restricted') } : { ok: true, value: null };
      },
      // The page the script was in hangs, then goes away (a reload): the connect fails late.
      ask: () => new Promise<Result<Capture>>((_, reject) => (fail = reject)),
      expect: (tabId, sink) => {
        calls.push('expect');
        const offer = ports.expect(tabId, sink);
        // The first injection's script offers its copy: the tab is then one that answers.
        if (!answered) return { ...offer, capture: Promise.resolve(page) };
        return offer;
      },
    };
    let answered = false;
    const page: Result<Capture> = {
      ok: true,
      value: { url: 'https://a.example/', revision: 'r1', html: '<p>a</p>' },
    };
    const captures = tabCaptures(access, 20);
    // Known to answer: the worker first asks the script it knew.
    expect(await captures.capture(1, null)).toEqual(page);
    answered = true;
    calls.length = 0;
    const second = await captures.capture(1, 'r1');
    expect(!second.ok && second.error.code).toBe('timeout');
    fail(new Error('the page went away'));
    await new Promise((done) => setTimeout(done, 10));
    expect(calls).not.toContain('inject');
    // Nobody waits for a port from the tab: one that comes is closed, not taken by a dead flow.
    let closed = false;
    ports.accept({
      sender: { id: 'lede', tab: { id: 1 }, frameId: 0 },
      postMessage: () => {},
      onMessage: () => {},
      onDisconnect: () => {},
      disconnect: () => void (closed = true),
    });
    expect(closed).toBe(true);
  });
});
