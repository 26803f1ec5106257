import { useEffect, useState } from 'react';
import { copyPayload, OUTLINE_SCOPE, type ClipboardPayload, type CopyFormat } from '@/lib/format/copy';
import { copyFormatName } from '@/lib/i18n';
import type { Outline } from '@/lib/types';
import type { UiStrings } from '@/lib/ui-strings';

/**
 * Copies the outline in the reader's copy format (options page) and says which one before
 * the click. Rich text is text/html with text/plain beside it, for programs without HTML.
 */
export function CopyButton({ outline, t, format }: { outline: Outline; t: UiStrings; format: CopyFormat }) {
  const [done, setDone] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (done === 'idle') return;
    const timer = setTimeout(() => setDone('idle'), 2000);
    return () => clearTimeout(timer);
  }, [done]);
  return (
    <button
      type="button"
      className="button"
      data-format={format}
      onClick={() =>
        writeClipboard(copyPayload(outline, OUTLINE_SCOPE, format)).then(
          () => setDone('copied'),
          () => setDone('failed'),
        )
      }
    >
      <span aria-live="polite">
        {done === 'copied'
          ? `✓ ${t.copied}`
          : done === 'failed'
            ? t.copyFailed
            : t.copyIn(copyFormatName(format, t.lang))}
      </span>
    </button>
  );
}

function writeClipboard(payload: ClipboardPayload): Promise<void> {
  if (!payload['text/html']) return navigator.clipboard.writeText(payload['text/plain']);
  const blobs = Object.fromEntries(
    Object.entries(payload).map(([type, s]) => [type, new Blob([s as string], { type })]),
  );
  return navigator.clipboard.write([new ClipboardItem(blobs)]);
}
