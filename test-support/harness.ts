import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActionIO } from '../src/action/io.js';
import type { Clock } from '../src/core/http/clock.js';
import { FakeClock } from './fake-clock.js';
import type { AnnotationProperties } from '../src/lint/report/github.js';
import { scratchFolder } from './scratch.js';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SHARED_EXPORTS = path.resolve(REPO_ROOT, '../shared/heroku-connect-exports');
/** The Node 24 runtime GitHub uses, as scripts/test.mjs found it. */
const NODE = process.env.HCA_TEST_NODE || process.execPath;

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: Record<string, string>;
}

export interface ProcessResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface ActionResult extends ProcessResult {
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
}

/** A fresh workspace directory, optionally filled from files (relative path → content) or copied fixtures. */
export function makeWorkspace(files: Record<string, string | Buffer> = {}, copy: Record<string, string> = {}): string {
  const dir = scratchFolder('hca-ws-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  for (const [name, source] of Object.entries(copy)) cpSync(source, path.join(dir, name), { recursive: true });
  return dir;
}

export function runProcess(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string } = {}): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, args, { cwd: options.cwd ?? REPO_ROOT, env: options.env ?? cleanEnv() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? -1, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** The environment without anything of the runner this test itself may run under. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(INPUT_|GITHUB_|RUNNER_|HEROKU_|SF_|CONNECT_|ACTIONS_)/.test(key)) env[key] = value;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

/** What the action and the CLI take from the world in a test: a fake clock, a fetch of the test's own. */
export interface TestDeps {
  clock?: Clock;
  fetch?: typeof fetch;
}

/** The runner's environment for a run in `workspace`, with a temporary directory for the job. */
function runnerEnv(workspace: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv) {
  const runnerDir = scratchFolder('hca-runner-');
  const outputFile = path.join(runnerDir, 'output');
  const summaryFile = path.join(runnerDir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [inputVariable(name), value]));
  return {
    outputFile,
    summaryFile,
    env: cleanEnv({ GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, RUNNER_TEMP: runnerDir, GITHUB_ACTIONS: 'true', ...inputEnv, ...env }),
  };
}

const inputVariable = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

/**
 * Runs the action's source in this process, through an IO that writes what @actions/core writes:
 * workflow commands and log lines on `stdout`, outputs, and the job summary.
 */
export async function runAction(workspace: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}, deps: TestDeps = {}): Promise<ActionResult> {
  const runner = runnerEnv(workspace, inputs, env);
  let stdout = '';
  let summary = '';
  const outputs: Record<string, string> = {};
  const line = (text: string) => void (stdout += `${text}\n`);
  const annotation =
    (level: Annotation['level']) =>
    (message: string, properties: AnnotationProperties = {}) =>
      line(workflowCommand(level, commandProperties(properties), message));
  const io: ActionIO = {
    env: runner.env,
    getInput: (name) => (runner.env[inputVariable(name)] ?? '').trim(),
    setSecret: (value) => line(workflowCommand('add-mask', {}, value)),
    setOutput: (name, value) => void (outputs[name] = String(value)),
    info: line,
    debug: (message) => line(workflowCommand('debug', {}, message)),
    error: annotation('error'),
    warning: annotation('warning'),
    notice: annotation('notice'),
    group: async (name, fn) => {
      line(workflowCommand('group', {}, name));
      try {
        return await fn();
      } finally {
        line('::endgroup::');
      }
    },
    writeSummary: async (markdown) => void (summary += `${markdown}\n`),
  };
  // A fake clock unless the test brings one: no in-process run waits on the real clock.
  // Loaded on first use: a suite that only makes workspaces does not pay for the whole action.
  const { run } = await import('../src/action/main.js');
  const exitCode = await run(io, { clock: new FakeClock(), ...deps, cwd: workspace });
  return { exitCode, stdout, stderr: '', outputs, summary, annotations: parseAnnotations(stdout) };
}

/** Runs the built action (dist/index.js) the way the runner does: INPUT_* variables, output and summary files. */
export async function runBuiltAction(workspace: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}, entry = path.join(REPO_ROOT, 'dist/index.js')): Promise<ActionResult> {
  const runner = runnerEnv(workspace, inputs, env);
  const result = await runProcess([entry], { cwd: workspace, env: runner.env });
  return {
    ...result,
    outputs: parseOutputFile(readFileSync(runner.outputFile, 'utf8')),
    summary: readFileSync(runner.summaryFile, 'utf8'),
    annotations: parseAnnotations(result.stdout),
  };
}

/** Runs the CLI's source in this process: what it writes, and the exit code it returns. */
export async function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } & TestDeps = {}): Promise<ProcessResult> {
  let stdout = '';
  let stderr = '';
  const { main } = await import('../src/cli/main.js');
  const exitCode = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: cleanEnv(options.env),
    cwd: options.cwd ?? REPO_ROOT,
    clock: options.clock ?? new FakeClock(),
    ...(options.fetch && { fetch: options.fetch }),
  });
  return { exitCode, stdout, stderr };
}

export function runBuiltCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ProcessResult> {
  return runProcess([path.join(REPO_ROOT, 'dist/cli/index.js'), ...args], { cwd: options.cwd ?? REPO_ROOT, env: cleanEnv(options.env) });
}

/** @actions/core's property names for an annotation's position. */
function commandProperties(properties: AnnotationProperties): Record<string, string | number | undefined> {
  const { title, file, startLine, endLine, startColumn, endColumn } = properties;
  return { title, file, line: startLine, endLine, col: startColumn, endColumn };
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A workflow command as @actions/core writes it: properties without a value are left out. */
function workflowCommand(command: string, properties: Record<string, string | number | undefined>, message: string): string {
  const pairs = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${command}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`;
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const [key, ...value] = pair.split('=');
      properties[key!] = unescapeProperty(value.join('='));
    }
    annotations.push({ level: match[1] as Annotation['level'], message: unescapeData(match[3]!), properties });
  }
  return annotations;
}

/** The error a promise rejects with; fails the test when it resolves instead. */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(Error);
  return outcome as Error;
}
