/**
 * Pages that fight back (issue 8), made from a real article (the seed page) by injecting a
 * script or a header. Each must still produce an outline or a clear message, and the page
 * must keep working (its own `window.__pageOk()` check still returns true afterwards).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness';

const SEED = readFileSync(join(ROOT, 'tests/fixtures/seed/source.html'), 'utf8');

/** A page-world self-check: the page's own scripts still run and its DOM is intact. */
const PAGE_OK = `window.__pageOk = () => document.querySelectorAll('article p').length > 10 && typeof window.__hostile === 'string';`;

function withScript(name: string, script: string): string {
  return SEED.replace(
    '</head>',
    `<script>window.__hostile = ${JSON.stringify(name)};${PAGE_OK}\n${script}</script>\n</head>`,
  );
}

export interface HostilePage {
  body: string;
  headers?: Record<string, string>;
  /** Whether an outline is expected (true) or only a clear message is acceptable (false). */
  outline: boolean;
}

export const HOSTILE: Record<string, HostilePage> = {
  'array-prototype': {
    outline: true,
    body: withScript(
      'array-prototype',
      `Array.prototype.map = function () { throw new Error('hostile map'); };
       Array.prototype.filter = function () { return []; };
       Array.from = function () { return []; };`,
    ),
  },
  json: {
    outline: true,
    body: withScript(
      'json',
      `JSON.stringify = function () { return '"hostile"'; }; JSON.parse = function () { return null; };`,
    ),
  },
  'clone-node': {
    outline: true,
    body: withScript(
      'clone-node',
      `Node.prototype.cloneNode = function () { return document.createElement('div'); };`,
    ),
  },
  'mutation-observer': {
    outline: true,
    body: withScript(
      'mutation-observer',
      `window.MutationObserver = function () { throw new Error('hostile MutationObserver'); };`,
    ),
  },
  'rewrites-itself': {
    outline: true,
    body: withScript(
      'rewrites-itself',
      `let n = 0;
       setInterval(() => {
         const ps = document.querySelectorAll('article p');
         const p = ps[n++ % ps.length];
         if (p) p.setAttribute('data-tick', String(n));
         const extra = document.createElement('p');
         extra.textContent = 'Live update ' + n;
         document.querySelector('article')?.appendChild(extra);
         if (extra.previousElementSibling?.textContent?.startsWith('Live update')) extra.previousElementSibling.remove();
       }, 5);`,
    ),
  },
  'strict-csp': {
    outline: true,
    headers: {
      'content-security-policy': "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'",
    },
    body: withScript('strict-csp', ''),
  },
  'infinite-scroll': {
    outline: true,
    body: withScript(
      'infinite-scroll',
      `window.addEventListener('scroll', () => {
         if (window.scrollY + innerHeight > document.body.scrollHeight - 200) {
           for (let i = 0; i < 5; i++) {
             const d = document.createElement('div');
             d.className = 'teaser';
             d.innerHTML = '<a href="#">More stories ' + Math.random().toString(36).slice(2) + '</a>';
             document.body.appendChild(d);
           }
         }
       });`,
    ),
  },
};

/** A page that shows the article inside an iframe (same origin). */
export const IFRAME_HOST = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frame host</title></head>
<body><h1>Reader</h1><iframe src="/hostile/plain" style="width:100%;height:800px"></iframe></body></html>`;
export const PLAIN = SEED;
