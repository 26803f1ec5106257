import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OutlineView } from '@/components/OutlineView';
import { extensionSource, resolveTabId } from '@/components/extensionSource';
import '@/components/style.css';

// The side panel shows the outline of its window's active tab (or `?tabId=N`, for tests).
const tabId = await resolveTabId(location.search);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OutlineView source={extensionSource(tabId)} surface="sidepanel" />
  </StrictMode>,
);
