/**
 * A stored entry's `savedAt` is rendered with `new Date(savedAt).toISOString()` (the history
 * list's <time>, the export) and Intl.DateTimeFormat, which both throw a RangeError for a finite
 * number outside the Date range (±8.64e15 ms). Such an entry (a damaged store, a hand-edited
 * import) must be skipped by the storage layer, not handed to the views.
 */
import { describe, expect, it } from 'vitest';
import {
  createMemoryArea,
  historyToJson,
  historyToMarkdown,
  openStorage,
  parseEntry,
} from '../../lib/storage';
import { entryKey } from '../../lib/storage/schema';
import { V1_KEYS } from '../../lib/storage/v1';
import { nthOutline } from './storage.fixtures';

describe('history entry savedAt', () => {
  it.each([1e20, -1e20, 8.64e15 + 1, Number.MAX_VALUE])('skips an entry saved "at" %d', async (savedAt) => {
    const area = createMemoryArea();
    const { history } = await openStorage(area);
    const added = await history.add(nthOutline(1));
    await history.add(nthOutline(2));
    const id = added.ok ? added.value!.id : '';
    const key = entryKey(id);
    const stored = (await area.get(key))[key] as Record<string, unknown>;
    await area.set({ [key]: { ...stored, savedAt } });

    const list = await history.list();
    expect(list.skipped).toBe(1);
    expect(list.entries.map((e) => e.title)).toEqual(['Story 2']);
    expect(await history.get(id)).toBeNull();
    // What the views and the export then do with the list no longer throws.
    for (const e of list.entries) expect(() => new Date(e.savedAt).toISOString()).not.toThrow();
    expect(() => historyToMarkdown(list.entries, 0)).not.toThrow();
    expect(() => historyToJson(list.entries, 0)).not.toThrow();
  });

  it('keeps an entry at the ends of the Date range', () => {
    const entry = (savedAt: number) => ({ ...parseEntry(validEntry())!, savedAt });
    expect(parseEntry(entry(8.64e15))?.savedAt).toBe(8.64e15);
    expect(parseEntry(entry(-8.64e15))?.savedAt).toBe(-8.64e15);
  });

  it('a v1 item saved "at" an out-of-range time is skipped by the migration', async () => {
    const area = createMemoryArea();
    const outline = nthOutline(1);
    await area.set({
      [V1_KEYS.history]: {
        items: [
          { title: 'bad', url: 'https://news.example/bad', time: 1e20, outline },
          { title: 'good', url: outline.url, time: 1_700_000_000_000, outline },
        ],
      },
    });
    const { history, migration } = await openStorage(area);
    expect(migration.ok && migration.value.skipped).toBe(1);
    expect((await history.list()).entries.map((e) => e.title)).toEqual(['good']);
  });
});

function validEntry() {
  const outline = nthOutline(1);
  return { v: 2, id: 'x', savedAt: 0, title: outline.title, site: '', url: outline.url, lang: 'en', outline };
}
