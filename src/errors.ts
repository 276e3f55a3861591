/**
 * An error the user caused: a wrong input, a missing file, a connection that cannot take an import.
 * It is reported as a clear message without a stack trace; anything else is an internal failure.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
