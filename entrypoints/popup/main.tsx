import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OutlineView } from '@/components/OutlineView';
import { extensionSource, resolveTabId } from '@/components/extensionSource';
import '@/components/style.css';

// The popup outlines the active tab; tests open popup.html?tabId=N as a tab and name it.
const tabId = await resolveTabId(location.search);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OutlineView source={extensionSource(tabId, { sidePanel: true })} surface="popup" />
  </StrictMode>,
);
