import { describe, expect, it } from 'vitest';
import {
  changedSettings,
  createMemoryArea,
  createSettings,
  DEFAULT_SETTINGS,
  openStorage,
  settingKey,
} from '../../lib/storage';

describe('settings', () => {
  it('reads the defaults from an empty store: standard length, Markdown, markers off', async () => {
    const { settings } = await openStorage(createMemoryArea());
    expect(await settings.load()).toEqual({ settings: DEFAULT_SETTINGS, unreadable: [] });
    expect(DEFAULT_SETTINGS).toMatchObject({ length: 'standard', roleMarkers: false, historyLimit: 500 });
  });

  it('saves only what changed and reads it back', async () => {
    const area = createMemoryArea();
    const s = createSettings(area);
    expect(await s.save({ theme: 'dark', uiLang: 'ja' })).toEqual({ ok: true, value: undefined });
    expect((await s.load()).settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', uiLang: 'ja' });
    expect([...area.raw.keys()].sort()).toEqual([settingKey('theme'), settingKey('uiLang')]);
  });

  it('refuses an invalid value instead of storing it', async () => {
    const s = createSettings(createMemoryArea());
    // @ts-expect-error: not a length
    await expect(s.save({ length: 'huge' })).rejects.toThrow(/length/);
    await expect(s.save({ historyLimit: 1e6 })).rejects.toThrow(/historyLimit/);
  });

  it('an unreadable stored value falls back to its default with a notice; the others stay', async () => {
    const area = createMemoryArea();
    await area.set({ [settingKey('theme')]: 'purple', [settingKey('length')]: 'brief' });
    expect(await createSettings(area).load()).toEqual({
      settings: { ...DEFAULT_SETTINGS, length: 'brief' },
      unreadable: ['theme'],
    });
  });

  it('two windows changing different settings at once keep both changes', async () => {
    const area = createMemoryArea();
    const [w1, w2] = [createSettings(area), createSettings(area)];
    await Promise.all([
      w1.save({ theme: 'dark' }),
      w2.save({ length: 'brief' }),
      w1.save({ roleMarkers: true }),
    ]);
    expect((await w2.load()).settings).toMatchObject({ theme: 'dark', length: 'brief', roleMarkers: true });
  });

  it('a quota error is reported and keeps the stored value', async () => {
    const area = createMemoryArea({ quotaBytes: 60 });
    const s = createSettings(area);
    await s.save({ theme: 'dark' });
    const r = await s.save({ copyFormat: 'rich', length: 'detailed' });
    expect(r.ok ? null : r.error.code).toBe('quota');
    expect((await s.load()).settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('reset goes back to the defaults', async () => {
    const s = createSettings(createMemoryArea());
    await s.save({ theme: 'light', historyLimit: 50 });
    await s.reset();
    expect((await s.load()).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('follows changes made in another window', async () => {
    const area = createMemoryArea();
    const seen: unknown[] = [];
    const stop = createSettings(area).subscribe((p) => seen.push(p));
    await createSettings(area).save({ theme: 'dark' });
    await area.set({ unrelated: 1 });
    await createSettings(area).reset();
    stop();
    await createSettings(area).save({ theme: 'light' });
    expect(seen).toEqual([{ theme: 'dark' }, { theme: 'auto' }]);
  });

  it('changedSettings ignores invalid new values and unrelated keys', () => {
    expect(
      changedSettings({ [settingKey('length')]: { newValue: 'huge' }, other: { newValue: 1 } }),
    ).toBeNull();
    expect(changedSettings({ [settingKey('roleMarkers')]: { oldValue: false, newValue: true } })).toEqual({
      roleMarkers: true,
    });
  });
});
