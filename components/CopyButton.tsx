import { useEffect, useState } from 'react';
import { copyPayload, type ClipboardPayload, type CopyFormat } from '@/lib/format/copy';
import type { CopyScope } from '@/lib/format/scope';
import type { Outline } from '@/lib/types';
import type { UiStrings } from '@/lib/ui-strings';
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

/**
 * The clipboard API, else the copy command. A throw (`new ClipboardItem` where there is none:
 * Firefox before 127) escaped the click and the reader was told nothing; a refusal ("Document is
 * not focused", no permission) said "Could not copy" where the copy command still can.
 */
function copyOut(payload: ClipboardPayload): Promise<void> {
  return new Promise<void>((resolve) => resolve(writeClipboard(payload))).catch((err: unknown) => {
    if (!copyByCommand(payload)) throw err;
  });
}

/**
 * document.execCommand('copy') with both parts set on its copy event; true if it copied. Chrome
 * copies only with something selected: a hidden node's text is, for the command's time, and the
 * reader's selection is put back.
 */
function copyByCommand(payload: ClipboardPayload): boolean {
  let written = false;
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return;
    for (const [type, s] of Object.entries(payload)) if (s !== undefined) e.clipboardData.setData(type, s);
    e.preventDefault();
    written = true;
  };
  const node = document.createElement('pre');
  node.textContent = payload['text/plain'];
  node.style.cssText = 'position:fixed;top:0;left:0;opacity:0;pointer-events:none;user-select:text';
  const selection = document.getSelection();
  const kept = selection?.rangeCount ? selection.getRangeAt(0) : null;
  document.body.append(node);
  document.addEventListener('copy', onCopy, true);
  try {
    selection?.selectAllChildren(node);
    return document.execCommand('copy') && written;
  } catch {
    return false;
  } finally {
    document.removeEventListener('copy', onCopy, true);
    node.remove();
    selection?.removeAllRanges();
    if (kept) selection?.addRange(kept);
  }
}

function writeClipboard(payload: ClipboardPayload): Promise<void> {
  if (!payload['text/html']) return navigator.clipboard.writeText(payload['text/plain']);
  const blobs = Object.fromEntries(
    Object.entries(payload).map(([type, s]) => [type, new Blob([s as string], { type })]),
  );
  return navigator.clipboard.write([new ClipboardItem(blobs)]);
}
