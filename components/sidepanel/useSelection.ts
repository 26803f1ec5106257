/**
 * "Outline the selected text" (context menu): the worker leaves the outline in session storage
 * (lib/protocol.ts SELECTION_KEY); the panel shows the newest one it has not shown yet.
 */
import { useEffect, useState } from 'react';
import { SELECTION_KEY, type SelectionHandOver } from '@/lib/protocol';
import type { StorageArea } from '@/lib/storage';

export function useSelection(area: StorageArea | null): SelectionHandOver | null {
  const [selection, setSelection] = useState<SelectionHandOver | null>(null);
  useEffect(() => {
    if (!area) return;
    let live = true;
    const take = (value: unknown) => {
      if (!live || !value || typeof value !== 'object') return;
      setSelection(value as SelectionHandOver);
      void area.remove(SELECTION_KEY).catch(() => undefined);
    };
    void area.get(SELECTION_KEY).then(
      (all) => take(all[SELECTION_KEY]),
      () => undefined,
    );
    const listener = (changes: Record<string, { newValue?: unknown }>) => {
      if (SELECTION_KEY in changes) take(changes[SELECTION_KEY].newValue);
    };
    area.onChanged?.addListener(listener);
    return () => {
      live = false;
      area.onChanged?.removeListener(listener);
    };
  }, [area]);
  return selection;
}
