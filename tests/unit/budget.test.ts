import { describe, expect, it } from 'vitest';
import { BUDGETS, importClosure, overBudget, pageScripts, type Measured } from '../../lib/budget';

describe('size budgets (issue 7)', () => {
  it('names the file and its size for a budget exceeded, and passes those within budget', () => {
    const measured: Measured[] = [
      { budget: BUDGETS.content, files: ['content-scripts/content.js'], bytes: 61_234 },
      { budget: BUDGETS.popup, files: ['chunks/popup.js', 'chunks/react.js'], bytes: 150_000 },
      { budget: BUDGETS.zip, files: ['lede-0.1.0-chrome.zip'], bytes: 500_001 },
    ];
    const over = overBudget(measured);
    expect(over).toHaveLength(2);
    expect(over[0]).toContain('content-scripts/content.js');
    expect(over[0]).toContain('61.2 kB');
    expect(over[1]).toContain('lede-0.1.0-chrome.zip');
    expect(overBudget(measured.slice(1, 2))).toEqual([]);
  });

  it('counts every script an extension page loads, following static and dynamic imports once', () => {
    const html = `<script type="module" crossorigin src="/chunks/popup-a.js"></script>
      <link rel="modulepreload" crossorigin href="/chunks/react-b.js"><link rel="stylesheet" href="/assets/s.css">`;
    const files: Record<string, string> = {
      'chunks/popup-a.js':
        'import{a}from"./react-b.js";import"./style-c.js";const l=()=>import("./lazy-d.js");',
      'chunks/react-b.js': 'export const a=1;',
      'chunks/style-c.js': 'import{a}from"./react-b.js";import"../shared/e.js";',
      'shared/e.js': '',
      'chunks/lazy-d.js': '',
    };
    expect(pageScripts(html)).toEqual(['chunks/popup-a.js', 'chunks/react-b.js']);
    expect(importClosure(pageScripts(html), (p) => files[p]).sort()).toEqual([
      'chunks/lazy-d.js', // the popup's React app comes this way (issue 7): it counts too
      'chunks/popup-a.js',
      'chunks/react-b.js',
      'chunks/style-c.js',
      'shared/e.js',
    ]);
  });
});
