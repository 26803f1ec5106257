import { useEffect, useState } from 'react';
import { copyPayload, OUTLINE_SCOPE, type ClipboardPayload, type CopyFormat } from '@/lib/format/copy';
import { copyFormatName, roleName } from '@/lib/i18n';
import type { Outline, Role } from '@/lib/types';
import type { UiStrings } from '@/lib/ui-strings';

/**
 * Copies the outline, or one section of it (issue 4: "copy the whole outline, one section, or one
 * point"), in the reader's copy format (options page); the outline's button says which format
 * before the click. Rich text is text/html with text/plain beside it, for programs without HTML.
 */
interface Props {
  outline: Outline;
  t: UiStrings;
  format: CopyFormat;
  /** One section instead of the whole outline: its small button beside the section's name. */
  role?: Role;
}

export function CopyButton({ outline, t, format, role }: Props) {
  const [done, setDone] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (done === 'idle') return;
    const timer = setTimeout(() => setDone('idle'), 2000);
    return () => clearTimeout(timer);
  }, [done]);
  return (
    <button
      type="button"
      className={role ? 'copy-section' : 'button'}
      data-format={format}
      aria-label={role ? t.copySection(roleName(role, outline.lang)) : undefined}
      onClick={() =>
        writeClipboard(copyPayload(outline, role ? { kind: 'section', role } : OUTLINE_SCOPE, format)).then(
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
            : role
              ? t.copy
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
