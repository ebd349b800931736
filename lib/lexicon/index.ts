// The lexicon as the content script uses it: names and one compiled matcher, no card facts.
import { compileMatcher, type Matcher } from './matcher';
import { PROCEDURES, type ProcedureEntry } from './procedures';

export { PROCEDURES, type ProcedureEntry };

const byId = new Map(PROCEDURES.map((p) => [p.id, p]));

export function procedureName(id: string): string {
  return byId.get(id)?.name ?? id;
}

export function isKnownProcedure(id: string): boolean {
  return byId.has(id);
}

let matcher: Matcher | undefined;
/** Compiled on first use: a page that is never scanned never pays for it. */
export function procedureMatcher(): Matcher {
  matcher ??= compileMatcher(PROCEDURES);
  return matcher;
}
