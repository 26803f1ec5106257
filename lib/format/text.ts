/** The outline as plain text, for terminals and plain-text mail. */
import { notCovered, roleName } from '../i18n';
import type { Outline } from '../types';

export function toText(o: Outline): string {
  const meta = [o.siteName, o.byline, o.publishedTime, `${o.readingMinutes} min`, o.lang].filter(Boolean);
  const lines = [o.title, o.url, meta.join(' · '), ''];
  if (o.gist) lines.push(o.gist.text, '');
  for (const s of o.sections) {
    lines.push(roleName(s.role, o.lang).toUpperCase());
    lines.push(...(s.points.length ? s.points.map((p) => `  • ${p.text}`) : [`  (${notCovered(o.lang)})`]), '');
  }
  return lines.join('\n').trimEnd() + '\n';
}
