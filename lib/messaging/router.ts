// The background's answer to every message: looked up in the table of requests (./requests),
// checked for size, sender, shape and scope, then handled. Never throws: every failure comes back
// as a result with a code and a sentence a reader can act on.
import * as v from 'valibot';
import type { Result } from '../model';
import { describeError, fail, ok } from '../shared/errors';
import { normalizeUrl } from '../shared/url';
import { MESSAGE_CHARS, REQUESTS, type HandlerContext, type RequestType, type SenderInfo } from './requests';

export type { HandlerContext, SenderInfo };

function sameArticle(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  try {
    return normalizeUrl(a) === normalizeUrl(b);
  } catch {
    return false;
  }
}

const isType = (type: string): type is RequestType => Object.hasOwn(REQUESTS, type);

export async function handleRequest(raw: unknown, sender: SenderInfo, context: Omit<HandlerContext, 'sender'>): Promise<Result<unknown>> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail('invalid-request', 'Message is not an object');
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== 'string') return fail('invalid-request', 'Request has no type');
  if (!isType(type)) return fail('invalid-request', `Unknown request type "${type.slice(0, 40)}"`);
  // One row, typed loosely here: its schema checked the request, its handler takes what it checked.
  const row = REQUESTS[type] as unknown as {
    schema: v.GenericSchema<unknown, object>;
    from: 'page' | 'extension' | 'any' | 'control';
    touches?(request: object): (string | undefined)[];
    maxChars?: number;
    handle(request: object, context: HandlerContext): Promise<unknown>;
  };
  if (row.from === 'extension' && !sender.fromExtensionPage) return fail('not-allowed', `"${type}" is not allowed from a web page`);
  if (row.from === 'page' && (sender.fromExtensionPage || sender.fromControlFrame)) return fail('not-allowed', `"${type}" comes from web pages only`);
  if (row.from === 'control' && !sender.fromControlFrame) return fail('not-allowed', `"${type}" comes from the in-page control only`);
  let size: number;
  try {
    size = JSON.stringify(raw)?.length ?? 0;
  } catch {
    return fail('invalid-request', 'Message is not plain data');
  }
  if (size > (row.maxChars ?? MESSAGE_CHARS)) return fail('invalid-request', `Message is too large (${size} characters)`);
  const { type: _type, ...fields } = raw as Record<string, unknown>;
  const parsed = v.safeParse(row.schema, fields);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = v.getDotPath(issue);
    return fail('invalid-request', `Invalid "${type}" request${path ? ` at ${path}` : ''}: ${issue.message}`);
  }
  // A web page may read only the article it shows.
  if (!sender.fromExtensionPage && row.touches) {
    const touched = row.touches(parsed.output).filter((url): url is string => url !== undefined);
    if (touched.some((url) => !sameArticle(url, sender.url))) return fail('out-of-scope', 'A page can only read its own article');
  }
  try {
    return ok(await row.handle(parsed.output, { ...context, sender }));
  } catch (error) {
    const { code, error: sentence } = describeError(error);
    return fail(code, sentence);
  }
}
