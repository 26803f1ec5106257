import { launch, serve, SHARED } from '../../tests/e2e/harness';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
const BENCH = join(SHARED, 'data/extraction-benchmark/html');
const f = readdirSync(BENCH).sort().slice(0, 5);
const server = await serve(Object.fromEntries(f.map((x, i) => [`/p${i}.html`, join(BENCH, x)])));
const b = await launch({ withExtension: false });
await b.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (r) => r.abort());
for (let i = 0; i < f.length; i++)
  for (const which of ['walk', 'iter', 'iter2', 'tc', 'walk', 'iter', 'iter2', 'tc']) {
    const p = await b.context.newPage();
    await p.goto(`${server.origin}/p${i}.html`, { waitUntil: 'load' });
    await p.waitForTimeout(100);
    console.log(
      i,
      which,
      await p.evaluate(
        `(() => {
    const NOT = new Set(['SCRIPT','STYLE','NOSCRIPT','TEMPLATE']);
    function walk(root) {
      const size = { elements: 0, depth: 0, chars: 0 };
      let depth = 1, node = root, inNot = false;
      while (node) {
        if (node.nodeType === 1) { size.elements++; if (depth > size.depth) size.depth = depth; }
        else if (node.nodeType === 3 && !inNot) size.chars += node.nodeValue?.length ?? 0;
        if (node.firstChild) { inNot = NOT.has(node.nodeName.toUpperCase()); node = node.firstChild; depth++; continue; }
        let climbed = false;
        while (node && node !== root && !node.nextSibling) { node = node.parentNode; depth--; climbed = true; }
        node = !node || node === root ? null : node.nextSibling;
        if (node && climbed) inNot = !!node.parentNode && NOT.has(node.parentNode.nodeName.toUpperCase());
      }
      return size;
    }
    function iter(root) {
      const skip = new Set(root.querySelectorAll('script,style,noscript,template'));
      const it = document.createNodeIterator(root, NodeFilter.SHOW_TEXT);
      let chars = 0;
      for (let t = it.nextNode(); t; t = it.nextNode()) if (!skip.has(t.parentNode)) chars += t.length;
      return chars;
    }
    function iter2(root) {
      const it = document.createNodeIterator(root, NodeFilter.SHOW_TEXT);
      let chars = 0;
      for (let t = it.nextNode(); t; t = it.nextNode()) chars += t.length;
      let skip = 0;
      for (const s of root.querySelectorAll('script,style,noscript,template')) for (let c = s.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) skip += c.length;
      return chars - skip;
    }
    const tc = (r) => r.textContent.length + r.querySelectorAll('*').length + !!r.querySelector(Array(513).fill('*').join('>'));
    const fn = { walk, iter, iter2, tc }['WHICH'];
    const t0 = performance.now();
    const res = fn(document.documentElement);
    return JSON.stringify({ ms: performance.now() - t0, res });
    let t = performance.now();
    const w = walk(document.documentElement);
    const tw = performance.now() - t; t = performance.now();
    const a = iter(document.documentElement);
    const ta = performance.now() - t; t = performance.now();
    const b = iter2(document.documentElement);
    const tb = performance.now() - t; t = performance.now();
    const w2 = walk(document.documentElement);
    const tw2 = performance.now() - t;
    return JSON.stringify({ w, tw, a, ta, b, tb, tw2 });
  })()`.replace('WHICH', which),
      ),
    );
    await p.close();
  }
await b.close();
await server.close();
