/**
 * One live instance of each injected script per tab. A tab may still hold an instance the
 * worker does not know of (one injected before an extension update, before the worker was
 * stopped and started, or by a race of the popup and the side panel): the new one drops the old
 * one's listeners and port rather than answer everything twice. Each script keeps its own slot
 * (`key`) on the isolated world the scripts share.
 */
type Slot = Record<symbol, { dispose(): void } | undefined>;

/** Disposes the instance in `key`'s slot, then starts this one and keeps its dispose there. */
export function replaceInstance(world: object, key: symbol, start: () => () => void): void {
  const slot = world as Slot;
  try {
    slot[key]?.dispose();
  } catch {
    // the previous instance's extension context is gone; nothing to remove
  }
  slot[key] = { dispose: start() };
}
