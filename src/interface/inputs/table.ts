/**
 * Every input of the action and every option of the CLI, declared once. The action's reader, the
 * CLI's parseArgs options, its usage and per-command help, action.yml and the inputs table of docs/action.md
 * all come from (or are checked against) this table: a new input is one entry here and its docs.
 * The commands themselves are declared in src/interface/commands/table.ts.
 */

import { ACTION_COMMANDS, COMMANDS, OPERATOR_COMMANDS, type Command } from '../commands/table.js';
import { formatNames, formatsHelp } from '../formats/registry.js';

export interface InputSpec {
  /** The action input's name; the CLI flag's too, unless `cli.flag` says otherwise. */
  name: string;
  /** `list`: newline-separated in the action, a repeatable flag in the CLI. */
  type: 'string' | 'list' | 'boolean' | 'integer';
  /** The value when nothing sets it, applied in code so the action runs with only `files` set. */
  default: string;
  choices?: readonly string[];
  bounds?: { min: number; max: number };
  /** Read when the input or flag is empty. */
  env?: string;
  /** Masked on reading, and never a CLI flag: a flag lands in shell history and the process list. */
  secret?: boolean;
  /**
   * The fewest characters a real value of this secret has: a shorter one is refused, not masked,
   * since masking a one-letter "key" would take that letter out of every word of the log.
   */
  secretMinLength?: number;
  /** The configuration file's key for it: the input or flag, when given, overrides the file. */
  configKey?: string;
  /** Declared in action.yml; `actionYmlDefault` when the runner evaluates an expression there. */
  action?: { actionYmlDefault?: string };
  cli?: {
    /** When the flag is not `--<name>`. */
    flag?: string;
    /** A boolean that is on unless `--no-<name>` is given. */
    negated?: boolean;
    /** The command's positional arguments, not a flag. */
    positional?: boolean;
    commands: readonly Command[];
    /** The placeholder in help: `--max-warnings <n>`. */
    value?: string;
    /** The help text, when the description is too long for a terminal. */
    help?: string;
    /** The help text for one command, where the shared one would speak of what that command does not do. */
    helpFor?: Partial<Record<Command, string>>;
  };
  description: string;
}

/** The commands' `--format` inputs, one per command that has one: its choices and its help come from the command's formats. */
const FORMAT_INPUTS = COMMANDS.flatMap((spec) => {
  if (!('format' in spec)) return [];
  const { input, formats } = spec.format;
  return [
    { name: input, type: 'string', default: 'text', choices: formatNames(formats), cli: { flag: 'format', commands: [spec.name] }, description: formatsHelp(formats) } as const satisfies InputSpec,
  ];
});

/** The wait-timeout help of every operator command: each waits for the state that shows it took effect. */
const OPERATOR_WAIT = 'How long to wait, in all, for the state that shows the command took effect (default: 1800, at most 86400)';

export const INPUTS = [
  {
    name: 'files',
    type: 'list',
    default: '',
    configKey: 'files',
    action: {},
    cli: { positional: true, commands: ['lint', 'deploy', 'plan', 'diagnose', 'drift', 'schema'] },
    description:
      "Newline-separated globs or paths of mapping files. A path without glob characters is always linted; files a glob finds are linted when they look like mapping files. Prefix with ! to exclude. Empty means the configuration file's files, else every mapping file in the workspace.",
  },
  {
    name: 'rules',
    type: 'list',
    default: '',
    configKey: 'rules',
    action: {},
    cli: { flag: 'rule', value: '<id=level>', commands: ['lint', 'deploy'], help: 'Set a rule to off, notice, warning or error (repeatable)' },
    description: 'Rule levels, one per line: "rule-id: off|notice|warning|error". They override the configuration file\'s levels, rule by rule.',
  },
  {
    name: 'fail-on',
    type: 'string',
    default: 'error',
    choices: ['error', 'warning', 'notice', 'never'],
    configKey: 'fail-on',
    action: {},
    cli: {
      commands: ['lint', 'deploy', 'diagnose'],
      help: 'Exit 1 when a finding reaches this level (default: error)',
      helpFor: {
        deploy: "Import nothing, and exit 1, when a lint finding reaches this level; findings of Heroku Connect's diagnose that reach it fail the deploy (default: error)",
        diagnose: "Exit 1 when a finding of Heroku Connect's diagnose reaches this level (default: error)",
      },
    },
    description: "Fail when a finding reaches this level: error, warning, notice or never. Empty means the configuration file's fail-on, else error.",
  },
  {
    name: 'plan',
    type: 'string',
    default: '',
    choices: ['demo', 'enterprise', 'shield'],
    configKey: 'plan',
    action: {},
    cli: { commands: ['lint', 'deploy'], help: "The connection's Heroku plan (demo has a 10-minute polling floor)" },
    description:
      "The Heroku Connect plan (demo, enterprise or shield). demo has a 10-minute polling floor. Empty means the configuration file's plan, else the plan app.json provisions (herokuconnect with no plan is demo), else the paid range.",
  },
  {
    name: 'describe',
    type: 'list',
    default: '',
    configKey: 'describe',
    action: {},
    cli: { value: '<glob>', commands: ['lint', 'deploy', 'schema'], help: 'Salesforce describe snapshots (repeatable)' },
    description: 'Newline-separated globs of Salesforce describe snapshots (REST sObject or global describe, or `sf sobject describe --json` output).',
  },
  {
    name: 'salesforce-instance-url',
    type: 'string',
    default: '',
    env: 'SF_INSTANCE_URL',
    action: {},
    cli: { value: '<url>', commands: ['lint', 'deploy'], help: 'Fetch describe data live (also SF_INSTANCE_URL); the token comes from SF_ACCESS_TOKEN' },
    description: 'Salesforce instance URL (https://yourorg.my.salesforce.com) to fetch describe data live for the mapped objects. Falls back to the SF_INSTANCE_URL environment variable.',
  },
  {
    name: 'salesforce-access-token',
    type: 'string',
    default: '',
    env: 'SF_ACCESS_TOKEN',
    secret: true,
    action: {},
    description: 'Salesforce access token for live describe. Falls back to the SF_ACCESS_TOKEN environment variable. Masked in the log.',
  },
  {
    name: 'sarif-file',
    type: 'string',
    default: '',
    action: {},
    description: 'Write a SARIF 2.1.0 report to this path (relative to the workspace) for github/codeql-action/upload-sarif.',
  },
  ...FORMAT_INPUTS,
  {
    name: 'output',
    type: 'string',
    default: '',
    cli: { value: '<file>', commands: ['lint'] },
    description: 'Write the report to a file instead of stdout (missing folders are created)',
  },
  {
    name: 'stdin-filename',
    type: 'string',
    default: '',
    cli: { value: '<name>', commands: ['lint'] },
    description: 'With "-" as the path: the name of the text read from standard input (its extension says JSON or YAML; findings name it)',
  },
  {
    name: 'max-warnings',
    type: 'integer',
    default: '',
    bounds: { min: 0, max: Number.MAX_SAFE_INTEGER },
    cli: { value: '<n>', commands: ['lint'] },
    description: 'Exit 1 when there are more than n warnings',
  },
  {
    name: 'quiet',
    type: 'boolean',
    default: 'false',
    cli: { commands: ['lint'] },
    description: 'Report errors only: warnings and notices are neither shown nor counted',
  },
  {
    name: 'list-rules',
    type: 'boolean',
    default: 'false',
    cli: { commands: ['lint'] },
    description: 'List the rules (id, default level, level in effect, summary, documentation) as text or json, and lint nothing',
  },
  {
    name: 'fix',
    type: 'boolean',
    default: 'false',
    cli: { commands: ['lint'] },
    description: 'Make the certain fixes in the files, keeping their form, and report what is left',
  },
  {
    name: 'fix-dry-run',
    type: 'boolean',
    default: 'false',
    cli: { commands: ['lint'] },
    description: 'Print the diff --fix would make instead of the report; write nothing',
  },
  {
    name: 'print-config',
    type: 'boolean',
    default: 'false',
    cli: { commands: ['lint'] },
    description: 'Print the settings in effect and where each comes from, and lint nothing',
  },
  {
    name: 'force',
    type: 'boolean',
    default: 'false',
    cli: { commands: ['init'] },
    description: 'Replace the configuration file and the workflow when they exist',
  },
  {
    name: 'command',
    type: 'string',
    default: '',
    choices: ACTION_COMMANDS,
    action: {},
    description:
      "What the action does: lint (the default), deploy (lint, then import; the same as deploy: true), drift (compare each app's live connection with the files), health (the state, polls, write errors and notifications of each app's connection), or an operator command on one app's connection: pause, resume, restart (recover), reload (with mappings and confirm). Empty means lint, or deploy when deploy is true.",
  },
  {
    name: 'deploy',
    type: 'boolean',
    default: 'false',
    action: {},
    description:
      "Import the files into the app's Heroku Connect connection after the lint, and wait until it is IDLE and every mapping the import changes is DATA_SYNCED. Nothing is imported when a finding reaches fail-on. Needs files, app and heroku-api-key.",
  },
  {
    name: 'heroku-api-key',
    type: 'string',
    default: '',
    env: 'HEROKU_API_KEY',
    secret: true,
    // A Heroku API key is a UUID (36 characters) or an HRKU- token, longer still.
    secretMinLength: 20,
    action: {},
    description: 'Heroku API key of a user with access to the app (pass it from a secret). Falls back to the HEROKU_API_KEY environment variable. Masked in the log.',
  },
  {
    name: 'app',
    type: 'list',
    default: '',
    action: {},
    cli: {
      value: '<app[:resource]>',
      commands: ['deploy', 'plan', 'diagnose', 'write-errors', 'drift', 'health', 'compare', ...OPERATOR_COMMANDS],
      help: 'The Heroku app with the Heroku Connect add-on, or app:resource',
      helpFor: {
        plan: "Compare with the live configuration of this app's connection (app or app:resource) instead of a git revision",
        drift: 'An app with the Heroku Connect add-on, or app:resource; repeat it to check several apps',
        health: 'An app with the Heroku Connect add-on, or app:resource; repeat it to check several apps',
        compare: 'Give it twice: the app to compare from (such as a sandbox), then the app to compare it with (such as production); each app or app:resource',
      },
    },
    description:
      'The Heroku app with the Heroku Connect add-on, optionally as app:resource. Required when deploying (one app). drift, health and the live plan take several, one per line, and report each.',
  },
  {
    name: 'resource',
    type: 'string',
    default: '',
    action: {},
    cli: {
      value: '<name>',
      commands: ['deploy', 'plan', 'diagnose', 'write-errors', 'drift', 'health', ...OPERATOR_COMMANDS],
      help: "The add-on's resource name, when the app has several connections",
    },
    description: "The Heroku Connect add-on's resource name (such as herokuconnect-shaped-12345). Needed when the app has more than one connection.",
  },
  {
    name: 'wait-timeout',
    type: 'integer',
    default: '1800',
    // A day at most: far below setTimeout's 2^31 ms limit.
    bounds: { min: 1, max: 86_400 },
    action: {},
    cli: {
      value: '<seconds>',
      commands: ['deploy', 'plan', 'diagnose', 'drift', 'health', 'compare', ...OPERATOR_COMMANDS],
      help: 'How long reading the connections may take, in all (default: 300, at most 86400)',
      helpFor: {
        deploy: 'How long to wait, in all, for a running import to finish and for this import to be applied and synced (default: 1800, at most 86400)',
        plan: 'With --app: how long reading the live configuration may take, in all (default: 300, at most 86400)',
        diagnose: "How long Heroku Connect's diagnose may take, in all (default: 300, at most 86400)",
        ...Object.fromEntries(OPERATOR_COMMANDS.map((command) => [command, OPERATOR_WAIT])),
      },
    },
    description:
      'Seconds to wait, in all, for a running import to finish and for this import to be applied and synced (at most 86400). pause, resume, restart and reload: for the state that shows the command took effect. drift, health and a plan against the live connection: how long all their calls may take. Live describe and the GitHub calls (the comment, the health issue) end within it too.',
  },
  {
    name: 'poll-interval',
    type: 'integer',
    default: '10',
    bounds: { min: 1, max: 3_600 },
    action: {},
    cli: { value: '<seconds>', commands: ['deploy', ...OPERATOR_COMMANDS], help: 'Seconds between state polls, 1 to 3600 (default: 10)' },
    description: 'Seconds between polls of the connection state, 1 to 3600. The first poll comes one interval after the import (or the operator command) is accepted.',
  },
  {
    name: 'backup-dir',
    type: 'string',
    default: '',
    cli: { value: '<dir>', commands: ['deploy'] },
    description: 'Where the backup of the live configuration goes (default: the OS temp directory)',
  },
  {
    name: 'allow-pull-request-deploy',
    type: 'boolean',
    default: 'false',
    action: {},
    cli: { commands: ['deploy'], help: 'Deploy even when GITHUB_EVENT_NAME is pull_request or pull_request_target' },
    description:
      'Deploy on pull_request and pull_request_target events too (refused by default); it also allows the secrets there, as allow-pull-request-secrets does. Only for a review-app connection the pull request may change.',
  },
  {
    name: 'allow-pull-request-secrets',
    type: 'boolean',
    default: 'false',
    // No configKey: the configuration file may come from the very pull request this would trust.
    action: {},
    cli: {
      commands: ['lint', 'deploy', 'plan', 'diagnose', 'write-errors', 'drift', 'health', 'compare', ...OPERATOR_COMMANDS],
      help: 'Use HEROKU_API_KEY even when GITHUB_EVENT_NAME is pull_request_target or a pull request from a fork',
      helpFor: {
        lint: 'Use SF_ACCESS_TOKEN (live describe) even when GITHUB_EVENT_NAME is pull_request_target or a pull request from a fork',
        deploy: 'Use HEROKU_API_KEY and SF_ACCESS_TOKEN even when GITHUB_EVENT_NAME is pull_request_target or a pull request from a fork',
      },
    },
    description:
      "Use the Heroku API key and the Salesforce access token on pull_request_target events and on pull requests from forks too (refused by default: the pull request's code and files would decide what is done with them). Only for a connection the pull request may change, such as a review app's.",
  },
  {
    name: 'diagnose',
    type: 'boolean',
    default: 'true',
    action: {},
    cli: { negated: true, commands: ['deploy'], help: "Skip Heroku Connect's own diagnose after the deploy" },
    description:
      "After the deploy, run Heroku Connect's own diagnose (the checks of heroku connect:diagnose) on the connection and on each imported mapping; its errors and warnings are findings at the mapping's line, and fail-on applies.",
  },
  {
    name: 'prune',
    type: 'boolean',
    default: 'false',
    action: {},
    cli: { commands: ['deploy'], help: 'Delete the live mappings the files do not contain, after the import succeeded' },
    description:
      'Delete the live mappings that no file contains, after the backup and after the import was proven. Each deletion drops the table and its data; refused when the files name no mapping or a live-only mapping is in an error state.',
  },
  {
    name: 'fail-on-write-errors',
    type: 'boolean',
    default: 'false',
    action: {},
    cli: { commands: ['deploy'], help: 'Fail when new write errors appear after the import (default: a warning)' },
    description: 'Fail the deploy when new write errors (Postgres to Salesforce writes that failed) appear after the import; otherwise they are a warning.',
  },
  {
    name: 'api-version-change',
    type: 'string',
    default: 'refuse',
    choices: ['refuse', 'apply'],
    action: {},
    cli: { value: '<refuse|apply>', commands: ['deploy'], help: "When the files' connection.api_version differs from the connection's: refuse (default) or apply" },
    description:
      "When the files' connection.api_version differs from the live connection's: refuse (the default) fails before anything is changed; apply reads the schema diff (refused on any unsafe or undetermined mapping), pauses the connection, changes its Salesforce API version, resumes it, then imports and proves the files and the version.",
  },
  {
    name: 'mappings',
    type: 'list',
    default: '',
    action: {},
    cli: { positional: true, commands: ['reload'] },
    description: 'command: reload. The object names of the mappings to reload, one per line (such as Account).',
  },
  {
    name: 'confirm',
    type: 'string',
    default: '',
    action: {},
    cli: { value: '<app>', commands: ['reload'], help: "The app's name again: reload empties each table and loads it again" },
    description: "command: reload. The app's name again, to confirm that reload may empty each mapping's table and load it again from Salesforce.",
  },
  {
    name: 'since',
    type: 'string',
    default: '24h',
    action: {},
    cli: {
      value: '<duration>',
      commands: ['write-errors', 'health'],
      help: 'How far back write errors count: 30m, 2h, 3d (default: 24h, all the API keeps; with a database, the trigger log reaches further back)',
      helpFor: { 'write-errors': 'List the write errors of this last while: 30m, 2h, 1d (default: 24h, all that Heroku Connect keeps)' },
    },
    description:
      'health: how far back write errors count, such as 1h for an hourly schedule, so that only new ones count (default: 24h, all the API keeps). With a database it may reach further back: the trigger log keeps 31 days (7 on demo).',
  },
  {
    name: 'database-url',
    type: 'string',
    default: '',
    env: 'HEROKU_CONNECT_DATABASE_URL',
    secret: true,
    action: {},
    cli: {
      value: '<url>',
      commands: ['deploy', 'drift', 'health', 'schema'],
      help: 'The Connect database (postgres://...); HEROKU_CONNECT_DATABASE_URL keeps it out of shell history. Read only, except schema --apply',
    },
    description:
      "drift, health and deploy: also check the Postgres database Heroku Connect writes (its tables, its trigger log; after a deploy, the columns it added), through this URL (pass it from a secret; a follower's or a read-only credential works). Falls back to HEROKU_CONNECT_DATABASE_URL. Masked in the log, never printed, sent only to the database, and refused on untrusted pull-request events.",
  },
  {
    name: 'database',
    type: 'string',
    default: '',
    choices: ['off', 'auto'],
    action: {},
    cli: { commands: ['deploy', 'drift', 'health'], help: "auto: find the database from the connection's db_key and the app's config vars (default: off, unless --database-url)" },
    description:
      "drift, health and deploy: auto finds the connection's database itself: its db_key and schema_name from the connection, then that config var of the app through the Heroku Platform API, with the same API key. off (the default, unless database-url is set) touches no database.",
  },
  {
    name: 'max-pending-age',
    type: 'string',
    default: '1h',
    action: {},
    cli: { value: '<duration>', commands: ['health'], help: 'With a database: unhealthy when a write has waited for Salesforce longer than this (default: 1h)' },
    description: 'health with a database: unhealthy when the oldest write waiting for Salesforce (trigger log state NEW or PENDING) has waited longer than this, such as 30m or 2h.',
  },
  {
    name: 'schema-name',
    type: 'string',
    default: 'salesforce',
    cli: { value: '<name>', commands: ['schema'] },
    description: "The Postgres schema the tables go in (default: salesforce, Connect's default)",
  },
  {
    name: 'apply',
    type: 'boolean',
    default: 'false',
    cli: { commands: ['schema'] },
    description: "Create the tables in the development database of --database-url (refused when the schema holds Connect's _trigger_log)",
  },
  {
    name: 'write-back',
    type: 'boolean',
    default: 'false',
    action: {},
    cli: { flag: 'write', commands: ['drift'], help: "Rewrite the files to match the live connection, keeping each file's form" },
    description:
      'drift: rewrite the files to match the live connection (one app), changing only the drifted values: JSON keeps its indentation and key order, YAML its comments and anchors. A value shared through a YAML alias is left for you.',
  },
  {
    name: 'stale-intervals',
    type: 'integer',
    default: '3',
    bounds: { min: 1, max: 1000 },
    action: {},
    cli: { value: '<n>', commands: ['health'], help: 'A mapping is stale when its last poll is more than n polling intervals ago (default: 3)' },
    description: 'health: a mapping is stale, and unhealthy, when its last successful poll of Salesforce is more than this many polling intervals ago.',
  },
  {
    name: 'max-write-errors',
    type: 'integer',
    default: '0',
    bounds: { min: 0, max: Number.MAX_SAFE_INTEGER },
    action: {},
    cli: { value: '<n>', commands: ['health'], help: 'Unhealthy when more than n write errors are within --since (default: 0)' },
    description: 'health: unhealthy when more than this many write errors fall within since.',
  },
  {
    name: 'max-notifications',
    type: 'integer',
    default: '0',
    bounds: { min: 0, max: Number.MAX_SAFE_INTEGER },
    action: {},
    cli: { value: '<n>', commands: ['health'], help: 'Unhealthy when more than n notifications are unacknowledged (default: 0)' },
    description: 'health: unhealthy when more than this many notifications are unacknowledged.',
  },
  {
    name: 'acknowledge',
    type: 'boolean',
    default: 'false',
    action: {},
    cli: { commands: ['health'], help: 'Acknowledge the notifications reported, so the next run sees only new ones' },
    description: 'health: acknowledge the notifications this run reported (only those), so that the next run sees only new ones.',
  },
  {
    name: 'health-issue',
    type: 'boolean',
    default: 'false',
    action: {},
    description: 'health: keep one GitHub issue per repository while unhealthy: open it, update it while it stays so, close it when healthy again. Needs github-token with issues: write.',
  },
  {
    name: 'base',
    type: 'string',
    default: 'HEAD',
    cli: { value: '<ref>', commands: ['plan'] },
    description: 'The git revision to compare with (default: HEAD)',
  },
  {
    name: 'only-changed',
    type: 'string',
    default: 'auto',
    choices: ['auto', 'true', 'false'],
    action: {},
    description: 'On pull requests, lint only the mapping files the pull request adds or changes: auto (on for pull requests, off otherwise), true or false.',
  },
  {
    name: 'github-token',
    type: 'string',
    default: '',
    env: 'GITHUB_TOKEN',
    secret: true,
    // An expression only the runner can evaluate; the code falls back to GITHUB_TOKEN.
    action: { actionYmlDefault: '${{ github.token }}' },
    description: "Token to list the pull request's files and keep its comment current. Needs pull-requests: write for the comment.",
  },
  {
    name: 'comment',
    type: 'string',
    default: 'on-change',
    choices: ['off', 'on-change', 'always'],
    action: {},
    description: 'One pull request comment kept current with the findings and the plan: off, on-change (only when the pull request changes mapping files) or always.',
  },
  {
    name: 'no-color',
    type: 'boolean',
    default: 'false',
    cli: { commands: ['lint', 'deploy', 'plan'] },
    description: 'No colour, even on a terminal or with FORCE_COLOR (also NO_COLOR)',
  },
] as const satisfies readonly InputSpec[];

export type InputName = (typeof INPUTS)[number]['name'];

export const INPUTS_BY_NAME: ReadonlyMap<string, InputSpec> = new Map(INPUTS.map((spec) => [spec.name, spec]));

export function inputSpec(name: InputName): InputSpec {
  return INPUTS_BY_NAME.get(name)!;
}

/** What action.yml must declare as the input's default: empty where the configuration file may set it, so the file is not overridden. */
export function actionYmlDefault(spec: InputSpec): string {
  if (spec.action?.actionYmlDefault !== undefined) return spec.action.actionYmlDefault;
  return spec.configKey ? '' : spec.default;
}

export const ACTION_INPUTS: readonly InputSpec[] = INPUTS.filter((spec: InputSpec) => spec.action !== undefined);
