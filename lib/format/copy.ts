/**
 * What a Copy writes to the clipboard (issue 4), for each scope (whole outline, one section,
 * the gist, one point) and format. Markdown and plain text write `text/plain` only; rich text
 * writes `text/html` and, for programs that take no HTML, the plain text alongside.
 *
 * Exports: `CopyFormat`, `COPY_FORMATS`, `DEFAULT_COPY_FORMAT`, `ClipboardPayload`,
 * `copyPayload(outline, scope, format)`; re-exports `CopyScope`, `OUTLINE_SCOPE`.
 * In the extension: `navigator.clipboard.write([new ClipboardItem(Object.fromEntries(
 * Object.entries(payload).map(([t, s]) => [t, new Blob([s], { type: t })])))])`.
 */
import type { Outline } from '../types';
import { htmlFor } from './html';
import { markdownFor } from './markdown';
import type { CopyScope } from './scope';
import { textFor } from './text';

export type { CopyScope } from './scope';
export { OUTLINE_SCOPE } from './scope';

export const COPY_FORMATS = ['markdown', 'text', 'rich'] as const;
export type CopyFormat = (typeof COPY_FORMATS)[number];
export const DEFAULT_COPY_FORMAT: CopyFormat = 'markdown';

export interface ClipboardPayload {
  'text/plain': string;
  'text/html'?: string;
}

export function copyPayload(
  o: Outline,
  scope: CopyScope,
  format: CopyFormat = DEFAULT_COPY_FORMAT,
): ClipboardPayload {
  switch (format) {
    case 'markdown':
      return { 'text/plain': markdownFor(o, scope) };
    case 'text':
      return { 'text/plain': textFor(o, scope) };
    case 'rich':
      return { 'text/html': htmlFor(o, scope), 'text/plain': textFor(o, scope) };
  }
}
