/**
 * What a heading says about its section. Headings are strong evidence but not gospel
 * (issue 3): a heading that repeats the title, and related-link or share blocks, are not
 * sections; a content heading without a cue word gives no role at all.
 */
import type { Role } from '../types';
import { bag, cosine } from '../text/tokens';
import { HEADING_CUES, NON_SECTION_HEADING } from './cues';

export type HeadingKind = { kind: 'none' } | { kind: 'boilerplate' } | { kind: 'section'; role: Role | null };

const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/** A heading that repeats the title (ja-news 16, 27, 33; the seed page's h1). */
export function repeatsTitle(heading: string, title: string): boolean {
  const h = squash(heading);
  const t = squash(title);
  if (!h || !t) return false;
  return t.includes(h) || h.includes(t) || cosine(bag(heading), bag(title)) > 0.8;
}

/**
 * A heading that is a proper part of the title ("Masscan と ZMap" under "Masscan と ZMap による
 * スキャンの違い", ja-news 05) opens the section on the article's own subject: the README's
 * section procedure gives headings that repeat the title the role of their content, result.
 * A heading as long as the title is the title itself, repeated above the body: not a section.
 */
export function namesTitleSubject(heading: string, title: string): boolean {
  const h = squash(heading);
  const t = squash(title);
  return h.length >= 2 && t.includes(h) && h.length <= t.length * SUBJECT_SHARE;
}
/** At most this share of the title's characters: beyond it, the heading is the headline repeated (ja-news 16, 27, 33). */
export const SUBJECT_SHARE = 0.8;

export function classifyHeading(heading: string | null, title: string): HeadingKind {
  if (!heading) return { kind: 'none' };
  const subject = namesTitleSubject(heading, title);
  if (!subject && repeatsTitle(heading, title)) return { kind: 'none' };
  if (NON_SECTION_HEADING.test(heading)) return { kind: 'boilerplate' };
  for (const [role, re] of HEADING_CUES) if (re.test(heading)) return { kind: 'section', role };
  return { kind: 'section', role: subject ? 'result' : null };
}

/** The kind of every paragraph's heading, each distinct heading classified once. */
export function paragraphHeadings(paragraphs: { heading: string | null }[], title: string): HeadingKind[] {
  const seen = new Map<string | null, HeadingKind>();
  return paragraphs.map((p) => {
    let kind = seen.get(p.heading);
    if (!kind) seen.set(p.heading, (kind = classifyHeading(p.heading, title)));
    return kind;
  });
}
