import { readValidationResult, startValidation, validateMapping, type ConnectApi } from '../../clients/connect/client.js';
import type { DiscoveredConnection, MappingDetail, ValidationResults } from '../../clients/connect/types.js';
import { RemoteFailure } from '../../core/errors.js';
import type { Clock } from '../../core/http/clock.js';
import { formatDuration } from '../../core/text.js';
import type { DiagnoseResults } from './findings.js';

/** A check Heroku Connect could not answer: it counts as not run, neither passed nor failed. */
export interface CheckNotRun {
  /** What could not be read, as a sentence's object: "the diagnose of the Account mapping". */
  check: string;
  /** Why: the remote failure's message. */
  reason: string;
}

/** Hears of a check that Heroku Connect could not answer, with the failure. */
export type OnUnread = (check: string, failure: RemoteFailure) => void;

/**
 * `read()`, or undefined when Heroku Connect could not answer it (an error answer, a timeout, an
 * answer of the wrong shape: a RemoteFailure), which `onUnread` then hears of. Without `onUnread`,
 * and for anything but a remote failure (a refused key is a ConfigurationError), it throws.
 */
export async function readUnlessUnanswered<T>(check: string, read: () => Promise<T>, onUnread: OnUnread | undefined): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (onUnread === undefined || !(error instanceof RemoteFailure)) throw error;
    onUnread(check, error);
    return undefined;
  }
}

export interface DiagnoseOptions {
  clock: Clock;
  /** Between reads of the connection's result, which answers 202 while the diagnose runs. */
  intervalMs: number;
  /** Clock time by which the diagnose has finished, or is given up. */
  deadline: number;
  log: { info(message: string): void };
  /** Given, a part of the diagnose Heroku Connect could not answer is left out and reported here, rather than failing the whole. */
  onUnread?: OnUnread;
}

/**
 * Heroku Connect's server-side diagnose (what `heroku connect:diagnose` and
 * `connect:mapping:diagnose` run): the connection's checks, started and then read at its result_url
 * until done, and each given mapping's checks. The connection's result can carry each mapping's
 * checks under `mappings`, by object name; a mapping it lacks is asked for on its own, answered at
 * once. Costs 1 + (reads of the result) + one call per mapping the result lacks.
 */
export async function runDiagnose(api: ConnectApi, connection: DiscoveredConnection, mappings: readonly MappingDetail[], options: DiagnoseOptions): Promise<DiagnoseResults> {
  const result = await readUnlessUnanswered("Heroku Connect's diagnose of the connection", () => diagnoseConnection(api, connection, options), options.onUnread);
  const carried = new Map(Object.entries(result?.mappings ?? {}).map(([object, checks]) => [object.toLowerCase(), checks]));
  const diagnosed: DiagnoseResults['mappings'] = [];
  for (const mapping of mappings) {
    const known = carried.get(mapping.object_name.toLowerCase());
    if (known !== undefined) {
      diagnosed.push({ object: mapping.object_name, results: known });
      continue;
    }
    const { id } = mapping;
    if (id === undefined) {
      options.log.info(`The ${mapping.object_name} mapping has no id in the connection's detail, so it is not diagnosed on its own.`);
      continue;
    }
    const results = await readUnlessUnanswered(
      `Heroku Connect's diagnose of the ${mapping.object_name} mapping`,
      () => validateMapping(api, connection, { id, object_name: mapping.object_name }),
      options.onUnread,
    );
    if (results !== undefined) diagnosed.push({ object: mapping.object_name, results });
  }
  return { connection: result ?? { errors: [], warnings: [], passes: [], skips: [], mappings: {} }, mappings: diagnosed };
}

/** Starts the connection's diagnose and reads its result until it is done, within the deadline. */
async function diagnoseConnection(api: ConnectApi, connection: DiscoveredConnection, options: DiagnoseOptions): Promise<ValidationResults> {
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
  return result;
}
