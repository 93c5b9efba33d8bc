// One jest run covers every package's unit tests, the end-to-end tests in test/ and the hostile suite
// in test/hostile/ (which starts and stops its own throwaway cluster).
module.exports = {
  projects: ['<rootDir>/packages/*/jest.config.js', '<rootDir>/test/jest.config.js', '<rootDir>/test/hostile/jest.config.js'],
};
