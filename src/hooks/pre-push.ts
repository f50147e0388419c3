import { checkPush, parsePushLines } from '../app/sync/check-push.js';
import { reportError } from './report.js';

/**
 * The pre-push hook (`pre-push <remote> <url>`, pushed refs on stdin): refuses a push that would land duplicate
 * experiment ids and says how to fix it (`mtrack sync` renumbers unpushed runs).
 */
export async function runPrePush(argv: string[], stdin: string, cwd = process.cwd()): Promise<number> {
  try {
    const problems = await checkPush(cwd, argv[1] ?? argv[0] ?? 'origin', parsePushLines(stdin));
    for (const problem of problems) process.stderr.write(`mtrack: ${problem}\n`);
    if (problems.length > 0)
      process.stderr.write(
        'mtrack: push refused: run `mtrack sync` (it renumbers your unpushed runs), then push again.\n',
      );
    return problems.length > 0 ? 1 : 0;
  } catch (error) {
    return reportError(error);
  }
}
