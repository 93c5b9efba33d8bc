import { createLocalDb, type PgResult, type Queryable } from '../src/local-db';
import { ServerKind } from '../src/server-kind';
import { plv8TypeParsers, upstreamTypeParsers } from '../src/type-parsers';

/** A client that answers the engine question with `version` (or fails it) and records every query. */
function fakeClient(answers: Array<string | null | Error>) {
  const sent: Array<{ text: string; types?: unknown }> = [];
  const client: Queryable = {
    async query(config) {
      sent.push(config);
      if (config.text.includes('plv8_version')) {
        const answer = answers.shift();
        if (answer instanceof Error) throw answer;
        return { rows: [{ plv8_version: answer ?? null }], rowCount: 1, command: 'SELECT', fields: [] } as PgResult;
      }
      return { rows: [], rowCount: 0, command: 'SELECT', fields: [] } as PgResult;
    },
  };
  return { client, sent, asked: () => sent.filter((q) => q.text.includes('plv8_version')).length };
}

describe('ServerKind (which PL/v8 local mode maps values for)', () => {
  it('uses what connect() learned without asking the server', async () => {
    const { client, asked } = fakeClient([]);
    const kind = new ServerKind();
    kind.learn('3.2.2');
    expect(await kind.of(client)).toBe('upstream');
    kind.learn('3.2.0-wormhole-compat');
    expect(await kind.of(client)).toBe('plv8-compat');
    kind.learn(null); // the server did not say: this project's engine is assumed
    expect(await kind.of(client)).toBe('plv8-compat');
    expect(asked()).toBe(0);
  });

  it('asks once when connect() did not learn it, and shares the answer with concurrent callers', async () => {
    const { client, asked } = fakeClient(['3.1.10']);
    const kind = new ServerKind();
    expect(await Promise.all([kind.of(client), kind.of(client)])).toEqual(['upstream', 'upstream']);
    expect(await kind.of(client)).toBe('upstream');
    expect(asked()).toBe(1);
  });

  it('asks again after a question that failed', async () => {
    const { client, asked } = fakeClient([new Error('connection lost'), '3.2.0-wormhole-compat']);
    const kind = new ServerKind();
    await expect(kind.of(client)).rejects.toThrow('connection lost');
    expect(await kind.of(client)).toBe('plv8-compat');
    expect(asked()).toBe(2);
  });
});

describe('createLocalDb reads values as the server engine gives them', () => {
  it('passes the upstream parsers on upstream, plv8-compat parsers on ours and when the engine is not given', async () => {
    for (const [version, expected] of [
      ['3.2.2', upstreamTypeParsers],
      ['3.2.0-wormhole-compat', plv8TypeParsers],
    ] as const) {
      const { client, sent } = fakeClient([]);
      const server = new ServerKind();
      server.learn(version);
      await createLocalDb(client, { server, statementSavepoints: true }).query('SELECT 1');
      expect(sent.find((q) => q.text === 'SELECT 1')?.types).toBe(expected);
    }
    const { client, sent } = fakeClient([]);
    await createLocalDb(client).query('SELECT 1');
    expect(sent[0].types).toBe(plv8TypeParsers);
  });
});
