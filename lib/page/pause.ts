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

/** Where one capture's time went, on the page's clock (the benchmark's measures). */
export interface PauseLedgerFigures {
  start: number;
  end: number;
  /** The span less the time the page was left to run. */
  work: number;
  /** Lede's longest stretch on the page's thread without a turn for the page. */
  longest: number;
}

/**
 * `turn`, with its time counted: the content script's capture pauses through it, so
 * `npm run bench:browser` can tell Lede's own work from the span it was spread over (issue 7).
 */
export function pauseLedger(turn: () => Promise<void>, now: () => number) {
  let start = 0;
  let turns = 0;
  let longest = 0;
  let resumed = 0;
  return {
    begin() {
      start = resumed = now();
      turns = longest = 0;
    },
    /**
     * The page ran before this point without a pause of ours (a new task began: the worker's
     * request on a port opened earlier). That wait was the page's time, not Lede's work.
     */
    resume() {
      const at = now();
      turns += at - resumed;
      resumed = at;
    },
    async pause() {
      const at = now();
      longest = Math.max(longest, at - resumed);
      await turn();
      resumed = now();
      turns += resumed - at;
    },
    end(): PauseLedgerFigures {
      const end = now();
      longest = Math.max(longest, end - resumed);
      return { start, end, work: end - start - turns, longest };
    },
  };
}
