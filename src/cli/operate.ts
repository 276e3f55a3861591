import { readOperationInputs } from '../interface/inputs/read.js';
import type { Command } from '../interface/commands/table.js';
import { OPERATION_OF, operationRequest, runOperation } from '../live/lifecycle/operate.js';
import { operationText } from '../live/lifecycle/render.js';
import { terminalText } from '../core/output/escape.js';
import { cliSource, type ParsedCommand } from './options.js';
import { EXIT, stderrProgress, type CliIO } from './shared.js';
import type { WaitLog } from '../live/deploy/wait.js';

/** `pause`, `resume`, `restart` (`recover`), `reload`: exit 1 when the command failed or its evidence did not come. */
export function operationCommand(command: Command & keyof typeof OPERATION_OF) {
  return async (parsed: ParsedCommand, io: CliIO): Promise<number> => {
    const inputs = readOperationInputs(cliSource(command, parsed, io.env), command);
    const record = await runOperation(operationRequest(command, inputs, io.env), operationLog(io), { ...(io.clock && { clock: io.clock }), ...(io.fetch && { fetch: io.fetch }) });
    io.stdout.write(operationText(record).split('\n').map(terminalText).join('\n'));
    if (record.error) throw record.error;
    return EXIT.ok;
  };
}

/** Lines on stderr and, on a terminal, the wait's heartbeat as one updating line, as the deploy's. */
function operationLog(io: CliIO): WaitLog {
  const progress = stderrProgress(io);
  return {
    // The progress writer shows each line through terminalText.
    info: (message) => progress.line(message),
    warning: (message) => progress.line(`warning: ${message}`),
    ...(progress.status && { status: progress.status }),
  };
}
