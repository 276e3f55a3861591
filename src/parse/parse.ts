import { parseJson } from './json.js';
import type { ParsedSource } from './parsed.js';
import type { SourceFormat } from './source.js';
import { parseYaml } from './yaml.js';

/** A mapping file's text, parsed as its format says: the one way the lint, the plan and the deploy read it. */
export function parseSource(text: string, format: SourceFormat): ParsedSource {
  return format === 'yaml' ? parseYaml(text) : parseJson(text);
}
