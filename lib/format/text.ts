/**
 * Plain-text outlines and copies (issue 4), for terminals, plain-text mail and chat: the title,
 * the source URL, the gist, the four sections in capitals with bullets. With `links` (always in
 * copies) each point is followed by the link to its exact sentence, on its own line so that
 * mail and chat programs make it clickable. Section, gist and point copies end with a source
 * line (title and URL).
 *
 * Exports: `toText(outline, { links? })` (the CLI's `--format text`, links off by default),
 * `textFor(outline, scope)` (copies: links on), `renderText(view, { links })`.
 */
import { label, readingTime, roleName } from '../i18n';
import type { Outline } from '../types';
import { copyView, OUTLINE_SCOPE, type CopyScope, type CopyView, type ViewPoint } from './scope';
import { safeHref } from './url';

export interface TextOptions {
  /** Print each point's source link under it. */
  links?: boolean;
}

export function renderText(v: CopyView, { links = true }: TextOptions = {}): string {
  const point = (p: ViewPoint, indent: string, bullet: string) => {
    const href = safeHref(p.link);
    return links && href
      ? [`${indent}${bullet}${p.text}`, `${indent}${' '.repeat(bullet.length)}${href}`]
      : [`${indent}${bullet}${p.text}`];
  };
  const lines: string[] = [];
  if (v.scope === 'outline') {
    const meta = [...v.meta, ...(v.readingMinutes ? [readingTime(v.readingMinutes, v.lang)] : [])];
    // An untitled article's outline opened on an empty line: its address names it.
    lines.push(...(v.title ? [v.title] : []), v.url);
    if (meta.length) lines.push(meta.join(' · '));
    lines.push('');
  }
  if (v.gist) lines.push(...point(v.gist, '', ''), '');
  for (const s of v.sections) {
    if (v.scope === 'point') {
      lines.push(...point(s.points[0], '', ''), '');
      continue;
    }
    lines.push(roleName(s.role, v.lang).toUpperCase());
    lines.push(...(s.points.length ? s.points.flatMap((p) => point(p, '  ', '• ')) : [`  (${s.empty})`]), '');
  }
  // An article without a title is named by its address, once (not "Source: " and the address).
  const source = label('source', v.lang);
  if (v.scope !== 'outline')
    lines.push(...(v.title ? [`${source}: ${v.title}`, v.url] : [`${source}: ${v.url}`]));
  return lines.join('\n').trimEnd() + '\n';
}

export function textFor(o: Outline, scope: CopyScope): string {
  return renderText(copyView(o, scope), { links: true });
}

export function toText(o: Outline, opts: TextOptions = {}): string {
  return renderText(copyView(o, OUTLINE_SCOPE), { links: opts.links ?? false });
}
