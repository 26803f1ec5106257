/**
 * Outlines ready before the click (lib/ahead.ts, issue 7) and one flight per tab
 * (lib/flights.ts): which tab is prepared, when, and never twice at once.
 */
import { describe, expect, it } from 'vitest';
import { aheadScriptSync, readyAhead } from '../../lib/ahead';
import { flights } from '../../lib/flights';
import { manualTimers } from './manual-timers';

describe('readyAhead', () => {
  const setup = (on = true) => {
    const prepared: number[] = [];
    const clock = manualTimers();
    const ahead = readyAhead({
      enabled: async () => on,
      prepare: async (tabId) => void prepared.push(tabId),
      delayMs: 400,
      timers: clock.timers,
    });
    return { ahead, prepared, clock };
  };

  it('prepares the tab shown once its pause is over, not before', async () => {
    const { ahead, prepared, clock } = setup();
    ahead.shown(7);
    expect(prepared).toEqual([]);
    await clock.tick();
    expect(prepared).toEqual([7]);
  });

  it('prepares only the last of tabs flicked through', async () => {
    const { ahead, prepared, clock } = setup();
    ahead.shown(1);
    ahead.shown(2);
    ahead.shown(3);
    expect(clock.pending()).toBe(1);
    await clock.tick();
    expect(prepared).toEqual([3]);
  });

  it('prepares nothing while it is off (setting or permission)', async () => {
    const { ahead, prepared, clock } = setup(false);
    ahead.shown(7);
    await clock.tick();
    expect(prepared).toEqual([]);
  });

  it('drops a tab closed before its turn, and keeps one that is not', async () => {
    const { ahead, prepared, clock } = setup();
    ahead.shown(7);
    ahead.forget(8);
    expect(clock.pending()).toBe(1);
    ahead.forget(7);
    expect(clock.pending()).toBe(0);
    await clock.tick();
    expect(prepared).toEqual([]);
  });

  it('survives a preparation that fails and prepares the next tab', async () => {
    const clock = manualTimers();
    const prepared: number[] = [];
    const ahead = readyAhead({
      enabled: async () => true,
      prepare: async (tabId) => {
        if (tabId === 1) throw new Error('not an article');
        prepared.push(tabId);
      },
      delayMs: 0,
      timers: clock.timers,
    });
    ahead.shown(1);
    await clock.tick();
    ahead.shown(2);
    await clock.tick();
    expect(prepared).toEqual([2]);
  });
});

describe('flights', () => {
  it('gives a second ask for the same key the first one’s promise', async () => {
    const f = flights<number, string>();
    let runs = 0;
    let finish!: (v: string) => void;
    const work = () => (runs++, new Promise<string>((ok) => (finish = ok)));
    const a = f.run(1, work);
    const b = f.run(1, work);
    expect(b).toBe(a);
    expect(runs).toBe(1);
    finish('outline');
    expect(await b).toBe('outline');
  });

  it('runs other keys on their own, and the same key anew once settled (even after a failure)', async () => {
    const f = flights<number, string>();
    let runs = 0;
    const ok = () => (runs++, Promise.resolve('x'));
    await Promise.all([f.run(1, ok), f.run(2, ok)]);
    expect(runs).toBe(2);
    await f.run(1, ok);
    expect(runs).toBe(3);
    await expect(f.run(3, () => Promise.reject(new Error('gone')))).rejects.toThrow('gone');
    await f.run(3, ok);
    expect(runs).toBe(4);
  });
});

describe('aheadScriptSync', () => {
  it('registers and unregisters as the last check says, one call at a time', async () => {
    let on = false;
    const calls: boolean[] = [];
    let busy = false;
    const sync = aheadScriptSync(
      async () => on,
      async (want) => {
        expect(busy).toBe(false); // never two registrations at once
        busy = true;
        await new Promise((r) => setTimeout(r, 1));
        calls.push(want);
        busy = false;
      },
    );
    void sync();
    on = true;
    void sync();
    await sync();
    expect(calls).toEqual([true, true, true]);
    on = false;
    await sync();
    expect(calls.at(-1)).toBe(false);
  });

  it('keeps going after a registration fails', async () => {
    let fail = true;
    const calls: boolean[] = [];
    const sync = aheadScriptSync(
      async () => true,
      async (want) => {
        if (fail) throw new Error('no scripting');
        calls.push(want);
      },
    );
    await sync();
    fail = false;
    await sync();
    expect(calls).toEqual([true]);
  });
});
