/**
 * Performance marks on the extension page's own timeline, each set once per page, which
 * `npm run bench:browser` reads (scripts/bench-browser.ts) to split "click → outline on
 * screen" into page start, message round trip and render (issue 7).
 *
 *   lede:page-start        the page's script starts (HTML, bundle fetch and evaluation before it)
 *   lede:outline-asked     the outline request leaves for the service worker
 *   lede:app-start         the popup's React app starts (loaded while the request is out)
 *   lede:outline-answered  the worker's answer is back
 *   lede:outline-ready     the outline (or its reason) is on screen
 */
export type MarkName =
  | 'lede:page-start'
  | 'lede:outline-asked'
  | 'lede:app-start'
  | 'lede:outline-answered'
  | 'lede:outline-ready';

const done = new Set<MarkName>();

export function markOnce(name: MarkName): void {
  if (done.has(name)) return;
  done.add(name);
  performance.mark(name);
}
