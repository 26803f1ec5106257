import type { LedeError } from '@/lib/types';
import { errorLine, type UiStrings } from '@/lib/ui-strings';

/**
 * The one-line reason instead of an outline, in the interface's language, and "Outline
 * anyway" where the page has text. English keeps the error's detail (e.g. the page's language).
 */
export function ErrorMessage({ error, t, onForce }: { error: LedeError; t: UiStrings; onForce(): void }) {
  const line = errorLine(error, t);
  return (
    <div className="error" role="alert" data-code={error.code}>
      <p>{line}</p>
      {error.canForce && (
        <button type="button" className="button primary" onClick={onForce}>
          {t.outlineAnyway}
        </button>
      )}
    </div>
  );
}
