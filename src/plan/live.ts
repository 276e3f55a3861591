import { exportConfiguration } from '../connect/client.js';
import { onConnection } from '../connect/resolve.js';
import { mergeMappingFiles, type DeployFile } from './document.js';
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
  const head = await mergeMappingFiles(files);
  return onConnection({ apiKey: target.apiKey, discoveryServer: target.discoveryServer, log }, target, async (api, connection) => {
    const live = await exportConfiguration(api, connection);
    return { path: `${target.app} (live connection ${connection.resource_name})`, status: 'modified', app: target.app, ...planChanges(live, head) };
  });
}
