module.exports = {
  displayName: '@wormhole/protocol',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  // Tests may use Node; src may not (see tsconfig.json), hence a tsconfig of their own.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
};
