/**
 * Which PL/v8 the target cluster (DATABASE_URL) runs, asked of the server once per jest worker, and
 * the one place that decides which e2e tests need this project's engine (plv8-compat).
 *
 * The suite runs unchanged against a server with upstream PL/v8 (3.2.x): tests that only
 * plv8-compat can pass are declared with `ourEngineOnly(reason)` instead of `it`, and on upstream
 * they are skipped under a title that names the reason. WORMHOLE_ENGINE=plv8-compat|upstream
 * overrides the detection (e.g. to see what a test does on a server the detection gets wrong).
 *
 * The engine is told by the plv8 extension's control file, which names the project on plv8-compat
 * (plv8-compat/plv8.control), as plv8-compat/test/lib/engine.sql does; wormhole.engine() and the
 * runtime read plv8_version() instead, and test/engine.test.ts checks the two agree.
 */
import { execFileSync } from 'child_process';
import { clusterUrl, urlFor } from './database';

export type EngineKind = 'plv8-compat' | 'upstream';

export interface ServerEngine {
  kind: EngineKind;
  /** plv8_version() as the server reports it. */
  version: string;
}

const KINDS: EngineKind[] = ['plv8-compat', 'upstream'];

function detect(): ServerEngine {
  const forced = process.env.WORMHOLE_ENGINE;
  if (forced !== undefined && forced !== '') {
    if (!(KINDS as string[]).includes(forced))
      throw new Error(`WORMHOLE_ENGINE=${forced}: use one of ${KINDS.join(', ')}, or leave it unset to ask the server`);
    return { kind: forced as EngineKind, version: 'unknown (WORMHOLE_ENGINE)' };
  }
  // pg_available_extensions needs nothing created (plv8_version() would need CREATE EXTENSION).
  const [ours, version] = execFileSync(
    'psql',
    [
      '-X',
      '-q',
      '-A',
      '-t',
      '-F',
      ' ',
      '-d',
      urlFor('postgres'),
      '-c',
      "SELECT strpos(lower(comment), 'wormhole') > 0, default_version FROM pg_catalog.pg_available_extensions WHERE name = 'plv8'",
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 },
  )
    .trim()
    .split(' ');
  if (version === undefined)
    throw new Error('the server at DATABASE_URL has no plv8 extension available: install plv8-compat (scripts/setup.sh) or PL/v8');
  return { kind: ours === 't' ? 'plv8-compat' : 'upstream', version };
}

let cached: ServerEngine | undefined;

/** The target cluster's engine (asked once). */
export function serverEngine(): ServerEngine {
  clusterUrl(); // a clear error when DATABASE_URL is not set
  cached ??= detect();
  return cached;
}

export const onOurEngine = (): boolean => serverEngine().kind === 'plv8-compat';

/**
 * Why a test needs plv8-compat. One entry per reason, so the list of what upstream cannot do lives
 * here (and in the report a skipped title carries), not in each file.
 */
export const NEEDS_OUR_ENGINE = {
  interrupts: 'upstream PL/v8 cannot interrupt running JavaScript: statement_timeout and cancel do not stop an endless loop',
} as const;

export type OurEngineReason = keyof typeof NEEDS_OUR_ENGINE;

/** `it` on plv8-compat; on upstream, a skipped test whose title says why. */
export function ourEngineOnly(reason: OurEngineReason): jest.It {
  return onOurEngine() ? it : skippedBecause(`skipped on upstream PL/v8 ${serverEngine().version}: ${NEEDS_OUR_ENGINE[reason]}`);
}

/** `it.skip` with `why` appended to each title, so a skipped test's report says why. */
function skippedBecause(why: string): jest.It {
  return ((name: string, fn?: jest.ProvidesCallback, timeout?: number) => it.skip(`${name} [${why}]`, fn, timeout)) as jest.It;
}

/**
 * Why a test needs upstream PL/v8: what plv8-compat deliberately refuses (each with its reason, as
 * NEEDS_OUR_ENGINE's). These run in the suites pointed at an upstream server (README, "Running the
 * suites against another cluster").
 */
export const NEEDS_UPSTREAM = {
  pulledStreams:
    "plv8-compat refuses wormhole.stream_open (0A000): its roles' runtimes share one V8 heap per backend, so a generator " +
    "left suspended between statements would hold memory other roles' calls need; streams are read with wormhole.stream there",
} as const;

export type UpstreamReason = keyof typeof NEEDS_UPSTREAM;

/** `it` on upstream PL/v8; on plv8-compat, a skipped test whose title says why. */
export function upstreamOnly(reason: UpstreamReason): jest.It {
  return onOurEngine() ? skippedBecause(`skipped on plv8-compat: ${NEEDS_UPSTREAM[reason]}`) : it;
}
