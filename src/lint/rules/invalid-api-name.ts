import type { DocumentRule, Report } from './rule.js';
import { IN_FILE } from './example.js';
import { excerpt } from '../../core/text.js';
import { apiNameProblem, fieldNames } from '../../core/api-name.js';

const FORMAT = 'An API name is letters, digits and single underscores, starts with a letter, and may have a namespace prefix and a suffix (ns__Name__c).';

/**
 * A document rule: the engine leaves mappings with an invalid object_name, and fields with an
 * invalid name, out of what the other rules see, so this rule reads the mappings itself.
 */
/** Every message this rule reports: the rule reference lists them. */
const messages = {
  objectName: (d: { objectName: string; problem: string }) => `The object_name "${d.objectName}" is not a valid Salesforce API name: ${d.problem}. ${FORMAT}`,
  fieldName: (d: { field: string; mapping: string; problem: string }) => `The field name "${d.field}" in mapping #${d.mapping} is not a valid Salesforce API name: ${d.problem}. ${FORMAT}`,
};

export const invalidApiName: DocumentRule = {
  id: 'invalid-api-name',
  scope: 'document',
  defaultLevel: 'error',
  messages,
  docs: {
    summary:
      'An object_name or a mapped field name is not a valid Salesforce API name: a character other than an ASCII letter, digit or underscore (a space, a line break, a control or text-direction character), a leading digit or underscore, a trailing underscore, three underscores in a row, or an unknown suffix after a double underscore.',
    why: 'Salesforce has no object or field by such a name, so the mapping cannot sync; a name carrying a line break, an escape or a text-direction character is also how a hostile pull request forges log lines, workflow commands or misleading text. The other rules stay silent on such a name: one cause, one finding.',
    source:
      'Salesforce Object Reference, "Custom Objects" and "Object Name Suffixes"; Salesforce Help, "Custom Field Attributes" (field names: letters, digits and single underscores, starting with a letter, not ending with an underscore).',
    bad: '"mappings": [ { "object_name": "Project_c", "config": { "fields": { "Id": {}, "Due Date__c": {} } } } ]',
    good: '"mappings": [ { "object_name": "Project__c", "config": { "fields": { "Id": {}, "Due_Date__c": {} } } } ]',
    example: IN_FILE,
  },
  check(document) {
    const root = document.root as { mappings?: unknown } | null;
    const mappings = typeof root === 'object' && root !== null && Array.isArray(root.mappings) ? (root.mappings as unknown[]) : [];
    const reports: Report[] = [];
    mappings.forEach((mapping, index) => {
      if (typeof mapping !== 'object' || mapping === null) return;
      const { object_name: objectName, config } = mapping as { object_name?: unknown; config?: unknown };
      // An empty or missing object_name is the schema rule's finding.
      if (typeof objectName === 'string' && objectName !== '') {
        const problem = apiNameProblem(objectName);
        if (problem) {
          reports.push({
            path: ['mappings', index, 'object_name'],
            message: messages.objectName({ objectName: excerpt(objectName), problem }),
          });
        }
      }
      const fields = (config as { fields?: unknown } | null | undefined)?.fields;
      if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return;
      const { names, allValid } = fieldNames(fields);
      if (allValid) return;
      for (const field of names) {
        const problem = apiNameProblem(field);
        if (problem) {
          reports.push({
            path: ['mappings', index, 'config', 'fields', field],
            at: 'key',
            message: messages.fieldName({ field: excerpt(field), mapping: String(index + 1), problem }),
          });
        }
      }
    });
    return reports;
  },
};
