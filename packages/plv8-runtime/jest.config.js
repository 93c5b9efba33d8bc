module.exports = {
  displayName: '@wormhole/plv8-runtime',
  testEnvironment: 'node',
  preset: 'ts-jest',
  roots: ['<rootDir>/src', '<rootDir>/test'].filter((d) => require('fs').existsSync(d.replace('<rootDir>', __dirname))),
};
