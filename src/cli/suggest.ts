import { didYouMean } from '../core/suggest.js';

/** `Unknown command 'mtrack rpeort'. Did you mean 'report'?` over command names and their first words. */
export function unknownCommandMessage(words: string[], names: string[]): string {
  const typed = words.filter((w) => !w.startsWith('-')).slice(0, 2);
  const candidates = [...names, ...new Set(names.map((n) => n.split(' ')[0]))];
  const whole = typed.join(' ');
  const hint = didYouMean(whole, candidates) || didYouMean(typed[0] ?? '', candidates);
  return `Unknown command '${whole}'.${hint} Run 'mtrack --help' for the list.`;
}

/** node:util parseArgs' "Unknown option '--josn'" with the closest option the command takes. */
export function unknownOptionMessage(message: string, options: string[]): string {
  const match = /Unknown option '(-{1,2})([^']+)'/.exec(message);
  if (!match) return message;
  return `${message.replace(/\. To specify a positional argument.*$/, '').replace(/\.$/, '')}.${didYouMean(match[2], [...options, 'help'], '--')}`;
}
