/**
 * Writing a copy to the clipboard from an extension page (popup, side panel): the clipboard API,
 * else the copy command. DOM only, no extension API.
 */
import type { ClipboardPayload } from '@/lib/format/copy';

/**
 * The clipboard API, else the copy command. A throw (`new ClipboardItem` where there is none:
 * Firefox before 127) escaped the click and the reader was told nothing; a refusal ("Document is
 * not focused", no permission) said "Could not copy" where the copy command still can.
 */
export function copyOut(payload: ClipboardPayload): Promise<void> {
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
