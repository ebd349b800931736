// Prints the size of the script that runs on every page, and fails the build past its budget.
import { existsSync, statSync } from 'node:fs';

const BUDGET_BYTES = 40 * 1024;
let over = false;
for (const dir of ['.output/chrome-mv3', '.output/firefox-mv2']) {
  const file = `${dir}/content-scripts/content.js`;
  if (!existsSync(file)) continue;
  const size = statSync(file).size;
  const verdict = size <= BUDGET_BYTES ? 'within' : 'OVER';
  console.log(`content script ${file}: ${(size / 1024).toFixed(1)} KB minified, ${verdict} the ${BUDGET_BYTES / 1024} KB budget`);
  over ||= size > BUDGET_BYTES;
}
if (over) process.exit(1);
