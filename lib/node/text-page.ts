/**
 * A plain-text article as a page (the CLI reads `.txt` files: ../shared/seed is plain text).
 * Conventions of plain-text articles: the first line is the title, every other line or
 * blank-line-separated block is a paragraph, and a short line without a sentence end is a
 * section heading (the seed's "会談の背景", "今後の展望"). Text is escaped, never parsed as HTML.
 */

/** Short and not ending a sentence: 30 characters for CJK text, 80 for alphabetic text. */
export function isHeadingLine(line: string): boolean {
  const cjk = /[\u3040-\u30ff\u3400-\u9fff]/.test(line);
  // A question may be a heading ("プーチンの戦略:対話で制裁を回避?", "What comes next?").
  return line.length <= (cjk ? 30 : 80) && !/[。．.!！:：)）」』"”]$/.test(line);
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function textToHtml(text: string): string {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const [title = '', ...rest] = blocks;
  const body = rest
    .map((l) => (isHeadingLine(l) ? `<h2>${escape(l)}</h2>` : `<p>${escape(l)}</p>`))
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><article><h1>${escape(title)}</h1>\n${body}\n</article></body></html>`;
}

/** Whether a file's text is plain text rather than HTML: by its name, or by having no tag at all. */
export function isPlainText(path: string, text: string): boolean {
  if (/\.(?:txt|text|md)$/i.test(path)) return true;
  return !/<[a-z!/][^>]*>/i.test(text.slice(0, 65536));
}
