/**
 * Built-in facts about Salesforce standard objects, from the sourced notes in
 * shared/research/heroku-connect-rules.md (§2, §4.3, §8). A fact that no source backs is left out:
 * the rules treat a missing fact as unknown and stay silent.
 */
export interface CatalogEntry {
  queryable?: boolean | 'filter';
  updateable?: boolean;
  timestampField?: string;
  bulkLimited?: boolean;
  archivable?: boolean;
  /** Fields whose type matters to a rule (base64, compound address/location), by API name. */
  fields?: Record<string, string>;
}

/** Standard objects in PushTopic queries (Salesforce Streaming API "Supported PushTopic Queries"). */
export const PUSH_TOPIC_OBJECTS: ReadonlySet<string> = new Set([
  'Account', 'Campaign', 'Case', 'Contact', 'ContractLineItem', 'Entitlement', 'Lead', 'LiveChatTranscript',
  'MessagingSession', 'Opportunity', 'Quote', 'QuoteLineItem', 'ServiceAppointment', 'ServiceContract', 'Task',
  'UserServicePresence', 'WorkOrder', 'WorkOrderLineItem',
]);

export const STANDARD_OBJECTS: Readonly<Record<string, CatalogEntry>> = {
  Account: {
    queryable: true,
    timestampField: 'SystemModstamp',
    fields: { BillingAddress: 'address', ShippingAddress: 'address' },
  },
  Contact: {
    queryable: true,
    timestampField: 'SystemModstamp',
    fields: { MailingAddress: 'address', OtherAddress: 'address' },
  },
};
