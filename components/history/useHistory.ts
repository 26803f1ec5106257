/**
 * The saved outlines as React state (null while loading, 'failed' when storage cannot be read),
 * re-read whenever any window changes them (the store's `subscribe`). Only the latest read is
 * applied, so a slow read never overwrites a newer one.
 */
import { useEffect, useState } from 'react';
import type { HistoryList, HistoryStore } from '../../lib/storage';

export function useHistory(store: HistoryStore | null): HistoryList | 'failed' | null {
  const [list, setList] = useState<{ store: HistoryStore; value: HistoryList | 'failed' } | null>(null);
  useEffect(() => {
    if (!store) return;
    let live = true;
    let latest = 0;
    const load = async () => {
      const ticket = ++latest;
      const value = await store.list().catch(() => 'failed' as const);
      if (live && ticket === latest) setList({ store, value });
    };
    load();
    const stop = store.subscribe(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, [store]);
  return list?.store === store ? list.value : null;
}
