import * as core from '@actions/core';
import { MtrackError } from '../../core/errors.js';
import { InputError, type Settings } from '../inputs.js';
import { log, summary } from '../step-io.js';

/** verify: every stamping rule over base..head. */
export async function verify(s: Settings): Promise<void> {
  if (!s.base)
    throw new InputError("Input 'base' is required outside a pull_request event (the commit to verify from).");
  const { verifyRange, formatViolation } = await import('../../app/verify/verify.js');
  const range = `${s.base}..${s.head ?? 'HEAD'}`;
  const violations = await verifyRange(s.workingDirectory, range, { warn: (m) => core.warning(m) });
  core.setOutput('violations', String(violations.length));
  for (const v of violations) core.error(formatViolation(v));
  if (violations.length > 0)
    throw new MtrackError('CHECK_FAILED', `mtrack verify ${range}: ${violations.length} violation(s).`);
  log(`mtrack verify ${range}: ok`);
  await summary([`### mtrack verify ${range}: ok`]);
}
