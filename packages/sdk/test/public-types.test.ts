/**
 * Every DETAIL the runtime writes for an error inside a function (@wormhole/protocol's ErrorDetail)
 * must read as the SDK's public RemoteErrorDetail: the assignments below fail to compile (ts-jest
 * type-checks) when the two drift. (The db API, Diagnostic, Policy and FunctionInfo are the owners'
 * own types, inlined into dist/index.d.ts by build.mjs: there is no copy to drift.)
 */
import type * as protocol from '@wormhole/protocol';
import { validate, DEFAULT_POLICY } from '@wormhole/validator';
import type { RemoteErrorDetail } from '../src/errors';
import type { Diagnostic, FunctionInfo, Policy } from '../src/public-types';

type Fits<A, B> = [A] extends [B] ? true : false;
const throwFits: Fits<Extract<protocol.ErrorDetail, { kind: 'throw' }>, RemoteErrorDetail> = true;
const sqlFits: Fits<Extract<protocol.ErrorDetail, { kind: 'sql' }>, RemoteErrorDetail> = true;

describe('public types', () => {
  it('reads every remote-failure DETAIL of the protocol (checked at compile time)', () => {
    expect([throwFits, sqlFits]).toEqual([true, true]);
  });

  it('are what the validator returns', () => {
    const bad = validate('async (db) => eval("1")');
    const diagnostics: Diagnostic[] = bad.diagnostics;
    expect(diagnostics[0].rule).toBe('no-eval');
    const info: FunctionInfo | undefined = validate('async (db, a, ...rest) => a').info;
    expect(info).toMatchObject({ arity: 2, hasRestParameter: true });
    const policy: Policy = DEFAULT_POLICY;
    expect(policy.allowedGlobals).toContain('Math');
  });
});
