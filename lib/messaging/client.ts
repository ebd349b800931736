// Sending a request and reading its answer, for every part of the extension. Types only from the
// table (./requests), so a script in a web page carries no validation or database code.
import type { ErrorCode, Result } from '../model';
import type { RequestOf, RequestType, ResponseOf } from './requests';

export type { RequestOf, RequestType, ResponseOf };

/** A failure the background answered with: its code for the code, its sentence for the reader. */
export class RequestError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/**
 * Sends a request and unwraps its result: the answer, or a RequestError with the background's
 * code and sentence. `send` is runtime.sendMessage, passed in so this stays free of browser globals.
 */
export async function request<T extends RequestType>(
  send: (message: unknown) => Promise<unknown>,
  message: RequestOf<T>,
): Promise<ResponseOf<T>> {
  const result = (await send(message)) as Result<ResponseOf<T>> | undefined;
  if (!result || typeof result !== 'object' || !('ok' in result)) {
    throw new RequestError('unreachable', 'Skinmark did not answer; reload the page and try again.');
  }
  if (!result.ok) throw new RequestError(result.code, result.error);
  return result.value;
}
