import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExportDocument } from '../connect/types.js';

/**
 * Writes the live configuration, exported just before the import, where the user can import it back:
 * the import only adds and changes mappings, so this file is the way to undo a deploy.
 * Returns the file's path.
 */
export async function writeBackup(document: ExportDocument, dir: string, app: string, resource: string, now: number): Promise<string> {
  await mkdir(dir, { recursive: true });
  const stamp = new Date(now).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const file = path.join(dir, `heroku-connect-backup-${safeName(app)}-${safeName(resource)}-${stamp}.json`);
  // The 4-space layout of heroku connect:export, so the backup diffs cleanly against an export.
  await writeFile(file, `${JSON.stringify(document, null, 4)}\n`);
  return file;
}

function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-') || 'connection';
}
