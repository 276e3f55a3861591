import { connectApi, exportConfiguration } from '../connect/client.js';
import { findConnection } from '../connect/resolve.js';
import { mergeMappingFiles, type DeployFile } from './document.js';
import { redactedError, redactor } from '../errors.js';
import { planChanges } from './diff.js';
import type { FilePlan } from './file.js';

export interface LiveTarget {
  app: string;
  resource?: string;
  apiKey: string;
  discoveryServer: string;
}

/**
 * Exactly what importing the files would change on the connection: the files, merged as the deploy
 * merges them, against the connection's live export. Read only: the export is a GET. Mappings that
 * are live but in no file show as removed, with the consequence that import keeps them.
 */
export async function planAgainstLive(target: LiveTarget, files: readonly DeployFile[], log: { info(message: string): void }): Promise<FilePlan> {
  const redact = redactor(target.apiKey, '[HEROKU_API_KEY]');
  try {
    const head = await mergeMappingFiles(files);
    const api = connectApi({ apiKey: target.apiKey, discoveryServer: target.discoveryServer, log });
    const connection = await findConnection(api, target.app, target.resource, log);
    const live = await exportConfiguration(api, connection);
    return { path: `${target.app} (live connection ${connection.resource_name})`, status: 'modified', app: target.app, ...planChanges(live, head) };
  } catch (error) {
    throw redactedError(error, redact);
  }
}
