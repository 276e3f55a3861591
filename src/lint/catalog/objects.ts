/**
 * Built-in facts about Salesforce standard objects, from the sourced notes in
 * shared/research/heroku-connect-rules.md (section numbers below) and the Salesforce object
 * reference. A fact that no source backs is left out: the rules treat a missing fact as unknown and
 * stay silent. Each group below is one fact with one source; the groups are merged into
 * STANDARD_OBJECTS, and two groups may never disagree about an object.
 */
export interface CatalogEntry {
  queryable?: boolean | 'filter';
  updateable?: boolean;
  timestampField?: string;
  bulkLimited?: BulkLimit;
  archivable?: boolean;
  /** Fields whose type matters to a rule (base64, compound address/location), by API name. */
  fields?: Record<string, string>;
}

/**
 * The system fields, spelled as Salesforce spells them on every object that has them (Salesforce
 * Object Reference, "System Fields"). Only their spelling is taken from here, never their presence.
 */
export const SYSTEM_FIELDS: readonly string[] = ['Id', 'IsDeleted', 'CreatedById', 'CreatedDate', 'LastModifiedById', 'LastModifiedDate', 'SystemModstamp'];

/** Standard objects in PushTopic queries (Salesforce Streaming API "Supported PushTopic Queries"). */
export const PUSH_TOPIC_OBJECTS: ReadonlySet<string> = new Set([
  'Account',
  'Campaign',
  'Case',
  'Contact',
  'ContractLineItem',
  'Entitlement',
  'Lead',
  'LiveChatTranscript',
  'MessagingSession',
  'Opportunity',
  'Quote',
  'QuoteLineItem',
  'ServiceAppointment',
  'ServiceContract',
  'Task',
  'UserServicePresence',
  'WorkOrder',
  'WorkOrderLineItem',
]);

type ObjectFact = Omit<CatalogEntry, 'fields'>;
type FactGroup = readonly [names: readonly string[], fact: ObjectFact];

/** §8: queryable with a plain SOQL poll on SystemModstamp (ESTUARY lists them with cursor SystemModstamp). */
const POLLED_ON_SYSTEM_MODSTAMP: FactGroup = [
  [
    'Account',
    'Contact',
    'Lead',
    'Opportunity',
    'Case',
    'Campaign',
    'CampaignMember',
    'Task',
    'Event',
    'User',
    'Product2',
    'Pricebook2',
    'PricebookEntry',
    'Order',
    'OrderItem',
    'Contract',
    'Asset',
    'Quote',
    'QuoteLineItem',
    'Note',
    'Attachment',
    'ContentVersion',
    'ContentDocument',
    'RecordType',
    'Group',
    'UserRole',
    'Profile',
    'AccountContactRelation',
    'OpportunityLineItem',
    'OpportunityContactRole',
    'CaseComment',
    'EmailMessage',
    'Individual',
    'Entitlement',
    'WorkOrder',
    'ServiceAppointment',
    'AccountTeamMember',
    'Solution',
    'BusinessHours',
    'Organization',
    'AcceptedEventRelation',
    // Beyond the §8 table, same source (ESTUARY supported_standard_objects.py, cursor SystemModstamp).
    'LiveChatTranscript',
    'MessagingSession',
    'OpportunityTeamMember',
    'OpportunityCompetitor',
    'OpportunityPartner',
    'PermissionSet',
    'PermissionSetAssignment',
    'ProcessInstance',
    'LeadStatus',
    'Location',
  ],
  { queryable: true, timestampField: 'SystemModstamp' },
];

/**
 * §8 and §1.4/§1.6: field history objects have no SystemModstamp (ESTUARY cursor CreatedDate) and
 * their supported calls do not include update() (object reference, StandardObjectNameHistory).
 */
const FIELD_HISTORY: FactGroup = [['LeadHistory', 'AccountHistory', 'CaseHistory', 'ContactHistory', 'OpportunityFieldHistory'], { queryable: true, updateable: false, timestampField: 'CreatedDate' }];

/**
 * Named like history objects but polled otherwise, so the name-based guess (CreatedDate) must not
 * apply: OpportunityHistory has SystemModstamp (ESTUARY cursor SystemModstamp) and no update()
 * (object reference, OpportunityHistory supported calls); LoginHistory is polled on LoginTime
 * (§1.4: TAP and AIRBYTE replication keys; ESTUARY cursor LoginTime).
 */
const HISTORY_NAMED_EXCEPTIONS: readonly FactGroup[] = [
  [['OpportunityHistory'], { queryable: true, updateable: false, timestampField: 'SystemModstamp' }],
  [['LoginHistory'], { timestampField: 'LoginTime' }],
];

/** §8: update() is among the supported calls in the object reference. */
const UPDATEABLE: FactGroup = [['ContentDocument', 'ContentDocumentLink', 'Profile'], { updateable: true }];

/**
 * Objects Salesforce lets you query only with an object-specific filter, which Connect's poll does
 * not have. Heroku's BAD_CONFIG list (Dev Center "Mapping Configuration Options", seed 002) names
 * CollaborationGroupRecord, ContentDocumentLink, ContentFolderItem, ContentFolderMember,
 * FeedPollVote, IdeaComment, KnowledgeArticleVersion and Vote; §1.2 adds ContentHubItem
 * (SF-SOQL-LIM), TAP's QUERY_RESTRICTED list, ESTUARY's filter-only objects, and §2 the child-only
 * FeedItem and FeedRevision.
 */
const FILTER_REQUIRED: FactGroup = [
  [
    'CollaborationGroupRecord',
    'ContentDocumentLink',
    'ContentFolderItem',
    'ContentFolderMember',
    'FeedPollVote',
    'IdeaComment',
    'KnowledgeArticleVersion',
    'Vote',
    'ContentHubItem',
    'Announcement',
    'FieldDefinition',
    'PlatformAction',
    'UserEntityAccess',
    'RelationshipInfo',
    'SearchLayout',
    'SiteDetail',
    'EntityParticle',
    'OwnerChangeOptionInfo',
    'DataStatistics',
    'UserFieldAccess',
    'PicklistValueInfo',
    'RelationshipDomain',
    'FlexQueueItem',
    'NetworkUserHistoryRecent',
    'FieldHistoryArchive',
    'RecordActionHistory',
    'FlowVersionView',
    'FlowVariableView',
    'AppTabMember',
    'ColorDefinition',
    'DatacloudDandBCompany',
    'DatacloudAddress',
    'FlowTestView',
    'RelatedListColumnDefinition',
    'RelatedListDefinition',
    'ApexTypeImplementor',
    'IconDefinition',
    'ActivityFieldHistory',
    'OmniRoutingEventStore',
    'FeedItem',
    'FeedRevision',
  ],
  { queryable: 'filter' },
];

/** §1.2/§2: no SOQL query at all ("entity type ... does not support query"; TAP QUERY_INCOMPATIBLE list). */
const QUERY_INCOMPATIBLE: FactGroup = [
  [
    'DataType',
    'ListViewChartInstance',
    'FeedLike',
    'OutgoingEmail',
    'OutgoingEmailRelation',
    'FeedSignal',
    'ActivityHistory',
    'EmailStatus',
    'UserRecordAccess',
    'Name',
    'AggregateResult',
    'OpenActivity',
    'ProcessInstanceHistory',
    'OwnedContentDocument',
    'FolderedContentDocument',
    'FeedTrackedChange',
    'CombinedAttachment',
    'AttachedContentDocument',
    'ContentBody',
    'NoteAndAttachment',
    'LookedUpFromActivity',
    'AttachedContentNote',
    'QuoteTemplateRichTextData',
  ],
  { queryable: false },
];

/** §1.6 (object reference v226/v238): KnowledgeArticleVersion supports no update(); writes go through the __kav object. */
const NOT_UPDATEABLE: FactGroup = [['KnowledgeArticleVersion'], { updateable: false }];

/**
 * How the Bulk API fails an object: 'documented', Heroku's own statement that its changes cannot be
 * retrieved past 20,000 changed records; 'unsupported', the object is not supported by the Bulk API
 * at all, which Connect switches polling to past 10,000 changes (§4.5, DC-MSR).
 */
export type BulkLimit = 'documented' | 'unsupported';

/** §2, DC-MCO: LeadHistory does not support bulk paging, and Attachment's base64 Body is not supported by the Bulk API. */
const BULK_LIMIT_DOCUMENTED: FactGroup = [['LeadHistory', 'Attachment'], { bulkLimited: 'documented' }];

/** §2: TAP, AIRBYTE and ESTUARY list these as not supported by the Bulk API. */
const BULK_UNSUPPORTED: FactGroup = [
  [
    'AcceptedEventRelation',
    'DeclinedEventRelation',
    'UndecidedEventRelation',
    'CaseStatus',
    'ContractStatus',
    'OrderStatus',
    'PartnerRole',
    'SolutionStatus',
    'TaskPriority',
    'TaskStatus',
    'ServiceAppointmentStatus',
    'WorkOrderStatus',
    'WorkOrderLineItemStatus',
    'WorkStepStatus',
    'ShiftStatus',
    'FieldSecurityClassification',
    'RecentlyViewed',
    'EventWhoRelation',
    'TaskWhoRelation',
  ],
  { bulkLimited: 'unsupported' },
];

/** §2 (DC-MCO, DC-DASH): archived Tasks and Events are invisible to the Bulk API, so Connect never syncs them. */
const ARCHIVABLE: FactGroup = [['Task', 'Event'], { archivable: true }];

/**
 * §3: field types Connect cannot give a column. base64: Attachment.Body (DC-MCO), the blob fields of
 * Document, ContentVersion and ContentNote (REST API "Get Blob Data", UI API "Upload Binary Files")
 * and StaticResource.Body (object reference). address: the standard compound address fields
 * (object reference "Address Compound Fields"; §3 DDL shows only the components get columns).
 * Account's four addresses include the person-account ones, PersonMailingAddress and
 * PersonOtherAddress (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/compound_fields_address.htm).
 * The Field Service objects each document "Address, Type address" in the object reference:
 * https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-workorderlineitem.html,
 * .../object-resourceabsence.html, .../object-serviceterritory.html, .../object-serviceterritorymember.html,
 * and ContactPointAddress (.../object-contactpointaddress.html).
 */
const FIELD_TYPES: Readonly<Record<string, Record<string, string>>> = {
  Attachment: { Body: 'base64' },
  Document: { Body: 'base64' },
  ContentVersion: { VersionData: 'base64' },
  ContentNote: { Content: 'base64' },
  StaticResource: { Body: 'base64' },
  Account: { BillingAddress: 'address', ShippingAddress: 'address', PersonMailingAddress: 'address', PersonOtherAddress: 'address' },
  Contact: { MailingAddress: 'address', OtherAddress: 'address' },
  Lead: { Address: 'address' },
  User: { Address: 'address' },
  Organization: { Address: 'address' },
  Contract: { BillingAddress: 'address', ShippingAddress: 'address' },
  Order: { BillingAddress: 'address', ShippingAddress: 'address' },
  Quote: { BillingAddress: 'address', ShippingAddress: 'address', QuoteToAddress: 'address', AdditionalAddress: 'address' },
  ServiceAppointment: { Address: 'address' },
  WorkOrder: { Address: 'address' },
  WorkOrderLineItem: { Address: 'address' },
  ServiceTerritory: { Address: 'address' },
  ServiceTerritoryMember: { Address: 'address' },
  ResourceAbsence: { Address: 'address' },
  ContactPointAddress: { Address: 'address' },
};

export const STANDARD_OBJECTS: Readonly<Record<string, CatalogEntry>> = buildCatalog(
  [POLLED_ON_SYSTEM_MODSTAMP, FIELD_HISTORY, ...HISTORY_NAMED_EXCEPTIONS, UPDATEABLE, FILTER_REQUIRED, QUERY_INCOMPATIBLE, NOT_UPDATEABLE, BULK_LIMIT_DOCUMENTED, BULK_UNSUPPORTED, ARCHIVABLE],
  FIELD_TYPES,
);

function buildCatalog(groups: readonly FactGroup[], fieldTypes: Readonly<Record<string, Record<string, string>>>): Record<string, CatalogEntry> {
  const catalog: Record<string, CatalogEntry> = {};
  for (const [names, fact] of groups) {
    for (const name of names) {
      const entry = (catalog[name] ??= {});
      for (const [key, value] of Object.entries(fact) as [keyof ObjectFact, ObjectFact[keyof ObjectFact]][]) {
        // Two sources contradicting each other would make the catalog's answer depend on group order.
        if (entry[key] !== undefined && entry[key] !== value) throw new Error(`Catalog conflict for ${name}.${key}.`);
        Object.assign(entry, { [key]: value });
      }
    }
  }
  for (const [name, fields] of Object.entries(fieldTypes)) (catalog[name] ??= {}).fields = fields;
  return catalog;
}
