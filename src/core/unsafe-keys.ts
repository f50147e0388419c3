/**
 * Keys that would reach an object's prototype when used as a property name (`obj['__proto__'] = {...}` replaces
 * the prototype, so a value set there is read by every lookup but never serialized: a run could train on a value
 * its config_resolved.yaml does not record). Refused as keys in every document, flag and parameter path.
 */
export const UNSAFE_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

export function isUnsafeKey(key: string): boolean {
  return UNSAFE_KEYS.includes(key);
}

/** The one-line reason shared by every place that refuses such a key. */
export function unsafeKeyMessage(key: string): string {
  return `key '${key}' is not allowed (${UNSAFE_KEYS.join(', ')} are reserved)`;
}
