// The cost per call of Wormhole's statistics (plv8.record_call into the engine's shared memory), as
// plv8-compat/bench/call_stats.sh measures it inside the backend.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'plv8-compat', 'bench', 'call_stats.sh');

export function measureCallStats({ calls = 100000, reps = 5 } = {}) {
  const out = execFileSync('bash', [script, String(calls), String(reps)], { encoding: 'utf8' });
  const figure = (label) => {
    const m = new RegExp(`${label}\\s+([0-9.]+) µs per call`).exec(out);
    if (!m) throw new Error(`call_stats.sh printed no "${label}" figure:\n${out}`);
    return Number(m[1]);
  };
  const storage = (/storage: (.*)/.exec(out) ?? [])[1] ?? 'unknown';
  return {
    title: `Call statistics: cost of plv8.record_call per call, measured inside the backend (${calls} calls per run, median of ${reps})`,
    rows: [
      { what: 'one session', us: figure('one session') },
      { what: 'two sessions at once (each)', us: figure('two sessions at once \\(each\\)') },
    ],
    note: `storage: ${storage}`,
  };
}
