import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/PopupApp';
import { resolveTabId } from '@/components/extensionSource';
import { localArea } from '@/lib/glue';
import '@/components/style.css';

// The popup outlines the active tab; tests open popup.html?tabId=N as a tab and name it.
const tabId = await resolveTabId(location.search);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PopupApp tabId={tabId} area={localArea()} />
  </StrictMode>,
);
