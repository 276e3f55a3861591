import { exportConfiguration, readDetail, readSchemaDiff } from '../clients/connect/client.js';
import { onConnection, type ConnectionOptions } from '../clients/connect/resolve.js';
import type { AppTarget } from '../clients/connect/targets.js';
import { liveApiVersion, requestedApiVersion } from '../clients/connect/types.js';
import { apiVersionChanges } from './consequences.js';
import { mergeMappingFiles, type DeployFile } from './document.js';
import { planChanges } from './diff.js';
import type { FilePlan } from './file.js';

/**
 * Exactly what importing the files would change on the connection: the files, merged as the deploy
 * merges them, against the connection's live export. Read only: the export, the detail and the
 * schema diff are GETs. Mappings that are live but in no file show as removed, with the consequence
 * that import keeps them. When the files ask for a newer Salesforce API version than the
 * connection's (as a deploy with api-version-change: apply would change it to), Heroku Connect's
 * schema diff for it is part of the plan, one item per mapping and line of its message. Every call
 * ends by the connection's deadline, so a Connect API that does not answer cannot hold the plan.
 */
export async function planAgainstLive(connection: ConnectionOptions, target: AppTarget, files: readonly DeployFile[]): Promise<FilePlan> {
  const head = await mergeMappingFiles(files);
  return onConnection(connection, target, async (api, live) => {
    const configuration = await exportConfiguration(api, live);
    const plan = planChanges(configuration, head);
    // The detail is read only when the files name a version: it is what the version is compared with.
    if (head.connection?.api_version != null && !plan.unreadable) {
      const detail = await readDetail(api, live);
      const wanted = requestedApiVersion(head, detail);
      if (wanted !== undefined) {
        const diff = await readSchemaDiff(api, live, wanted);
        plan.changes = [...apiVersionChanges(liveApiVersion(detail)!, wanted, diff.mappings), ...plan.changes];
      }
    }
    return { path: `${target.app} (live connection ${live.resource_name})`, status: 'modified', app: target.app, ...plan };
  });
}
