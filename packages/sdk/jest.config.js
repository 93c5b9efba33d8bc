module.exports = {
  displayName: 'pg-wormhole',
  testEnvironment: 'node',
  // src may not use Node (the runtime) or has its own settings; tests compile with test/tsconfig.json.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
  roots: ['<rootDir>/src', '<rootDir>/test'].filter((d) => require('fs').existsSync(d.replace('<rootDir>', __dirname))),
};
