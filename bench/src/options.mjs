// Command-line flags of the benchmark, validated up front so a typo fails in a second, not after a
// five-minute run.
import { parseArgs } from 'node:util';

// bulk is measured on its own (a few large operations, not a timed loop); micro also measures the
// server time of a trivial call inside PostgreSQL.
export const WORKLOADS = ['transfer', 'dashboard', 'import', 'micro', 'fanout', 'bulk'];

const HELP = `Usage: node bench/src/run.mjs [flags]     (or: npm run bench -w @wormhole/bench -- [flags])

  --quick               ~1 minute run: RTTs 0,2; one round; shorter measurement windows
  --rtt LIST            simulated round-trip times in ms, comma-separated (default 0,0.5,2; 10 allowed)
  --workloads LIST      any of ${WORKLOADS.join(',')} (default: all)
  --variants LIST       only variants whose id contains one of these words (e.g. pg-seq,wormhole)
  --concurrency LIST    concurrency levels (default 1,16)
  --seconds N           measured seconds per variant, per RTT, per concurrency (default 0.8; quick 0.25)
  --rounds N            rounds per cell, variant order alternates between rounds (default 2; quick 1)
  --out DIR             where the results go (default bench/results)
  --profile [FILE]      write a CPU profile of the client side (SDK, drivers) to FILE
                        (default bench/results/client.cpuprofile) and print its summary;
                        narrow it with --workloads/--variants, e.g. --workloads micro --variants wormhole
  --help                this text`;

/** @typedef {{ quick: boolean, rtts: number[], workloads: string[], variantFilter: string[] | null,
 *   concurrency: number[], seconds: number, rounds: number, outDir: string | null, profile: string | boolean }} Options */

/** @returns {Options | null} null when --help was asked for */
export function parseOptions(argv) {
  // `--profile FILE` and a bare `--profile`: parseArgs has no optional values, so a path right
  // after --profile (anything not starting with --) is taken as its file.
  argv = [...argv];
  const at = argv.indexOf('--profile');
  if (at >= 0 && argv[at + 1] !== undefined && !argv[at + 1].startsWith('--')) argv.splice(at, 2, `--profile-file=${argv[at + 1]}`);
  const { values } = parseFlags(argv, {
    quick: { type: 'boolean', default: false },
    rtt: { type: 'string' },
    workloads: { type: 'string' },
    variants: { type: 'string' },
    concurrency: { type: 'string' },
    seconds: { type: 'string' },
    rounds: { type: 'string' },
    out: { type: 'string' },
    profile: { type: 'boolean', default: false },
    'profile-file': { type: 'string' },
    help: { type: 'boolean', default: false },
  });
  if (values.help) {
    console.log(HELP);
    return null;
  }
  const quick = values.quick;
  const rtts = numberList('--rtt', values.rtt ?? (quick ? '0,2' : '0,0.5,2'), 0, 100);
  const concurrency = numberList('--concurrency', values.concurrency ?? '1,16', 1, 64).map(Math.round);
  const workloads = values.workloads ? values.workloads.split(',').map((s) => s.trim()) : WORKLOADS;
  for (const w of workloads) {
    if (!WORKLOADS.includes(w)) throw new Error(`--workloads: unknown workload "${w}"; pick from ${WORKLOADS.join(', ')}`);
  }
  const seconds = numberList('--seconds', values.seconds ?? (quick ? '0.25' : '0.8'), 0.05, 60)[0];
  // --quick: one round (no order alternation) and short windows, to get a picture in ~1 minute.
  const rounds = Math.round(numberList('--rounds', values.rounds ?? (quick ? '1' : '2'), 1, 10)[0]);
  return {
    quick,
    rtts: [...new Set(rtts)].sort((a, b) => a - b),
    workloads,
    variantFilter: values.variants ? values.variants.split(',').map((s) => s.trim()).filter(Boolean) : null,
    concurrency: [...new Set(concurrency)].sort((a, b) => a - b),
    seconds,
    rounds,
    outDir: values.out ?? null,
    profile: values.profile || values['profile-file'] !== undefined ? (values['profile-file'] ?? true) : false,
  };
}

function parseFlags(args, options) {
  try {
    return parseArgs({ args, options, strict: true });
  } catch (err) {
    throw new Error(`${String(err.message).split('\n')[0]} (run with --help to see the flags)`);
  }
}

function numberList(flag, text, min, max) {
  const items = text.split(',').map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) throw new Error(`${flag}: expected a number or comma-separated numbers, got "${text}"`);
  return items.map((item) => {
    const n = Number(item);
    if (!Number.isFinite(n) || n < min || n > max) {
      throw new Error(`${flag}: "${item}" is not a number between ${min} and ${max} (e.g. ${flag} ${min})`);
    }
    return n;
  });
}
