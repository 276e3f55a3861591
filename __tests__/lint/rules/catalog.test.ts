import { STANDARD_OBJECTS } from '../../../src/lint/catalog/objects.js';
import { factsFor } from '../../../src/lint/catalog/resolve.js';
import { DescribeIndex } from '../../../src/lint/describe/types.js';
import { defaultLintOptions, lintText } from '../../../src/lint/engine.js';
import { slowTests } from '../../../test-support/slow.js';

describe('standard-object catalog', () => {
  it('knows how at least 50 standard objects are polled', () => {
    const polled = Object.values(STANDARD_OBJECTS).filter((entry) => entry.queryable === true && entry.timestampField !== undefined);
    expect(polled.length).toBeGreaterThanOrEqual(50);
  });

  it("marks every object of Heroku's BAD_CONFIG filter list as needing a filter", () => {
    for (const name of ['CollaborationGroupRecord', 'ContentDocumentLink', 'ContentFolderItem', 'ContentFolderMember', 'FeedPollVote', 'IdeaComment', 'KnowledgeArticleVersion', 'Vote']) {
      expect(factsFor(name).queryable).toBe('filter');
    }
  });

  it('looks objects up without regard to case, as Salesforce does', () => {
    expect(factsFor('leadhistory')).toMatchObject({ kind: 'history', bulkLimited: 'documented', updateable: false, timestampField: 'CreatedDate', origin: 'catalog' });
  });

  it('overrides the name-based history guess where the object is polled otherwise', () => {
    expect(factsFor('OpportunityHistory').timestampField).toBe('SystemModstamp');
    expect(factsFor('LoginHistory').timestampField).toBe('LoginTime');
    expect(factsFor('Custom__History')).toMatchObject({ updateable: false, timestampField: 'CreatedDate' });
  });

  it('lets describe data confirm or replace the polling timestamp', () => {
    const loginTime = {
      name: 'LoginHistory',
      fields: [
        { name: 'Id', type: 'id' },
        { name: 'LoginTime', type: 'datetime' },
      ],
    };
    expect(factsFor('LoginHistory', loginTime).timestampField).toBe('LoginTime');
    const bothDates = { name: 'AccountHistory', fields: [{ name: 'Id' }, { name: 'CreatedDate' }, { name: 'SystemModstamp' }] };
    expect(factsFor('AccountHistory', bothDates).timestampField).toBe('SystemModstamp');
    expect(factsFor('Thing__c', { name: 'Thing__c', fields: [{ name: 'Id' }] })).toMatchObject({ timestampField: undefined, fieldsComplete: true });
  });

  it('knows the compound and binary fields of common objects', () => {
    expect(factsFor('Quote').fields.get('QuoteToAddress')?.type).toBe('address');
    expect(factsFor('ContentVersion').fields.get('VersionData')?.type).toBe('base64');
    expect(factsFor('Task')).toMatchObject({ archivable: true, streaming: true });
    expect(factsFor('Event')).toMatchObject({ archivable: true, streaming: false });
  });

  it('says nothing it has no source for', () => {
    const facts = factsFor('Idea');
    expect(facts).toMatchObject({ kind: 'standard', origin: 'name', streaming: false });
    expect([facts.queryable, facts.updateable, facts.timestampField, facts.bulkLimited]).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('standard platform events', () => {
  it.each(['BatchApexErrorEvent', 'LoginEventStream', 'lightninguriEVENTSTREAM', 'ListViewEventStream', 'ApiAnomalyEvent'])('%s is a platform event', (name) => {
    expect(factsFor(name).kind).toBe('platform-event');
  });

  it.each(['LoginEvent', 'ApiEvent', 'ApiAnomalyEventStore', 'Event', 'My__EventStream__c'])('%s is not: it stores records', (name) => {
    expect(factsFor(name).kind).not.toBe('platform-event');
  });

  slowTests('at scale', () => {
    it('reads a large describe once however often its object is mapped', async () => {
      // 1,000 mappings of one object against 20,000 described fields: once a copy of the fields per mapping (about 5 s).
      const fields = [{ name: 'Id', type: 'id' }, { name: 'SystemModstamp', type: 'datetime' }, ...Array.from({ length: 20_000 }, (_, i) => ({ name: `F${i}__c`, type: 'string' }))];
      const describe = new DescribeIndex();
      describe.add({ name: 'Account', fields });
      const mappings = Array.from({ length: 1_000 }, () => ({ object_name: 'Account', config: { access: 'read_only', fields: { Id: {}, SystemModstamp: {}, F7__c: {} } } }));
      const started = performance.now();
      const findings = await lintText('m.json', JSON.stringify({ mappings }), 'json', { ...defaultLintOptions(), describe });
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(findings.filter((f) => f.ruleId === 'duplicate-mapping')).toHaveLength(999);
      expect(factsFor('Account', describe.get('Account')).fields).toBe(factsFor('account', describe.get('Account')).fields);
    });
  });
});
