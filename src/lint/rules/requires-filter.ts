import type { MappingRule } from './rule.js';
import { AS_MAPPING } from './example.js';
import { objectLocation, rejectedByKind } from './support.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  needsFilter: (d: { objectName: string }) =>
    `${d.objectName} can only be queried with a filter on specific fields, and Heroku Connect polls without one (BAD_CONFIG). Remove this mapping, or map the parent object and read ${d.objectName} through the Salesforce API.`,
};

export const requiresFilter: MappingRule = {
  id: 'requires-filter',
  scope: 'mapping',
  defaultLevel: 'error',
  messages,
  docs: {
    summary: 'The mapped object can only be queried with an object-specific filter (such as ContentDocumentLink, Vote, IdeaComment or FeedItem).',
    why: 'Connect polls every record of an object by timestamp. Salesforce rejects such a query on these objects unless it filters on particular fields (a record Id, a parent Id), so the mapping goes to BAD_CONFIG.',
    source:
      'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object does not require a filter to query (CollaborationGroupRecord, ContentDocumentLink, ContentFolderItem, ContentFolderMember, FeedPollVote, IdeaComment, KnowledgeArticleVersion, Vote); Salesforce SOQL and SOSL Reference, "SOQL Limits on Objects"; singer-io/tap-salesforce Blacklisting.md ("Implementation restriction ... requires a filter").',
    bad: '{ "object_name": "ContentDocumentLink", "config": { "access": "read_only" } }',
    good: '{ "object_name": "ContentDocument", "config": { "access": "read_only" } }',
    example: AS_MAPPING,
    silentWhen: [
      "The object is already rejected by its kind (big object, platform or change event, custom metadata type, external object, knowledge article version): that rule's finding is the one to act on.",
    ],
  },
  check(mapping) {
    if (mapping.facts.queryable !== 'filter' || rejectedByKind(mapping.facts)) return [];
    return [
      {
        ...objectLocation(mapping),
        message: messages.needsFilter({ objectName: mapping.objectName }),
      },
    ];
  },
};
