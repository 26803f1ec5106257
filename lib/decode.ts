import { detect } from 'chardet';

/**
 * Bytes of a saved or fetched page to text, by its declared charset: a BOM first, then the HTTP
 * header, then a <meta charset> anywhere in the first 64 kB (ja-news pages declare it
 * past byte 400; the ITmedia pages are Shift_JIS). A page that declares nothing is guessed
 * (undeclared below).
 */
export function sniffCharset(bytes: Uint8Array, contentType?: string | null): string {
  // The BOM before the header, and a header label no decoder knows ignored, as browsers do
  // (HTML's encoding sniffing): a server's default charset=iso-8859-1 over a UTF-8 file with a
  // BOM was mojibake, and an unknown label read a Shift_JIS page as UTF-8.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const fromHeader = contentType?.match(/charset=["']?([\w-]+)/i)?.[1];
  const header = fromHeader && normalise(fromHeader, '');
  if (header) return header;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 65536));
  const meta =
    head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i)?.[1] ??
    head.match(/<\?xml[^>]+encoding=["']([\w-]+)/i)?.[1];
  return meta ? normalise(meta) : undeclared(bytes);
}

/**
 * A page that names no charset: a page saved from a server that named it only in its HTTP
 * header (as many Japanese sites do) keeps no declaration. UTF-8 when the bytes are valid
 * UTF-8 (a page cut off mid-character still is), else the guess of chardet, as a browser
 * guesses; a Shift_JIS or EUC-JP page read as UTF-8 would be mojibake, and taken for Chinese
 * or no language at all. ISO-2022-JP is 7-bit, so valid UTF-8: its escapes (ESC) send it to
 * the guess too.
 */
function undeclared(bytes: Uint8Array): string {
  if (!bytes.includes(0x1b))
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
      return 'utf-8';
    } catch {
      // not UTF-8: guessed below
    }
  const guess = detect(bytes);
  return guess ? normalise(guess, 'windows-1252') : 'windows-1252';
}

function normalise(label: string, fallback = 'utf-8'): string {
  const l = label.toLowerCase();
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return fallback;
  }
}

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  return new TextDecoder(sniffCharset(bytes, contentType)).decode(bytes);
}
