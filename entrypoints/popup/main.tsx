import { startPopup } from '@/components/popupStart';
import { localArea, sessionArea } from '@/lib/glue';
import '@/components/style.css';
import '@/components/options/theme.css';

// The outline request leaves first and a plain first paint shows the outline; React loads
// after that paint and takes its place (issue 7, components/popupStart.ts).
// The popup outlines the active tab; tests open popup.html?tabId=N as a tab and name it.
const start = startPopup(location.search, document.getElementById('root')!, {
  local: localArea(),
  session: sessionArea(),
});
await start.painted;
const { mountPopup } = await import('@/components/mountPopup');
await mountPopup(start, localArea());
