// babel-jest with coverage (babel-plugin-istanbul), preset-env for the current Node.
module.exports = {
  rootDir: __dirname,
  testMatch: ['<rootDir>/fixture/*.spec.ts'],
  transform: {
    '^.+\\.ts$': ['babel-jest', {
      configFile: false, babelrc: false,
      presets: [['@babel/preset-env', { targets: { node: 'current' } }], '@babel/preset-typescript'],
    }],
  },
  transformIgnorePatterns: ['/node_modules/'],
  collectCoverageFrom: ['fixture/functions.ts'],
  coverageDirectory: '<rootDir>/build/coverage-babel',
  testEnvironment: 'node',
};
