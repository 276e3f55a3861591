/**
 * Every command, declared once: the CLI's dispatch, its overview and per-command help, the set of
 * live commands, each command's `--format` input and the action's `command` choices (and their
 * type) all come from this table. A new command is one entry here, its module, and its docs.
 *
 * The table sits below src/cli and src/action, so both import it; the CLI's loaders (one lazy
 * import per command, in src/cli/main.ts) are checked complete against it by the compiler.
 */

import { COMPARE_FORMATS, DIAGNOSE_FORMATS, DRIFT_FORMATS, HEALTH_FORMATS, LINT_FORMATS, PLAN_FORMATS, WRITE_ERRORS_FORMATS, type OutputFormat } from '../formats/registry.js';

/** How the action runs a command: the lint (and what follows it on a pull request), the lint then a deploy, or an operation on live connections. */
export type ActionStage = 'lint' | 'deploy' | 'ops';

export interface CommandSpec {
  name: string;
  /** The usage line after the program's name. */
  synopsis: string;
  /** What the command does: the overview's paragraph and the top of its --help. */
  summary: string;
  /** A remote failure is the command's outcome (exit 1, like a failed check) rather than an error (exit 2). */
  live: boolean;
  /** What each exit code means for this command: the end of its --help. */
  exits: Readonly<{ 0: string; 1?: string; 2: string }>;
  /** Its `--format`: the input's name and the formats it takes. */
  format?: { input: string; formats: readonly OutputFormat<never>[] };
  /** Set when the action runs it as `command: <name>`. */
  action?: { stage: ActionStage };
}

/** Exit 2 means the same for every command: it could not do what was asked. */
const NOT_RUN = 'a usage or configuration error, or an internal error';

/** The operator commands' exits: each sends one action and waits for the state that shows it took effect. */
const OPERATOR_EXITS = {
  0: 'the state that shows it took effect was seen',
  1: 'the action was sent but its evidence did not come within --wait-timeout, or Heroku Connect refused it or could not be read',
  2: `refused before anything was sent (the connection's state does not allow it, an untrusted pull-request event), or ${NOT_RUN}`,
};

export const COMMANDS = [
  {
    name: 'lint',
    synopsis: 'lint [paths or globs... | -]',
    summary: 'Lint Heroku Connect mapping files (default: the configuration file\'s files, else every mapping file under the current directory). "-" reads standard input.',
    live: false,
    exits: { 0: 'no finding reaches --fail-on, and the warnings do not exceed --max-warnings', 1: 'a finding reaches --fail-on, or the warnings exceed --max-warnings', 2: NOT_RUN },
    format: { input: 'format', formats: LINT_FORMATS },
    action: { stage: 'lint' },
  },
  {
    name: 'deploy',
    synopsis: 'deploy <files...> --app <app>',
    summary:
      "Lint the files, then import them all into the app's Heroku Connect connection and wait until it is IDLE and every mapping the import changes is DATA_SYNCED. The API key comes from HEROKU_API_KEY; CONNECT_DISCOVERY_SERVER overrides https://hc-central.heroku.com.",
    live: true,
    exits: { 0: 'deployed, or already up to date', 1: 'a lint finding reaches --fail-on (nothing is imported), or the deploy failed', 2: NOT_RUN },
    action: { stage: 'deploy' },
  },
  {
    name: 'plan',
    synopsis: 'plan <files...> [--base <ref> | --app <app>]',
    summary:
      "What the files change: against their version at a git revision (default HEAD), or, with --app, against the live configuration of the app's connection (what an import would change; read only, the API key comes from HEROKU_API_KEY).",
    live: true,
    exits: { 0: 'the plan was made, whatever it changes', 1: 'with --app: the live configuration could not be read', 2: NOT_RUN },
    format: { input: 'plan-format', formats: PLAN_FORMATS },
  },
  {
    name: 'diagnose',
    synopsis: 'diagnose --app <app> [files...]',
    summary:
      "Run Heroku Connect's own diagnose (the checks of heroku connect:diagnose): the connection's, and each mapping's (those of the files when given, placed at their object_name line; every live one otherwise). Read only; the API key comes from HEROKU_API_KEY.",
    live: true,
    exits: { 0: 'no finding reaches --fail-on', 1: 'a finding reaches --fail-on, or Heroku Connect could not be read', 2: NOT_RUN },
    format: { input: 'diagnose-format', formats: DIAGNOSE_FORMATS },
  },
  {
    name: 'write-errors',
    synopsis: 'write-errors --app <app> [--since <duration>]',
    summary: 'The writes from Postgres to Salesforce that failed (Heroku Connect keeps 24 hours), by table. Read only; the API key comes from HEROKU_API_KEY.',
    live: true,
    exits: { 0: 'the write errors were read (there may be none or many)', 1: 'Heroku Connect could not be read', 2: NOT_RUN },
    format: { input: 'write-errors-format', formats: WRITE_ERRORS_FORMATS },
  },
  {
    name: 'drift',
    synopsis: 'drift [files...] --app <app[:resource]> [--app ...] [--write]',
    summary:
      "How each app's live connection has drifted from the files (a dashboard edit, a recreated connection): each difference by meaning, with what the next deploy of the files would do about it. Exits 1 on drift. --write rewrites the files to match the live connection (one app), changing only the drifted values. Read only otherwise; the API key comes from HEROKU_API_KEY.",
    live: true,
    exits: { 0: 'no connection drifted from the files', 1: 'a connection drifted, or could not be read', 2: NOT_RUN },
    format: { input: 'drift-format', formats: DRIFT_FORMATS },
    action: { stage: 'ops' },
  },
  {
    name: 'health',
    synopsis: 'health --app <app[:resource]> [--app ...] [--acknowledge]',
    summary:
      "Each app's connection state, each mapping's state, last poll (stale after --stale-intervals polling intervals), record counts and pending writes, write errors within --since and unacknowledged notifications. Exits 1 when unhealthy. Reads only, unless --acknowledge acknowledges the notifications reported. The API key comes from HEROKU_API_KEY.",
    live: true,
    exits: { 0: 'every connection is healthy', 1: 'a connection is unhealthy, or could not be read', 2: NOT_RUN },
    format: { input: 'health-format', formats: HEALTH_FORMATS },
    action: { stage: 'ops' },
  },
  {
    name: 'compare',
    synopsis: 'compare --app <from> --app <to>',
    summary:
      "How two apps' live connections differ (sandbox against production), by meaning, and what promoting the first one's configuration to the second would do. Read only; the API key comes from HEROKU_API_KEY.",
    live: true,
    exits: { 0: 'the connections were compared, whatever their differences', 1: 'a connection could not be read', 2: NOT_RUN },
    format: { input: 'compare-format', formats: COMPARE_FORMATS },
  },
  {
    name: 'pause',
    synopsis: 'pause --app <app>',
    summary:
      "Pause the app's Heroku Connect connection (only from IDLE; a running import is waited for first) and wait within --wait-timeout until it is PAUSED. The API key comes from HEROKU_API_KEY.",
    exits: OPERATOR_EXITS,
    live: true,
    action: { stage: 'ops' },
  },
  {
    name: 'resume',
    synopsis: 'resume --app <app>',
    summary: "Resume the app's paused Heroku Connect connection (only from PAUSED) and wait within --wait-timeout until it is IDLE or polling. The API key comes from HEROKU_API_KEY.",
    exits: OPERATOR_EXITS,
    live: true,
    action: { stage: 'ops' },
  },
  {
    name: 'restart',
    synopsis: 'restart --app <app>',
    summary:
      "Restart the app's Heroku Connect connection (the Heroku CLI's connect:recover: it clears errors and resumes the sync) and wait within --wait-timeout until it is IDLE or polling. The API key comes from HEROKU_API_KEY.",
    exits: OPERATOR_EXITS,
    live: true,
    action: { stage: 'ops' },
  },
  {
    name: 'recover',
    synopsis: 'recover --app <app>',
    summary: 'The same as restart, by the name the Heroku CLI also gives it (connect:recover).',
    exits: OPERATOR_EXITS,
    live: true,
    action: { stage: 'ops' },
  },
  {
    name: 'reload',
    synopsis: 'reload <mapping...> --app <app> --confirm <app>',
    summary:
      "Reload each named mapping: Heroku Connect empties its table and loads it again from Salesforce. Needs --confirm with the app's name. Waits within --wait-timeout until each has passed RELOAD_TABLE and is DATA_SYNCED. The API key comes from HEROKU_API_KEY.",
    exits: {
      ...OPERATOR_EXITS,
      0: 'every mapping passed RELOAD_TABLE and reached DATA_SYNCED',
      2: `${OPERATOR_EXITS[2]} (also: no --confirm with the app's name)`,
    },
    live: true,
    action: { stage: 'ops' },
  },
  {
    name: 'schema',
    synopsis: 'schema <files...> [--describe <globs>] [--apply]',
    summary:
      "Print the SQL DDL of the tables Heroku Connect would create for the files, for local development and tests: the schema, each mapping's table with Connect's system columns, a column per mapped field (typed from the describe data when given) and the indexes as Connect names them. --apply creates them in a development database, and refuses one whose schema holds Connect's _trigger_log.",
    exits: {
      0: 'the DDL was printed, or with --apply created',
      2: "a usage or configuration error, a database that holds Connect's _trigger_log or could not be reached (--apply), or an internal error",
    },
    live: false,
  },
  {
    name: 'init',
    synopsis: 'init [--force]',
    summary:
      "Write a commented .heroku-connect.yml at the root of the repository the current directory is in (a glob for each folder of mapping files found there, and the plan that app.json's herokuconnect add-on names) and a lint workflow, .github/workflows/heroku-connect-lint.yml. Never replaces either without --force.",
    exits: { 0: 'the configuration file and the workflow were written', 2: 'a file exists already (without --force), a usage or configuration error, or an internal error' },
    live: false,
  },
] as const satisfies readonly CommandSpec[];

type Entry = (typeof COMMANDS)[number];
export type Command = Entry['name'];
/** What the action's `command` input takes. */
export type ActionCommand = Extract<Entry, { action: object }>['name'];
/** The action's commands that run as operations on live connections (drift, health). */
export type OpsCommand = Extract<Entry, { action: { stage: 'ops' } }>['name'];

const BY_NAME: ReadonlyMap<string, CommandSpec> = new Map(COMMANDS.map((spec) => [spec.name, spec]));

/** The command's entry, or undefined for a name that is none. */
export function commandNamed(name: string): CommandSpec | undefined {
  return BY_NAME.get(name);
}

export function isCommand(name: string): name is Command {
  return BY_NAME.has(name);
}

export const ACTION_COMMANDS = COMMANDS.flatMap((spec: CommandSpec) => (spec.action ? [spec.name as ActionCommand] : []));

/** The operator commands: each changes one app's live connection and waits for the evidence. */
export const OPERATOR_COMMANDS = ['pause', 'resume', 'restart', 'recover', 'reload'] as const satisfies readonly ActionCommand[];

/** The command's action stage; `command` is one of ACTION_COMMANDS, which the inputs reader checked. */
export function actionStage(command: ActionCommand): ActionStage {
  return BY_NAME.get(command)!.action!.stage;
}

export function isOpsCommand(command: ActionCommand): command is OpsCommand {
  return actionStage(command) === 'ops';
}
