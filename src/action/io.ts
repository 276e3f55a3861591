import * as core from '../core/output/toolkit.js';
import { workflowLogLine } from '../core/output/escape.js';
import { toolkitAnnotator, type Annotator } from '../lint/report/github.js';
import type { OutputName } from '../interface/commands/outputs.js';
import type { InputSource } from '../interface/inputs/read.js';

/** What the action needs from the runner. The default is @actions/core; tests may pass their own. */
export interface ActionIO extends InputSource, Annotator {
  /** Only the names the outputs table declares (src/interface/commands/outputs.ts). */
  setOutput(name: OutputName, value: string | number): void;
  info(message: string): void;
  debug(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  writeSummary(markdown: string): Promise<void>;
}

/** The runner through @actions/core, as it is: `escapedForRunner` makes what is written through it safe. */
export function coreIO(): ActionIO {
  return {
    env: process.env,
    getInput: (name) => core.getInput(name),
    setSecret: (value) => core.setSecret(value),
    setOutput: (name, value) => core.setOutput(name, value),
    info: (message) => core.info(message),
    debug: (message) => core.debug(message),
    error: (message, properties) => core.error(message, properties),
    warning: (message, properties) => core.warning(message, properties),
    notice: (message, properties) => core.notice(message, properties),
    group: (name, fn) => core.group(name, fn),
    writeSummary: async (markdown) => {
      // Without GITHUB_STEP_SUMMARY (a local run) there is nowhere to write; the log has the findings.
      if (process.env.GITHUB_STEP_SUMMARY) await (await core.loadSummary()).addRaw(markdown, true).write();
    },
  };
}

/**
 * The runner's IO with every line it logs through workflowLogLine and every annotation through
 * annotationText: applied once, in run(), for every caller and whatever the IO (the runner's or a
 * test's), so that no name from a file or answer from an API can start a workflow command.
 */
export function escapedForRunner(io: ActionIO): ActionIO {
  return {
    ...io,
    info: (message) => io.info(workflowLogLine(message)),
    debug: (message) => io.debug(workflowLogLine(message)),
    group: (name, fn) => io.group(workflowLogLine(name), fn),
    ...toolkitAnnotator(io),
  };
}
