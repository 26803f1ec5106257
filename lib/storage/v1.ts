/**
 * Storage layout v1, kept so stores written by it can still be read and migrated (issue 8:
 * "migrations tested from each earlier stored version"). v1 kept two blobs:
 *   settings → { length: 'short'|'medium'|'long', format: 'md'|'plain'|'html', language, markers }
 *   history  → { items: [{ title, url, time, outline }] }   (oldest first)
 * Two windows saving at once each rewrote a whole blob, so one of them lost its change; v2
 * (schema.ts) gives every setting and entry its own key instead.
 */
import * as v from 'valibot';
import type { Outline } from '../types';
import { makeEntry, parseEntry, type StoredEntry } from './entry';
import type { Settings } from './settings';

export const V1_KEYS = { settings: 'settings', history: 'history' } as const;

export const V1SettingsSchema = v.partial(
  v.object({
    length: v.picklist(['short', 'medium', 'long']),
    format: v.picklist(['md', 'plain', 'html']),
    language: v.picklist(['auto', 'en', 'ja']),
    markers: v.boolean(),
  }),
);
export type V1Settings = v.InferOutput<typeof V1SettingsSchema>;

export interface V1HistoryItem {
  title: string;
  url: string;
  time: number;
  outline: Outline;
}
export interface V1History {
  items: V1HistoryItem[];
}

const LENGTH = { short: 'brief', medium: 'standard', long: 'detailed' } as const;
const FORMAT = { md: 'markdown', plain: 'text', html: 'rich' } as const;

/** The v2 settings a v1 blob stood for; an unreadable blob keeps the defaults. */
export function settingsFromV1(value: unknown): Partial<Settings> {
  const r = v.safeParse(V1SettingsSchema, value);
  if (!r.success) return {};
  const s = r.output;
  const out: Partial<Settings> = {};
  if (s.length) out.length = LENGTH[s.length];
  if (s.format) out.copyFormat = FORMAT[s.format];
  if (s.language) out.uiLang = s.language;
  if (s.markers !== undefined) out.roleMarkers = s.markers;
  return out;
}

/** FNV-1a, so a migrated entry gets the same id however often a crashed migration is rerun. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** v2 entries for the readable v1 items, and how many could not be read (a damaged blob counts 1). */
export function entriesFromV1(value: unknown): { entries: StoredEntry[]; skipped: number } {
  if (value === undefined) return { entries: [], skipped: 0 };
  const items = (value as Partial<V1History> | null)?.items;
  if (!Array.isArray(items)) return { entries: [], skipped: 1 };
  const entries: StoredEntry[] = [];
  items.forEach((item: Partial<V1HistoryItem> | null, i) => {
    const { time, url, outline } = item ?? {};
    if (typeof time !== 'number' || typeof url !== 'string' || typeof outline !== 'object' || !outline)
      return;
    const id = `${Math.max(0, Math.floor(time)).toString(36).padStart(9, '0')}-${hash(`${i} ${url}`)}`;
    // Build, then check with the v2 schema: whatever v2 could not read is skipped here too.
    const entry = parseEntry({ ...makeEntry(outline, time, id), title: item?.title, url });
    if (entry) entries.push(entry);
  });
  return { entries, skipped: items.length - entries.length };
}
