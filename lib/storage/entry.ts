/**
 * One saved outline (issue 5, history): what is stored under `lede:history:<id>` and how a
 * stored value is checked before use. Stored data may come from an older or newer Lede, or be
 * damaged; anything that does not pass is skipped, never trusted (issue 8).
 */
import * as v from 'valibot';
import { pointLinker } from '../format/scope';
import { ROLES, type ChosenPoint, type Outline, type Point } from '../types';

/** `link`: absent in entries saved before outlines carried their links (Point.link). */
const PointSchema = v.looseObject({
  text: v.string(),
  sentence: v.string(),
  paragraphIds: v.array(v.string()),
  link: v.optional(v.string()),
});

const ParagraphSchema = v.looseObject({
  id: v.string(),
  text: v.string(),
  heading: v.nullable(v.string()),
  tag: v.string(),
  domIndex: v.number(),
  role: v.picklist([...ROLES, 'other']),
});

/** Every Outline field the views read; loose, so fields a newer Lede adds pass through. */
const OutlineSchema = v.looseObject({
  title: v.string(),
  url: v.string(),
  lang: v.string(),
  siteName: v.nullable(v.string()),
  byline: v.nullable(v.string()),
  publishedTime: v.nullable(v.string()),
  readingMinutes: v.number(),
  gist: v.nullable(PointSchema),
  paragraphs: v.array(ParagraphSchema),
  sections: v.array(v.looseObject({ role: v.picklist(ROLES), points: v.array(PointSchema) })),
});

type Parsed = v.InferOutput<typeof OutlineSchema>;

const isLinked = (p: ChosenPoint & { link?: string }): p is Point => p.link !== undefined;

/** The outline with every point linked: an older entry's points get their links made now. */
function linked(o: Parsed) {
  const link = pointLinker(o);
  const point = (p: ChosenPoint & { link?: string }): Point => (isLinked(p) ? p : link(p));
  return {
    ...o,
    gist: o.gist && point(o.gist),
    sections: o.sections.map((s) => ({ ...s, points: s.points.map(point) })),
  };
}

/** The largest time a Date can hold, in ms from the epoch (ECMA-262 TimeClip). */
const MAX_DATE_MS = 8.64e15;

export const StoredEntrySchema = v.object({
  v: v.literal(2),
  id: v.string(),
  /**
   * Milliseconds since the epoch. Bounded to the Date range (±8.64e15 ms): beyond it `toISOString`
   * and Intl's date formatting throw, and the history view and export would fail on one entry.
   */
  savedAt: v.pipe(v.number(), v.finite(), v.minValue(-MAX_DATE_MS), v.maxValue(MAX_DATE_MS)),
  title: v.string(),
  site: v.string(),
  url: v.string(),
  lang: v.string(),
  outline: v.pipe(OutlineSchema, v.transform(linked)),
});

export type StoredEntry = Omit<v.InferOutput<typeof StoredEntrySchema>, 'outline'> & { outline: Outline };

export type HistoryEntry = StoredEntry & {
  /** What the entry takes in storage (UTF-8 bytes of key and JSON value), for the byte cap. */
  bytes: number;
};

export function parseEntry(value: unknown): StoredEntry | null {
  // Making an older entry's links (`linked`) reads fields the schema does not check (a
  // paragraph's ruby); valibot does not catch a throw there, and one damaged entry would fail
  // the whole list (and `clear`, which lists first). It is skipped like any other.
  try {
    const r = v.safeParse(StoredEntrySchema, value);
    return r.success ? r.output : null;
  } catch {
    return null;
  }
}

/** The site shown in the list: the page's own name, else its host without `www.`. */
export function siteOf(outline: Pick<Outline, 'siteName' | 'url'>): string {
  if (outline.siteName?.trim()) return outline.siteName.trim();
  try {
    return new URL(outline.url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

const encoder = new TextEncoder();
export function entryBytes(key: string, stored: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(stored)).length;
}

/** Ids sort by save time (fixed-width base 36) and stay unique across windows (random tail). */
export function newEntryId(savedAt: number): string {
  const rand = Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) => b.toString(16).padStart(2, '0'));
  return `${Math.max(0, Math.floor(savedAt)).toString(36).padStart(9, '0')}-${rand.join('')}`;
}

export function makeEntry(outline: Outline, savedAt: number, id = newEntryId(savedAt)): StoredEntry {
  return {
    v: 2,
    id,
    savedAt,
    title: outline.title,
    site: siteOf(outline),
    url: outline.url,
    lang: outline.lang,
    outline,
  };
}
