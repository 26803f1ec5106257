/**
 * The popup's React app, mounted; loaded by entrypoints/popup/main.tsx once the plain first
 * paint is on screen (components/popupStart.ts). React renders into a container of its own,
 * which takes the plain paint's place once it shows the outline or its reason (no frame
 * without an outline, issue 7).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { StorageArea } from '@/lib/storage';
import { markOnce } from './marks';
import { PopupApp } from './PopupApp';
import type { PopupStart } from './popupStart';

export async function mountPopup(start: PopupStart, area: StorageArea): Promise<void> {
  markOnce('lede:app-start');
  const [source, settings] = await Promise.all([start.source, start.settings]);
  const container = document.createElement('div');
  const onShown = () => {
    start.takeOver(container);
    markOnce('lede:outline-ready');
    markOnce('lede:answer-shown');
    markOnce('lede:app-ready');
  };
  createRoot(container).render(
    <StrictMode>
      <PopupApp source={source} area={area} initialSettings={settings} onShown={onShown} />
    </StrictMode>,
  );
}
