/**
 * Bytes of a saved or fetched page to text, by its declared charset: the HTTP header first,
 * then a BOM, then a <meta charset> anywhere in the first 64 kB (ja-news pages declare it
 * past byte 400; the ITmedia pages are Shift_JIS).
 */
export function sniffCharset(bytes: Uint8Array, contentType?: string | null): string {
  const fromHeader = contentType?.match(/charset=["']?([\w-]+)/i)?.[1];
  if (fromHeader) return normalise(fromHeader);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 65536));
  const meta =
    head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i)?.[1] ??
    head.match(/<\?xml[^>]+encoding=["']([\w-]+)/i)?.[1];
  return meta ? normalise(meta) : 'utf-8';
}

function normalise(label: string): string {
  const l = label.toLowerCase();
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return 'utf-8';
  }
}

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  return new TextDecoder(sniffCharset(bytes, contentType)).decode(bytes);
}
