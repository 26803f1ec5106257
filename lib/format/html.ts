/**
 * HTML for rich copies (issue 4): headings, a bulleted list per section and links, which
 * Google Docs, Word, Notion, Slack and Gmail keep when pasted. Built from the outline's text
 * only, never from page HTML: every string is escaped and every link checked (url.ts), so
 * nothing from the page reaches the clipboard as markup.
 *
 * Exports: `escapeHtml(s)`, `renderHtml(view)`, `htmlFor(outline, scope)`, `toHtml(outline)`.
 */
import { label, readingTime, roleName } from '../i18n';
import type { Outline } from '../types';
import { copyView, OUTLINE_SCOPE, type CopyScope, type CopyView, type ViewPoint } from './scope';
import { safeHref } from './url';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

function a(text: string, url: string): string {
  const href = safeHref(url);
  // No text (an article without a title) would be an empty link, nothing to click: the address is.
  const shown = text.trim() ? text : url;
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(shown)}</a>` : escapeHtml(shown);
}

function pointHtml(p: ViewPoint, lang: string): string {
  return `${escapeHtml(p.text)} (${a(label('sourceLink', lang), p.link)})`;
}

export function renderHtml(v: CopyView): string {
  const out: string[] = [];
  const lang = escapeHtml(v.lang);
  if (v.scope === 'outline') {
    // An untitled article had an empty <h1> (a blank heading in Gmail or Docs): its address names it.
    if (v.title) out.push(`<h1>${escapeHtml(v.title)}</h1>`);
    const meta = [...v.meta, ...(v.readingMinutes ? [readingTime(v.readingMinutes, v.lang)] : [])];
    out.push(`<p>${a(v.url, v.url)}${meta.length ? `<br>${escapeHtml(meta.join(' · '))}` : ''}</p>`);
    if (v.gist) out.push(`<blockquote><p>${pointHtml(v.gist, v.lang)}</p></blockquote>`);
  } else if (v.gist) out.push(`<p>${pointHtml(v.gist, v.lang)}</p>`);
  for (const s of v.sections) {
    if (v.scope === 'point') {
      out.push(`<p>${pointHtml(s.points[0], v.lang)}</p>`);
      continue;
    }
    out.push(`<h2>${escapeHtml(roleName(s.role, v.lang))}</h2>`);
    out.push(
      s.points.length
        ? `<ul>${s.points.map((p) => `<li>${pointHtml(p, v.lang)}</li>`).join('')}</ul>`
        : `<p><em>${escapeHtml(s.empty)}</em></p>`,
    );
  }
  if (v.scope !== 'outline') out.push(`<p>${escapeHtml(label('source', v.lang))}: ${a(v.title, v.url)}</p>`);
  return `<div lang="${lang}">${out.join('\n')}</div>\n`;
}

export function htmlFor(o: Outline, scope: CopyScope): string {
  return renderHtml(copyView(o, scope));
}

export function toHtml(o: Outline): string {
  return htmlFor(o, OUTLINE_SCOPE);
}
