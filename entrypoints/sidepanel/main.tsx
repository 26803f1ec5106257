import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { tabIdFromSearch } from '@/components/extensionSource';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import { localArea, sessionArea } from '@/lib/glue';
import '@/components/style.css';

// The side panel follows its window's active tab; `?tabId=N` (tests, bench) pins one tab.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidePanelApp fixedTabId={tabIdFromSearch(location.search)} area={localArea()} session={sessionArea()} />
  </StrictMode>,
);
