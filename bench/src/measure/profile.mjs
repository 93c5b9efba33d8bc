// --profile: a CPU profile of the bench process itself, i.e. of the client side (the SDK, pg,
// postgres.js). The delay proxy runs in a worker thread, so its work is not in this profile, and
// the server's work is in other processes. Written as a .cpuprofile (open it in Chrome DevTools or
// VS Code), and summarized on stderr: self time by function and by package.
import { Session } from 'node:inspector/promises';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Starts sampling every `intervalUs` microseconds; returns `stop(file)` which writes and summarizes. */
export async function startProfile(intervalUs = 50) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: intervalUs });
  await session.post('Profiler.start');
  return {
    /** @param {string} file @returns {Promise<string>} the summary text */
    async stop(file) {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      await writeFile(file, JSON.stringify(profile));
      return summarizeProfile(profile);
    },
  };
}

/**
 * Self time per function and per "where" (package or node internals), as text. Idle time (the
 * event loop waiting for the network) is reported apart: it is not work.
 * @param {{ nodes: any[], samples: number[], timeDeltas: number[] }} profile
 */
export function summarizeProfile(profile, top = 25) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const byFunction = new Map();
  const byWhere = new Map();
  let total = 0;
  let idle = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id).callFrame;
    const name = frame.functionName || '(anonymous)';
    if (name === '(idle)') {
      idle += us;
      continue;
    }
    total += us;
    const where = whereOf(frame.url, name);
    const key = `${name}  ${shortUrl(frame.url)}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    byWhere.set(where, (byWhere.get(where) ?? 0) + us);
  }
  const pct = (us) => `${((100 * us) / Math.max(total, 1)).toFixed(1).padStart(5)}%`;
  const lines = [`CPU profile of the bench process: ${(total / 1000).toFixed(0)} ms busy, ${(idle / 1000).toFixed(0)} ms idle`, '  self time by where:'];
  for (const [where, us] of [...byWhere].sort((a, b) => b[1] - a[1])) lines.push(`    ${pct(us)}  ${where}`);
  lines.push(`  top ${top} functions by self time:`);
  for (const [key, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`    ${pct(us)}  ${key}`);
  return lines.join('\n');
}

function whereOf(url, name) {
  if (!url) return name.startsWith('(') ? name : 'native (V8 builtins)';
  if (url.startsWith('node:')) return 'node internals';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.includes('/packages/sdk/')) return 'pg-wormhole (SDK)';
  if (url.includes('/bench/')) return 'bench';
  return shortUrl(url);
}

function shortUrl(url) {
  if (!url) return '';
  const clean = url.replace(/^file:\/\//, '');
  const m = /node_modules\/(.*)$/.exec(clean);
  if (m) return m[1];
  const i = clean.indexOf('/packages/');
  if (i >= 0) return clean.slice(i + 1);
  return clean.startsWith('node:') ? clean : path.basename(clean);
}
