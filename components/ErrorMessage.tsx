import type { LedeError } from '@/lib/types';
import type { Strings } from './strings';

/** The one-line reason instead of an outline, and "Outline anyway" where the page has text. */
export function ErrorMessage({ error, s, onForce }: { error: LedeError; s: Strings; onForce(): void }) {
  return (
    <div className="error" role="alert" data-code={error.code}>
      <p>{error.message}</p>
      {error.canForce && (
        <button type="button" className="button primary" onClick={onForce}>
          {s.outlineAnyway}
        </button>
      )}
    </div>
  );
}
