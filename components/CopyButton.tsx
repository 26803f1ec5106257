import { useEffect, useState } from 'react';
import { toMarkdown } from '@/lib/format/markdown';
import type { Outline } from '@/lib/types';
import type { Strings } from './strings';

/** Copies the outline as Markdown (lib/format/markdown.ts) and says so for a moment. */
export function CopyButton({ outline, s }: { outline: Outline; s: Strings }) {
  const [done, setDone] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (done === 'idle') return;
    const t = setTimeout(() => setDone('idle'), 2000);
    return () => clearTimeout(t);
  }, [done]);
  return (
    <button
      type="button"
      className="button"
      onClick={() =>
        navigator.clipboard.writeText(toMarkdown(outline)).then(
          () => setDone('copied'),
          () => setDone('failed'),
        )
      }
    >
      <span aria-live="polite">
        {done === 'copied' ? `✓ ${s.copied}` : done === 'failed' ? s.copyFailed : s.copy}
      </span>
    </button>
  );
}
