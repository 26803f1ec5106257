import { handedOver } from '@/components/popupHandoff';
import { localArea } from '@/lib/glue';
import '@/components/style.css';
import '@/components/options/theme.css';

// The outline request left from the classic script in <head> (popup-start.ts); a plain first
// paint shows the outline; React loads after that paint and takes its place (issue 7,
// components/popupBoot.ts, popupStart.ts). The popup outlines the active tab; tests open
// popup.html?tabId=N as a tab and name it.
const start = await (handedOver() ?? import('@/components/popupBoot').then((m) => m.bootPopup()));
await start.painted;
const { mountPopup } = await import('@/components/mountPopup');
await mountPopup(start, localArea());
