/**
 * The statements of a stream read a batch per statement (upstream PL/v8, pulled-stream.ts), against
 * a recording connection: what is sent when, and how the server's answers end the stream. The same
 * path against a real upstream server is test/stream.test.ts.
 */
import { PulledStreamStatement } from '../src/pulled-stream';
import type { PgConnection } from '../src/stream';

/** Records the messages written, one short line each. */
function recorder(): { connection: PgConnection; sent: string[] } {
  const sent: string[] = [];
  const connection: PgConnection = {
    parse: (q) => sent.push(`parse ${['stream_open', 'stream_next', 'stream_close', 'statement_timeout'].find((f) => q.text.includes(f))}`),
    bind: (q) => sent.push(`bind ${JSON.stringify(q.values)}`),
    execute: () => sent.push('execute'),
    close: () => sent.push('close-portal'),
    flush: () => sent.push('flush'),
    sync: () => sent.push('sync'),
  };
  return { connection, sent };
}

function statement(values: Array<string | null> = ['h', '[]'], timeoutMs?: number) {
  const batches: Array<string | null> = [];
  let ended = 0;
  const s = new PulledStreamStatement(
    values,
    timeoutMs,
    (b) => batches.push(b),
    () => ended++,
  );
  const { connection, sent } = recorder();
  s.submit(connection);
  return { s, sent, batches, ended: () => ended };
}

const row = (...fields: Array<string | null>) => ({ fields });

test('opens with the first batch in one statement, holds later requests until the id comes, then parses stream_next once', () => {
  const { s, sent, batches } = statement();
  expect(sent).toEqual(['parse stream_open', 'bind ["h","[]"]', 'execute', 'flush']);
  expect(s.outstanding).toBe(1);
  s.pump(2);
  expect(sent).toHaveLength(4); // no id yet
  expect(s.outstanding).toBe(3);
  s.handleDataRow(row('7', '[1,2]'));
  s.handleCommandComplete();
  expect(batches).toEqual(['[1,2]']);
  expect(sent.slice(4)).toEqual(['parse stream_next', 'bind ["7"]', 'execute', 'bind ["7"]', 'execute', 'flush']);
  expect(s.outstanding).toBe(2);
  s.pump(1);
  expect(sent.slice(10)).toEqual(['bind ["7"]', 'execute', 'flush']);
});

test('a NULL batch ends the stream; answers already on their way are dropped, and the Sync goes when the last one came', async () => {
  const { s, sent, batches, ended } = statement();
  s.handleDataRow(row('1', '[0]'));
  s.handleCommandComplete();
  s.pump(2);
  s.handleDataRow(row(null));
  s.handleCommandComplete();
  expect(ended()).toBe(1);
  expect(sent).not.toContain('sync');
  s.handleDataRow(row(null));
  s.handleCommandComplete();
  expect(sent[sent.length - 1]).toBe('sync');
  expect(batches).toEqual(['[0]']);
  s.handleReadyForQuery();
  await expect(s.done).resolves.toBeUndefined();
});

test('an empty stream ends with the open statement', () => {
  const { s, sent, ended } = statement();
  s.pump(1);
  s.handleDataRow(row('3', null));
  s.handleCommandComplete();
  expect(ended()).toBe(1);
  expect(sent.filter((m) => m.startsWith('parse'))).toEqual(['parse stream_open']);
  expect(sent[sent.length - 1]).toBe('sync');
});

test('an unknown function (NULL id) hands a NULL batch on and ends the statement without asking for more', () => {
  const { s, sent, batches, ended } = statement();
  s.pump(2);
  s.handleDataRow(row(null, null));
  s.handleCommandComplete();
  expect(batches).toEqual([null]);
  expect(ended()).toBe(0);
  expect(sent.filter((m) => m.startsWith('parse'))).toEqual(['parse stream_open']);
  expect(sent[sent.length - 1]).toBe('sync');
});

test('stopping early sends stream_close then Sync; stopping while the stream opens waits for its id', () => {
  const open = statement();
  open.s.handleDataRow(row('5', '[1]'));
  open.s.handleCommandComplete();
  open.s.close();
  expect(open.sent.slice(-4)).toEqual(['parse stream_close', 'bind ["5"]', 'execute', 'sync']);
  expect(open.ended()).toBe(0);

  const opening = statement();
  opening.s.close();
  expect(opening.sent).not.toContain('parse stream_close');
  opening.s.handleDataRow(row('6', '[1]'));
  opening.s.handleCommandComplete();
  expect(opening.batches).toEqual([]); // the consumer is gone
  expect(opening.sent.slice(-4)).toEqual(['parse stream_close', 'bind ["6"]', 'execute', 'sync']);
});

test('a statement timeout goes first, in the same transaction; an error ends the stream with it', async () => {
  const { s, sent } = statement(['h', '[]', 'src', 'name'], 250);
  expect(sent.slice(0, 4)).toEqual(['parse statement_timeout', 'bind []', 'execute', 'parse stream_open']);
  s.handleCommandComplete(); // the SET LOCAL
  s.handleDataRow(row('9', '[1]'));
  s.handleCommandComplete();
  const failure = Object.assign(new Error('boom'), { severity: 'ERROR' });
  s.handleError(failure);
  expect(sent[sent.length - 1]).toBe('sync');
  await expect(s.done).rejects.toBe(failure);
});
