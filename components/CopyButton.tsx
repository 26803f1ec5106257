import { useEffect, useState } from 'react';
import { copyPayload, type CopyFormat } from '@/lib/format/copy';
import type { CopyScope } from '@/lib/format/scope';
import type { Outline } from '@/lib/types';
import type { UiStrings } from '@/lib/ui-strings';
import { copyOut } from './clipboard';
import { copyLook } from './copyLook';

interface Props {
  outline: Outline;
  t: UiStrings;
  format: CopyFormat;
  /** What to copy: the whole outline (the toolbar's button), one section, the gist or one point. */
  scope?: CopyScope;
}

/**
 * Copies the outline, one section or one point (issue 4) in the reader's copy format (options
 * page); how each looks: copyLook.ts. Rich text is text/html with text/plain beside it, for
 * programs without HTML.
 */
export function CopyButton({ outline, t, format, scope = { kind: 'outline' } }: Props) {
  const [done, setDone] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (done === 'idle') return;
    const timer = setTimeout(() => setDone('idle'), 2000);
    return () => clearTimeout(timer);
  }, [done]);
  const look = copyLook(outline, scope, t, format);
  return (
    <button
      type="button"
      className={done === 'idle' ? look.className : `${look.className} done`}
      data-format={format}
      aria-label={look.label}
      title={look.title}
      lang={look.lang}
      onClick={() =>
        copyOut(copyPayload(outline, scope, format)).then(
          () => setDone('copied'),
          () => setDone('failed'),
        )
      }
    >
      <span aria-live="polite">
        {done === 'copied' ? `✓ ${t.copied}` : done === 'failed' ? `✕ ${t.copyFailed}` : look.text}
      </span>
    </button>
  );
}
