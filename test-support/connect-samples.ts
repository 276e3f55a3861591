import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Heroku Connect answer bodies as public sources recorded them, one file per endpoint and case, kept
 * next to the repository (never copied into it). Tests that read them skip, with a message, when the
 * folder is absent.
 */
export const SAMPLES = fileURLToPath(new URL('../../shared/research/connect-api-samples/', import.meta.url));

export const samplesPresent = existsSync(SAMPLES);

/** The sample files, sorted. */
export function sampleFiles(): string[] {
  return readdirSync(SAMPLES)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/** The body of a sample file. */
export function sample(file: string): unknown {
  return JSON.parse(readFileSync(join(SAMPLES, file), 'utf8'));
}
