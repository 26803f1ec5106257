import { popupEarly } from '@/components/popupEarly';
import { localArea, sessionArea } from '@/lib/glue';
import '@/components/style.css';
import '@/components/options/theme.css';

// The outline request leaves first; a plain first paint shows the outline; React loads after
// that paint and takes its place (issue 7, components/popupEarly.ts, popupStart.ts).
// The popup outlines the active tab; tests open popup.html?tabId=N as a tab and name it.
const early = popupEarly(location.search, { local: localArea(), session: sessionArea() });
const { startPopup } = await import('@/components/popupStart');
const start = startPopup(early, document.getElementById('root')!);
await start.painted;
const { mountPopup } = await import('@/components/mountPopup');
await mountPopup(start, localArea());
