import type { ObjectKind } from './facts.js';

/** What an API name's suffix says about the object (Salesforce naming conventions; see docs/rules.md). */
export function kindOf(objectName: string): ObjectKind {
  const name = objectName.toLowerCase();
  if (name.endsWith('__b')) return 'big-object';
  if (name.endsWith('__e')) return 'platform-event';
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
