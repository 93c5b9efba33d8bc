// One jest run covers every package's unit tests and the end-to-end tests in test/.
module.exports = {
  projects: ['<rootDir>/packages/*/jest.config.js', '<rootDir>/test/jest.config.js'],
};
