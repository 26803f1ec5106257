import type { Outline } from '@/lib/types';
import type { UiStrings } from '@/lib/ui-strings';
import { metaLine } from './meta';

/** Title, then site · byline · date · reading time · language, each only when known. */
export function Header({ outline, t }: { outline: Outline; t: UiStrings }) {
  return (
    <header className="article-header">
      <h1 lang={outline.lang}>{outline.title}</h1>
      <p className="meta">
        {metaLine(outline, t).map((m, i) => (
          <span key={i}>{m}</span>
        ))}
      </p>
    </header>
  );
}
