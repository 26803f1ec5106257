/**
 * What a copy holds (issue 4): the whole outline, one section, the gist or one point. Every
 * renderer (markdown.ts, text.ts, html.ts) draws the same view, so the three formats always
 * carry the same things: the title and source URL, and each point with the link to its exact
 * sentence in the page.
 *
 * Exports: `CopyScope`, `OUTLINE_SCOPE`, `CopyView`, `ViewPoint`, `copyView(outline, scope)`,
 * `pointLinker(page)` (lib/outline.ts gives every point its link with it).
 */
import type { ChosenPoint, Outline, Paragraph, Point, Role } from '../types';
import { headerFacts } from './facts';
import { textFragmentUrl } from './fragment';
import { emptyView, shownPoints } from './shown';
import { searchableSentence, searchableText } from './searchable';

export type CopyScope =
  | { kind: 'outline' }
  | { kind: 'section'; role: Role }
  | { kind: 'gist' }
  /** `index` counts the section's points from 0, in the order shown. */
  | { kind: 'point'; role: Role; index: number };

export const OUTLINE_SCOPE: CopyScope = { kind: 'outline' };

export interface ViewPoint {
  /** Shown text (a whole sentence or a trimmed one), whitespace collapsed to single spaces. */
  text: string;
  /** Link to the exact source sentence: the page URL with a `#:~:text=` directive. */
  link: string;
}

export interface CopyView {
  scope: CopyScope['kind'];
  lang: string;
  title: string;
  url: string;
  /** Site · byline · date · reading time, for the whole outline only. */
  meta: string[];
  readingMinutes: number | null;
  gist: ViewPoint | null;
  /** Sections to show, each with its points, and what it says when it has none (shown.ts emptyView). */
  sections: { role: Role; points: ViewPoint[]; empty: string }[];
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What a point's link is made from: the page's address, language and paragraphs. */
export interface LinkedPage {
  url: string;
  lang: string;
  paragraphs: readonly Pick<Paragraph, 'id' | 'text' | 'ruby'>[];
}

/**
 * Gives a point the link to its exact sentence, unique within the article's text where it can
 * be. The article's text as the browser searches it (ruby readings in place, searchable.ts) is
 * joined once per page, on the first point (not once per point: issue 7, long articles).
 */
export function pointLinker(page: LinkedPage): (p: ChosenPoint) => Point {
  let pageText: string | undefined;
  return (p) => {
    pageText ??= page.paragraphs.map(searchableText).join('\n');
    const own = page.paragraphs.filter((x) => p.paragraphIds.includes(x.id));
    const link = textFragmentUrl(page.url, searchableSentence(p.sentence, own), {
      pageText,
      lang: page.lang,
    });
    return { ...p, link };
  };
}

export function copyView(o: Outline, scope: CopyScope = OUTLINE_SCOPE): CopyView {
  const vp = (p: Point): ViewPoint => ({ text: oneLine(p.text), link: p.link });
  const base: CopyView = {
    scope: scope.kind,
    lang: o.lang,
    title: oneLine(o.title),
    url: o.url,
    meta: [],
    readingMinutes: null,
    gist: null,
    sections: [],
  };
  switch (scope.kind) {
    case 'outline':
      return {
        ...base,
        meta: headerFacts(o, o.lang).map(oneLine),
        readingMinutes: o.readingMinutes,
        gist: o.gist ? vp(o.gist) : null,
        sections: o.sections.map((s) => ({
          role: s.role,
          points: shownPoints(o, s).map(vp),
          empty: emptyView(o, s.role).note,
        })),
      };
    case 'section': {
      const s = o.sections.find((x) => x.role === scope.role);
      return {
        ...base,
        sections: [
          {
            role: scope.role,
            points: (s?.points ?? []).map(vp),
            empty: emptyView(o, scope.role, false).note,
          },
        ],
      };
    }
    case 'gist':
      return { ...base, gist: o.gist ? vp(o.gist) : null };
    case 'point': {
      const p = o.sections.find((x) => x.role === scope.role)?.points[scope.index];
      if (!p) throw new RangeError(`no point ${scope.index} in ${scope.role}`);
      return {
        ...base,
        sections: [{ role: scope.role, points: [vp(p)], empty: emptyView(o, scope.role).note }],
      };
    }
  }
}
