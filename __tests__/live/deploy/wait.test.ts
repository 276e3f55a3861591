import type { Clock } from '../../../src/core/http/clock.js';
import type { ConnectionDetail, MappingDetail } from '../../../src/clients/connect/types.js';
import { DeployFailure, RemoteFailure } from '../../../src/core/errors.js';
import { formatDuration } from '../../../src/core/text.js';
import { waitForImport, waitForRunningImport, type ImportExpectation, type PollOptions } from '../../../src/live/deploy/wait.js';

const mapping = (object_name: string, state = 'DATA_SYNCED', revision = 1, state_description?: string): MappingDetail => ({
  object_name,
  state,
  ...(state_description && { state_description }),
  config: { revision, applied_at: `2026-01-01T00:00:0${revision}Z` },
});
const detail = (state: string, ...mappings: MappingDetail[]): ConnectionDetail => ({ state, mappings });

/** A clock that moves only when slept on, and a poll that answers the scripted details in turn (the last one for ever). */
function setup(script: ConnectionDetail[], overrides: Partial<PollOptions> = {}) {
  let now = 0;
  const sleeps: number[] = [];
  const pollTimes: number[] = [];
  const lines: string[] = [];
  const clock: Clock = {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    timeout: () => new AbortController().signal,
  };
  let next = 0;
  const options: PollOptions = {
    poll: async () => {
      pollTimes.push(now);
      return script[Math.min(next++, script.length - 1)]!;
    },
    clock,
    intervalMs: 10_000,
    deadline: 60_000,
    app: 'my-app',
    log: { info: (message) => lines.push(`info: ${message}`), warning: (message) => lines.push(`warning: ${message}`) },
    ...overrides,
  };
  return { options, sleeps, pollTimes, lines };
}

/** Every mapping of the files changed by the import, and a content proof that never matches (unless given). */
function expecting(objectNames: string[], extra: Partial<ImportExpectation> = {}): ImportExpectation {
  return { objectNames, changed: objectNames, mismatches: async () => ['Account: field Name is not mapped live'], ...extra };
}

async function failure(promise: Promise<unknown>): Promise<DeployFailure> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(DeployFailure);
  return outcome as DeployFailure;
}

const BEFORE = detail('IDLE', mapping('Account', 'DATA_SYNCED', 3));

describe('waitForImport: the evidence rule', () => {
  it('does not take IDLE with the old configuration as success, however long it lasts, and finishes once a new revision shows', async () => {
    const stale = detail('IDLE', mapping('Account', 'DATA_SYNCED', 3));
    const { options, pollTimes } = setup([stale, stale, stale, detail('IDLE', mapping('Account', 'DATA_SYNCED', 4))]);
    const result = await waitForImport(BEFORE, expecting(['Account']), options);
    expect(pollTimes).toEqual([10_000, 20_000, 30_000, 40_000]);
    expect(result).toMatchObject({ evidence: 'Account has a new revision', proven: false });
  });

  it('times out when the import never shows, saying there was no sign of it', async () => {
    const { options } = setup([detail('IDLE', mapping('Account', 'DATA_SYNCED', 3))], { deadline: 30_000 });
    const error = await failure(waitForImport(BEFORE, expecting(['Account']), options));
    expect(error.message).toMatch(/did not finish within 30 s: the connection is IDLE; Account DATA_SYNCED\..*no sign of applying the import/);
  });

  it('takes IMPORT_CONFIGURATION seen after the import as evidence, then waits for IDLE and DATA_SYNCED', async () => {
    const { options, pollTimes, lines } = setup([
      detail('IDLE', mapping('Account', 'DATA_SYNCED', 3)),
      detail('IMPORT_CONFIGURATION', mapping('Account', 'DATA_SYNCED', 3)),
      // The same revision: evidence came from the state, not from the mapping.
      detail('IDLE', mapping('Account', 'RESYNC', 3)),
      detail('IDLE', mapping('Account', 'DATA_SYNCED', 3)),
    ]);
    const result = await waitForImport(BEFORE, expecting(['Account']), options);
    expect(result.evidence).toBe('the connection went into IMPORT_CONFIGURATION');
    expect(pollTimes).toHaveLength(4);
    expect(lines.filter((line) => line.includes('taken up the import'))).toHaveLength(1);
  });

  it('takes a new mapping appearing as evidence, and waits until it has synced', async () => {
    const { options, pollTimes } = setup([
      detail('IDLE', mapping('Account', 'DATA_SYNCED', 3)),
      detail('IDLE', mapping('Account', 'DATA_SYNCED', 3), mapping('Property__c', 'INITIAL', 1)),
      detail('IDLE', mapping('Account', 'DATA_SYNCED', 3), mapping('Property__c', 'DATA_SYNCED', 1)),
    ]);
    // Account is in the files as it is live: the import does not change it, and it shows nothing.
    const result = await waitForImport(BEFORE, expecting(['Account', 'Property__c'], { changed: ['Property__c'] }), options);
    expect(result.evidence).toBe('the new mapping Property__c appeared');
    expect(pollTimes).toHaveLength(3);
  });

  it('needs every mapping the import changes to show it, not just one', async () => {
    const before = detail('IDLE', mapping('Account', 'DATA_SYNCED', 3), mapping('Contact', 'DATA_SYNCED', 7));
    const { options, pollTimes } = setup([
      detail('IDLE', mapping('Account', 'DATA_SYNCED', 4), mapping('Contact', 'DATA_SYNCED', 7)),
      detail('IDLE', mapping('Account', 'DATA_SYNCED', 4), mapping('Contact', 'DATA_SYNCED', 8)),
    ]);
    await waitForImport(before, expecting(['Account', 'contact']), options);
    expect(pollTimes).toHaveLength(2);
  });

  it('counts a changed applied_at as a new revision when the API sends no revision', async () => {
    const at = (applied_at: string): ConnectionDetail => ({ state: 'IDLE', mappings: [{ object_name: 'Account', state: 'DATA_SYNCED', config: { applied_at } }] });
    const { options, pollTimes } = setup([at('2026-01-01'), at('2026-02-02')]);
    await waitForImport(at('2026-01-01'), expecting(['Account']), options);
    expect(pollTimes).toHaveLength(2);
  });

  it('keeps waiting while the connection works (POLLING_DB_CHANGES) even with evidence', async () => {
    const { options, pollTimes } = setup([detail('POLLING_DB_CHANGES', mapping('Account', 'DATA_SYNCED', 4)), detail('IDLE', mapping('Account', 'DATA_SYNCED', 4))]);
    await waitForImport(BEFORE, expecting(['Account']), options);
    expect(pollTimes).toHaveLength(2);
  });
});

describe('waitForImport: evidence from the mappings the import changes, and from the content', () => {
  const FIVE = ['Account', 'Contact', 'Lead', 'Opportunity', 'Case'];

  it('ends on a one-mapping edit in a file of five once the edited mapping shows it; the unchanged four never hold it up', async () => {
    const before = detail('IDLE', ...FIVE.map((name) => mapping(name, name === 'Lead' ? 'BAD_CONFIG' : 'DATA_SYNCED', 3)));
    // The unchanged ones keep their revisions; one polls Salesforce, one is left broken from before.
    const others = (state: string) => FIVE.filter((name) => name !== 'Contact').map((name) => mapping(name, name === 'Lead' ? 'BAD_CONFIG' : name === 'Case' ? state : 'DATA_SYNCED', 3));
    const { options, pollTimes, lines } = setup([
      detail('IDLE', mapping('Contact', 'DATA_SYNCED', 3), ...others('DATA_SYNCED')),
      detail('IDLE', mapping('Contact', 'RESYNC', 9), ...others('POLLING_SF_CHANGES')),
      detail('IDLE', mapping('Contact', 'DATA_SYNCED', 9), ...others('POLLING_SF_CHANGES')),
    ]);
    const result = await waitForImport(before, expecting(FIVE, { changed: ['Contact'] }), options);
    expect(result.evidence).toBe('Contact has a new revision');
    expect(pollTimes).toEqual([10_000, 20_000, 30_000]);
    expect(lines).toContain('info: Heroku Connect has taken up the import: Contact has a new revision.');
  });

  it('takes a changed mapping entering a reloading state as evidence, when the answers carry no revision', async () => {
    const bare = (state: string): MappingDetail => ({ object_name: 'Account', state });
    const { options, pollTimes } = setup([detail('IDLE', bare('DATA_SYNCED')), detail('IDLE', bare('RELOAD_TABLE')), detail('IDLE', bare('DATA_SYNCED'))]);
    const result = await waitForImport(detail('IDLE', bare('DATA_SYNCED')), expecting(['Account']), options);
    expect(result.evidence).toBe('Account went into RELOAD_TABLE');
    expect(pollTimes).toHaveLength(3);
  });

  it('does not take a resync the mapping was already in before the import as evidence', async () => {
    const bare = (state: string): MappingDetail => ({ object_name: 'Account', state });
    const { options } = setup([detail('IDLE', bare('RESYNC')), detail('IDLE', bare('DATA_SYNCED'))], { deadline: 40_000 });
    const error = await failure(waitForImport(detail('IDLE', bare('RESYNC')), expecting(['Account']), options));
    expect(error.message).toMatch(
      /no sign of applying the import yet: no IMPORT_CONFIGURATION state, no new revision or resync of Account, and the live configuration still differs from the files \(Account: field Name is not mapped live\)\./,
    );
  });

  it('takes the live configuration matching the files as evidence on its own, when no state shows the import (an index-only change)', async () => {
    const proofs: number[] = [];
    const answers = [['Account: the index on Name is not live'], []];
    const { options, pollTimes, lines } = setup([detail('IDLE', mapping('Account', 'DATA_SYNCED', 3))]);
    const mismatches = async () => (proofs.push(options.clock.now()), answers.shift()!);
    const result = await waitForImport(BEFORE, expecting(['Account'], { mismatches }), options);
    expect(result).toMatchObject({ evidence: 'the live configuration, exported again, matches the files', proven: true });
    // The first read right after the import is stale, the export too: the content is tried again one interval later.
    expect(proofs).toEqual([10_000, 20_000]);
    expect(pollTimes).toEqual([10_000, 20_000]);
    expect(lines).toContain('info: Heroku Connect has applied the import: the live configuration, exported again, matches the files.');
  });

  it('tries the content proof only on settled states, spaced out to one export a minute however often it polls', async () => {
    const proofs: number[] = [];
    const { options, pollTimes } = setup([detail('IDLE', mapping('Account', 'POLLING_SF_CHANGES', 3)), detail('IDLE', mapping('Account', 'DATA_SYNCED', 3))], { deadline: 300_000 });
    await failure(waitForImport(BEFORE, expecting(['Account'], { mismatches: async () => (proofs.push(options.clock.now()), ['Account: field Name is not mapped live']) }), options));
    expect(pollTimes).toHaveLength(30);
    // Not at 10 s (the mapping was working); then one interval, doubling, up to a minute.
    expect(proofs).toEqual([20_000, 30_000, 50_000, 90_000, 150_000, 210_000, 270_000]);
  });

  it('keeps waiting when the content proof cannot be read, and tries again later', async () => {
    const { options, lines } = setup([detail('IDLE', mapping('Account', 'DATA_SYNCED', 3))]);
    const answers: (() => string[])[] = [
      () => {
        throw new RemoteFailure('Heroku Connect', 'failing', 'Heroku Connect answered HTTP 503 when asked to export.');
      },
      () => [],
    ];
    const result = await waitForImport(BEFORE, expecting(['Account'], { mismatches: async () => answers.shift()!() }), options);
    expect(result.proven).toBe(true);
    expect(lines).toContain('info: The live configuration could not be exported to compare it with the files (Heroku Connect answered HTTP 503 when asked to export.); trying again later.');
  });
});

describe('waitForImport: failures', () => {
  it('fails at once on a mapping this import put in BAD_CONFIG, naming it with its description', async () => {
    const { options, pollTimes } = setup([detail('IDLE', mapping('Account', 'BAD_CONFIG', 4, 'Field Foo__c does not exist'), mapping('Property__c', 'INITIAL', 1))]);
    const error = await failure(waitForImport(BEFORE, expecting(['Account', 'Property__c']), options));
    expect(error.message).toMatch(/^The import failed: Account BAD_CONFIG \(Field Foo__c does not exist\)\. /);
    expect(pollTimes).toHaveLength(1);
  });

  it.each(['SYSTEM_ERROR', 'DB_UNAVAILABLE', 'BULK_LOAD_ERROR', 'SYNC_REMOVED', 'INACTIVE_ORG', 'UNAUTHORIZED'])('fails on the permanent mapping state %s', async (state) => {
    const { options } = setup([detail('IDLE', mapping('Account', state, 4))]);
    expect((await failure(waitForImport(BEFORE, expecting(['Account']), options))).message).toContain(`Account ${state}`);
  });

  it('does not blame the import for a BAD_CONFIG the mapping already had, until its configuration changes', async () => {
    const before = detail('IDLE', mapping('Account', 'BAD_CONFIG', 3, 'old problem'));
    const { options, pollTimes } = setup([
      detail('IDLE', mapping('Account', 'BAD_CONFIG', 3, 'old problem')),
      detail('IDLE', mapping('Account', 'RESYNC', 4)),
      detail('IDLE', mapping('Account', 'DATA_SYNCED', 4)),
    ]);
    await waitForImport(before, expecting(['Account']), options);
    expect(pollTimes).toHaveLength(3);
  });

  it('fails at once when the connection goes into an error state, saying what it means', async () => {
    const { options } = setup([detail('UNAUTHORIZED', mapping('Account', 'DATA_SYNCED', 3))]);
    const error = await failure(waitForImport(BEFORE, expecting(['Account']), options));
    expect(error.message).toMatch(/went into UNAUTHORIZED: the Salesforce authorization has expired.*heroku connect:sf:auth -a my-app.*Account DATA_SYNCED/);
  });

  it('on timeout gives the state of the connection and of every imported mapping, including one not listed', async () => {
    const { options, pollTimes, sleeps } = setup([detail('IMPORT_CONFIGURATION', mapping('Account', 'RESYNC', 4, 'Loading new columns'))], { deadline: 25_000 });
    const error = await failure(waitForImport(BEFORE, expecting(['Account', 'Property__c']), options));
    expect(error.message).toBe(
      'The import did not finish within 25 s: the connection is IMPORT_CONFIGURATION; Account RESYNC (Loading new columns), Property__c not listed yet. Raise wait-timeout if it needs longer.',
    );
    // One interval before the first poll, and the last poll exactly at the deadline.
    expect(sleeps).toEqual([10_000, 10_000, 5_000]);
    expect(pollTimes).toEqual([10_000, 20_000, 25_000]);
  });
});

describe('waitForImport: progress', () => {
  it('logs each state change once, not every poll, and warns once about an unknown state', async () => {
    const { options, lines } = setup([
      detail('IDLE', mapping('Account', 'DATA_SYNCED', 3), mapping('Other__c', 'POLLING_SF_CHANGES')),
      detail('MYSTERY', mapping('Account', 'DATA_SYNCED', 3), mapping('Other__c', 'DATA_SYNCED')),
      detail('MYSTERY', mapping('Account', 'DATA_SYNCED', 3)),
      detail('IDLE', mapping('Account', 'RESYNC', 4)),
      detail('IDLE', mapping('Account', 'DATA_SYNCED', 4)),
    ]);
    await waitForImport(BEFORE, expecting(['Account']), options);
    expect(lines).toEqual([
      'info: [10 s] connection: IDLE',
      'info: [10 s] Account: DATA_SYNCED',
      'info: [20 s] connection: IDLE → MYSTERY',
      'warning: connection is in state MYSTERY, which this action does not know; it keeps waiting as if the state were transient.',
      'info: [40 s] connection: MYSTERY → IDLE',
      'info: [40 s] Account: DATA_SYNCED → RESYNC',
      'info: Heroku Connect has taken up the import: Account has a new revision.',
      'info: [50 s] Account: RESYNC → DATA_SYNCED',
    ]);
  });

  it('reports every detail it reads to onPoll', async () => {
    const seen: string[] = [];
    const { options } = setup([detail('IMPORT_CONFIGURATION', mapping('Account', 'DATA_SYNCED', 3)), detail('IDLE', mapping('Account', 'DATA_SYNCED', 4))], {
      onPoll: (d) => seen.push(d.state),
    });
    await waitForImport(BEFORE, expecting(['Account']), options);
    expect(seen).toEqual(['IMPORT_CONFIGURATION', 'IDLE']);
  });
});

describe('waitForRunningImport', () => {
  it('polls until the connection leaves IMPORT_CONFIGURATION and returns that detail', async () => {
    const done = detail('IDLE', mapping('Account'));
    const { options, pollTimes } = setup([detail('IMPORT_CONFIGURATION'), detail('IMPORT_CONFIGURATION'), done]);
    expect(await waitForRunningImport(options)).toBe(done);
    expect(pollTimes).toEqual([10_000, 20_000, 30_000]);
  });

  it('fails when the other import outlasts the deadline, saying nothing was imported', async () => {
    const { options } = setup([detail('IMPORT_CONFIGURATION')], { deadline: 20_000 });
    expect((await failure(waitForRunningImport(options))).message).toMatch(/^Another import was still running .* after 20 s; nothing was imported/);
  });
});

describe('formatDuration', () => {
  it('writes seconds, then minutes and seconds', () => {
    expect([formatDuration(400), formatDuration(59_400), formatDuration(59_600), formatDuration(125_000)]).toEqual(['0 s', '59 s', '1 min', '2 min 5 s']);
  });
});

describe('the heartbeat', () => {
  const running = detail('IMPORT_CONFIGURATION', mapping('Account'));

  it('in a log that keeps every line, says at most once a minute how long it waited, the states, what for and the time left', async () => {
    const { options, lines } = setup([running], { deadline: 300_000 });
    await failure(waitForRunningImport(options));
    const waiting = 'Still waiting for the running import to finish (the connection to leave IMPORT_CONFIGURATION): connection IMPORT_CONFIGURATION;';
    expect(lines).toEqual([
      'info: [10 s] connection: IMPORT_CONFIGURATION',
      `info: [1 min 10 s] ${waiting} 3 min 50 s left.`,
      `info: [2 min 10 s] ${waiting} 2 min 50 s left.`,
      `info: [3 min 10 s] ${waiting} 1 min 50 s left.`,
      `info: [4 min 10 s] ${waiting} 50 s left.`,
    ]);
  });

  it('counts a minute from the last line of the wait: a state change puts the next beat off', async () => {
    const busy = detail('POLLING_DB_CHANGES', mapping('Account', 'DATA_SYNCED', 3));
    const { options, lines } = setup([BEFORE, BEFORE, BEFORE, BEFORE, BEFORE, busy, BEFORE], { deadline: 130_000 });
    await failure(waitForImport(BEFORE, expecting(['Account']), options));
    expect(lines.map((line) => line.replace(/\] Still waiting .*/, '] beat'))).toEqual([
      'info: [10 s] connection: IDLE',
      'info: [10 s] Account: DATA_SYNCED',
      'info: [1 min] connection: IDLE → POLLING_DB_CHANGES',
      'info: [1 min 10 s] connection: POLLING_DB_CHANGES → IDLE',
      'info: [2 min 10 s] beat',
    ]);
  });

  it('on a terminal updates one status line on every poll that changes nothing, and takes it away when the wait ends', async () => {
    const shown: string[] = [];
    const { options, lines } = setup([
      BEFORE,
      BEFORE,
      detail('IDLE', mapping('Account', 'RESYNC', 4)),
      detail('IDLE', mapping('Account', 'RESYNC', 4)),
      detail('IDLE', mapping('Account', 'DATA_SYNCED', 4)),
    ]);
    options.log.status = (line) => shown.push(line);
    await waitForImport(BEFORE, expecting(['Account']), options);
    expect(shown).toEqual([
      '[20 s] Still waiting for a sign that Heroku Connect has taken up the import: connection IDLE; DATA_SYNCED: Account; 40 s left.',
      '[40 s] Still waiting for the connection to be IDLE and Account to be DATA_SYNCED: connection IDLE; RESYNC: Account; 20 s left.',
      '',
    ]);
    expect(lines.filter((line) => line.includes('Still waiting'))).toEqual([]);
  });

  it('names a few mappings per state and counts the rest, so that a line stays short on a connection of hundreds', async () => {
    const many = Array.from({ length: 200 }, (_, i) => mapping(`Object${i}__c`));
    const before = detail('IDLE', ...many);
    const shown: string[] = [];
    const { options } = setup([before], { deadline: 30_000 });
    options.log.status = (line) => shown.push(line);
    const names = many.map((m) => m.object_name);
    await failure(waitForImport(before, expecting(names), options));
    expect(shown[0]).toBe('[20 s] Still waiting for a sign that Heroku Connect has taken up the import: connection IDLE; DATA_SYNCED: 200 mappings; 10 s left.');
  });
});
