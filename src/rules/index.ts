import type { Rule } from '../lint/rule.js';
import { duplicateKey } from './duplicate-key.js';
import { duplicateMapping } from './duplicate-mapping.js';
import { invalidJson } from './invalid-json.js';
import { missingIdField } from './missing-id-field.js';
import { pollingInterval } from './polling-interval.js';
import { schemaRule } from './schema.js';
import { unreadableFile } from './unreadable-file.js';

/** Every rule, in the order the docs list them. A new rule is one file and one line here. */
export const RULES: readonly Rule[] = [
  unreadableFile,
  invalidJson,
  duplicateKey,
  schemaRule,
  duplicateMapping,
  missingIdField,
  pollingInterval,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
