import { commandOf } from '../src/command';

describe('commandOf', () => {
  it.each([
    ['SELECT 1', 'SELECT'],
    ['  -- comment\n insert into t values (1)', 'INSERT'],
    ['/* c */ UPDATE t SET a = 1', 'UPDATE'],
    ['WITH x AS (SELECT 1) DELETE FROM t WHERE id IN (SELECT * FROM x)', 'DELETE'],
    ['WITH x AS (SELECT 1) SELECT * FROM x', 'SELECT'],
    ['VALUES (1)', 'SELECT'],
  ])('%s -> %s', (sql, command) => {
    expect(commandOf(sql)).toBe(command);
  });
});
