import * as core from '@actions/core';
import { workflowLogLine } from '../report/escape.js';
import { toolkitAnnotator, type Annotator } from '../report/github.js';
import type { InputSource } from './inputs.js';

/** What the action needs from the runner. The default is @actions/core; tests may pass their own. */
export interface ActionIO extends InputSource, Annotator {
  setOutput(name: string, value: string | number): void;
  info(message: string): void;
  debug(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  writeSummary(markdown: string): Promise<void>;
}

/**
 * Log lines and group names go through workflowLogLine here, once for every caller, so that no name
 * from a file can start a workflow command; annotations go through annotationText, and @actions/core
 * encodes what would end the command.
 */
export function coreIO(): ActionIO {
  return {
    env: process.env,
    getInput: (name) => core.getInput(name),
    setSecret: (value) => core.setSecret(value),
    setOutput: (name, value) => core.setOutput(name, value),
    info: (message) => core.info(workflowLogLine(message)),
    debug: (message) => core.debug(workflowLogLine(message)),
    ...toolkitAnnotator(core),
    group: (name, fn) => core.group(workflowLogLine(name), fn),
    writeSummary: async (markdown) => {
      // Without GITHUB_STEP_SUMMARY (a local run) there is nowhere to write; the log has the findings.
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown, true).write();
    },
  };
}
