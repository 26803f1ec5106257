/**
 * Timers run by hand (lib/timers.ts shape) for flows that wait: `tick()` fires every timer
 * still set and lets the promises they start settle; `pending()` counts those waiting.
 */
import type { Timers } from '../../lib/timers';

export function manualTimers() {
  const set = new Map<number, () => void>();
  let next = 0;
  const timers: Timers = {
    set: (run) => (set.set(++next, run), next),
    clear: (h) => void set.delete(h as number),
  };
  const tick = async () => {
    const due = [...set.values()];
    set.clear();
    due.forEach((run) => run());
    await new Promise((r) => setTimeout(r, 0));
  };
  return { timers, tick, pending: () => set.size };
}
