/**
 * ja-news labels (../shared/data/ja-news/README.md) matched to Lede's extracted paragraphs.
 * A label names its paragraph by `key`, the first 20 characters of the whitespace-collapsed
 * block text; extraction may differ in whitespace, so keys are compared with all whitespace
 * removed, and repeated keys (photo credits, "Most Popular") are taken in reading order.
 */
import { searchableText } from '../format/searchable';
import type { Article, UnitRole } from '../types';

export interface LabelledParagraph {
  i: number;
  key: string;
  tag: string;
  role: UnitRole;
  also?: UnitRole;
}

export interface LabelledSection {
  heading: string;
  heading_tag: string | null;
  role: UnitRole;
  acceptable_roles: UnitRole[];
  paragraphs: LabelledParagraph[];
}

export interface LabelledPage {
  title: string;
  genre?: string;
  truncated?: boolean;
  sections: LabelledSection[];
}

export type LabelsFile = Record<string, LabelledPage>;

/** Pages that carry labels (entries starting with `_` are notes). */
export function labelledPages(file: LabelsFile): [string, LabelledPage][] {
  return Object.entries(file).filter(([name, v]) => !name.startsWith('_') && Array.isArray(v?.sections));
}

// Zero-width spaces too: Lede's text turns them into spaces (lib/extract/text.ts collapse),
// Readability's textContent, which the keys come from, keeps them.
const squash = (s: string) => s.replace(/[\s\u200b]+/g, '');

/** For every labelled paragraph (in label order), the index of its article paragraph, or -1 when extraction dropped it. */
export function matchParagraphs(article: Article, page: LabelledPage): number[] {
  const texts = article.paragraphs.map((p) => squash(p.text));
  // The keys come from Readability's textContent, which reads a ruby as base + reading
  // (子こども); Lede's text leaves readings out (子ども). Without this every key of a page with
  // ruby (ja-news 20, NHK NEWS WEB EASY) was unmatched and its paragraphs counted as `other`.
  const withRuby = article.paragraphs.map((p) => (p.ruby?.length ? squash(searchableText(p)) : null));
  const starts = (t: string, key: string) => t.startsWith(key) || (t.length >= 4 && key.startsWith(t));
  const used = new Set<number>();
  let cursor = 0;
  const find = (key: string, from: number, to: number) => {
    for (let j = from; j < to; j++) {
      if (used.has(j)) continue;
      const r = withRuby[j];
      if (starts(texts[j], key) || (r !== null && starts(r, key))) return j;
    }
    return -1;
  };
  return page.sections
    .flatMap((s) => s.paragraphs)
    .map((lp) => {
      const key = squash(lp.key);
      if (!key) return -1;
      let j = find(key, cursor, texts.length);
      if (j < 0) j = find(key, 0, cursor);
      if (j >= 0) {
        used.add(j);
        cursor = j + 1;
      }
      return j;
    });
}

/** A page has headings when its labels split it into more than the lead pseudo-section. */
export function hasHeadings(page: LabelledPage): boolean {
  return page.sections.length > 1;
}

/** The section's role from paragraph roles: the role covering most characters of its non-other paragraphs. */
export function sectionRole(roles: UnitRole[], chars: number[]): UnitRole {
  const by = new Map<UnitRole, number>();
  roles.forEach((r, i) => r !== 'other' && by.set(r, (by.get(r) ?? 0) + chars[i]));
  return [...by].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'other';
}
