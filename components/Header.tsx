import type { Outline } from '@/lib/types';
import { formatDate, languageName, strings } from './strings';

/** Title, then site · byline · date · reading time · language, each only when known. */
export function Header({ outline }: { outline: Outline }) {
  const s = strings(outline.lang);
  const meta = [
    outline.siteName,
    outline.byline,
    outline.publishedTime && formatDate(outline.publishedTime, outline.lang),
    s.minutes(outline.readingMinutes),
    languageName(outline.lang, outline.lang),
  ].filter((x): x is string => Boolean(x));
  return (
    <header className="article-header">
      <h1>{outline.title}</h1>
      <p className="meta">
        {meta.map((m, i) => (
          <span key={i}>{m}</span>
        ))}
      </p>
    </header>
  );
}
