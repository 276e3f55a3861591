// fetch's errors are read by shape, not instanceof: they come from Node's own realm, which differs
// from the caller's when code runs in a VM context (as under jest).

/** Whether fetch gave up because the request's AbortSignal.timeout fired. */
export function isTimeout(error: unknown): boolean {
  return (error as { name?: unknown } | null | undefined)?.name === 'TimeoutError';
}

/**
 * What a network failure says, with its cause: undici's "fetch failed" says nothing, its cause
 * ("ECONNREFUSED", "other side closed") says what happened.
 */
export function networkErrorText(error: unknown): string {
  const cause = (error as { cause?: unknown } | null | undefined)?.cause;
  return `${textOf(error)}${cause === undefined ? '' : ` (${textOf(cause)})`}`;
}

function textOf(value: unknown): string {
  const message = (value as { message?: unknown } | null | undefined)?.message;
  return typeof message === 'string' ? message : String(value);
}
