import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TRAINERS } from '../../src/app/run/trainers/index.js';

const schema = (name: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../schemas/${name}.schema.json`, import.meta.url)), 'utf8'));
const trainerTypes = (name: string): string[] =>
  schema(name).properties.trainer.oneOf.map(
    (s: { properties: { type: { const: string } } }) => s.properties.type.const,
  );

describe.each(Object.entries(TRAINERS))('trainer type %s', (type, trainer) => {
  test('has a description, a train function and says whether hyperband can stop it', () => {
    expect(trainer.description.length).toBeGreaterThan(10);
    expect(typeof trainer.train).toBe('function');
    expect(typeof trainer.stopsEarly).toBe('boolean');
  });

  test.each(['baseline_config', 'config_resolved'])('is a trainer.type that %s accepts', (name) => {
    expect(trainerTypes(name)).toContain(type);
  });
});

test('every trainer.type the config schemas accept has an entry in TRAINERS', () => {
  for (const name of ['baseline_config', 'config_resolved'])
    expect(trainerTypes(name).sort()).toEqual(Object.keys(TRAINERS).sort());
});
