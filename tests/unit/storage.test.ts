import { describe, expect, it } from 'vitest';
import {
  createMemoryArea,
  migrate,
  openStorage,
  SCHEMA_VERSION,
  storedVersion,
  toStorageError,
  type StorageArea,
} from '../../lib/storage';
import { V1_KEYS, type V1History } from '../../lib/storage/v1';
import { makeOutline, nthOutline, EN_TEXT, JA_TEXT } from './storage.fixtures';

/** A v1 store as the first layout wrote it: two blobs, oldest history item first. */
function v1Store(): Record<string, unknown> {
  const history: V1History = {
    items: [
      {
        title: 'Rates rise',
        url: 'https://news.example/rates',
        time: 1_700_000_000_000,
        outline: nthOutline(1),
      },
      {
        title: '日銀が利上げ',
        url: 'https://www.nikkei.example/boj',
        time: 1_700_000_100_000,
        outline: makeOutline('日銀が利上げ', 'https://www.nikkei.example/boj', JA_TEXT, 'ja'),
      },
    ],
  };
  return {
    [V1_KEYS.settings]: { length: 'long', format: 'plain', language: 'ja', markers: true },
    [V1_KEYS.history]: history,
  };
}

async function seeded(items: Record<string, unknown>) {
  const area = createMemoryArea();
  await area.set(items);
  return area;
}

/** The area as a worker sees it that is killed at its n-th write: that write and all after fail. */
function dyingAt(area: StorageArea, n: number): StorageArea {
  let writes = 0;
  const die = () => {
    if (++writes >= n) throw new Error('worker killed');
  };
  return {
    get: (k) => area.get(k),
    set: async (items) => (die(), area.set(items)),
    remove: async (keys) => (die(), area.remove(keys)),
  };
}

describe('memory area', () => {
  it('stores copies, not the caller’s objects', async () => {
    const area = createMemoryArea();
    const value = { a: [1] };
    await area.set({ k: value });
    value.a.push(2);
    expect(await area.get('k')).toEqual({ k: { a: [1] } });
    expect(await area.get(null)).toEqual({ k: { a: [1] } });
  });

  it('interleaves two writers, so a read-modify-write of one shared key loses an update', async () => {
    // Why v2 has no shared key: this is what two windows updating one blob do.
    const area = createMemoryArea();
    await area.set({ list: [] });
    const append = async (x: string) => {
      const { list } = (await area.get('list')) as { list: string[] };
      await area.set({ list: [...list, x] });
    };
    await Promise.all([append('a'), append('b')]);
    expect(((await area.get('list')) as { list: string[] }).list).toHaveLength(1);
  });

  it('rejects a set over quota with Chrome’s message and applies none of it', async () => {
    const area = createMemoryArea({ quotaBytes: 40 });
    await area.set({ a: 'x' });
    await expect(area.set({ a: 'y', b: 'z'.repeat(50) })).rejects.toThrow(/quota/i);
    expect(await area.get(null)).toEqual({ a: 'x' });
  });

  it('tells listeners what changed', async () => {
    const area = createMemoryArea();
    const seen: unknown[] = [];
    area.onChanged.addListener((c) => seen.push(c));
    await area.set({ a: 1 });
    await area.remove(['a', 'missing']);
    expect(seen).toEqual([{ a: { oldValue: undefined, newValue: 1 } }, { a: { oldValue: 1 } }]);
  });
});

describe('storage errors', () => {
  it('types quota errors from Chrome and Firefox apart from other failures', () => {
    expect(toStorageError(new Error('QUOTA_BYTES quota exceeded')).code).toBe('quota');
    expect(
      toStorageError(Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }))
        .code,
    ).toBe('quota');
    expect(toStorageError(new Error('IO error: .ldb file missing')).code).toBe('failed');
  });
});

describe('migration', () => {
  it('a fresh store starts at the current version with defaults', async () => {
    const area = createMemoryArea();
    expect(await storedVersion(area)).toBe(0);
    const { settings, history, migration } = await openStorage(area);
    expect(migration).toEqual({ ok: true, value: { from: 0, to: SCHEMA_VERSION, skipped: 0 } });
    expect(await storedVersion(area)).toBe(SCHEMA_VERSION);
    expect((await settings.load()).settings.length).toBe('standard');
    expect((await history.list()).entries).toEqual([]);
  });

  it('carries a v1 store’s settings and history over to v2 and removes the v1 blobs', async () => {
    const area = await seeded(v1Store());
    expect(await storedVersion(area)).toBe(1);
    const { settings, history, migration } = await openStorage(area);
    expect(migration).toEqual({ ok: true, value: { from: 1, to: 2, skipped: 0 } });
    expect((await settings.load()).settings).toMatchObject({
      length: 'detailed',
      copyFormat: 'text',
      uiLang: 'ja',
      roleMarkers: true,
    });
    const { entries } = await history.list();
    expect(entries.map((e) => [e.title, e.site, e.savedAt])).toEqual([
      ['日銀が利上げ', 'nikkei.example', 1_700_000_100_000],
      ['Rates rise', 'news.example', 1_700_000_000_000],
    ]);
    expect(entries[0].outline.lang).toBe('ja');
    const left = await area.get(null);
    expect(V1_KEYS.settings in left || V1_KEYS.history in left).toBe(false);
  });

  it('skips unreadable v1 items with a count and keeps the rest', async () => {
    const store = v1Store();
    const history = store[V1_KEYS.history] as { items: unknown[] };
    history.items.push(
      { title: 'broken', url: 'https://x.example', time: 5, outline: { sections: 'nope' } },
      null,
    );
    const { history: h, migration } = await openStorage(await seeded(store));
    expect(migration.ok && migration.value.skipped).toBe(2);
    expect((await h.list()).entries).toHaveLength(2);
  });

  it('a damaged v1 settings blob falls back to the defaults', async () => {
    const { settings } = await openStorage(await seeded({ [V1_KEYS.settings]: 'garbage' }));
    expect((await settings.load()).settings.length).toBe('standard');
  });

  it.each([1, 2, 3])(
    'a worker killed at migration write %i loses nothing; the next start finishes',
    async (n) => {
      const area = await seeded(v1Store());
      const first = await migrate(dyingAt(area, n));
      expect(first.ok).toBe(false);
      const { settings, history } = await openStorage(area);
      expect(await storedVersion(area)).toBe(SCHEMA_VERSION);
      expect((await settings.load()).settings.length).toBe('detailed');
      expect((await history.list()).entries.map((e) => e.title)).toEqual(['日銀が利上げ', 'Rates rise']);
    },
  );

  it('two windows migrating at once end with one copy of everything', async () => {
    const area = await seeded(v1Store());
    await Promise.all([openStorage(area), openStorage(area)]);
    const { history } = await openStorage(area);
    expect((await history.list()).entries).toHaveLength(2);
  });

  it('leaves a store written by a newer Lede alone', async () => {
    const area = await seeded({ 'lede:schema': SCHEMA_VERSION + 1, 'lede:setting:length': 'brief' });
    const { migration, settings } = await openStorage(area);
    expect(migration).toEqual({ ok: true, value: { from: 3, to: 3, skipped: 0 } });
    expect(await area.get('lede:schema')).toEqual({ 'lede:schema': 3 });
    expect((await settings.load()).settings.length).toBe('brief');
  });

  it('a migration that hits the quota reports it and keeps the v1 data', async () => {
    const items = v1Store();
    const size = new TextEncoder().encode(JSON.stringify(items)).length;
    const area = createMemoryArea({ quotaBytes: size + 200 });
    await area.set(items);
    const { migration } = await openStorage(area);
    expect(migration.ok ? null : migration.error.code).toBe('quota');
    expect(await area.get(null)).toEqual(items);
  });
});

it('English and Japanese outlines round-trip through storage unchanged', async () => {
  const { history } = await openStorage(createMemoryArea());
  const ja = makeOutline('日銀が利上げ', 'https://nikkei.example/boj', JA_TEXT, 'ja');
  const en = makeOutline('Rates rise', 'https://news.example/rates', EN_TEXT);
  const a = await history.add(ja);
  const b = await history.add(en);
  expect(a.ok && b.ok).toBe(true);
  expect((await history.get(a.ok ? a.value!.id : ''))?.outline).toEqual(ja);
  expect((await history.get(b.ok ? b.value!.id : ''))?.outline).toEqual(en);
});
