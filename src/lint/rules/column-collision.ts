import type { MappingRule, Report } from './rule.js';
import { inConfigOf } from './example.js';
import { fieldLocation, hasCaseCollision } from './support.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  sameColumn: (d: { objectName: string; earlier: string; name: string; column: string }) =>
    `${d.objectName} maps both ${d.earlier} and ${d.name}, which differ only in case and would both become the column ${d.column}. Keep one of them in fields.`,
};

export const columnCollision: MappingRule = {
  id: 'column-collision',
  scope: 'mapping',
  defaultLevel: 'error',
  messages,
  docs: {
    summary: 'Two mapped fields differ only in case, such as `Email__c` and `email__c`.',
    why: 'Connect names each column after the lower-cased field name, so both fields would need the same column; and Salesforce treats the two names as the same field.',
    source: 'Heroku Dev Center, Heroku Connect Database Tables: column names are the lower-cased Salesforce field names.',
    bad: '"fields": { "Id": {}, "Email__c": {}, "email__c": {}, "SystemModstamp": {} }',
    good: '"fields": { "Id": {}, "Email__c": {}, "SystemModstamp": {} }',
    example: inConfigOf('Account', 'read_only'),
  },
  check(mapping) {
    if (!hasCaseCollision(mapping)) return [];
    const first = new Map<string, string>();
    const reports: Report[] = [];
    for (const name of mapping.fields ?? []) {
      const column = name.toLowerCase();
      const earlier = first.get(column);
      if (earlier === undefined) {
        first.set(column, name);
        continue;
      }
      reports.push({
        ...fieldLocation(mapping, name),
        message: messages.sameColumn({ objectName: mapping.objectName, earlier, name, column }),
      });
    }
    return reports;
  },
};
