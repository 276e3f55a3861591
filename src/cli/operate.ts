import { discoveryServerOf } from '../clients/connect/discovery.js';
import { readOperationInputs } from '../interface/inputs/read.js';
import type { Command } from '../interface/commands/table.js';
import { OPERATION_OF, runOperation } from '../live/lifecycle/operate.js';
import { operationText } from '../live/lifecycle/render.js';
import { terminalText } from '../core/output/escape.js';
import { cliSource, commandUsage, type ParsedCommand } from './options.js';
import { EXIT, type CliIO } from './shared.js';

/** `pause`, `resume`, `restart` (`recover`), `reload`: exit 1 when the command failed or its evidence did not come. */
export function operationCommand(command: Command & keyof typeof OPERATION_OF) {
  return async (parsed: ParsedCommand, io: CliIO): Promise<number> => {
    if (parsed.values.help) {
      io.stdout.write(commandUsage(command));
      return EXIT.ok;
    }
    const inputs = readOperationInputs(cliSource(command, parsed, io.env), command);
    const record = await runOperation(
      { ...inputs, operation: OPERATION_OF[command], discoveryServer: discoveryServerOf(io.env), ...(io.env.GITHUB_EVENT_NAME && { eventName: io.env.GITHUB_EVENT_NAME }) },
      { info: (message) => io.stderr.write(`${terminalText(message)}\n`), warning: (message) => io.stderr.write(`warning: ${terminalText(message)}\n`) },
      { ...(io.clock && { clock: io.clock }), ...(io.fetch && { fetch: io.fetch }) },
    );
    io.stdout.write(operationText(record).split('\n').map(terminalText).join('\n'));
    if (record.error) throw record.error;
    return EXIT.ok;
  };
}
