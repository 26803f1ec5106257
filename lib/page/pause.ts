/**
 * Lets the page run: resolves in a later task, queued behind what the page itself queued
 * meanwhile (its messages, its timers that are due, input, rendering). A posted message, not:
 * - `scheduler.yield`: its continuation is queued ahead of the page's own tasks, so a copy made
 *   of many slices still held the page's scripts back for its whole length (issue 7, seen in
 *   `npm run bench:browser`: the heartbeat saw one block as long as the copy);
 * - `setTimeout`: a tab left in the background while the popup or side panel is open may have
 *   its timers held for a second.
 */
export function pageTurn(win: typeof globalThis): () => Promise<void> {
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
