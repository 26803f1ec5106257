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

/**
 * Gives the page's thread back for a moment: a message to a fresh channel is a task at the back
 * of the queue, so the page's own tasks waiting there (input, timers, its scripts) run before the
 * next step; unlike setTimeout(0) it is not clamped to 4 ms when nested. Not `scheduler.yield()`:
 * its continuation is served ahead of the page's waiting tasks, which then still wait for the
 * whole extraction (the heartbeat of `npm run bench:browser` saw one block of it).
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
