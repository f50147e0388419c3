import { entriesOf } from './yaml-nodes.js';
import { walkParameters } from './parse-parameters.js';
import { fail, parseYamlSource } from './yaml-nodes.js';

/**
 * Refuses, with file:line:col, a scan parameter the built-in trainer has no key for: it would otherwise be accepted
 * by `scan resolve` and `scan plan` and fail at trial 0 (or, worse, retarget a sweep meant for the user's script).
 */
export function checkParameterNames(text: string, file: string, known: readonly string[]): void {
  const { source, root } = parseYamlSource(text, file);
  const scan = entriesOf(source, root, '').find((e) => e.key === 'scan');
  const parameters = scan && entriesOf(source, scan.value, 'scan').find((e) => e.key === 'parameters');
  if (!parameters) return;
  walkParameters(source, parameters.value, 'parameters', '', {
    defined: () => false,
    leaf: (name, entry, _inner, at) => {
      if (known.includes(name)) return;
      fail(
        source,
        entry.keyNode,
        at,
        `'${name}' is not a key of the built-in trainer's config (expected one of ${known.join(', ')}); ` +
          'for your own script use trainer type command (or program: in the scan), whose params take any name.',
      );
    },
  });
}
