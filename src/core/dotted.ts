import { badInput } from './errors.js';

/** A copy of `target` with `value` set at dotted `path`, creating intermediate objects. */
export function setDotted(target: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const keys = path.split('.');
  if (keys.some((k) => k === ''))
    throw badInput(`Invalid parameter path '${path}'. Expected dotted keys like 'architecture.width'.`);
  const copy: Record<string, unknown> = { ...target };
  let node = copy;
  for (const key of keys.slice(0, -1)) {
    const child = node[key];
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
