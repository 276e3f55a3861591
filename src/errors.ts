/**
 * An error the user caused: a wrong input, a missing file, a connection that cannot take an import.
 * It is reported as a clear message without a stack trace; anything else is an internal failure.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/**
 * The deploy ran and did not succeed: Heroku Connect answered with an error or could not be reached,
 * the import landed in an error state, or it did not settle in time. Neither a bug (no stack trace)
 * nor a wrong input: the CLI exits 1 for it, as for a failed lint.
 */
export class DeployFailure extends Error {
  override name = 'DeployFailure';
}

/** Why a call to a remote service ended without an answer the caller could use. */
export type RemoteReason = 'hanging' | 'rate-limited' | 'failing' | 'redirected' | 'answered';

/**
 * A remote service (named: "Heroku Connect", "Salesforce", "GitHub") could not be reached in time,
 * kept failing, redirected elsewhere, or answered with an error: neither the user's input nor a bug,
 * so it is reported as one line. A DeployFailure too, so that callers which report a failed deploy
 * report it as they always have.
 */
export class RemoteFailure extends DeployFailure {
  override name = 'RemoteFailure';
  constructor(
    readonly service: string,
    readonly reason: RemoteReason,
    message: string,
  ) {
    super(message);
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Replaces every occurrence of a secret with a label; an empty secret changes nothing. */
export function redactor(secret: string, label: string): (text: string) => string {
  return (text) => (secret === '' ? text : text.replaceAll(secret, label));
}

/**
 * The error again, of the same kind, with the secret taken out of its message and stack and no
 * `cause`: a wrapped fetch error could carry request details.
 */
export function redactedError(error: unknown, redact: (text: string) => string): Error {
  const message = redact(errorMessage(error));
  const copy =
    error instanceof ConfigurationError
      ? new ConfigurationError(message)
      : error instanceof RemoteFailure
        ? new RemoteFailure(error.service, error.reason, message)
        : error instanceof DeployFailure
          ? new DeployFailure(message)
          : new Error(message);
  copy.stack = error instanceof Error && error.stack ? redact(error.stack) : message;
  return copy;
}
