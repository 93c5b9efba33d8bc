// @swc/jest with coverage.
module.exports = {
  rootDir: __dirname,
  testMatch: ['<rootDir>/fixture/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }] },
  transformIgnorePatterns: ['/node_modules/'],
  collectCoverageFrom: ['fixture/functions.ts'],
  coverageDirectory: '<rootDir>/build/coverage-swc',
  testEnvironment: 'node',
};
