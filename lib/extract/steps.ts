/**
 * Long work as steps (issue 7: "in the page the work never blocks the main thread for more than
 * 50 ms at a time"). A step function is a generator that `yield`s where the page may run; Node
 * runs the steps back to back, the content script awaits a pause between them.
 */

export type Steps<T> = Generator<void, T, void>;
export type Pause = () => Promise<void>;

/** Runs `steps` to its result: at once, or with `pause` awaited at every yield. */
export function runSteps<T>(steps: Steps<T>): T;
export function runSteps<T>(steps: Steps<T>, pause: Pause): Promise<T>;
export function runSteps<T>(steps: Steps<T>, pause?: Pause): T | Promise<T> {
  if (!pause) {
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }
  return (async () => {
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      await pause();
    }
  })();
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Gives the page's thread back for a moment: `scheduler.yield()` where the browser has it
 * (Chromium 129+: the rest of the work keeps its place ahead of other tasks), else a message
 * to a fresh channel, which unlike setTimeout(0) is not clamped to 4 ms when nested.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
