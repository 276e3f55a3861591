/**
 * The deploy ran and did not succeed: Heroku Connect answered with an error or could not be reached,
 * the import landed in an error state, or it did not settle in time. Not a bug (no stack trace) and
 * not a wrong input (ConfigurationError): the CLI exits 1 for it, as for a failed lint.
 */
export class DeployFailure extends Error {
  override name = 'DeployFailure';
}
