import path from 'node:path';
import { discoveryServerOf } from '../clients/connect/discovery.js';
import type { ConnectionOptions } from '../clients/connect/resolve.js';
import { systemClock, type Clock } from '../core/http/clock.js';
import { getBoolean, getChoice, getInteger, readLintInputs, type InputSource, type LintInputs } from '../interface/inputs/read.js';
import { loadConfig, type LoadedConfig } from '../interface/config/load.js';
import { withPlanFromAppJson } from '../interface/config/app-json.js';
import { formatNamed, type OutputFormat } from '../interface/formats/registry.js';
import type { LintRequest } from '../lint/run.js';
import { clip, terminalText } from '../core/output/escape.js';
import { colorWanted, DEFAULT_WIDTH } from '../core/output/terminal.js';
import type { Command } from '../interface/commands/table.js';
import type { InputName } from '../interface/inputs/table.js';
import { cliSource, type ParsedCommand } from './options.js';

export interface CliIO {
  /** A terminal's width (columns) sets where help and findings wrap. */
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  /** On a terminal, the wait's heartbeat is one line updated in place. */
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  /** Read for the path "-"; tests pass their own. */
  stdin?: AsyncIterable<Uint8Array>;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Tests pass a fake clock and their own fetch; the real ones otherwise. */
  clock?: Clock;
  fetch?: typeof fetch;
}

export const EXIT = { ok: 0, findings: 1, deployFailed: 1, usage: 2 } as const;

export interface CheckSettings {
  inputs: LintInputs;
  request: LintRequest;
  config: LoadedConfig | undefined;
}

/**
 * What lint and deploy check, from the flags over the configuration file (found from the current
 * directory up to the repository root: the pre-commit hook needs no flag to pick it up).
 */
export async function checkSettings(command: Command, parsed: ParsedCommand, io: CliIO): Promise<CheckSettings> {
  const config = await loadConfig(io.cwd, { searchUp: true });
  const inputs = await withPlanFromAppJson(readLintInputs(cliSource(command, parsed, io.env, config?.values)), io.cwd, '--plan', (note) => io.stderr.write(`${terminalText(note)}\n`));
  const request: LintRequest = {
    root: io.cwd,
    patterns: inputs.patterns,
    // The user's own machine: a file or folder they name may be outside the current directory.
    namedMayLeaveRoot: true,
    levels: inputs.levels,
    ...(inputs.herokuPlan && { herokuPlan: inputs.herokuPlan }),
    describePatterns: inputs.describePatterns,
    ...(inputs.live && { live: { ...inputs.live, ...(io.fetch && { fetchImpl: io.fetch }), ...(io.clock && { clock: io.clock }) } }),
    ignores: config?.ignores ?? [],
    log: { info: (message) => io.stderr.write(`${terminalText(message)}\n`), warning: (message) => io.stderr.write(`warning: ${terminalText(message)}\n`) },
  };
  return { inputs, request, config };
}

/** Colour on stdout, as --no-color, NO_COLOR, FORCE_COLOR and the terminal say (colorWanted). */
export function useColor(command: Command, parsed: ParsedCommand, io: CliIO): boolean {
  return colorWanted(io.env, io.stdout, getBoolean(cliSource(command, parsed, io.env), 'no-color'));
}

/**
 * The renderer `--format` names for a read-only live command (the inputs table checked the name
 * against the list). Plain text: these commands have no --no-color and their text has no colour.
 */
export function liveFormat<Subject>(formats: readonly OutputFormat<Subject>[], flags: InputSource, input: InputName): (subject: Subject) => Promise<string> {
  const format = formatNamed(formats, getChoice(flags, input) ?? 'text');
  return (subject) => format.render(subject, { color: false });
}

/**
 * Progress on stderr, each line through terminalText. On a terminal there is also a status line
 * (the heartbeat of a wait): each status replaces the last in place, cut to the terminal's width so
 * that a carriage return can overwrite it, and the next line or '' clears it.
 */
export function stderrProgress(io: CliIO): { line(text: string): void; status?: (text: string) => void } {
  let shown = 0;
  const clear = () => (shown > 0 ? `\r${' '.repeat(shown)}\r` : '');
  const line = (text: string) => {
    io.stderr.write(`${clear()}${terminalText(text)}\n`);
    shown = 0;
  };
  if (!io.stderr.isTTY) return { line };
  const room = Math.max(20, (io.stderr.columns ?? DEFAULT_WIDTH) - 1);
  return {
    line,
    status: (text) => {
      const visible = clip(terminalText(text), room - 1);
      // From the line's start even when nothing is to be cleared, so the line is the status alone.
      io.stderr.write(`${clear() || '\r'}${visible}`);
      shown = visible.length;
    },
  };
}

export function resolveFrom(io: CliIO, file: string): string {
  return path.resolve(io.cwd, file);
}

/** The read-only live commands' calls are few and quick: they all end within this, unless --wait-timeout says otherwise. */
const READ_ONLY_WAIT_SECONDS = 300;

/** When a read-only live command (diagnose, drift, health, compare) gives up: --wait-timeout, else READ_ONLY_WAIT_SECONDS. */
export function readOnlyDeadline(parsed: ParsedCommand, flags: InputSource, clock: Clock): number {
  const seconds = parsed.values['wait-timeout'] === undefined ? READ_ONLY_WAIT_SECONDS : getInteger(flags, 'wait-timeout');
  return clock.now() + seconds * 1000;
}

/**
 * How a read-only live command reaches Heroku Connect for all its apps: one deadline for every call,
 * the injected clock and fetch, and progress on stderr through terminalText.
 */
export function readOnlyConnection(parsed: ParsedCommand, flags: InputSource, io: CliIO, apiKey: string): ConnectionOptions {
  const clock = io.clock ?? systemClock;
  return {
    apiKey,
    discoveryServer: discoveryServerOf(io.env),
    clock,
    deadline: readOnlyDeadline(parsed, flags, clock),
    log: { info: (message) => io.stderr.write(`${terminalText(message)}\n`) },
    ...(io.fetch && { fetch: io.fetch }),
  };
}
