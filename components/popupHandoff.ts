/**
 * The popup's start passes from its classic script (components/popupBoot.ts) to its React
 * module (entrypoints/popup/main.tsx): two bundles in one page, so through the page's global
 * symbol registry rather than a module variable.
 */
import type { PopupStart } from './popupStart';

const SLOT = Symbol.for('lede.popupStart');
type Slot = { [SLOT]?: Promise<PopupStart> };

export function handOver(start: Promise<PopupStart>): void {
  (globalThis as Slot)[SLOT] = start;
}

/** The start the classic script made, if it ran. */
export function handedOver(): Promise<PopupStart> | undefined {
  return (globalThis as Slot)[SLOT];
}
