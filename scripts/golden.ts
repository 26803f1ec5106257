/**
 * `npm run golden`: rewrites expected-article.json and expected-outline.md of every golden
 * extraction fixture (tests/fixtures/golden.ts says which folders are). Review the result as a
 * git diff: the outline files change whenever segmentation does.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldenCases, goldenFiles } from '../tests/fixtures/golden';

let changed = 0;
const cases = goldenCases();
for (const c of cases) {
  for (const [name, text] of Object.entries(goldenFiles(c))) {
    writeFileSync(join(c.dir, name), text);
    changed++;
  }
}
process.stdout.write(`golden: wrote ${changed} files for ${cases.length} pages\n`);
