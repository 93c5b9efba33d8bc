/**
 * Everything the SDK knows about one remote function, worked out once at remote() time: its source
 * text (what is sent and hashed), its hash, a name for messages, where the user defined it, and what
 * the validator learned about its parameters.
 *
 * The source sent is Function.prototype.toString of the function with known build instrumentation
 * removed (esbuild keepNames `__name(…)` wrappers, Istanbul counters: stripInstrumentation in the
 * validator), and the hash is the SHA-256 of that text. So a function built by tsx or under
 * `jest --coverage` has the same hash as the same function built without those, while the server can
 * still recompute the hash from the text it receives. Differences a compiler makes in the code
 * itself (minified names, another target) do give another hash: no canonical reprint is attempted,
 * because the text that runs, that positions in errors refer to, and that is hashed must be one.
 *
 * Definition is cheap after the first time a source is seen (definition-cache.ts): defining a
 * function inside a request handler costs a cache lookup, not a parse.
 */
import { readFileSync } from 'fs';
import { codeFrame } from '@wormhole/protocol';
import { captureStack, parseStackLine } from './call-site';
import { cachedSource, checkedSource, type CheckedSource } from './definition-cache';
import type { EngineLevel } from './engine-level';
import { SourcePosition, WormholeError } from './errors';
import { FunctionLocation, locateFunction, mapToFile } from './function-location';
import { MappedDiagnostic } from './precheck';
import type { Diagnostic, FunctionInfo, Policy } from './public-types';

export interface DefinitionOptions {
  /** A name for messages, stack traces and the server's catalog (default: the function's or variable's name). */
  name?: string;
  /** Where the function is written, when stack traces cannot tell (e.g. code built without source maps). */
  location?: SourcePosition;
  /** Validator policy overrides for the client-side precheck. */
  policy?: Partial<Policy>;
}

const NATIVE = /\{\s*\[native code\]\s*\}\s*$/;

/**
 * `wormhole deploy` loads the app with a function here, and every definition is handed to it: a
 * global symbol, so the CLI sees definitions made by any copy of the SDK the app loads.
 */
export const DEPLOY_COLLECTOR = Symbol.for('pg-wormhole.deploy.collector');

/** What the collector receives (a FunctionDefinition has all of it). */
export interface CollectedDefinition {
  readonly source: string;
  readonly hash: string;
  readonly name: string;
}

export class FunctionDefinition {
  /** The text sent to the server (instrumentation removed). */
  readonly source: string;
  readonly hash: string;
  readonly info: FunctionInfo;
  private readonly checked: CheckedSource;
  private readonly stackHolder?: { stack?: string };
  private readonly givenSite?: SourcePosition;
  private readonly givenName?: string;
  private parsedSite?: SourcePosition | null;
  private located?: FunctionLocation;
  private resolvedName?: string;

  constructor(
    readonly fn: Function,
    options: DefinitionOptions & { caller: Function; engine?: EngineLevel },
  ) {
    if (typeof fn !== 'function') {
      throw new WormholeError(`remote() expects a function such as async (db, a, b) => { … }, got ${fn === null ? 'null' : typeof fn}.`);
    }
    const text = Function.prototype.toString.call(fn);
    if (NATIVE.test(text)) {
      throw new WormholeError(
        'remote() needs the source text of the function, but this one has none ' +
          '(a built-in or a .bind() result). Pass the original function; use its arguments instead of binding them.',
      );
    }
    this.givenName = options.name ?? (fn.name || undefined);
    const cached = cachedSource(text, options.policy, options.engine);
    // The call site: given, else from a stack captured now (rendered only when read).
    if (options.location) this.givenSite = options.location;
    // One frame: `caller` (remote, install) is called by the user's code, whose line is the site.
    // Collecting frames is most of what a cached definition costs.
    else this.stackHolder = captureStack(options.caller, 1);
    this.checked =
      cached ??
      checkedSource(text, options.policy, options.engine, (stripped) => ({
        name: this.name,
        definedAt: this.site && formatPosition(this.site),
        mapDiagnostic: (d) => this.mapDiagnostic(d, stripped),
      }));
    this.source = this.checked.source;
    this.hash = this.checked.hash;
    this.info = this.checked.info;
    const collect = (globalThis as Record<symbol, unknown>)[DEPLOY_COLLECTOR];
    if (typeof collect === 'function') collect(this);
  }

  /** A name for messages and the catalog: given, the function's own, the variable it is assigned to, or 'anonymous'. */
  get name(): string {
    if (this.resolvedName === undefined) {
      // (checked is not there yet while a refused function's message is being written)
      this.resolvedName = this.givenName ?? this.checked?.inferredName ?? inferNameFromCallSite(this.site) ?? 'anonymous';
      // The same source defined again (e.g. in a request handler) reuses the name without reading the file.
      if (this.checked && !this.givenName && this.resolvedName !== 'anonymous') this.checked.inferredName ??= this.resolvedName;
    }
    return this.resolvedName;
  }

  /** Where remote() was called (the user's line), when the stack tells. */
  get site(): SourcePosition | undefined {
    if (this.givenSite) return this.givenSite;
    if (this.parsedSite === undefined) this.parsedSite = firstUserFrame(this.stackHolder?.stack) ?? null;
    return this.parsedSite ?? undefined;
  }

  /** Where the function is in the user's file (read lazily: only errors need it). */
  get location(): FunctionLocation | undefined {
    return this.locate(this.source);
  }

  private locate(source: string): FunctionLocation | undefined {
    const site = this.site;
    if (!site) return undefined;
    this.located ??= locateFunction(site, source);
    return this.located;
  }

  /** A validator diagnostic shown on the user's own lines, when the function was found in its file. */
  private mapDiagnostic(d: Diagnostic, source: string): MappedDiagnostic | undefined {
    const located = this.locate(source);
    if (!located || located.start === undefined || located.text === undefined) return undefined;
    const p = mapToFile(located, source, d.line, d.column);
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

function firstUserFrame(stack: string | undefined): SourcePosition | undefined {
  for (const line of (stack ?? '').split('\n').slice(1)) {
    const site = parseStackLine(line);
    if (site) return site;
  }
  return undefined;
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
