import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
  const dir = mkdtempSync(path.join(tmpdir(), 'hca-ws-'));
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

/** Runs dist/index.js the way the runner does: INPUT_* variables, output and summary files. */
export async function runAction(workspace: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<ActionResult> {
  const runnerDir = mkdtempSync(path.join(tmpdir(), 'hca-runner-'));
  const outputFile = path.join(runnerDir, 'output');
  const summaryFile = path.join(runnerDir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]));
  const result = await runProcess([path.join(REPO_ROOT, 'dist/index.js')], {
    cwd: workspace,
    env: cleanEnv({
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: runnerDir,
      GITHUB_ACTIONS: 'true',
      ...inputEnv,
      ...env,
    }),
  });
  return {
    ...result,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    annotations: parseAnnotations(result.stdout),
  };
}

export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ProcessResult> {
  return runProcess([path.join(REPO_ROOT, 'dist/cli/index.js'), ...args], { cwd: options.cwd ?? REPO_ROOT, env: cleanEnv(options.env) });
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
