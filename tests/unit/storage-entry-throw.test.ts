/**
 * Reading an entry saved before outlines carried their links makes the links while parsing
 * (lib/storage/entry.ts `linked`). A damaged field that the schema lets through (a paragraph's
 * `ruby` readings are not checked) must not make that throw out of the parse: one bad entry
 * would fail the whole history list, and `clear` (which lists first) with it.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryArea, openStorage, parseEntry } from '../../lib/storage';
import { entryKey } from '../../lib/storage/schema';
import type { Point } from '../../lib/types';
import { nthOutline } from './storage.fixtures';

const unlinked = ({ text, sentence, paragraphIds }: Point) => ({ text, sentence, paragraphIds });

describe('history entry with links still to make', () => {
  it.each([[[null]], [[5]], [{ length: 1 }]])(
    'skips one whose ruby is %j, and lists and clears the rest',
    async (ruby) => {
      const area = createMemoryArea();
      const { history } = await openStorage(area);
      const added = await history.add(nthOutline(1));
      await history.add(nthOutline(2));
      const key = entryKey(added.ok ? added.value!.id : '');
      const stored = (await area.get(key))[key] as { outline: ReturnType<typeof nthOutline> };
      const o = stored.outline;
      const damaged = {
        ...o,
        gist: o.gist && unlinked(o.gist),
        sections: o.sections.map((s) => ({ ...s, points: s.points.map(unlinked) })),
        paragraphs: o.paragraphs.map((p) => ({ ...p, ruby })),
      };
      await area.set({ [key]: { ...stored, outline: damaged } });

      expect(parseEntry({ ...stored, outline: damaged })).toBeNull();
      const list = await history.list();
      expect(list.skipped).toBe(1);
      expect(list.entries.map((e) => e.title)).toEqual(['Story 2']);
      expect((await history.clear()).ok).toBe(true);
      expect([...area.raw.keys()].filter((k) => k.startsWith('lede:history:'))).toEqual([]);
    },
  );
});
