/**
 * Markdown copies (issue 4; the default copy format): the title as a heading, the source URL,
 * the gist as a quote, the four sections as headings with bullets, each point linked to its
 * exact sentence. Section, gist and point copies end with a source line (title and URL).
 *
 * Page text is escaped so it can neither become a link, an image or HTML, nor start a heading,
 * quote or list, while normal prose stays readable in the raw Markdown: `_` inside a word
 * (snake_case) and lone `]`, `!`, `#` mid-line are left alone because CommonMark gives them no
 * meaning there.
 *
 * Exports: `escapeMarkdown(s)`, `toMarkdown(outline)`, `markdownFor(outline, scope)`,
 * `renderMarkdown(view)`.
 */
import { label, readingTime, roleName } from '../i18n';
import type { Outline } from '../types';
import { copyView, OUTLINE_SCOPE, type CopyScope, type CopyView, type ViewPoint } from './scope';
import { safeHref } from './url';

/** Escape page text for use inside a Markdown line. */
export function escapeMarkdown(s: string): string {
  return (
    s
      .replace(/\s+/g, ' ')
      // Always syntax: escapes, code, emphasis, link/image openers, HTML and autolinks.
      .replace(/[\\`*[<]/g, '\\$&')
      // `_` only opens or closes emphasis at a word's edge.
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
      // `~text~` is strikethrough in GFM; "~5%" would otherwise start one.
      .replace(/~/g, '\\~')
      // Entities: "&lt;script&gt;" must stay those characters, not become a tag.
      .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
      // Block syntax at the start of the line: heading, quote, list item, rule, table, setext.
      .replace(/^(\s*)([#>+\-=|])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
  );
}

function link(text: string, url: string): string {
  const href = safeHref(url);
  // No text (an article without a title) would be "[](url)", nothing to click: the address is.
  if (!text.trim()) return href ? `<${href}>` : escapeMarkdown(url);
  // Inside link text a bare `]` would end the text early ("[A] plan" titles).
  return href ? `[${escapeMarkdown(text).replace(/]/g, '\\]')}](${href})` : escapeMarkdown(text);
}

function pointLine(p: ViewPoint, lang: string): string {
  return `${escapeMarkdown(p.text)} (${link(label('sourceLink', lang), p.link)})`;
}

function sourceLine(v: CopyView): string {
  return `${label('source', v.lang)}: ${link(v.title, v.url)}`;
}

/**
 * A heading's text: a trailing `#` run would be read as the heading's closing sequence. A run
 * that escapeMarkdown already escaped at the start (a title of only "#"s) takes no second
 * backslash: "###" was written "# \\###", which reads "\###".
 */
const headingText = (s: string) => escapeMarkdown(s).replace(/(?<![\\#])(#+)$/, '\\$1');

export function renderMarkdown(v: CopyView): string {
  const lines: string[] = [];
  if (v.scope === 'outline') {
    const href = safeHref(v.url);
    // An untitled article (no <title>, no <h1>) had an empty "# " heading: its address names it.
    if (v.title) lines.push(`# ${headingText(v.title)}`, '');
    if (href) lines.push(`<${href}>`, '');
    const meta = [
      ...v.meta.map(escapeMarkdown),
      ...(v.readingMinutes ? [readingTime(v.readingMinutes, v.lang)] : []),
    ];
    if (meta.length) lines.push(meta.join(' · '), '');
    if (v.gist) lines.push(`> ${pointLine(v.gist, v.lang)}`, '');
  } else if (v.gist) lines.push(pointLine(v.gist, v.lang), '');
  for (const s of v.sections) {
    if (v.scope === 'point') {
      lines.push(pointLine(s.points[0], v.lang), '');
      continue;
    }
    lines.push(`## ${roleName(s.role, v.lang)}`, '');
    lines.push(
      ...(s.points.length ? s.points.map((p) => `- ${pointLine(p, v.lang)}`) : [`_${s.empty}_`]),
      '',
    );
  }
  if (v.scope !== 'outline') lines.push(sourceLine(v));
  return lines.join('\n').trimEnd() + '\n';
}

export function markdownFor(o: Outline, scope: CopyScope): string {
  return renderMarkdown(copyView(o, scope));
}

export function toMarkdown(o: Outline): string {
  return markdownFor(o, OUTLINE_SCOPE);
}
