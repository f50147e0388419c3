import { parseArgs } from 'node:util';
import { DATASET_SOURCES, DEFAULT_SOURCE, sourceFlags, sourceFromFlags } from '../../src/adapters/datasets/index.js';

// Flag values any source must parse: one 'name=value' string per flag (a list of one for a repeatable flag).
const exampleFlags = (flags: Record<string, { multiple?: boolean }>) =>
  Object.fromEntries(Object.entries(flags).map(([flag, { multiple }]) => [flag, multiple ? ['a=1'] : 'a=1']));
const parseRecipe = (args: string[]) =>
  parseArgs({ args, options: sourceFlags(), allowPositionals: false, strict: true }).values;

describe.each(Object.entries(DATASET_SOURCES))('dataset source %s', (name, source) => {
  test('has a name, a description and the flag that picks it among its flags', () => {
    expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(source.description.length).toBeGreaterThan(10);
    if (name === DEFAULT_SOURCE) expect(source.selectedBy).toBeUndefined();
    else expect(Object.keys(source.flags)).toContain(source.selectedBy);
  });

  test('parses its options from its flags, and its recorded flags reproduce the same source', () => {
    const flags = exampleFlags(source.flags);

    const { spec, args } = sourceFromFlags(flags);

    expect(spec.kind).toBe(name);
    expect(sourceFromFlags(parseRecipe(args))).toEqual({ spec, args });
  });
});

test('refuses two source flags at once, naming both', () => {
  expect(() => sourceFromFlags({ from: 'dir', url: 'http://127.0.0.1/' })).toThrow(
    '--from and --url: give one data source, not both.',
  );
});

test('no source flag picks the default source', () => {
  expect(sourceFromFlags({ name: 'ignored' })).toEqual({ spec: { kind: DEFAULT_SOURCE }, args: [] });
});
