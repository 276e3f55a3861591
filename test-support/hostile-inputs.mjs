// The hostile inputs of the security tests and of `npm run hostile` (which measures each one's time
// and peak memory). Plain JavaScript so that the measuring script runs it without a TypeScript step.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Strings a pull request can put in a file name, an object or field name, or a message quoting one. */
export const HOSTILE = {
  workflowCommand: 'Name\n::error file=README.md,line=1::x',
  addMask: 'Name\n::add-mask::x',
  v1Command: 'Name ##[add-mask]x',
  loneCarriageReturns: 'Name\r\r# heading',
  clearScreen: 'Name\x1b[2J',
  osc8Link: 'Name\x1b]8;;http://evil\x07click\x1b]8;;\x07',
  bidi: 'Name\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c',
  nulAndControls: 'Name\u0000\u0001\u0008\u000b\u000c\u007f\u0085\u009b',
  html: 'Name</td></tr></table><script>alert(1)</script>',
  pipes: 'a | b || c',
  backticks: '`code` ``x``',
  javascriptLink: '[x](javascript:alert(1))',
  image: '![i](http://x)',
  bareUrl: 'see https://evil.example now',
  wwwUrl: 'see www.evil.example now',
  email: 'mail someone@evil.example now',
  mentions: 'cc @octocat and @org/team',
  references: 'fixes #123, owner/repo#1 and GH-1',
  comment: 'Name<!-- hidden',
  emphasis: '**bold** _it_ ~~gone~~ $x^2$',
  blockStart: '- item',
};

export const HOSTILE_NAMES = Object.values(HOSTILE);

/** Every character that may rewrite what a terminal, a log or a renderer shows. */
export const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;

/** A token that must never appear in any output: it sits outside the workspace, behind a symlink. */
export const OUTSIDE_SECRET = 'ghs_OUTSIDEsecret0123456789abcdefABCDEF';

/** Object and field names built like Salesforce names around what breaks each sink, for the end-to-end workspace. */
export const HOSTILE_OBJECT_NAMES = {
  workflowCommand: 'Account\n::error file=README.md,line=1::pwned',
  addMask: 'Name\r\n::add-mask::Id',
  escape: 'Thing\u001b[2J\u001b]8;;http://evil.example\u0007click\u001b]8;;\u0007__c',
  bidi: 'Invoice\u202eCOD__c',
  markdownHeading: 'Order\r\r# heading__c',
  html: 'X</td></tr></table><script>alert(1)</script>__c',
  autolink: 'https://evil.example/@org/team#1',
};

const MIB = 1024 * 1024;

const mapping = (objectName, fields = { Id: {}, SystemModstamp: {} }, extra = {}) => ({
  object_name: objectName,
  config: { access: 'read_only', sf_polling_seconds: 600, sf_notify_enabled: false, fields, ...extra },
});
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Each case: the files it adds to a workspace (relative path -> content), and what it is about.
 * `scale` shrinks the cases about volume (tests run them smaller than the figures, still over the
 * YAML limit); the file over the 16 MiB limit keeps its size, which is the point.
 */
export function hostileCases(outside, scale = 1) {
  const count = (n) => Math.round(n * scale);
  const names = Object.values(HOSTILE_OBJECT_NAMES);
  return [
    { id: 'symlink-leak', about: 'a mapping file that is a symlink to a credentials file outside the workspace', files: { 'leak.json': { symlink: path.join(outside, 'gitconfig') } } },
    { id: 'directory-symlink', about: 'a directory symlink to /proc', files: { 'proc-link': { symlink: '/proc' } } },
    {
      id: 'hostile-names',
      about: 'object and field names that carry workflow commands, terminal escapes, bidi and Markdown',
      files: { 'names.json': json({ mappings: names.map((name) => mapping(name, { Id: {}, SystemModstamp: {}, [HOSTILE_OBJECT_NAMES.addMask]: {} })) }) },
    },
    { id: 'deep-json', about: '4,000 levels of nesting (8 KB)', files: { 'deep-mappings.json': `{"mappings":[{"object_name":"Account","config":${'['.repeat(4000)}${']'.repeat(4000)}}]}` } },
    { id: 'deep-yaml', about: 'YAML nested 800 levels', files: { 'deep-mappings.yaml': `mappings:\n  - object_name: Account\n    config: ${'['.repeat(800)}${']'.repeat(800)}\n` } },
    {
      id: 'duplicate-keys',
      about: '100,000 duplicate keys (about 900 KB)',
      files: { 'dup-mappings.json': `{"mappings":[{"object_name":"Account","config":{"access":"read_only","fields":{"Id":{},"SystemModstamp":{}}}}]${',"k":1'.repeat(count(100_000))}}` },
    },
    {
      id: 'unmapped-indexes',
      about: '100,000 indexes on unmapped fields',
      files: {
        'index-mappings.json': json({
          mappings: [mapping('Account', { Id: {}, SystemModstamp: {} }, { indexes: Object.fromEntries(Array.from({ length: count(100_000) }, (_, i) => [`F${i}__c`, { unique: false }])) })],
        }),
      },
    },
    {
      id: 'many-bad-mappings',
      about: '100,000 mappings that are not objects (about 200 KB)',
      files: { 'bad-list-mappings.json': `{"mappings":[${'1,'.repeat(count(100_000))}1]}` },
    },
    { id: 'yaml-flow-sequence', about: 'a 15 MiB YAML flow sequence', files: { 'flow-mappings.yaml': `mappings: [${'1,'.repeat(count((15 * MIB) / 2))}1]\n` } },
    {
      id: 'json-small-tokens',
      about: '15 MiB of small JSON tokens with one finding',
      files: { 'tokens-mappings.json': `{"mappings":[{"object_name":"Account","config":{"access":"read_only","fields":{"Id":{}}}}],"padding":[${'0,'.repeat(count((15 * MIB) / 2))}0]}` },
    },
    {
      id: 'json-escaped-brackets',
      about: '15 MiB of escaped quotes and brackets in strings before a finding',
      files: {
        'escapes-mappings.json': `{"padding":["${'\\"]['.repeat(count((8 * MIB) / 4))}",${'"\\"}{",'.repeat(count((7 * MIB) / 8))}0],"mappings":[{"object_name":"Account","config":{"access":"read_only","fields":{"Id":{}}}}]}`,
      },
    },
    { id: 'over-size-limit', about: 'a 17 MiB mapping file found by a search', files: { 'big-mappings.json': `{"mappings":[]}${' '.repeat(17 * MIB)}` } },
    { id: 'utf16', about: 'a UTF-16 mapping file', files: { 'utf16-mappings.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json({ mappings: [mapping('Account')] }), 'utf16le')]) } },
    { id: 'fifo', about: 'a named pipe called like a mapping file', files: { 'pipe-mappings.json': { fifo: true } } },
    {
      id: 'unknown-key-in-mapping',
      about: 'an unknown key inside a mapping',
      files: { 'unknown-mappings.json': json({ mappings: [{ ...mapping('Account'), connections: 1 }], connection: {} }) },
    },
    { id: 'uri-characters', about: 'a file name with a query and a fragment', files: { 'hc_?q=1#frag.json': json({ mappings: [mapping('Account', { Name: {} })] }) } },
    {
      id: 'yaml-resolved-duplicates',
      about: 'YAML duplicate keys through an alias, true/"true" and 1/"1"',
      files: {
        'resolved-mappings.yaml':
          'defaults: &key Name\nmappings:\n  - object_name: Account\n    config:\n      access: read_only\n      fields:\n        Id: {}\n        SystemModstamp: {}\n        Name: {}\n        *key : {}\n      true: 1\n      "true": 2\n      1: a\n      "1": b\n',
      },
    },
    {
      id: 'many-findings',
      about: '8,000 mappings, each with findings (summary and plan budgets)',
      files: { 'many-mappings.json': json({ mappings: Array.from({ length: count(8000) }, (_, i) => mapping(`Obj_${i}__c`, { Name: {} }, { sf_polling_seconds: 30 })) }) },
    },
  ];
}

/** Writes the cases' files into `workspace`; symlink targets and the secret go into a folder outside it. */
export function writeHostileWorkspace(workspace, cases) {
  const outside = outsideOf(workspace);
  mkdirSync(outside, { recursive: true });
  writeFileSync(path.join(outside, 'gitconfig'), `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${OUTSIDE_SECRET}\n`);
  for (const testCase of cases) {
    for (const [name, content] of Object.entries(testCase.files)) {
      const target = path.join(workspace, name);
      mkdirSync(path.dirname(target), { recursive: true });
      if (content?.symlink) symlinkSync(content.symlink, target);
      else if (content?.fifo) execFileSync('mkfifo', [target]);
      else writeFileSync(target, content);
    }
  }
  return outside;
}

/** A fresh workspace with every case (or the ones named) in it. */
export function hostileWorkspace(ids, scale = 1) {
  const workspace = mkdtempSync(path.join(tmpdir(), 'hca-hostile-'));
  const cases = hostileCases(outsideOf(workspace), scale).filter((c) => !ids || ids.includes(c.id));
  writeHostileWorkspace(workspace, cases);
  return { workspace, cases };
}

/** The folder beside the workspace that holds what no run may read. */
export function outsideOf(workspace) {
  return `${workspace}-outside`;
}
