/**
 * The SDK's public copies of the validator's types (src/public-types.ts) and of the protocol's `db`
 * API (src/types.ts) must stay the same shape as @wormhole/validator's and @wormhole/protocol's:
 * each assignment below fails to compile (ts-jest type-checks) if they drift.
 */
import type * as protocol from '@wormhole/protocol';
import type * as validator from '@wormhole/validator';
import { validate, DEFAULT_POLICY } from '@wormhole/validator';
import type { Diagnostic, FunctionInfo, Policy } from '../src/public-types';
import type { RemoteErrorDetail } from '../src/errors';
import type { Db, FieldInfo, QueryConfig, QueryResult } from '../src/types';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameDiagnostic: Same<Diagnostic, validator.Diagnostic> = true;
const samePolicy: Same<Policy, validator.Policy> = true;
const sameInfo: Same<FunctionInfo, validator.FunctionInfo> = true;
const sameDb: Same<Db, protocol.Db> = true;
const sameResult: Same<QueryResult<{ n: number }>, protocol.QueryResult<{ n: number }>> = true;
const sameField: Same<FieldInfo, protocol.FieldInfo> = true;
const sameConfig: Same<QueryConfig, protocol.QueryConfig> = true;
/** Every DETAIL the runtime writes for an error inside a function reads as the SDK's RemoteErrorDetail. */
type Fits<A, B> = [A] extends [B] ? true : false;
const throwFits: Fits<Extract<protocol.ErrorDetail, { kind: 'throw' }>, RemoteErrorDetail> = true;
const sqlFits: Fits<Extract<protocol.ErrorDetail, { kind: 'sql' }>, RemoteErrorDetail> = true;

describe('public types mirror @wormhole/validator', () => {
  it('has the same shapes (checked at compile time) and real values fit them', () => {
    expect([sameDiagnostic, samePolicy, sameInfo]).toEqual([true, true, true]);
    const bad = validate('async (db) => eval("1")');
    const diagnostics: Diagnostic[] = bad.diagnostics;
    expect(diagnostics[0].rule).toBe('no-eval');
    const info: FunctionInfo | undefined = validate('async (db, a, ...rest) => a').info;
    expect(info).toMatchObject({ arity: 2, hasRestParameter: true });
    const policy: Policy = DEFAULT_POLICY;
    expect(policy.allowedGlobals).toContain('Math');
  });

  it('has the protocol\'s db API (checked at compile time)', () => {
    expect([sameDb, sameResult, sameField, sameConfig]).toEqual([true, true, true, true]);
  });

  it('reads every remote-failure DETAIL of the protocol (checked at compile time)', () => {
    expect([throwFits, sqlFits]).toEqual([true, true]);
  });
});
