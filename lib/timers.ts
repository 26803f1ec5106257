/**
 * Timers as plain functions, so flows that wait (lib/ahead.ts, lib/worker/tab-outliner.ts) can be
 * run by hand in tests. Wrapped, not passed as is: `setTimeout` called as a method of another
 * object throws "Illegal invocation" in browsers.
 */
export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
