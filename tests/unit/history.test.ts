import { describe, expect, it } from 'vitest';
import {
  createHistory,
  createMemoryArea,
  entriesToDrop,
  exportFileName,
  historyToJson,
  historyToMarkdown,
  openStorage,
  searchHistory,
  type HistoryEntry,
  type StorageArea,
} from '../../lib/storage';
import { entryBytes, type StoredEntry } from '../../lib/storage/entry';
import { entryKey, isEntryKey } from '../../lib/storage/schema';
import type { Point } from '../../lib/types';
import { toMarkdown } from '../../lib/format/markdown';
import { makeOutline, nthOutline, JA_TEXT } from './storage.fixtures';

/** A clock that moves one second per reading, so save times are distinct and ordered. */
const clock = (start = 1_750_000_000_000) => {
  let t = start;
  return () => (t += 1000);
};

async function open(area: StorageArea = createMemoryArea()) {
  return (await openStorage(area, { now: clock() })).history;
}

const titles = (list: { entries: HistoryEntry[] }) => list.entries.map((e) => e.title);

describe('history', () => {
  it('lists saved outlines newest first with title, site, URL and date', async () => {
    const h = await open();
    await h.add(nthOutline(1));
    await h.add(nthOutline(2));
    const { entries, skipped } = await h.list();
    expect(skipped).toBe(0);
    expect(entries.map((e) => [e.title, e.site, e.url])).toEqual([
      ['Story 2', 'news.example', 'https://news.example/2'],
      ['Story 1', 'news.example', 'https://news.example/1'],
    ]);
    expect(entries[0].savedAt).toBeGreaterThan(entries[1].savedAt);
  });

  it('reads an entry saved before outlines carried their links, links made as for a new one', async () => {
    const area = createMemoryArea();
    const h = await open(area);
    const outline = makeOutline('日銀が利上げ', 'https://news.example/ja', JA_TEXT, 'ja');
    const added = await h.add(outline);
    const key = entryKey(added.ok ? added.value!.id : '');
    const stored = (await area.get(key))[key] as StoredEntry;
    const unlinked = ({ text, sentence, paragraphIds }: Point) => ({ text, sentence, paragraphIds });
    const before = {
      ...stored.outline,
      gist: stored.outline.gist && unlinked(stored.outline.gist),
      sections: stored.outline.sections.map((s) => ({ ...s, points: s.points.map(unlinked) })),
    };
    await area.set({ [key]: { ...stored, outline: before } });
    const read = (await h.list()).entries[0];
    expect(read.outline.sections.flatMap((s) => s.points).length).toBeGreaterThan(0);
    expect(read.outline).toEqual(outline);
    // The byte cap counts what is stored, not the links made on reading.
    expect(read.bytes).toBe(entryBytes(key, { ...stored, outline: before }));
  });

  it('opens, deletes one and clears all', async () => {
    const h = await open();
    const added = await h.add(nthOutline(1));
    await h.add(nthOutline(2));
    await h.add(nthOutline(3));
    const id = added.ok ? added.value!.id : '';
    expect((await h.get(id))?.outline).toEqual(nthOutline(1));
    expect(await h.remove(id)).toEqual({ ok: true, value: undefined });
    expect(await h.get(id)).toBeNull();
    expect(titles(await h.list())).toEqual(['Story 3', 'Story 2']);
    expect((await h.clear()).ok).toBe(true);
    expect(titles(await h.list())).toEqual([]);
  });

  it('outlining the same page again replaces the older entry', async () => {
    const h = await open();
    await h.add(nthOutline(1));
    await h.add(nthOutline(2));
    await h.add({ ...nthOutline(1), title: 'Story 1, updated' });
    expect(titles(await h.list())).toEqual(['Story 1, updated', 'Story 2']);
  });

  it('deleting an outline of a page outlined twice deletes the older copy too', async () => {
    const area = createMemoryArea();
    const h = await open(area);
    await h.add(nthOutline(1));
    await h.add(nthOutline(2));
    const again = await h.add({ ...nthOutline(1), title: 'Story 1, updated' });
    expect(titles(await h.list())).toEqual(['Story 1, updated', 'Story 2']);
    expect((await h.remove(again.ok ? again.value!.id : '')).ok).toBe(true);
    expect(titles(await h.list())).toEqual(['Story 2']);
    expect([...area.raw.keys()].filter(isEntryKey)).toHaveLength(1);
  });

  it('drops the oldest beyond the count limit set in the options', async () => {
    const area = createMemoryArea();
    const { settings, history } = await openStorage(area, { now: clock() });
    await settings.save({ historyLimit: 3 });
    for (let n = 1; n <= 5; n++) await history.add(nthOutline(n));
    expect(titles(await history.list())).toEqual(['Story 5', 'Story 4', 'Story 3']);
    await settings.save({ historyLimit: 0 });
    // Out of view at once, still stored (and offered to "Delete history") until an outline is made.
    expect(await history.list()).toMatchObject({ entries: [], hidden: 3 });
    expect([...area.raw.keys()].filter(isEntryKey)).toHaveLength(3);
    // History off: the next outline is not kept, and what was kept goes with it.
    expect(await history.add(nthOutline(6))).toEqual({ ok: true, value: null });
    expect([...area.raw.keys()].filter(isEntryKey)).toHaveLength(0);
    expect(await history.list()).toMatchObject({ entries: [], hidden: 0 });
    expect(await history.trim()).toEqual({ ok: true, value: 0 });
  });

  it('drops the oldest beyond the byte cap, but never the newest alone', async () => {
    const area = createMemoryArea();
    const one = createHistory(area, { now: clock(), limits: () => ({ count: 500, bytes: 1 }) });
    await one.add(nthOutline(1));
    const added = await one.add(nthOutline(2));
    expect(titles(await one.list())).toEqual(['Story 2']);
    const size = added.ok ? added.value!.bytes : 0;
    const three = createHistory(area, {
      now: clock(2e12),
      limits: () => ({ count: 500, bytes: size * 2.5 }),
    });
    for (let n = 3; n <= 6; n++) await three.add(nthOutline(n));
    expect(titles(await three.list())).toEqual(['Story 6', 'Story 5']);
  });

  it('reads the stored outlines only when the key and byte counts pass a limit, then trims 10% under it', async () => {
    const area = createMemoryArea();
    let wholeReads = 0;
    const get: StorageArea['get'] = (keys) => ((wholeReads += keys === null ? 1 : 0), area.get(keys));
    const first = await createHistory(createMemoryArea()).add(nthOutline(1));
    const size = first.ok ? first.value!.bytes : 0;
    const h = createHistory(
      { ...area, get },
      { now: clock(), limits: () => ({ count: 100, bytes: size * 10.5 }) },
    );
    for (let n = 1; n <= 10; n++) await h.add(nthOutline(n));
    expect(wholeReads).toBe(0);
    await h.add(nthOutline(11));
    expect(wholeReads).toBe(1);
    expect(titles(await h.list())).toHaveLength(9);
    wholeReads = 0;
    await h.add(nthOutline(12));
    expect(wholeReads).toBe(0);
    // An area that cannot count keys and bytes (Firefox, Chrome before 130) reads them all.
    const plain = createHistory({ get, set: area.set, remove: area.remove }, { now: clock(2e12) });
    await plain.add(nthOutline(13));
    expect(wholeReads).toBe(1);
  });

  it('keeps an outline even when the limits cannot be read', async () => {
    const h = createHistory(createMemoryArea(), { limits: () => Promise.reject(new Error('IO error')) });
    expect((await h.add(nthOutline(1))).ok).toBe(true);
    expect(titles(await h.list())).toEqual(['Story 1']);
  });

  it('entriesToDrop keeps the newest of each URL, then the newest within the limits', () => {
    const e = (id: string, url: string, savedAt: number, bytes = 10) =>
      ({ id, url, savedAt, bytes, title: id }) as HistoryEntry;
    const list = [e('a', 'u1', 1), e('b', 'u2', 2), e('c', 'u1', 3), e('d', 'u3', 4)];
    expect(entriesToDrop(list, { count: 2, bytes: 1e9 }).map((x) => x.id)).toEqual(['a', 'b']);
    expect(entriesToDrop(list, { count: 10, bytes: 25 }).map((x) => x.id)).toEqual(['a', 'b']);
    expect(entriesToDrop(list, { count: 10, bytes: 5 }).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('skips a corrupt entry with a count and keeps the rest', async () => {
    const area = createMemoryArea();
    const h = await open(area);
    await h.add(nthOutline(1));
    await h.add(nthOutline(2));
    const [first] = [...area.raw.keys()].filter((k) => k.startsWith('lede:history:'));
    await area.set({ [first]: { v: 2, id: 'x', title: 42 } });
    await area.set({ 'lede:history:bad': 'not an entry' });
    const list = await h.list();
    expect(list.skipped).toBe(2);
    expect(list.entries).toHaveLength(1);
    expect(await h.get('bad')).toBeNull();
    await h.clear();
    expect([...area.raw.keys()].some((k) => k.startsWith('lede:history:'))).toBe(false);
  });

  it('a quota error is reported and destroys nothing already stored', async () => {
    const area = createMemoryArea({ quotaBytes: 8_000 });
    const h = await open(area);
    await h.add(nthOutline(1));
    await h.add(nthOutline(2));
    const before = new Map(area.raw);
    const big = makeOutline('Long read', 'https://news.example/long', Array(40).fill(JA_TEXT.join('')), 'ja');
    const r = await h.add(big);
    expect(r.ok ? null : r.error.code).toBe('quota');
    expect(area.raw).toEqual(before);
    expect(titles(await h.list())).toEqual(['Story 2', 'Story 1']);
  });

  it('two windows adding at once lose neither outline', async () => {
    const area = createMemoryArea();
    const [w1, w2] = [await open(area), await open(area)];
    await Promise.all([
      w1.add(nthOutline(1)),
      w2.add(nthOutline(2)),
      w1.add(nthOutline(3)),
      w2.add(nthOutline(4)),
    ]);
    expect(titles(await w1.list()).sort()).toEqual(['Story 1', 'Story 2', 'Story 3', 'Story 4']);
  });

  it('two windows adding at once under a count limit keep exactly the newest', async () => {
    const area = createMemoryArea();
    const now = clock();
    const w = () => createHistory(area, { now, limits: () => ({ count: 3, bytes: 1e9 }) });
    const [w1, w2] = [w(), w()];
    await Promise.all([1, 2, 3, 4, 5, 6].map((n) => (n % 2 ? w1 : w2).add(nthOutline(n))));
    expect((await w2.list()).entries).toHaveLength(3);
    const kept = (await w2.list()).entries.map((e) => e.savedAt);
    const all = [1, 2, 3, 4, 5, 6].map((n) => 1_750_000_000_000 + n * 1000);
    expect(kept).toEqual(all.slice(3).reverse());
  });

  it('a delete in one window and an add in another both take effect', async () => {
    const area = createMemoryArea();
    const [w1, w2] = [await open(area), await open(area)];
    const r = await w1.add(nthOutline(1));
    await Promise.all([w1.remove(r.ok ? r.value!.id : ''), w2.add(nthOutline(2))]);
    expect(titles(await w1.list())).toEqual(['Story 2']);
  });

  it('a worker killed while saving leaves the history readable; the next save works', async () => {
    const area = createMemoryArea();
    const h = await open(area);
    await h.add(nthOutline(1));
    const dying: StorageArea = { ...area, set: () => Promise.reject(new Error('worker killed')) };
    expect((await createHistory(dying).add(nthOutline(2))).ok).toBe(false);
    expect(titles(await h.list())).toEqual(['Story 1']);
    expect((await h.add(nthOutline(3))).ok).toBe(true);
    expect(titles(await h.list())).toEqual(['Story 3', 'Story 1']);
  });

  it('tells subscribers when another window changes the history', async () => {
    const area = createMemoryArea();
    const [w1, w2] = [await open(area), await open(area)];
    let calls = 0;
    const stop = w1.subscribe(() => calls++);
    await w2.add(nthOutline(1));
    await area.set({ 'lede:setting:theme': 'dark' });
    expect(calls).toBe(1);
    stop();
    await w2.clear();
    expect(calls).toBe(1);
  });
});

describe('history search', () => {
  it('matches every word in title, site, URL or points, folding width and case', async () => {
    const h = await open();
    await h.add(nthOutline(1));
    await h.add(makeOutline('ＮＨＫ 日銀が利上げ', 'https://nhk.example/boj', JA_TEXT, 'ja'));
    const { entries } = await h.list();
    const found = (q: string) => searchHistory(entries, q).map((e) => e.url);
    expect(found('')).toHaveLength(2);
    expect(found('nhk')).toEqual(['https://nhk.example/boj']);
    expect(found('日銀　利上げ')).toEqual(['https://nhk.example/boj']);
    expect(found('central bank')).toEqual(['https://news.example/1']);
    expect(found('story rates-nowhere')).toEqual([]);
  });

  it('reads hiragana as katakana (an IME before conversion) and drops Latin accents', async () => {
    const h = await open();
    await h.add(makeOutline('トランプ氏、ガザ停戦を語る', 'https://ja.example/1', JA_TEXT, 'ja'));
    await h.add(makeOutline('Floods in São Paulo', 'https://en.example/sp', JA_TEXT, 'ja'));
    const { entries } = await h.list();
    const found = (q: string) => searchHistory(entries, q).map((e) => e.url);
    expect(found('とらんぷ')).toEqual(['https://ja.example/1']);
    expect(found('がざ')).toEqual(['https://ja.example/1']);
    expect(found('かざ')).toEqual([]); // a voiced mark still tells ガ from カ
    expect(found('sao paulo')).toEqual(['https://en.example/sp']);
    expect(found('SÃO')).toEqual(['https://en.example/sp']);
  });
});

describe('history export', () => {
  it('Markdown holds every outline as toMarkdown writes it, with its save date', async () => {
    const h = await open();
    await h.add(nthOutline(1));
    await h.add(nthOutline(2));
    const { entries } = await h.list();
    const md = historyToMarkdown(entries, Date.UTC(2026, 10, 26));
    for (const e of entries) {
      expect(md).toContain(toMarkdown(e.outline));
      expect(md).toContain(`Saved ${new Date(e.savedAt).toISOString()}`);
    }
    expect(md.indexOf('# Story 2')).toBeLessThan(md.indexOf('# Story 1'));
  });

  it('JSON holds the whole outlines, readable back', async () => {
    const h = await open();
    await h.add(nthOutline(1));
    const { entries } = await h.list();
    const parsed = JSON.parse(historyToJson(entries, Date.UTC(2026, 10, 26)));
    expect(parsed).toMatchObject({
      format: 'lede-history',
      version: 2,
      exportedAt: '2026-11-26T00:00:00.000Z',
    });
    expect(parsed.entries[0].outline).toEqual(nthOutline(1));
  });

  it('names the file by the local date', () => {
    const t = new Date(2026, 0, 5, 12).getTime();
    expect(exportFileName('markdown', t)).toBe('lede-history-2026-01-05.md');
    expect(exportFileName('json', t)).toBe('lede-history-2026-01-05.json');
  });
});
