/** The outline as Markdown: title, source URL, the four sections as headings with bullets. */
import { notCovered, roleName } from '../i18n';
import type { Outline, Point } from '../types';
import { textFragmentUrl } from './fragment';

/** Escape characters that Markdown would read as syntax in page text. */
export function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function bullet(o: Outline, p: Point): string {
  return `- ${escapeMarkdown(p.text)} ([source](${textFragmentUrl(o.url, p.sentence)}))`;
}

export function toMarkdown(o: Outline): string {
  const lines = [`# ${escapeMarkdown(o.title)}`, '', `<${o.url}>`, ''];
  if (o.gist) lines.push(`> ${escapeMarkdown(o.gist.text)}`, '');
  for (const s of o.sections) {
    lines.push(`## ${roleName(s.role, o.lang)}`, '');
    lines.push(...(s.points.length ? s.points.map((p) => bullet(o, p)) : [`_${notCovered(o.lang)}_`]), '');
  }
  return lines.join('\n').trimEnd() + '\n';
}
