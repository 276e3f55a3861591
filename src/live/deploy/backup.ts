import type { ExportDocument } from '../../clients/connect/types.js';
import { writeOutput } from '../../core/fs/write.js';

/**
 * Writes the live configuration, exported just before the import, where the user can import it back:
 * the import only adds and changes mappings, so this file is the way to undo a deploy. The name
 * says app, connection and time, and ends in a random part: a new file, mode 0600, that nothing
 * planted in the folder can redirect or overwrite, with every secret an answer echoed taken out.
 * Returns the file's path.
 */
export async function writeBackup(document: ExportDocument, dir: string, app: string, resource: string, now: number): Promise<string> {
  const stamp = new Date(now)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  // The 4-space layout of heroku connect:export, so the backup diffs cleanly against an export.
  return writeOutput({ kind: 'private', folder: dir, prefix: `heroku-connect-backup-${safeName(app)}-${safeName(resource)}-${stamp}-`, suffix: '.json' }, `${JSON.stringify(document, null, 4)}\n`);
}

function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-') || 'connection';
}
