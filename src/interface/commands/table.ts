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
  exits: Readonly<Record<0 | 1 | 2, string>>;
  /** Its `--format`: the input's name and the formats it takes. */
  format?: { input: string; formats: readonly OutputFormat<never>[] };
  /** Set when the action runs it as `command: <name>`. */
  action?: { stage: ActionStage };
}

/** Exit 2 means the same for every command: it could not do what was asked. */
const NOT_RUN = 'a usage or configuration error, or an internal error';

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

/** The command's action stage; `command` is one of ACTION_COMMANDS, which the inputs reader checked. */
export function actionStage(command: ActionCommand): ActionStage {
  return BY_NAME.get(command)!.action!.stage;
}

export function isOpsCommand(command: ActionCommand): command is OpsCommand {
  return actionStage(command) === 'ops';
}
