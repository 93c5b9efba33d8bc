/**
 * Everything the SDK knows about one remote function, worked out once at remote() time: its source
 * text (what is sent and hashed), its hash, a name for messages, where the user defined it, and what
 * the validator learned about its parameters.
 */
import { readFileSync } from 'fs';
import { codeFrame } from '@wormhole/protocol';
import { captureCallSite } from './call-site';
import { SourcePosition, WormholeError } from './errors';
import { FunctionLocation, locateFunction, mapToFile } from './function-location';
import { hashSource } from './hash';
import { MappedDiagnostic, precheck } from './precheck';
import type { Diagnostic, FunctionInfo, Policy } from './public-types';

export interface DefinitionOptions {
  /** A name for messages, stack traces and the server's catalog (default: the function's or variable's name). */
  name?: string;
  /** Where the function is written, when stack traces cannot tell (e.g. code built without source maps). */
  location?: SourcePosition;
  /** Validator policy overrides for the client-side precheck. */
  policy?: Partial<Policy>;
}

export class FunctionDefinition {
  readonly source: string;
  readonly hash: string;
  readonly name: string;
  readonly info: FunctionInfo;
  private readonly site?: SourcePosition;
  private located?: FunctionLocation;

  constructor(readonly fn: Function, options: DefinitionOptions & { caller: Function }) {
    if (typeof fn !== 'function') {
      throw new WormholeError(`remote() expects a function such as async (db, a, b) => { … }, got ${fn === null ? 'null' : typeof fn}.`);
    }
    this.source = Function.prototype.toString.call(fn);
    if (/\{\s*\[native code\]\s*\}\s*$/.test(this.source)) {
      throw new WormholeError('remote() needs the source text of the function, but this one has none ' +
        '(a built-in or a .bind() result). Pass the original function; use its arguments instead of binding them.');
    }
    this.site = options.location ?? captureCallSite(options.caller);
    this.name = options.name ?? (fn.name || inferNameFromCallSite(this.site) || 'anonymous');
    this.hash = hashSource(this.source);
    this.info = precheck(this.source, {
      name: this.name,
      definedAt: this.site && formatPosition(this.site),
      policy: options.policy,
      mapDiagnostic: (d) => this.mapDiagnostic(d),
    });
  }

  /** Where the function is in the user's file (read lazily: only errors need it). */
  get location(): FunctionLocation | undefined {
    if (!this.site) return undefined;
    this.located ??= locateFunction(this.site, this.source);
    return this.located;
  }

  /** A validator diagnostic shown on the user's own lines, when the function was found in its file. */
  private mapDiagnostic(d: Diagnostic): MappedDiagnostic | undefined {
    const located = this.location;
    if (!located || located.start === undefined || located.text === undefined) return undefined;
    const p = mapToFile(located, this.source, d.line, d.column);
    return { where: formatPosition(p), frame: codeFrame(located.text, p.line, p.column) };
  }

  /** True when the last parameter is a rest parameter (then any number of arguments is fine). */
  get hasRestParameter(): boolean {
    return this.info.hasRestParameter;
  }
}

export function formatPosition(p: SourcePosition): string {
  return `${p.file}:${p.line}:${p.column}`;
}

/** `const transfer = wh.remote(…)` → "transfer", so anonymous arrows still get a useful name. */
function inferNameFromCallSite(site: SourcePosition | undefined): string | undefined {
  if (!site) return undefined;
  let text: string;
  try {
    text = readFileSync(site.file, 'utf8');
  } catch {
    return undefined;
  }
  const line = text.split('\n')[site.line - 1] ?? '';
  const match = /([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*(?:await\s+)?[\w$.]*\.?remote\s*[(<]/.exec(line);
  return match?.[1];
}
