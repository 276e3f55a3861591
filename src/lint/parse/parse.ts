import { parseJson } from './json.js';
import type { ParsedSource } from './parsed.js';
import type { SourceFormat } from './source.js';

/**
 * A mapping file's text, parsed as its format says: the one way the lint, the plan and the deploy
 * read it. The YAML parser is loaded with the first YAML file: most runs read only JSON.
 */
export async function parseSource(text: string, format: SourceFormat): Promise<ParsedSource> {
  return format === 'yaml' ? (await import('./yaml.js')).parseYaml(text) : parseJson(text);
}
