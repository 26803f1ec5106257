/**
 * A Markdown outline's heading for a title with '#' in it: read back by CommonMark (markdown-it),
 * it shows the title as written, with no backslash of the escaping left in sight.
 */
import MarkdownIt from 'markdown-it';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../lib/format/markdown';
import { extractFromHtml, readHtmlFile } from '../../lib/node/load';
import { outlineArticle } from '../../lib/pipeline';

const md = new MarkdownIt({ linkify: false });
const r = outlineArticle(
  extractFromHtml(readHtmlFile('tests/fixtures/seed/source.html'), 'https://example.org/a'),
);
if (!r.ok) throw new Error(r.error.message);
const seed = r.value;

const heading = (title: string) =>
  parseHTML(`<html><body>${md.render(toMarkdown({ ...seed, title }))}</body></html>`).document.querySelector(
    'h1',
  )?.textContent;

describe('a Markdown heading with #', () => {
  it.each(['#', '###', '# ##', 'C#', 'Issue #', 'Issue ###', 'The #1 song', '#MeToo turns five'])(
    '%j reads as written',
    (title) => expect(heading(title)).toBe(title),
  );
});
