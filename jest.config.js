// Tests are compiled by tsc into lib/ first (npm test runs the build), so Jest runs plain ESM and needs no transform.
const common = { testEnvironment: 'node', transform: {}, rootDir: 'lib' };
export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.js'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.test.js'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.js'] },
  ],
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.cjs'],
};
