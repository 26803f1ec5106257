/**
 * Reader settings (issue 5, options page), one storage key per setting so that changing the
 * theme in one window and the length in another keeps both (issue 8, no lost update).
 */
import * as v from 'valibot';
import type { Length } from '../types';
import type { StorageArea, StorageChange } from './area';
import { attempt, type StorageResult } from './errors';
import { KEYS } from './schema';

export const LENGTHS = ['brief', 'standard', 'detailed'] as const satisfies readonly Length[];
export const COPY_FORMATS = ['markdown', 'text', 'rich'] as const;
export const UI_LANG_SETTINGS = ['auto', 'en', 'ja'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
/** The choices the options page offers; 0 keeps no history at all. */
export const HISTORY_LIMITS = [0, 50, 100, 250, 500] as const;
export const MAX_HISTORY_LIMIT = 500;

const SCHEMA = {
  length: v.picklist(LENGTHS),
  copyFormat: v.picklist(COPY_FORMATS),
  uiLang: v.picklist(UI_LANG_SETTINGS),
  roleMarkers: v.boolean(),
  historyLimit: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_HISTORY_LIMIT)),
  theme: v.picklist(THEMES),
  readyAhead: v.boolean(),
};

export type Settings = { [K in keyof typeof SCHEMA]: v.InferOutput<(typeof SCHEMA)[K]> };
export type SettingName = keyof Settings;
export const SETTING_NAMES = Object.keys(SCHEMA) as SettingName[];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  length: 'standard',
  copyFormat: 'markdown',
  uiLang: 'auto',
  roleMarkers: false, // issue 5: role markers are off by default
  historyLimit: MAX_HISTORY_LIMIT,
  theme: 'auto',
  // Issue 7 (first open): reading every page as it loads needs the optional `<all_urls>`
  // permission, asked for when the reader turns it on (lib/ahead.ts), so it starts off.
  readyAhead: false,
});

export const settingKey = (name: SettingName) => KEYS.settingPrefix + name;

export interface LoadedSettings {
  settings: Settings;
  /** Settings whose stored value could not be read; they fall back to the default. */
  unreadable: SettingName[];
}

/** Check one value against its setting's schema. */
export function isValidSetting<K extends SettingName>(name: K, value: unknown): value is Settings[K] {
  return v.is(SCHEMA[name], value);
}

function fromStored(stored: Record<string, unknown>): LoadedSettings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const unreadable: SettingName[] = [];
  for (const name of SETTING_NAMES) {
    const key = settingKey(name);
    if (!(key in stored)) continue;
    if (isValidSetting(name, stored[key])) (settings as Record<SettingName, unknown>)[name] = stored[key];
    else unreadable.push(name);
  }
  return { settings, unreadable };
}

export async function loadSettings(area: StorageArea): Promise<LoadedSettings> {
  return fromStored(await area.get(SETTING_NAMES.map(settingKey)));
}

/** Write only the settings in `patch`; an invalid value is a programming error and throws. */
export async function saveSettings(
  area: StorageArea,
  patch: Partial<Settings>,
): Promise<StorageResult<void>> {
  const items: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(patch) as [SettingName, unknown][]) {
    if (!isValidSetting(name, value))
      throw new TypeError(`Invalid value for setting ${name}: ${String(value)}`);
    items[settingKey(name)] = value;
  }
  return attempt(() => area.set(items));
}

export async function resetSettings(area: StorageArea): Promise<StorageResult<void>> {
  return attempt(() => area.remove(SETTING_NAMES.map(settingKey)));
}

/**
 * The settings an `onChanged` event touched (removed ones back at their default), or null when
 * it touched none; invalid new values are ignored. Lets a view follow other windows.
 */
export function changedSettings(changes: Record<string, StorageChange>): Partial<Settings> | null {
  const out: Partial<Settings> = {};
  let any = false;
  for (const name of SETTING_NAMES) {
    const change = changes[settingKey(name)];
    if (!change) continue;
    const value =
      'newValue' in change && change.newValue !== undefined ? change.newValue : DEFAULT_SETTINGS[name];
    if (!isValidSetting(name, value)) continue;
    (out as Record<SettingName, unknown>)[name] = value;
    any = true;
  }
  return any ? out : null;
}

/** The settings functions bound to one area, plus following changes made in other windows. */
export function createSettings(area: StorageArea) {
  return {
    load: () => loadSettings(area),
    save: (patch: Partial<Settings>) => saveSettings(area, patch),
    reset: () => resetSettings(area),
    subscribe(listener: (patch: Partial<Settings>) => void): () => void {
      const onChanged = area.onChanged;
      if (!onChanged) return () => {};
      const l = (changes: Record<string, StorageChange>) => {
        const patch = changedSettings(changes);
        if (patch) listener(patch);
      };
      onChanged.addListener(l);
      return () => onChanged.removeListener(l);
    },
  };
}
export type SettingsStore = ReturnType<typeof createSettings>;
