import { callStatement, checkStatementTimeout, quoteLiteral, setLocalTimeout } from '../src/call-statement';
import { checkCallOptions, Deadline } from '../src/deadline';
import { CallTimeoutError, CancelledError } from '../src/errors';
import { parseLsn } from '../src/replicas';

describe('call statements', () => {
  it('are never prepared by default (a warm call is one simple-protocol Query), named only on request', () => {
    expect(callStatement(['h', `["it's"]`], { named: false, reportWrites: false })).toEqual({
      text: `SELECT wormhole.call('h', '["it''s"]') AS result`,
    });
    expect(callStatement(['h', '["a\\\\b"]'], { named: false, reportWrites: true })).toEqual({
      text: `SELECT wormhole.call('h',  E'["a\\\\\\\\b"]') AS result, pg_current_xact_id_if_assigned() IS NOT NULL AS wrote`,
    });
    // The installing form sends the user's source as a parameter, never spliced into SQL.
    expect(callStatement(['h', '[]', 's', 'n'], { named: false, reportWrites: false })).toEqual({
      text: 'SELECT wormhole.call($1, $2, $3, $4) AS result',
      values: ['h', '[]', 's', 'n'],
    });
    expect(callStatement(['h', '[]', 's', 'n'], { named: true, reportWrites: false })).toEqual({
      name: 'wormhole_call_4',
      text: 'SELECT wormhole.call($1, $2, $3, $4) AS result',
      values: ['h', '[]', 's', 'n'],
    });
    expect(callStatement(['h', '[]'], { named: true, reportWrites: true }).name).toBe('wormhole_call_2w');
  });

  it('carry a statement timeout as SET LOCAL in the same simple-protocol string, values quoted', () => {
    const s = callStatement(['h', `["it's"]`], { named: true, timeoutMs: 1500.2, reportWrites: false });
    expect(s).toEqual({ text: `SET LOCAL statement_timeout = 1501; SELECT wormhole.call('h', '["it''s"]') AS result` });
    expect(setLocalTimeout(0.1)).toBe('SET LOCAL statement_timeout = 1');
  });

  it('quote literals safely whatever standard_conforming_strings is', () => {
    expect(quoteLiteral("a'b")).toBe("'a''b'");
    expect(quoteLiteral("a\\b'c")).toBe(" E'a\\\\b''c'");
    expect(quoteLiteral(null)).toBe('NULL');
  });

  it('check statementTimeout', () => {
    expect(checkStatementTimeout(undefined)).toBeUndefined();
    expect(checkStatementTimeout(0)).toBeUndefined();
    expect(checkStatementTimeout(250)).toBe(250);
    expect(() => checkStatementTimeout(-5)).toThrow(/statementTimeout must be/);
    expect(() => checkStatementTimeout('5s')).toThrow(/statementTimeout must be/);
  });
});

describe('call options and deadlines', () => {
  it('refuse bad options with the fix', () => {
    expect(() => checkCallOptions({ timeout: 0 })).toThrow(/positive number of milliseconds/);
    expect(() => checkCallOptions({ signal: {} as AbortSignal })).toThrow(/AbortSignal/);
    expect(Deadline.start({}, 'f')).toBeUndefined();
  });

  it('report a timeout as a timeout and an abort as a cancel', async () => {
    const timed = Deadline.start({ timeout: 10 }, 'f')!;
    await new Promise((r) => setTimeout(r, 30));
    expect(timed.stopped).toBe('timeout');
    expect(timed.error('run')).toBeInstanceOf(CallTimeoutError);
    const controller = new AbortController();
    const aborted = Deadline.start({ signal: controller.signal, timeout: 10_000 }, 'f')!;
    const seen: string[] = [];
    aborted.onStop((r) => seen.push(r));
    controller.abort();
    expect(seen).toEqual(['signal']);
    const error = aborted.error('connect');
    expect(error).toBeInstanceOf(CancelledError);
    expect(error).toMatchObject({ reason: 'signal', phase: 'connect' });
    aborted.dispose();
  });
});

describe('WAL positions', () => {
  it('compare as numbers', () => {
    expect(parseLsn('0/16B3748')).toBe(0x16b3748n);
    expect(parseLsn('16/B374D848') > parseLsn('15/FFFFFFFF')).toBe(true);
  });
});
