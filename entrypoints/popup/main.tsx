import { markOnce } from '@/components/marks';
import { startPopupSource } from '@/components/popupSource';
import { localArea } from '@/lib/glue';
import '@/components/style.css';

markOnce('lede:page-start');
// The outline request leaves first, then React loads while the worker answers (issue 7).
// The popup outlines the active tab; tests open popup.html?tabId=N as a tab and name it.
const source = startPopupSource(location.search);
const { mountPopup } = await import('@/components/mountPopup');
mountPopup(document.getElementById('root')!, await source, localArea());
