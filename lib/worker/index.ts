/**
 * The service worker's flows, as plain functions of their dependencies so they run and are
 * tested without a browser; `startWorker` puts them together, and entrypoints/background.ts
 * only hands it the browser's side (lib/glue.ts, the typed messaging).
 * - `reachTab` (reach.ts): ask the tab's content script, injecting it first when it has none.
 * - `receiveCapture`, `capturePorts` (capture-port.ts) and `tabCaptures` (captures.ts): the
 *   page's copy over the `capture` port, asked for or offered by a freshly injected script.
 * - `tabArticles` (articles.ts): a tab's article, kept by the page's revision so a re-opened
 *   popup on an unchanged page costs no extraction.
 * - `tabOutliner` (tab-outliner.ts): a tab's outline, one capture of a tab at a time.
 * - `outliner` (outliner.ts): outline at the reader's length through the cache, into the history.
 * - `lastOutlines` (last.ts), `followSetting` (settings.ts): what a re-opened popup paints
 *   first, and the reader's settings without a storage read per outline.
 */
export * from './articles';
export * from './capture-port';
export * from './captures';
export * from './last';
export * from './outliner';
export * from './reach';
export * from './settings';
export * from './start';
export * from './tab-outliner';
