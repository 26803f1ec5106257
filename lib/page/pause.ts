/**
 * Lets the page run: resolves in a later task, after what the page queued meanwhile (input,
 * rendering, its own scripts). `scheduler.yield` where there is one (Chromium) keeps Lede's place
 * ahead of other queued work; a posted message elsewhere. Not `setTimeout`: a tab left in the
 * background while the popup or side panel is open may have its timers held for a second.
 */
interface YieldingScheduler {
  yield(): Promise<void>;
}

export function pageTurn(win: typeof globalThis): () => Promise<void> {
  const scheduler = (win as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return () => scheduler.yield!();
  return () =>
    new Promise<void>((resolve) => {
      const channel = new win.MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
}
