// @vitest-environment jsdom
/**
 * The article header's meta line as a reader hears it: the article's language is named only
 * when it has a name. "Outline anyway" on a page whose language could not be told
 * (lib/extract/lang.ts's "und") showed ICU's name for it, "root", as the article's language.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { metaLine } from '@/components/meta';
import { OutlineView } from '@/components/OutlineView';
import { fixtureSource } from '@/components/useOutline';
import { outlineArticle } from '@/lib/pipeline';
import type { Outline } from '@/lib/types';
import { uiStrings } from '@/lib/ui-strings';

afterEach(cleanup);

/** An article in a language Lede could not tell, outlined anyway (the button on its reason). */
function forced(lang: string): Outline {
  const r = outlineArticle(
    {
      url: 'https://example.org/a',
      title: 'A page',
      byline: null,
      siteName: 'Example',
      lang,
      publishedTime: null,
      paragraphs: [
        { id: 'p0', text: 'The council decided on Monday.', heading: null, tag: 'p', domIndex: 0 },
      ],
      headings: [],
      readerable: true,
    },
    { force: true },
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

test('an article of no known language is not said to be in "root"', async () => {
  const outline = forced('und');
  for (const lang of ['en', 'ja'] as const) {
    const t = uiStrings(lang);
    expect(metaLine(outline, t)).toEqual(['Example', t.readingTime(outline.readingMinutes)]);
    render(<OutlineView source={fixtureSource(outline)} surface="popup" t={t} />);
    await screen.findByRole('heading', { level: 1 });
    expect(document.querySelector('.meta')?.textContent).not.toMatch(/root/i);
    cleanup();
  }
});

test('a known language is still named in the interface’s language', () => {
  const outline = forced('de');
  expect(metaLine(outline, uiStrings('en')).at(-1)).toBe('German');
  expect(metaLine(outline, uiStrings('ja')).at(-1)).toBe('ドイツ語');
  expect(metaLine({ ...outline, lang: 'ja' }, uiStrings('en')).at(-1)).toBe('Japanese');
});
