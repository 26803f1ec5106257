/**
 * `npm run size` (issue 7): gzipped sizes of what the built Chrome extension loads, against the
 * budgets in lib/budget.ts. Reads `.output/chrome-mv3` and the Chrome zip in `.output/`
 * (`npx wxt build && npx wxt zip` first; scripts/test-all.sh does). Exits 1 naming each file
 * and size over budget, 2 when the build is missing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  BUDGETS,
  describe,
  importClosure,
  kB,
  overBudget,
  pageScripts,
  type Budget,
  type Measured,
} from '../lib/budget';

const OUT = resolve(import.meta.dirname, '../.output');
const DIR = join(OUT, 'chrome-mv3');

const read = (path: string) => readFileSync(join(DIR, path), 'utf8');
const gz = (path: string) => gzipSync(readFileSync(join(DIR, path))).length;

function scripts(budget: Budget, files: string[]): Measured {
  return { budget, files, bytes: files.reduce((n, f) => n + gz(f), 0) };
}

function page(budget: Budget, html: string): Measured | null {
  if (!existsSync(join(DIR, html))) return null;
  return scripts(budget, importClosure(pageScripts(read(html)), read));
}

function main(): number {
  if (!existsSync(join(DIR, 'manifest.json'))) {
    process.stderr.write(`size: no build in ${DIR}; run \`npx wxt build && npx wxt zip\` first\n`);
    return 2;
  }
  const manifest = JSON.parse(read('manifest.json'));
  const measured: Measured[] = [];
  // Neither content script is in the manifest: the capture script is injected on the click
  // (wxt.config.ts), the ahead script registered only while "ready before I click" is on
  // (lib/glue.ts setAheadScript). Counted together: a prepared page runs both.
  const content = [
    'content-scripts/content.js',
    'content-scripts/ahead.js',
    ...(manifest.content_scripts ?? []).flatMap((c: { js?: string[] }) => c.js ?? []),
  ];
  measured.push(
    scripts(
      BUDGETS.content,
      [...new Set(content)].filter((f) => existsSync(join(DIR, f))),
    ),
  );
  for (const m of [page(BUDGETS.popup, 'popup.html'), page(BUDGETS.sidepanel, 'sidepanel.html')])
    if (m) measured.push(m);
  // The newest Chrome zip (an older version's may lie beside it), and a word when it predates
  // the build measured above: its size is then an older build's.
  const zip = readdirSync(OUT)
    .filter((f) => /-chrome\.zip$/.test(f))
    .sort((a, b) => statSync(join(OUT, b)).mtimeMs - statSync(join(OUT, a)).mtimeMs)[0];
  if (zip) {
    measured.push({ budget: BUDGETS.zip, files: [zip], bytes: statSync(join(OUT, zip)).size });
    if (statSync(join(OUT, zip)).mtimeMs < statSync(join(DIR, 'manifest.json')).mtimeMs)
      process.stderr.write(
        `size: ${zip} is older than the build in ${DIR}: its size is an older build's; run \`npx wxt zip\`\n`,
      );
  } else process.stderr.write('size: no Chrome zip in .output; run `npx wxt zip`\n');

  for (const m of measured) process.stdout.write(describe(m) + '\n');
  const worker = manifest.background?.service_worker;
  if (worker) process.stdout.write(`info service worker: ${kB(gz(worker))} gz (no budget) ${worker}\n`);

  const over = overBudget(measured);
  for (const line of over) process.stderr.write(`size budget exceeded: ${line}\n`);
  return over.length ? 1 : 0;
}

process.exitCode = main();
