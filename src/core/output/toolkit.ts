// @actions/core's own modules for workflow commands, output files and the job summary, imported
// from its lib/ rather than its index: the index also imports the toolkit's HTTP client (undici,
// and with it Node's http, https, net and tls) for OIDC tokens, which cost about 45 ms of every
// run's start-up and which neither the action nor the CLI's github format ever asks for. The
// functions below are the index's own one-line wrappers over these modules;
// __tests__/core/output/toolkit.test.ts checks them against the index, and __tests__/action/lint.test.ts
// that the action's bundle loads no HTTP client for a lint.
import { issue, issueCommand } from '../../../node_modules/@actions/core/lib/command.js';
import { issueFileCommand, prepareKeyValueMessage } from '../../../node_modules/@actions/core/lib/file-command.js';
import { toCommandProperties, toCommandValue } from '../../../node_modules/@actions/core/lib/utils.js';
import type { AnnotationProperties } from '@actions/core';

/** The job summary, @actions/core's own, loaded when a run writes it (it brings node:fs/promises and node:os). */
export async function loadSummary() {
  return (await import('../../../node_modules/@actions/core/lib/summary.js')).summary;
}

export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function setOutput(name: string, value: string | number): void {
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    return;
  }
  process.stdout.write('\n');
  issueCommand('set-output', { name }, toCommandValue(value));
}

export function info(message: string): void {
  process.stdout.write(`${message}\n`);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', toCommandProperties(properties), message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', toCommandProperties(properties), message);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('notice', toCommandProperties(properties), message);
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issue('group', name);
  try {
    return await fn();
  } finally {
    issue('endgroup');
  }
}
