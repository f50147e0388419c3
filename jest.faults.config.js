// The fault suite (npm run test:faults): kills, races and staged changes against real repos. Kept out of the default
// `npm test` (jest.config.js): it takes minutes and needs strace. Runs after the build, like the other projects.
export default {
  testEnvironment: 'node',
  transform: {},
  rootDir: 'lib',
  testMatch: ['<rootDir>/test/faults/**/*.test.js'],
  reporters: ['default', '<rootDir>/../scripts/jest-summary-reporter.cjs'],
};
