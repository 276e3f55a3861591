import type { ObjectKind } from './facts.js';

/**
 * Standard platform events, which have no `__e` suffix: Salesforce's "Standard Platform Event Object
 * List" (https://developer.salesforce.com/docs/platform/platform-events/guide/platform-events-objects-list.html)
 * and "Real-Time Event Monitoring Objects"
 * (https://developer.salesforce.com/docs/atlas.en-us.platform_events.meta/platform_events/platform_events_objects_monitoring.htm).
 * Only the events: their storage objects (LoginEvent, ApiEvent, FileEventStore, ...) are queryable and are not listed.
 * The older monitoring events are all named ...EventStream and are matched by that suffix.
 */
const STANDARD_PLATFORM_EVENTS: ReadonlySet<string> = new Set(
  [
    'BatchApexErrorEvent',
    'AssetTokenEvent',
    'PlatformStatusAlertEvent',
    'FlowExecutionErrorEvent',
    'ProcessExceptionEvent',
    'RemoteKeyCalloutEvent',
    'CommerceDiagnosticEvent',
    'ConsentEvent',
    'AIPredictionEvent',
    'OrderSummaryCreatedEvent',
    'OrderSumStatusChangedEvent',
    'FOStatusChangedEvent',
    // Real-Time Event Monitoring events named after API version 46.0 (their storage objects end in EventStore).
    'ApiAnomalyEvent',
    'BulkApiResultEvent',
    'ConcurLongRunApexErrEvent',
    'CredentialStuffingEvent',
    'FileEvent',
    'PermissionSetEvent',
    'ReportAnomalyEvent',
    'SessionHijackingEvent',
    'MobileEmailEvent',
    'MobileEnforcedPolicyEvent',
    'MobileScreenshotEvent',
    'MobileTelephonyEvent',
  ].map((name) => name.toLowerCase()),
);

/** What an API name's suffix says about the object (Salesforce naming conventions; see docs/rules.md). */
export function kindOf(objectName: string): ObjectKind {
  const name = objectName.toLowerCase();
  if (name.endsWith('__b')) return 'big-object';
  if (name.endsWith('__e')) return 'platform-event';
  if (!name.includes('__') && (name.endsWith('eventstream') || STANDARD_PLATFORM_EVENTS.has(name))) return 'platform-event';
  if (name.endsWith('changeevent')) return 'change-event';
  if (name.endsWith('__x')) return 'external-object';
  if (name.endsWith('__mdt')) return 'custom-metadata';
  if (name.endsWith('__kav') || name === 'knowledgearticleversion') return 'knowledge-article';
  if (name.endsWith('__history') || (!name.includes('__') && name.endsWith('history'))) return 'history';
  if (name.endsWith('__share') || (!name.includes('__') && name.endsWith('share'))) return 'share';
  if (name.endsWith('__feed') || (!name.includes('__') && name.endsWith('feed'))) return 'feed';
  if (name.endsWith('__c')) return 'custom';
  return 'standard';
}
