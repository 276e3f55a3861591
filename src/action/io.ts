import { appendFileSync, existsSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import { workflowLogLine } from '../report/escape.js';
import { commandAnnotator, workflowCommand, type Annotator } from '../report/github.js';
import type { InputSource } from './inputs.js';

/** What the action needs from the runner. The default writes the runner's commands; tests may pass their own. */
export interface ActionIO extends InputSource, Annotator {
  setOutput(name: string, value: string | number): void;
  info(message: string): void;
  debug(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  writeSummary(markdown: string): Promise<void>;
}

/**
 * The runner's IO: workflow commands on standard output and file commands, written as @actions/core
 * writes them (commandAnnotator says why not @actions/core itself). Log lines and group names go
 * through workflowLogLine here, once for every caller, so that no name from a file can start a
 * workflow command; annotations are escaped as command data and properties.
 */
export function coreIO(env: NodeJS.ProcessEnv = process.env, stdout: { write(text: string): unknown } = process.stdout): ActionIO {
  const issue = (command: string, properties: Record<string, string | number | undefined>, message: string) => void stdout.write(`${workflowCommand(command, properties, message)}${EOL}`);
  return {
    env,
    getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    setSecret: (value) => issue('add-mask', {}, value),
    setOutput: (name, value) => {
      const file = env.GITHUB_OUTPUT;
      if (!file) {
        // An old runner without the output file: the deprecated command, as @actions/core falls back to.
        stdout.write(EOL);
        issue('set-output', { name }, String(value));
        return;
      }
      if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
      appendFileSync(file, `${keyValueMessage(name, String(value))}${EOL}`, 'utf8');
    },
    info: (message) => void stdout.write(`${workflowLogLine(message)}${EOL}`),
    debug: (message) => issue('debug', {}, workflowLogLine(message)),
    ...commandAnnotator(stdout),
    group: async (name, fn) => {
      issue('group', {}, workflowLogLine(name));
      try {
        return await fn();
      } finally {
        issue('endgroup', {}, '');
      }
    },
    writeSummary: async (markdown) => {
      // Without GITHUB_STEP_SUMMARY (a local run) there is nowhere to write; the log has the findings.
      if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, `${markdown}${EOL}`, 'utf8');
    },
  };
}

/**
 * `name<<DELIMITER`, the value, then the delimiter on a line of its own. The delimiter is one that
 * appears in neither name nor value, so no value, however hostile, can end it early and set
 * another output.
 */
function keyValueMessage(name: string, value: string): string {
  let delimiter = 'ghadelimiter';
  while (name.includes(delimiter) || value.includes(delimiter)) delimiter += `_${Math.random().toString(36).slice(2)}`;
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}
