import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
const vc = new VirtualConsole();
const f = '/work/shared/data/ja-news/pages/22-nikkei-beicho-trump.html';
const doc = new JSDOM(readFileSync(f, 'utf8'), { virtualConsole: vc }).window.document;
for (const n of doc.querySelectorAll('p, pre, article')) console.log(n.tagName, n.className.slice(0,30), n.textContent!.trim().length, n.textContent!.trim().slice(0, 40));
