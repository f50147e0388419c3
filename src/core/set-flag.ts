import { badInput } from './errors.js';
import { isUnsafeKey, unsafeKeyMessage } from './unsafe-keys.js';

// A dotted path of plain names: the same form as a scan parameter name (schemas/scan_config.schema.json).
const KEY_PATH = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)*$/;
// JSON's number grammar only: `Number()` would also read 0x10, 0b1, 0o7, '  1 ', Infinity and 1_000 differently.
const DECIMAL = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$/;

/** `--set key=value` -> [dotted key, scalar]; the key is a dotted path of plain names, never a prototype key. */
export function parseSetFlag(flag: string): [string, unknown] {
  const eq = flag.indexOf('=');
  if (eq <= 0) throw badInput(`--set '${flag}': expected key=value (e.g. --set learning_rate=0.001).`);
  const key = flag.slice(0, eq);
  const unsafe = key.split('.').find(isUnsafeKey);
  if (unsafe) throw badInput(`--set '${flag}': ${unsafeKeyMessage(unsafe)}.`);
  if (!KEY_PATH.test(key))
    throw badInput(`--set '${flag}': expected a dotted key like 'architecture.width', got '${key}'.`);
  return [key, parseSetScalar(flag.slice(eq + 1))];
}

/** true/false/null, a decimal number as JSON writes it (finite), or else the text itself. */
export function parseSetScalar(text: string): unknown {
  if (text === 'true' || text === 'false') return text === 'true';
  if (text === 'null') return null;
  if (DECIMAL.test(text)) {
    const n = Number(text);
    // 1e400 reads as Infinity: keep it as text so the schema names the field instead of a silent overflow.
    if (Number.isFinite(n)) return n;
  }
  return text;
}
