import { setDotted } from '../../src/core/dotted.js';
import { parseSetFlag, parseSetScalar } from '../../src/core/set-flag.js';
import { repoRelativePath } from '../../src/core/repo-path.js';
import { parseYamlText } from '../../src/core/yaml-text.js';

describe('--set scalars', () => {
  test.each([
    ['16', 16],
    ['-0.5', -0.5],
    ['1e-3', 0.001],
    ['true', true],
    ['null', null],
    ['0x10', '0x10'],
    ['0b1', '0b1'],
    [' 1', ' 1'],
    ['1_000', '1_000'],
    ['Infinity', 'Infinity'],
    ['1e400', '1e400'],
    ['+1', '+1'],
    ['01', '01'],
  ])('%j reads as %j (decimal JSON numbers only)', (text, value) => {
    expect(parseSetScalar(text)).toEqual(value);
  });

  test('refuses prototype keys anywhere in the path', () => {
    for (const key of ['__proto__.x', 'a.constructor', 'prototype'])
      expect(() => parseSetFlag(`${key}=1`)).toThrow(/is not allowed/);
  });
});

describe('dotted paths never reach a prototype', () => {
  test('setDotted refuses __proto__ and leaves Object.prototype alone', () => {
    expect(() => setDotted({}, '__proto__.max_train_examples', 120)).toThrow(/'__proto__' is not allowed/);
    expect(({} as Record<string, unknown>).max_train_examples).toBeUndefined();
  });
});

describe('YAML documents', () => {
  test('a prototype key is refused with its position and path', () => {
    expect(() => parseYamlText('a:\n  b:\n    __proto__: 1\n', 'c.yaml')).toThrow(
      "c.yaml:3:5 a.b.__proto__: key '__proto__' is not allowed",
    );
  });

  test('a few aliases are fine; an expanding bomb is one line', () => {
    expect(parseYamlText('a: &x 1\nb: *x\n', 'c.yaml').data).toEqual({ a: 1, b: 1 });
    const bomb =
      'a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n';
    expect(() => parseYamlText(bomb, 'c.yaml')).toThrow(/c\.yaml: YAML aliases expand too far/);
  });
});

describe('repo-relative file flags', () => {
  test.each(['/etc/passwd', '../x.yaml', 'configs/../../x.yaml', 'C:\\x.yaml', ''])('refuses %j', (value) => {
    expect(() => repoRelativePath('--config', value)).toThrow(/--config/);
  });

  test('normalizes a path inside the repo', () => {
    expect(repoRelativePath('--config', './configs//a.yaml')).toBe('configs/a.yaml');
  });
});
