import { redactSecrets } from './run-scope.js';
import { mapStack } from './stack.js';

/**
 * An error the user caused: a wrong input, a missing file, a connection that cannot take an import.
 * It is reported as a clear message without a stack trace; anything else is an internal failure.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/**
 * The deploy ran and did not succeed: Heroku Connect answered with an error or could not be reached,
 * the import landed in an error state, or it did not settle in time. The CLI exits 1 for it, as for
 * a failed lint.
 */
export class DeployFailure extends Error {
  override name = 'DeployFailure';
}

export type ErrorKind = 'configuration' | 'remote' | 'internal';

/** How the action and the CLI report an error: one line for the user's input and for remote failures. */
export interface ClassifiedError {
  kind: ErrorKind;
  /** The annotation's title in the action. */
  title: string;
  /** One line, or, for an internal error, one line asking for a report. */
  message: string;
  /** Only for internal errors: where to look. */
  stack?: string;
}

/**
 * The one place that decides what kind an error is. Argument errors of node:util's parseArgs are the
 * user's input too.
 */
export function classifyError(error: unknown): ClassifiedError {
  if (error instanceof ConfigurationError || isArgumentError(error)) {
    return { kind: 'configuration', title: 'Configuration error', message: errorMessage(error) };
  }
  if (error instanceof DeployFailure) return { kind: 'remote', title: 'Deploy failed', message: error.message };
  if (error instanceof RemoteFailure) return { kind: 'remote', title: `${error.service} failed`, message: error.message };
  return {
    kind: 'internal',
    title: 'Internal error',
    message: `Internal error in heroku-connect-action: ${errorMessage(error)}. Please report it with the log.`,
    stack: error instanceof Error && error.stack ? mapStack(error.stack) : String(error),
  };
}

function isArgumentError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/** Why a call to a remote service ended without an answer the caller could use. */
export type RemoteReason = 'hanging' | 'rate-limited' | 'failing' | 'redirected' | 'answered';

/**
 * A remote service (named: "Heroku Connect", "Salesforce", "GitHub", "git") could not be reached in
 * time, kept failing, redirected elsewhere, or answered with an error: neither the user's input nor
 * a bug, so it is reported as one line.
 */
export class RemoteFailure extends Error {
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

/**
 * Replaces every occurrence of a secret with a label, and every other secret of the run (see
 * core/run-scope.ts) with its own; an empty secret changes nothing.
 */
export function redactor(secret: string, label: string): (text: string) => string {
  return (text) => redactSecrets(secret === '' ? text : text.replaceAll(secret, label));
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
