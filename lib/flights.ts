/**
 * One piece of work per key at a time: a second ask while the first is still under way gets the
 * first one's promise instead of starting its own (issue 7). The popup opened while the worker
 * is still preparing the tab's outline ahead of the click (lib/ahead.ts), or the popup and the
 * side panel asking for the same tab at once, then share one capture and one extraction
 * instead of copying the page twice.
 */
export function flights<K, T>() {
  const under = new Map<K, Promise<T>>();
  return {
    run(key: K, work: () => Promise<T>): Promise<T> {
      const going = under.get(key);
      if (going) return going;
      const started = work().finally(() => {
        if (under.get(key) === started) under.delete(key);
      });
      under.set(key, started);
      return started;
    },
  };
}
