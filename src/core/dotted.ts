import { badInput } from './errors.js';
import { isUnsafeKey, unsafeKeyMessage } from './unsafe-keys.js';

/** The keys of a dotted path; empty and prototype keys are refused so no setter can reach a prototype. */
function pathKeys(path: string): string[] {
  const keys = path.split('.');
  if (keys.some((k) => k === ''))
    throw badInput(`Invalid parameter path '${path}'. Expected dotted keys like 'architecture.width'.`);
  const unsafe = keys.find(isUnsafeKey);
  if (unsafe) throw badInput(`Invalid parameter path '${path}': ${unsafeKeyMessage(unsafe)}.`);
  return keys;
}

/** A copy of `target` with `value` set at dotted `path`, creating intermediate objects. */
export function setDotted(target: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const keys = pathKeys(path);
  const copy: Record<string, unknown> = { ...target };
  let node = copy;
  for (const key of keys.slice(0, -1)) {
    const child = Object.hasOwn(node, key) ? node[key] : undefined;
    if (child !== undefined && (typeof child !== 'object' || child === null || Array.isArray(child))) {
      throw badInput(
        `Cannot set '${path}': '${key}' holds a ${Array.isArray(child) ? 'list' : typeof child}, not a mapping.`,
      );
    }
    node[key] = { ...((child as Record<string, unknown>) ?? {}) };
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
  return copy;
}
