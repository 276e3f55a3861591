import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { PROJECT_URL } from '../../src/core/output/links.js';
import { RULES } from '../../src/lint/rules/index.js';
import { validate as linterValidate } from '../../src/lint/schema/validate-export.generated.js';
import { REPO_ROOT } from '../../test-support/harness.js';
import { brokenLink } from './markdown-links.js';

const SCHEMA_FILE = path.join(REPO_ROOT, 'schema/heroku-connect-mappings.schema.json');
const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
const { compileSchema } = (await import(path.join(REPO_ROOT, 'scripts/compile-schema.mjs'))) as { compileSchema(): string };

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats.default(ajv, ['date-time']);
/** The schema as an editor applies it: every keyword, the ranges included. */
const editorValidate = ajv.compile(schema);

const withPolling = (seconds: unknown) => ({ mappings: [{ object_name: 'Account', config: { access: 'read_only', sf_polling_seconds: seconds } }] });

describe('the mapping schema, as editors see it', () => {
  it('accepts whole minutes from 2 to 60 for sf_polling_seconds and nothing else', () => {
    const accepted = [60, 90, 120, 150, 600, 3600, 3660, 7200].filter((seconds) => editorValidate(withPolling(seconds)));
    expect(accepted).toEqual([120, 600, 3600]);
  });

  it('offers the two access values', () => {
    expect(editorValidate({ mappings: [{ object_name: 'Account', config: { access: 'read_write' } }] })).toBe(true);
    expect(editorValidate({ mappings: [{ object_name: 'Account', config: { access: 'write' } }] })).toBe(false);
  });

  it('has an $id of its own, in this repository', () => {
    expect(schema.$id).toBe('https://raw.githubusercontent.com/heroku-connect-action/heroku-connect-action/main/schema/heroku-connect-mappings.schema.json');
  });

  it('links descriptions to rule docs that exist', () => {
    const links = [...JSON.stringify(schema).matchAll(new RegExp(`${PROJECT_URL}/blob/main/([^\\s)"]+)`, 'g'))].map(([, target]) => target!.replace(/\.$/, ''));
    expect(links.length).toBeGreaterThan(5);
    expect(links.map((target) => brokenLink('README.md', target)).filter(Boolean)).toEqual([]);
  });
});

describe("the linter's compiled schema", () => {
  it('leaves the polling range to the polling-interval rule, which knows the plan: no second finding', () => {
    expect(linterValidate(withPolling(90))).toBe(true);
    expect(linterValidate(withPolling('90'))).toBe(false);
  });

  it('is what `npm run schema:compile` generates from the schema', () => {
    expect(readFileSync(path.join(REPO_ROOT, 'src/lint/schema/validate-export.generated.js'), 'utf8')).toBe(compileSchema());
  });
});

describe('the schemas users point their editors at', () => {
  const read = (file: string) => JSON.parse(readFileSync(path.join(REPO_ROOT, 'schema', file), 'utf8')) as Record<string, unknown>;

  it.each(['heroku-connect-mappings.schema.json', 'config.schema.json', 'report.schema.json'])('%s has the raw file as its $id, not an HTML page', (file) => {
    expect(read(file).$id).toBe(`https://raw.githubusercontent.com/heroku-connect-action/heroku-connect-action/main/schema/${file}`);
  });

  it('the configuration schema knows every rule id, so an editor flags a misspelt one in rules and in ignore', () => {
    const configValidate = new Ajv({ allErrors: true, strict: true }).compile(read('config.schema.json'));
    const ignore = (rule: string) => ({ ignore: [{ rule, object: 'Account', reason: 'Known.' }] });
    expect(RULES.map((rule) => configValidate({ rules: { [rule.id]: 'off' }, ...ignore(rule.id) })).every(Boolean)).toBe(true);
    expect(configValidate({ rules: { 'bulk-limt': 'off' } })).toBe(false);
    expect(configValidate(ignore('bulk-limt'))).toBe(false);
  });
});
