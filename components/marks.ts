/**
 * Performance marks on the extension page's own timeline, each set once per page, which
 * `npm run bench:browser` reads (scripts/bench-browser/popup.ts) to split "click → outline on
 * screen" into page start, message round trip and render (issue 7).
 *
 *   lede:page-start        the page's script starts (HTML, bundle fetch and evaluation before it)
 *   lede:outline-asked     the outline request leaves for the service worker
 *   lede:outline-answered  the worker's answer is back
 *   lede:outline-ready     an outline (or its reason) is on screen: the first paint, plain
 *                          (components/popupStart.ts) or React's
 *   lede:answer-shown      the answer to this opening's own request is on screen (later than
 *                          outline-ready when the tab's last outline was painted first)
 *   lede:app-start         the popup's React app starts (its chunk fetched and evaluated)
 *   lede:app-ready         React has taken over the popup: every control works
 */
export type MarkName =
  | 'lede:page-start'
  | 'lede:outline-asked'
  | 'lede:outline-answered'
  | 'lede:outline-ready'
  | 'lede:answer-shown'
  | 'lede:app-start'
  | 'lede:app-ready';

/** Once per page, also across bundles (the timeline, not a module variable, says "done"). */
export function markOnce(name: MarkName): void {
  if (performance.getEntriesByName(name, 'mark').length) return;
  performance.mark(name);
}
