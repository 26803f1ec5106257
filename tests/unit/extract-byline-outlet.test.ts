/**
 * A byline that names the outlet after a full stop: "Finian Cunningham. Sputnik International"
 * (extraction benchmark 1f765c48). The header names the site on its own, so the byline is the
 * person; a full stop after an initial or a title is part of the name, and another outlet's
 * credit stays.
 */
import { describe, expect, it } from 'vitest';
import { plainByline } from '../../lib/extract/meta';
import { benchArticle } from './bench-pages';

describe('a byline "Name. Outlet"', () => {
  // [byline as the page gives it, the site's name, as the header shows it]
  it.each([
    // Sputnik declares no site name: its header names the host.
    ['Finian Cunningham. Sputnik International', null, 'Finian Cunningham'],
    ['Finian Cunningham. Sputnik International', 'Sputnik International', 'Finian Cunningham'],
    ['Finian Cunningham. Sputnik International', 'Sputnik', 'Finian Cunningham'],
    ['By Jane Doe. NBC News', 'NBC News', 'Jane Doe'],
    ['Jane Doe. the Guardian', 'the Guardian', 'Jane Doe'],
    // Another outlet's credit, as "Victor Tangermann, Futurism" on ScienceAlert, is kept.
    ['Jane Doe. Reuters', 'NBC News', 'Jane Doe. Reuters'],
    // Initials and titles end with a full stop inside a name.
    ['Sarah E. Needleman', null, 'Sarah E. Needleman'],
    ['Sarah E. Needleman', 'Wall Street Journal', 'Sarah E. Needleman'],
    ['Martin Luther King Jr. Center', null, 'Martin Luther King Jr. Center'],
    ['Dr. Jane Doe', null, 'Dr. Jane Doe'],
    // What follows is no outlet's name: a sentence, or another credit with its own full stops.
    ['Jane Doe. This story has been updated', null, 'Jane Doe. This story has been updated'],
    ['Jane Doe. St. Louis Post-Dispatch', null, 'Jane Doe. St. Louis Post-Dispatch'],
  ])('byline %j on site %j shows as %j', (byline, site, shown) => {
    expect(plainByline(byline, site)).toBe(shown);
  });

  it('shows the person on the Sputnik page (extraction benchmark 1f765c48)', () => {
    expect(benchArticle('1f765c48').byline).toBe('Finian Cunningham');
  });
});
