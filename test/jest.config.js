// End-to-end tests against the private cluster that scripts/setup.sh starts (DATABASE_URL).
module.exports = {
  displayName: 'e2e',
  testEnvironment: 'node',
  preset: 'ts-jest',
  roots: ['<rootDir>'],
  testMatch: ['<rootDir>/**/*.test.ts'],
  // The hostile suite is its own project (test/hostile/jest.config.js): it starts a throwaway cluster.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/hostile/'],
  // testTimeout is a global option that jest ignores inside `projects`; set it per test file instead.
  setupFilesAfterEnv: ['<rootDir>/support/timeout.ts'],
};
