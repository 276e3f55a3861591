import type { DocumentRule } from './rule.js';

const MAXIMUM_MAPPINGS = 100;

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  tooMany: (d: { mappingCount: string }) =>
    `The file has ${d.mappingCount} mappings, more than the ${MAXIMUM_MAPPINGS} Heroku Connect diagnose accepts for one connection. Remove mappings nobody reads, or split the objects across two connections.`,
};

export const tooManyMappings: DocumentRule = {
  id: 'too-many-mappings',
  scope: 'document',
  defaultLevel: 'warning',
  messages,
  docs: {
    summary: 'The file has more than 100 mappings.',
    why: 'Heroku Connect diagnose warns about connections with more than 100 mappings: each mapping polls Salesforce on its own schedule and adds load to the connection.',
    source: 'Heroku Connect diagnose, check NUM_MAPPINGS_WITHIN_LIMIT "Number of Mappings" (passes when the connection has no more than 100 mappings; heroku-connect-plugin diagnose tests).',
    bad: '"mappings": [ /* 120 mappings */ ]',
    good: '"mappings": [ /* 100 mappings or fewer; the rest in a second connection */ ]',
    example: { unrunnable: 'it stands for a file of 120 mappings, too large to show' },
  },
  check(document) {
    if (document.mappingCount <= MAXIMUM_MAPPINGS) return [];
    return [
      {
        path: ['mappings'],
        at: 'key',
        message: messages.tooMany({ mappingCount: String(document.mappingCount) }),
      },
    ];
  },
};
