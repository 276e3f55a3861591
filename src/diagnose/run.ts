import { readValidationResult, startValidation, validateMapping, type ConnectApi } from '../connect/client.js';
import type { DiscoveredConnection, MappingDetail } from '../connect/types.js';
import { RemoteFailure } from '../errors.js';
import type { Clock } from '../http/clock.js';
import { formatDuration } from '../core/text.js';
import type { DiagnoseResults } from './findings.js';

export interface DiagnoseOptions {
  clock: Clock;
  /** Between reads of the connection's result, which answers 202 while the diagnose runs. */
  intervalMs: number;
  /** Clock time by which the diagnose has finished, or is given up. */
  deadline: number;
  log: { info(message: string): void };
}

/**
 * Heroku Connect's server-side diagnose (what `heroku connect:diagnose` and
 * `connect:mapping:diagnose` run): the connection's checks, started and then read at its result_url
 * until done, and each given mapping's checks, answered at once. Costs 1 + (reads of the result) +
 * one call per mapping.
 */
export async function runDiagnose(api: ConnectApi, connection: DiscoveredConnection, mappings: readonly MappingDetail[], options: DiagnoseOptions): Promise<DiagnoseResults> {
  const { clock } = options;
  const started = clock.now();
  const resultUrl = await startValidation(api, connection);
  options.log.info(`Heroku Connect's diagnose of the connection started; reading its result every ${formatDuration(options.intervalMs)}.`);
  let result = await readValidationResult(api, connection, resultUrl);
  while (result === undefined) {
    const remaining = options.deadline - clock.now();
    if (remaining <= 0) {
      throw new RemoteFailure(
        'Heroku Connect',
        'hanging',
        `Heroku Connect's diagnose of connection "${connection.resource_name}" had not finished after ${formatDuration(clock.now() - started)}, the time left before the deadline. Run "heroku connect:diagnose" later, or raise wait-timeout.`,
      );
    }
    await clock.sleep(Math.min(options.intervalMs, remaining));
    result = await readValidationResult(api, connection, resultUrl);
  }
  const diagnosed: DiagnoseResults['mappings'] = [];
  for (const mapping of mappings) {
    if (mapping.id === undefined) {
      options.log.info(`The ${mapping.object_name} mapping has no id in the connection's detail, so it is not diagnosed on its own.`);
      continue;
    }
    diagnosed.push({ object: mapping.object_name, results: await validateMapping(api, connection, { id: mapping.id, object_name: mapping.object_name }) });
  }
  return { connection: result, mappings: diagnosed };
}
