// ts-jest with coverage (Istanbul), as `jest --coverage` runs it by default.
module.exports = {
  rootDir: __dirname,
  testMatch: ['<rootDir>/fixture/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false, tsconfig: { target: 'ES2022', module: 'commonjs', esModuleInterop: true } }] },
  transformIgnorePatterns: ['/node_modules/'],
  collectCoverageFrom: ['fixture/functions.ts'],
  coverageDirectory: '<rootDir>/build/coverage-ts-jest',
  testEnvironment: 'node',
};
