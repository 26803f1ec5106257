/**
 * `npx tsx scripts/fragment-landing.ts FILE.html… [--verbose] [--json]`
 *
 * How many of a saved page's point links land (issue 4), per page: the outline built in Node as
 * tests/e2e/fragment.test.ts builds it (detailed, forced), each point's link (the gist's too)
 * opened in real Chromium from about:blank, and checked by tests/e2e/landing.ts (in view and
 * highlighted, once the page is shown). Pages are served from 127.0.0.1 with their own inline
 * scripts and styles; every other request is blocked, as in the test. `--verbose` prints each
 * missed point with its directive and what Chromium showed. With --json the last line is
 * `{ points, landed, pages: [{ file, points, landed }] }`.
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { extractFromHtml, readHtmlFile } from '../lib/node/load';
import { outlineArticle } from '../lib/pipeline';
import { launch, serve } from '../tests/e2e/harness';
import { landing, styleTargetText } from '../tests/e2e/landing';

const { values, positionals } = parseArgs({
  options: { verbose: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
  allowPositionals: true,
});
if (!positionals.length) throw new Error('usage: fragment-landing.ts FILE.html… [--verbose] [--json]');

const html = positionals.map((f) => readHtmlFile(f));
const routes = Object.fromEntries(
  html.map((body, i) => [`/p${i}.html`, () => ({ body, type: 'text/html; charset=utf-8' })]),
);
const server = await serve(routes);
const browser = await launch({ withExtension: false });
await browser.context.route('**/*', (r) =>
  r.request().url().startsWith(server.origin) ? r.continue() : r.abort(),
);
await styleTargetText(browser.context);
const page = await browser.context.newPage();

const pages: { file: string; points: number; landed: number }[] = [];
for (const [i, file] of positionals.entries()) {
  const r = outlineArticle(extractFromHtml(html[i], `${server.origin}/p${i}.html`), {
    length: 'detailed',
    force: true,
  });
  if (!r.ok) {
    console.log(`${basename(file)}\trefused: ${r.error.code}`);
    continue;
  }
  const o = r.value;
  const points = [o.gist, ...o.sections.flatMap((s) => s.points)].filter((p) => p !== null);
  let landed = 0;
  for (const p of points) {
    const link = p.link;
    await page.goto('about:blank');
    await page.goto(link);
    // A page that stays hidden or keeps scrolling is a miss here, not the end of the run.
    const l = await landing(page, p.sentence.replace(/\s+/g, ' ').trim()).catch((e: Error) => e.message);
    if (typeof l !== 'string' && l.inView && l.highlightedInside > 50) landed++;
    else if (values.verbose)
      console.log(`  missed: ${decodeURIComponent(link.split('#')[1])}\n    ${JSON.stringify(l)}`);
  }
  pages.push({ file: basename(file), points: points.length, landed });
  console.log(`${basename(file)}\t${landed}/${points.length}`);
}
const points = pages.reduce((n, p) => n + p.points, 0);
const landed = pages.reduce((n, p) => n + p.landed, 0);
console.log(`all\t${landed}/${points}`);
if (values.json) console.log(JSON.stringify({ points, landed, pages }));
await browser.close();
await server.close();
