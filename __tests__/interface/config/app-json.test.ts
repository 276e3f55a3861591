import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_APP_JSON_BYTES, planFromAppJson } from '../../../src/interface/config/app-json.js';
import { makeWorkspace, runAction, runCli } from '../../../test-support/harness.js';

const appJson = (addons: unknown) => JSON.stringify({ name: 'shop', addons: addons as never }, null, 2);

describe('planFromAppJson', () => {
  it.each([
    [['herokuconnect'], 'demo'],
    [['heroku-postgresql', 'herokuconnect'], 'demo'],
    [['herokuconnect:demo'], 'demo'],
    [[{ plan: 'herokuconnect', as: 'CONNECT' }], 'demo'],
    [[{ plan: 'herokuconnect:enterprise' }], 'enterprise'],
    [['HerokuConnect:Danketsu'], 'enterprise'],
    [['herokuconnect:shield'], 'shield'],
    [['herokuconnect', 'herokuconnect:demo'], 'demo'],
  ])('reads %j as the %s plan', (addons, plan) => {
    expect(planFromAppJson(appJson(addons))).toBe(plan);
  });

  it.each([
    ['no Heroku Connect add-on', appJson(['heroku-postgresql:essential-0', { plan: 'papertrail' }])],
    ['no addons', JSON.stringify({ name: 'shop' })],
    ['addons that are not a list', JSON.stringify({ addons: { plan: 'herokuconnect' } })],
    ['a plan not known here', appJson(['herokuconnect:premium'])],
    ['two plans', appJson(['herokuconnect:demo', 'herokuconnect:enterprise'])],
    ['a known and an unknown plan', appJson(['herokuconnect', 'herokuconnect:gold'])],
    ['a malformed plan', appJson(['herokuconnect:demo:extra'])],
    ['entries of other types', appJson([null, 7, { plan: 3 }, ['herokuconnect']])],
    ['text that is not JSON', '{ "addons": ["herokuconnect"'],
    ['a document that is not an object', '["herokuconnect"]'],
  ])('says nothing for %s', (_what, text) => {
    expect(planFromAppJson(text)).toBeUndefined();
  });
});

/** A Contact polled every 2 minutes: fine on a paid plan, below the demo plan's 10-minute floor. */
const MAPPING = JSON.stringify(
  { mappings: [{ object_name: 'Contact', config: { access: 'read_only', sf_polling_seconds: 120, fields: { Id: {}, IsDeleted: {}, SystemModstamp: {} } } }], version: 1 },
  null,
  4,
);
const NOTE = "Heroku Connect plan: demo, from the herokuconnect add-on in app.json, the add-on's default when app.json names no plan.";

describe('the plan from app.json', () => {
  it('lints for the demo plan that app.json provisions without a tier, and says so on stderr', async () => {
    const workspace = makeWorkspace({ 'app.json': appJson(['heroku-postgresql', 'herokuconnect']), 'heroku-connect.json': MAPPING });
    const result = await runCli(['lint', 'heroku-connect.json'], { cwd: workspace });
    expect(result.stderr).toBe(`${NOTE} Set --plan to lint for another plan.\n`);
    expect(result.stdout.replace(/\n +/g, ' ')).toMatch(/7:39 +error +sf_polling_seconds is 120, .*demo.*polling-interval/);
    expect(result.exitCode).toBe(1);
  });

  it('leaves the plan to --plan or the configuration file when either sets it, and says nothing', async () => {
    const workspace = makeWorkspace({ 'app.json': appJson(['herokuconnect']), 'heroku-connect.json': MAPPING });
    const flagged = await runCli(['lint', 'heroku-connect.json', '--plan', 'enterprise'], { cwd: workspace });
    expect([flagged.exitCode, flagged.stderr]).toEqual([0, '']);
    writeFileSync(path.join(workspace, '.heroku-connect.yml'), 'plan: enterprise\n');
    const configured = await runCli(['lint', 'heroku-connect.json'], { cwd: workspace });
    expect([configured.exitCode, configured.stderr]).toEqual([0, '']);
  });

  it('changes nothing without an app.json, or with one that names no Heroku Connect plan', async () => {
    const bare = makeWorkspace({ 'heroku-connect.json': MAPPING });
    expect(await runCli(['lint', 'heroku-connect.json'], { cwd: bare })).toMatchObject({ exitCode: 0, stderr: '' });
    const other = makeWorkspace({ 'app.json': appJson(['heroku-postgresql']), 'heroku-connect.json': MAPPING });
    expect(await runCli(['lint', 'heroku-connect.json'], { cwd: other })).toMatchObject({ exitCode: 0, stderr: '' });
  });

  it('does not follow an app.json link out of the workspace, nor read one past the size bound', async () => {
    const outside = makeWorkspace({ 'app.json': appJson(['herokuconnect']) });
    const linked = makeWorkspace({ 'heroku-connect.json': MAPPING });
    symlinkSync(path.join(outside, 'app.json'), path.join(linked, 'app.json'));
    expect(await runCli(['lint', 'heroku-connect.json'], { cwd: linked })).toMatchObject({ exitCode: 0, stderr: '' });
    const padded = `${appJson(['herokuconnect']).slice(0, -1)}, "padding": "${'x'.repeat(MAX_APP_JSON_BYTES)}" }`;
    const large = makeWorkspace({ 'app.json': padded, 'heroku-connect.json': MAPPING });
    expect(planFromAppJson(padded)).toBe('demo');
    expect(await runCli(['lint', 'heroku-connect.json'], { cwd: large })).toMatchObject({ exitCode: 0, stderr: '' });
  });

  it('in the action, says where the plan came from in the log and the job summary', async () => {
    const workspace = makeWorkspace({ 'app.json': appJson(['herokuconnect']), 'heroku-connect.json': MAPPING });
    const result = await runAction(workspace, { files: 'heroku-connect.json' });
    expect(result.stdout.split('\n')).toContain(`${NOTE} Set the plan input to lint for another plan.`);
    expect(result.summary).toMatch(
      /^Heroku Connect plan: demo, from the herokuconnect add-on in app\.json, the add-on&#39;s default when app\.json names no plan\. Set the plan input to lint for another plan\.\n\n## Heroku Connect mapping lint/,
    );
    expect(result.annotations.map((annotation) => annotation.properties.title)).toEqual(['polling-interval']);
    expect(result.exitCode).toBe(1);
    const enterprise = await runAction(workspace, { files: 'heroku-connect.json', plan: 'enterprise' });
    expect(enterprise.stdout).not.toContain('Heroku Connect plan:');
    expect(enterprise.summary).not.toContain('Heroku Connect plan:');
    expect(enterprise.exitCode).toBe(0);
  });
});
