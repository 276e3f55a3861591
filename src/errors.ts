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

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
