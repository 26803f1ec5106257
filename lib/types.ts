/**
 * The plain data that flows through Lede. Every stage of `lib/` takes and returns these
 * shapes, so the same code runs in the content script, the service worker, Node (CLI,
 * benchmarks, tests) and from fixtures in the UI.
 */

export const ROLES = ['background', 'result', 'strategy', 'outlook'] as const;
export type Role = (typeof ROLES)[number];
/** A unit's role: one of the four outline roles, or `other` (bylines, captions, boilerplate). */
export type UnitRole = Role | 'other';

export type Lang = 'ja' | 'en' | (string & {});

/** A ruby reading (<rt>) and the offset in its paragraph's text that it follows. */
export type RubyReading = [at: number, reading: string];

export interface Paragraph {
  /** Stable within one extraction: `p0`, `p1`, … in reading order. */
  id: string;
  /** Whitespace-collapsed text (ruby readings removed). */
  text: string;
  /**
   * The paragraph's ruby readings, each with the offset in `text` it follows (its base ends
   * there); absent when it has none. Shown text leaves them out; text-fragment links put them
   * back, as the browser's find-in-page reads a ruby (lib/format/searchable.ts).
   */
  ruby?: RubyReading[];
  /** Text of the section heading this paragraph stands under, or null before the first heading. */
  heading: string | null;
  /** Block tag it came from (p, li, blockquote, dd, …). */
  tag: string;
  /**
   * Where to find the paragraph again in the live page: the element's index in
   * `document.querySelectorAll('*')` at extraction time (-1 when Readability made the
   * element), checked against the text before use (see lib/locate.ts).
   */
  domIndex: number;
}

export interface Article {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: Lang;
  publishedTime: string | null;
  paragraphs: Paragraph[];
  /** Section headings in reading order (not paragraphs themselves). */
  headings: { text: string; beforeParagraph: number; level: number }[];
  /** Whether the page looks like an article (see lib/extract/readerable.ts). */
  readerable: boolean;
}

/** A point as lib/points chooses it: what is shown and where it comes from. */
export interface ChosenPoint {
  /** The text shown: a whole source sentence, or a cleanly trimmed one (issue 4). */
  text: string;
  /** The exact sentence in the source, for text fragments. */
  sentence: string;
  paragraphIds: string[];
}

/** A point of an Outline: chosen, with the link to its sentence made once (lib/outline.ts). */
export interface Point extends ChosenPoint {
  /**
   * The page URL with a text fragment to the exact sentence, unique in the article where it can
   * be, ruby readings in place (lib/format/scope.ts pointLinker). Made once, where the outline
   * is made: the popup and side panel made their own without the readings and the uniqueness
   * (links that missed on ja-news 20-nhk-easy), and spent 1–8 ms of the popup's first paint on
   * them (issue 7). Outlines saved before get theirs when read (lib/storage/entry.ts).
   */
  link: string;
}

export interface Section<P = Point> {
  role: Role;
  points: P[];
}

export interface Outline {
  title: string;
  url: string;
  lang: Lang;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  readingMinutes: number;
  /** The article's main event in one sentence (issue 4), or null. */
  gist: Point | null;
  paragraphs: (Paragraph & { role: UnitRole })[];
  /** Always the four roles, in ROLES order. */
  sections: Section[];
}

export type Length = 'brief' | 'standard' | 'detailed';

/** Errors the pipeline reports to the reader instead of an outline. */
export type LedeErrorCode =
  | 'not-article'
  | 'empty'
  | 'too-large'
  | 'restricted'
  | 'pdf'
  | 'unsupported-language'
  | 'page-changed'
  | 'no-tab'
  /** The page or the service worker did not answer in time (a busy or frozen tab). */
  | 'timeout'
  | 'internal';

export interface LedeError {
  code: LedeErrorCode;
  message: string;
  /** True when the page has readable text and "Outline anyway" makes sense. */
  canForce: boolean;
  /** `unsupported-language`: the article's language, which the interface names in its own words. */
  lang?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: LedeError };
