/** The popup's React app, mounted; loaded by entrypoints/popup/main.tsx after its request left. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { StorageArea } from '@/lib/storage';
import { markOnce } from './marks';
import { PopupApp } from './PopupApp';
import type { OutlineSource } from './useOutline';

export function mountPopup(root: HTMLElement, source: OutlineSource, area: StorageArea): void {
  markOnce('lede:app-start');
  createRoot(root).render(
    <StrictMode>
      <PopupApp source={source} area={area} />
    </StrictMode>,
  );
}
