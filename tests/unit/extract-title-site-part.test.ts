/**
 * Which part of a page title is the site's name (lib/extract/title.ts cleanTitle). A headline that
 * begins with the site's name ("CNN poll shows …" on cnn.com) is the headline, not the site: only
 * the section after it was left ("Politics").
 */
import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../lib/extract/title';

describe('a title part that names the site', () => {
  it('keeps a headline that only begins with the site name taken from the address', () => {
    expect(cleanTitle('CNN poll shows Trump ahead - Politics', null, null, 'https://www.cnn.com/x')).toBe(
      'CNN poll shows Trump ahead - Politics',
    );
    expect(cleanTitle('Politics - CNN poll shows Trump ahead', null, null, 'https://www.cnn.com/x')).toBe(
      'Politics - CNN poll shows Trump ahead',
    );
    // The Guardian's own <title> (extraction benchmark 5fa3154e) without the <h1> that rescues it.
    expect(
      cleanTitle('The Guardian view on Hong Kong: a city on the brink | Editorial', 'the Guardian'),
    ).toBe('The Guardian view on Hong Kong: a city on the brink | Editorial');
    expect(cleanTitle('Why the BBC News app changed | Media', 'BBC News', null)).toBe(
      'Why the BBC News app changed | Media',
    );
  });

  it("still drops the site's name, alone or with a word of its own", () => {
    expect(cleanTitle('Trump ahead in new poll - CNN', null, null, 'https://www.cnn.com/x')).toBe(
      'Trump ahead in new poll',
    );
    expect(cleanTitle('Trump ahead in new poll - CNN Politics', null, null, 'https://www.cnn.com/x')).toBe(
      'Trump ahead in new poll',
    );
    // Extraction benchmark 95301fb7: the host's name and the company's word.
    expect(
      cleanTitle(
        'About bugs – Vortex Cannon Entertainment',
        null,
        null,
        'https://vortexcannon.org/about-bugs/',
      ),
    ).toBe('About bugs');
    // Extraction benchmark 9e8c9f08 and 35b15891, as they would read with no <h1>.
    expect(cleanTitle('What is the value of drugs? | PolitiFact West Virginia', 'politifact', null)).toBe(
      'What is the value of drugs?',
    );
    expect(cleanTitle('Doobie Brothers to reunite - cleveland.com', 'cleveland', null)).toBe(
      'Doobie Brothers to reunite',
    );
    expect(cleanTitle('こども家庭庁きょう始動｜NHKニュース', 'NHKニュース')).toBe('こども家庭庁きょう始動');
  });
});
