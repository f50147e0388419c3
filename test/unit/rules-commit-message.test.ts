import fc from 'fast-check';
import * as rules from '../../src/core/rules/index.js';
import { checkCommitMessage, commitSubject, formatViolation } from '../../src/core/rules/index.js';

const E7 = '2026-02-08__mnist__resnet_mnist_digits__E0007';
const E8 = '2026-02-08__mnist__resnet_mnist_digits__E0008';

test('accepts the convention naming every added run, with an em dash or --', () => {
  expect(checkCommitMessage('mtrack: E0007 mnist resnet_mnist_digits — lr scan\n\nbody\n', [E7])).toEqual([]);
  expect(checkCommitMessage('mtrack: E0008 E0007 mnist resnet_mnist_digits -- two runs', [E7, E8])).toEqual([]);
});

test('ignores commits that add no run folder', () => {
  expect(checkCommitMessage('fix typo', [])).toEqual([]);
});

test.each([
  ['add run', 'does not follow'],
  ['mtrack: E0007 mnist resnet_mnist_digits — one', 'does not name E0008'],
  ['mtrack: E0007 E0008 E0009 mnist resnet_mnist_digits — x', 'names E0009'],
  ['mtrack: E0007 E0008 fashion resnet_mnist_digits — x', "dataset 'fashion'"],
  ['mtrack: E0007 E0008 mnist vit — x', "model 'vit'"],
])('refuses %j and says why', (message, why) => {
  const [v] = checkCommitMessage(message, [E7, E8]);
  expect(v.rule).toBe('commit-message');
  expect(v.message).toContain(why);
  expect(v.fix).toBe("use the subject line 'mtrack: E0007 E0008 mnist resnet_mnist_digits — <intent>'.");
});

test('the subject skips comment lines and stops at the scissors line', () => {
  expect(
    commitSubject(
      '# Please enter\n\nmtrack: E0007 x y — z\n# ------------------------ >8 ------------------------\nno',
    ),
  ).toBe('mtrack: E0007 x y — z');
  expect(commitSubject('# only comments\n')).toBe('');
});

test('formatViolation prints one actionable line', () => {
  expect(
    formatViolation({
      rule: 'large-file',
      path: 'experiments/r/w.bin',
      message: 'is big.',
      fix: 'use a pointer.',
      commit: 'abcdef0123456789',
    }),
  ).toBe('mtrack: [large-file] experiments/r/w.bin @abcdef012345: is big. (fix: use a pointer.)');
});

test('the hook fast path pattern accepts only subjects the full rule accepts', () => {
  const { acceptedSubjectPattern } = rules;
  const pattern = acceptedSubjectPattern([E8, E7])!;
  const asJs = new RegExp(pattern.replace(/\[\^\[:space:\]\]/g, '\\S').replace(/\[\[:space:\]\]/g, '\\s'));
  const subjects = [
    'mtrack: E0007 E0008 mnist resnet_mnist_digits — scan',
    'mtrack: E0007 E0008 mnist resnet_mnist_digits -- scan',
    'mtrack: E0008 E0007 mnist resnet_mnist_digits — other order',
    'mtrack: E0007 mnist resnet_mnist_digits — one missing',
    'mtrack: E0007 E0008 mnistX resnet_mnist_digits — x',
    'mtrack: E0007 E0008 mnist resnet_mnist_digits —',
  ];
  for (const subject of subjects) {
    if (asJs.test(subject)) expect(checkCommitMessage(subject, [E7, E8])).toEqual([]);
  }
  expect(subjects.map((s) => asJs.test(s))).toEqual([true, true, false, false, false, false]);
  expect(acceptedSubjectPattern([])).toBeUndefined();
});

describe('formatRunCommitSubject', () => {
  const { acceptedSubjectPattern, formatRunCommitSubject } = rules;
  const slug = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,12}$/);
  const runFolders = fc
    .record({
      dataset: slug,
      model: slug,
      numbers: fc.uniqueArray(fc.integer({ min: 1, max: 120_000 }), { minLength: 1, maxLength: 5 }),
      nested: fc.boolean(),
    })
    .map(({ dataset, model, numbers, nested }) =>
      numbers.map(
        (n) => `${nested ? 'experiments/' : ''}2026-02-08__${dataset}__${model}__E${String(n).padStart(4, '0')}`,
      ),
    );

  test('a formatted subject passes the commit-message rule and the hook fast path, for any intent', () => {
    fc.assert(
      fc.property(runFolders, fc.string({ maxLength: 30 }), (folders, intent) => {
        const subject = formatRunCommitSubject(folders, intent);
        const names = folders.map((f) => f.replace('experiments/', ''));
        expect(checkCommitMessage(subject, names)).toEqual([]);
        const pattern = acceptedSubjectPattern(names)!;
        const asJs = new RegExp(pattern.replace(/\[\^\[:space:\]\]/g, '\\S').replace(/\[\[:space:\]\]/g, '\\s'));
        expect(asJs.test(subject)).toBe(true);
      }),
    );
  });

  test('names the ids in order, the dataset and model, and keeps the intent on one line', () => {
    expect(formatRunCommitSubject([`experiments/${E8}`, E7], 'lr scan\nsecond line')).toBe(
      'mtrack: E0007 E0008 mnist resnet_mnist_digits — lr scan second line',
    );
    expect(formatRunCommitSubject([E7], '  ')).toBe('mtrack: E0007 mnist resnet_mnist_digits — (no intent given)');
  });

  test('refuses a folder that is not a run folder, as a bug in the caller', () => {
    expect(() => formatRunCommitSubject(['experiments/notes'], 'x')).toThrow(
      expect.objectContaining({ code: 'INTERNAL' }),
    );
  });
});
