// `npx tsx scripts/first-look-stems.ts [--write]`: names in the lexicon that the first look would
// miss, with a stem for each. With --write, the stems are added to lib/lexicon/first-look.ts and
// its prefix table and longest stem are written out again. The tables stay written out there (not
// derived on every page, where deriving them cost more than the look itself); a unit test asks for
// every name to be caught and the tables to match the stems.
import { readFileSync, writeFileSync } from 'node:fs';
import { FIRST_LOOK_STEMS, mayBeAboutSkin } from '../lib/lexicon/first-look';
import { WORD, foldWord } from '../lib/lexicon/fold';
import { LEXICON } from '../lib/lexicon/index';

const FILE = 'lib/lexicon/first-look.ts';
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;
const stems = new Set<string>();
const missed: string[] = [];
const japanese: string[] = [];
for (const entry of LEXICON) {
  if (entry.kind === 'offtopic' || entry.kind === 'pagekind') continue;
  for (const term of [...entry.terms, ...(entry.exactCaseTerms ?? [])]) {
    if (mayBeAboutSkin(`… ${term} …`)) continue;
    missed.push(term);
    if (CJK.test(term)) {
      japanese.push(term);
      continue;
    }
    // The first look runs a word together with the next two at most; up to ten letters of one
    // word or twelve of several are long enough not to start everyday words.
    const words = (term.toLowerCase().match(WORD) ?? []).map(foldWord);
    stems.add(words.slice(0, 3).join('').slice(0, words.length === 1 ? 10 : 12));
  }
}
console.log(`${missed.length} names missed${missed.length ? `: ${missed.join(', ')}` : ''}`);
if (japanese.length) console.log(`Japanese names to cover in FIRST_LOOK_JAPANESE by hand: ${japanese.join(' ')}`);

if (process.argv.includes('--write') && stems.size) {
  const all = [...new Set([...FIRST_LOOK_STEMS.split(' '), ...stems])];
  const prefixes = [...new Set(all.filter((s) => s.length >= 4).map((s) => s.slice(0, 4)))].sort();
  const wrap = (words: string[]) => {
    const lines: string[] = [];
    let line = '';
    for (const word of words) {
      if (line && line.length + word.length + 1 > 96) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
    return lines.map((l, i) => `  '${l}${i < lines.length - 1 ? " ' +" : "';"}`).join('\n');
  };
  let source = readFileSync(FILE, 'utf8');
  source = source.replace(/(export const FIRST_LOOK_STEMS: string =\n)(?: {2}'.*' \+\n)* {2}'.*';/, `$1${wrap(all)}`);
  source = source.replace(/(export const FIRST_LOOK_PREFIXES: string =\n)(?: {2}'.*' \+\n)* {2}'.*';/, `$1${wrap(prefixes)}`);
  source = source.replace(/export const LONGEST_STEM = \d+;/, `export const LONGEST_STEM = ${Math.max(...all.map((s) => s.length))};`);
  writeFileSync(FILE, source);
  console.log(`${stems.size} stems added to ${FILE}`);
}
