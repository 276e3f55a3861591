import { exportConfiguration } from '../clients/connect/client.js';
import { onConnection, type ConnectionOptions } from '../clients/connect/resolve.js';
import type { AppTarget } from '../clients/connect/targets.js';
import { mergeMappingFiles, type DeployFile } from './document.js';
import { planChanges } from './diff.js';
import type { FilePlan } from './file.js';

/**
 * Exactly what importing the files would change on the connection: the files, merged as the deploy
 * merges them, against the connection's live export. Read only: the export is a GET. Mappings that
 * are live but in no file show as removed, with the consequence that import keeps them. Every call
 * ends by the connection's deadline, so a Connect API that does not answer cannot hold the plan.
 */
export async function planAgainstLive(connection: ConnectionOptions, target: AppTarget, files: readonly DeployFile[]): Promise<FilePlan> {
  const head = await mergeMappingFiles(files);
  return onConnection(connection, target, async (api, live) => {
    const configuration = await exportConfiguration(api, live);
    return { path: `${target.app} (live connection ${live.resource_name})`, status: 'modified', app: target.app, ...planChanges(configuration, head) };
  });
}
