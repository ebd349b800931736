// Prints the size of the scripts that run on every page (the manifest's content scripts), and
// fails the build past their budget.
import { existsSync, readFileSync, statSync } from 'node:fs';

const BUDGET_BYTES = 40 * 1024;
let over = false;
for (const dir of ['.output/chrome-mv3', '.output/firefox-mv2']) {
  if (!existsSync(`${dir}/manifest.json`)) continue;
  const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const files = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
  if (!files.length) throw new Error(`${dir}/manifest.json lists no content script`);
  const size = files.reduce((sum, file) => sum + statSync(`${dir}/${file}`).size, 0);
  const verdict = size <= BUDGET_BYTES ? 'within' : 'OVER';
  console.log(`every-page script ${dir}/${files.join(' + ')}: ${(size / 1024).toFixed(1)} KB minified, ${verdict} the ${BUDGET_BYTES / 1024} KB budget`);
  over ||= size > BUDGET_BYTES;
}
if (over) process.exit(1);
