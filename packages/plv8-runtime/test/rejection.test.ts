/** The installer's refusal of a source full of problems: bounded MESSAGE, DETAIL and audit text. */
import { validate } from '@wormhole/validator';
import { chooseSqlState, ERROR_LIMITS, RESERVED_SQLSTATE_CLASSES } from '@wormhole/protocol';
import { validationRejection } from '../src/rejection';

const bytes = (text: string | undefined) => Buffer.byteLength(text ?? '', 'utf8');

describe('validationRejection', () => {
  // About 95 KB, three problems a line: what once produced an 8 MB MESSAGE and a 9 MB DETAIL.
  const source = `(db) => {\n${'  plv8.x; eval(y);\n'.repeat(5200)}}`;
  const result = validate(source);
  const { error, audit } = validationRejection(result.diagnostics, result.omitted);

  test('raises WH001 with a MESSAGE of at most 8 KB ending in "… and N more problems"', () => {
    expect(error.sqlerrcode).toBe('WH001');
    expect(bytes(error.message)).toBeLessThanOrEqual(ERROR_LIMITS.maxMessageBytes);
    expect(error.message.startsWith("The function was rejected by the server's validator:\n2:3  ")).toBe(true);
    expect(error.message).toMatch(/\n\n… and \d+ more problems$/);
  });

  test('its DETAIL lists 20 diagnostics and the count of the others, within 64 KB', () => {
    expect(bytes(error.detail)).toBeLessThanOrEqual(ERROR_LIMITS.maxDetailBytes);
    const detail = JSON.parse(error.detail!);
    expect(detail).toMatchObject({ wormhole: 1, kind: 'validation', omitted: 3 * 5200 - 20 });
    expect(detail.diagnostics).toHaveLength(20);
    expect(detail.diagnostics[0]).toEqual(result.diagnostics[0]);
    expect(detail.truncated).toBeUndefined();
  });

  test('the audit text is the same bounded list', () => {
    expect(bytes(audit)).toBeLessThanOrEqual(ERROR_LIMITS.maxMessageBytes);
    expect(error.message.endsWith(audit)).toBe(true);
  });
});

describe('chooseSqlState', () => {
  test('reserves the connection, rollback, resource, operator, system, internal, non-error and Wormhole classes', () => {
    expect(Object.keys(RESERVED_SQLSTATE_CLASSES).sort()).toEqual(['00', '01', '02', '08', '40', '53', '57', '58', 'WH', 'XX']);
    expect(chooseSqlState('57P01')).toEqual({ code: 'WH010', requestedCode: '57P01' });
    expect(chooseSqlState('XX001')).toEqual({ code: 'WH010', requestedCode: 'XX001' });
  });

  test('passes other SQLSTATEs and refuses malformed ones', () => {
    expect(chooseSqlState('23505')).toEqual({ code: '23505' });
    expect(chooseSqlState(undefined)).toEqual({ code: 'WH010' });
    expect(chooseSqlState(null)).toEqual({ code: 'WH010' });
    expect(chooseSqlState({})).toEqual({ code: 'WH010' });
    expect(chooseSqlState(23505)).toEqual({ code: 'WH010', requestedCode: '23505' });
    expect(chooseSqlState(57014)).toEqual({ code: 'WH010', requestedCode: '57014' });
    expect(chooseSqlState('x'.repeat(1000)).requestedCode).toHaveLength(65);
  });
});
