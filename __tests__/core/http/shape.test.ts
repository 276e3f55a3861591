import { fetchDescribes } from '../../../src/lint/describe/live.js';
import { parseValidation } from '../../../src/clients/connect/types.js';
import { RemoteFailure } from '../../../src/core/errors.js';
import { fieldPath } from '../../../src/core/http/shape.js';
import { FakeClock } from '../../../test-support/fake-clock.js';
import { rejection } from '../../../test-support/harness.js';

describe('fieldPath', () => {
  it('writes a JSON path as a reader of the answer would', () => {
    expect(fieldPath([])).toBe('the answer');
    expect(fieldPath(['mappings', 2, 'state'])).toBe('mappings[2].state');
    expect(fieldPath([0, 'filename'])).toBe('[0].filename');
    expect(fieldPath(['mappings', 'Account__c', 'errors'])).toBe('mappings.Account__c.errors');
    expect(fieldPath(['mappings', 'a b"c'])).toBe('mappings["a b\\"c"]');
  });
});

describe('the Salesforce describe answer', () => {
  const describe_ = (body: unknown) =>
    fetchDescribes({ instanceUrl: 'https://acme.my.salesforce.com', accessToken: 'tok', objectNames: ['Account'], clock: new FakeClock(), fetchImpl: async () => Response.json(body) });

  it('is refused when a field has the wrong type, naming the field and the call', async () => {
    const error = await rejection(
      describe_({
        name: 'Account',
        fields: [
          { name: 'Id', type: 'id' },
          { name: 'Name', type: 'string', externalId: 'yes' },
        ],
      }),
    );
    expect(error).toBeInstanceOf(RemoteFailure);
    expect(error.message).toBe('Salesforce\'s answer when asked to fetch the describe of "Account" is not what its API returns: fields[1].externalId is a string, where true or false belongs.');
  });

  it('is read when it has the declared shape', async () => {
    const { index } = await describe_({ name: 'Account', queryable: true, fields: [{ name: 'Id', type: 'id', relationshipName: null }] });
    expect(index.get('Account')?.fields?.map((field) => field.name)).toEqual(['Id']);
  });
});

describe("a diagnose check's doc_url", () => {
  const check = (doc_url: unknown) => ({ warnings: [{ rule_id: 'SHOULD_HAVE_LOG_DRAIN', display_name: 'Logging', status: 'FAILED', message: 'No drain.', doc_url }] });

  it.each(['javascript:alert(1)', 'http://devcenter.heroku.com/x', 'data:text/html,x', 'https://a b'])('is refused as %j, before it can become a SARIF helpUri or a link', (url) => {
    expect(() => parseValidation(check(url), 'read the diagnose result')).toThrow(
      "Heroku Connect's answer when asked to read the diagnose result is not what its API returns: warnings[0].doc_url is not an https URL.",
    );
  });

  it('is read when it is an https URL, or absent or null', () => {
    expect(parseValidation(check('https://devcenter.heroku.com/articles/heroku-connect-diagnose'), 'read').warnings[0]?.doc_url).toBe('https://devcenter.heroku.com/articles/heroku-connect-diagnose');
    expect(parseValidation(check(null), 'read').warnings[0]?.doc_url).toBeUndefined();
  });
});
