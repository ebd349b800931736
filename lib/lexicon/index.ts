// The lexicon as the content script uses it: names and one compiled matcher, no card facts.
import { CONDITIONS } from './conditions';
import { INGREDIENTS } from './ingredients';
import { compileMatcher, type Matcher } from './matcher';
import { PROCEDURES, type ProcedureEntry } from './procedures';
import { PAGE_KINDS } from './page-kinds';
import { TOPIC_WORDS } from './topics';
import type { LexiconEntry } from './types';

export { CONDITIONS, INGREDIENTS, PAGE_KINDS, PROCEDURES, TOPIC_WORDS, type LexiconEntry, type ProcedureEntry };

export const LEXICON: readonly LexiconEntry[] = [...PROCEDURES, ...INGREDIENTS, ...CONDITIONS, ...TOPIC_WORDS, ...PAGE_KINDS];

const byId = new Map(LEXICON.map((entry) => [entry.id, entry]));

/** The display name of a procedure or ingredient. */
export function entryName(id: string): string {
  return byId.get(id)?.name ?? id;
}
export const procedureName = entryName;

export function isKnownProcedure(id: string): boolean {
  return byId.get(id)?.kind === 'procedure';
}

let matcher: Matcher | undefined;
/** Compiled on first use: a page that is never scanned never pays for it. */
export function lexiconMatcher(): Matcher {
  matcher ??= compileMatcher(LEXICON);
  return matcher;
}
