import { parseArgs, type ParseArgsConfig } from 'node:util';
import { badInput } from '../core/errors.js';
import { reportError } from './output.js';
import { COMMANDS, usage } from './commands.js';
import { commandHelp, groupHelp, isVersionRequest, wantsHelp } from './help.js';
import { unknownCommandMessage, unknownOptionMessage } from './suggest.js';

/** argv -> command -> exit code (0 ok, 1 a check failed, 2 bad input or usage). */
export async function main(argv: string[]): Promise<number> {
  const [name, sub] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (isVersionRequest(name)) {
    const { mtrackVersion } = await import('../app/run/environment.js');
    process.stdout.write(`mtrack ${mtrackVersion()}\n`);
    return 0;
  }
  // Own properties only: `mtrack constructor` must not find Object.prototype.constructor.
  const key = Object.hasOwn(COMMANDS, `${name} ${sub}`) ? `${name} ${sub}` : name;
  const command = Object.hasOwn(COMMANDS, key) ? COMMANDS[key] : undefined;
  try {
    if (!command) {
      const group = groupHelp(name, COMMANDS);
      if (group && (sub === undefined || wantsHelp(argv.slice(1)))) {
        process.stdout.write(group);
        return sub === undefined ? 2 : 0;
      }
      throw badInput(unknownCommandMessage(argv, Object.keys(COMMANDS)));
    }
    const rest = argv.slice(key.split(' ').length);
    if (wantsHelp(rest)) {
      process.stdout.write(commandHelp(key, command));
      return 0;
    }
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        options: command.options,
        allowPositionals: true,
        strict: true,
      } as ParseArgsConfig);
    } catch (error) {
      const first = (error as Error).message.split('\n')[0];
      throw badInput(
        `mtrack ${key}: ${unknownOptionMessage(first, Object.keys(command.options))}`,
        `Usage: mtrack ${key} ${command.usage}`,
      );
    }
    if (parsed.positionals.length > command.positionals) {
      throw badInput(
        `mtrack ${key}: unexpected argument '${parsed.positionals[command.positionals]}'.`,
        `Usage: mtrack ${key} ${command.usage}`,
      );
    }
    return await command.run(parsed.values as Record<string, unknown>, parsed.positionals);
  } catch (error) {
    return reportError(error);
  }
}
