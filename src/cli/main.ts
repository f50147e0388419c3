import { parseArgs, type ParseArgsConfig } from 'node:util';
import { badInput } from '../core/errors.js';
import { reportError } from './output.js';
import { COMMANDS, usage } from './commands.js';

/** argv -> command -> exit code (0 ok, 1 a check failed, 2 bad input or usage). */
export async function main(argv: string[]): Promise<number> {
  const [name, sub] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    const { mtrackVersion } = await import('../app/run/environment.js');
    process.stdout.write(`${mtrackVersion()}\n`);
    return 0;
  }
  // Own properties only: `mtrack constructor` must not find Object.prototype.constructor.
  const key = Object.hasOwn(COMMANDS, `${name} ${sub}`) ? `${name} ${sub}` : name;
  const command = Object.hasOwn(COMMANDS, key) ? COMMANDS[key] : undefined;
  try {
    if (!command) throw badInput(`Unknown command '${argv.slice(0, 2).join(' ')}'. Run 'mtrack --help' for the list.`);
    const rest = argv.slice(key.split(' ').length);
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        options: command.options,
        allowPositionals: true,
        strict: true,
      } as ParseArgsConfig);
    } catch (error) {
      throw badInput(
        `mtrack ${key}: ${(error as Error).message.split('\n')[0]}`,
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
