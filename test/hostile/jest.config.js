// The hostile suite (issue 7): an attacker holding only wormhole_user, against a throwaway cluster
// that the global setup starts (and the teardown stops), never the shared private cluster.
// Run alone: npx jest --selectProjects hostile   (from the repository root)
module.exports = {
  displayName: 'hostile',
  testEnvironment: 'node',
  preset: 'ts-jest',
  rootDir: __dirname,
  roots: ['<rootDir>'],
  testMatch: ['<rootDir>/**/*.test.ts'],
  globalSetup: '<rootDir>/support/global-setup.js',
  globalTeardown: '<rootDir>/support/global-teardown.js',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/../tsconfig.json', diagnostics: { warnOnly: true } }] },
};
