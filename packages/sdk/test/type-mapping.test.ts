/**
 * One type mapping for both sides (@wormhole/protocol's TYPE_MAPPING): the engine's conversion
 * switch (plv8-compat/src/type_info.cc, kind_for) must give each listed type the kind the table says,
 * and must not convert any type the table does not list; local mode's parsers must read each type
 * the way the table says. Type OIDs come from PostgreSQL's own catalog header, not from this file.
 */
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { TYPE_MAPPING, type LocalReading } from '@wormhole/protocol';
import { parseUtcDate, plv8TypeParsers } from '../src/type-parsers';

const root = join(__dirname, '..', '..', '..');

/** `#define INT8OID 20` … from pg_type_d.h of the PostgreSQL the engine builds against. */
function catalogOids(): Map<string, number> {
  const include = execFileSync('pg_config', ['--includedir-server'], { encoding: 'utf8' }).trim();
  const header = readFileSync(join(include, 'catalog', 'pg_type_d.h'), 'utf8');
  return new Map([...header.matchAll(/^#define (\w+OID) (\d+)$/gm)].map((m) => [m[1], Number(m[2])]));
}

/** The engine's `case XOID: … return TypeKind::K;` lines of kind_for, as oid -> kind. */
function engineKinds(oids: Map<string, number>): Map<number, string> {
  const source = readFileSync(join(root, 'plv8-compat', 'src', 'type_info.cc'), 'utf8');
  const body = /TypeKind kind_for\([^)]*\) \{\s*switch \(base\) \{([\s\S]*?)default:/.exec(source);
  if (!body) throw new Error("kind_for's switch not found in type_info.cc: update this test with the engine");
  const kinds = new Map<number, string>();
  let pending: string[] = [];
  for (const m of body[1].matchAll(/case (\w+):(?:\s*return TypeKind::(\w+);)?/g)) {
    pending.push(m[1]);
    if (!m[2]) continue;
    for (const name of pending) {
      const oid = oids.get(name);
      if (oid === undefined) throw new Error(`${name} is not in pg_type_d.h`);
      kinds.set(oid, m[2]);
    }
    pending = [];
  }
  return kinds;
}

describe('the type mapping (one table for the engine and local mode)', () => {
  const kinds = engineKinds(catalogOids());

  it('gives every type the engine converts directly the kind the table says', () => {
    expect(kinds.size).toBeGreaterThan(10);
    const table = new Map(TYPE_MAPPING.filter((t) => t.engineKind !== 'Other').map((t) => [t.oid, t.engineKind as string]));
    expect(Object.fromEntries(kinds)).toEqual(Object.fromEntries(table));
  });

  it('lists types with the oids PostgreSQL gives them', () => {
    const oids = catalogOids();
    for (const t of TYPE_MAPPING) {
      expect([t.type, oids.get(`${t.type.toUpperCase()}OID`)]).toEqual([t.type, t.oid]);
      if (t.arrayOid) expect([t.type, oids.get(`${t.type.toUpperCase()}ARRAYOID`)]).toEqual([t.type, t.arrayOid]);
    }
  });

  it('reads each type in local mode the way the table says', () => {
    const samples: Record<LocalReading, [text: string, expected: unknown] | undefined> = {
      number: ['9007199254740993', 9007199254740992],
      float4: ['0.1', Math.fround(0.1)],
      'utc-date': ['2024-01-02 03:04:05', parseUtcDate('2024-01-02 03:04:05')],
      text: ['(1,2)', '(1,2)'],
      'node-postgres': undefined,
    };
    for (const t of TYPE_MAPPING) {
      const sample = samples[t.local];
      if (!sample) continue;
      const text = t.type === 'date' ? '2024-01-02' : sample[0];
      const expected = t.type === 'date' ? parseUtcDate('2024-01-02') : sample[1];
      expect([t.type, plv8TypeParsers.getTypeParser(t.oid)(text)]).toEqual([t.type, expected]);
      expect([t.type, plv8TypeParsers.getTypeParser(t.arrayOid)(`{${JSON.stringify(text)}}`)]).toEqual([t.type, [expected]]);
    }
  });
});
