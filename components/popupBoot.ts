/**
 * The popup's start, run as a classic script from the page's <head> (entrypoints/popup-start.ts,
 * issue 7): a module script runs only once the whole page is parsed and its module graph
 * fetched, tens of milliseconds after the page could first run code. Here the outline request,
 * the settings and the tab's last outline leave at once; the plain first paint (popupStart.ts)
 * follows as soon as the popup's root exists. React's module (entrypoints/popup/main.tsx)
 * picks the start up (popupHandoff.ts), or boots itself when this script did not run.
 */
import { localArea, sessionArea } from '@/lib/glue';
import { popupEarly } from './popupEarly';
import { handOver } from './popupHandoff';
import { startPopup, type PopupStart } from './popupStart';

/** The root is parsed: readyState leaves 'loading' before deferred and module scripts run. */
function parsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((done) => doc.addEventListener('readystatechange', () => done(), { once: true }));
}

export function bootPopup(doc: Document = document): Promise<PopupStart> {
  const early = popupEarly(location.search, { local: localArea(), session: sessionArea() });
  const start = parsed(doc).then(() => startPopup(early, doc.getElementById('root')!));
  handOver(start);
  return start;
}
