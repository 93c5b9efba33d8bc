/**
 * What a validation refusal says, in the three places it is written: the error's MESSAGE, its
 * DETAIL (`{"wormhole":1,"kind":"validation","omitted":N,"diagnostics":[…]}`) and the `reject`
 * row of wormhole.audit. One function makes all three so they are bounded alike (ERROR_LIMITS):
 * a source with ten thousand problems costs the log and the audit table no more than one with
 * twenty. Used by the installer (installer.ts); only the installer bundle includes it.
 */
import { SQLSTATES } from '@wormhole/protocol';
import { formatDiagnostics, type Diagnostic } from '@wormhole/validator';
import { boundError, detailJson, type BoundedErrorFields } from './errors';

export interface ValidationRejection {
  /** Throw this: PL/v8 raises it as SQLSTATE WH001. */
  error: BoundedErrorFields;
  /** The text for the audit row (`detail` of action `reject`): the same list as the MESSAGE. */
  audit: string;
}

/** The refusal for `diagnostics` (at most ERROR_LIMITS.maxDiagnostics) and `omitted` more problems. */
export function validationRejection(diagnostics: Diagnostic[], omitted = 0): ValidationRejection {
  const list = formatDiagnostics(diagnostics, omitted);
  return {
    error: boundError({
      sqlerrcode: SQLSTATES.validation,
      message: `The function was rejected by the server's validator:\n${list}`,
      hint: 'Fix the listed problems, or ask the DBA to change the policy (wormhole.set_policy)',
      // `omitted` first: the DETAIL's byte budget is spent in this order, and the count must survive.
      detail: detailJson({ kind: 'validation', omitted, diagnostics }),
    }),
    audit: list,
  };
}
