#!/usr/bin/env node
// Entry point: node bench/src/run.mjs [--quick] [--rtt 0,0.5,2] [--workloads ...] [--variants ...]
// Sets up the wormhole_bench database, starts the delay proxy, measures, prints the report and
// writes bench/results/latest.json and bench/results/chart.svg.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_DATABASE, clusterConfig } from './db/config.mjs';
import { adminClient, createBenchDatabase } from './db/setup.mjs';
import { runAll } from './measure/run-all.mjs';
import { parseOptions } from './options.mjs';
import { startProfile } from './measure/profile.mjs';
import { ProxyHandle } from './proxy/proxy-handle.mjs';
import { renderChart } from './report/chart.mjs';
import { derive } from './report/derive.mjs';
import { judgeGoals, renderGoals } from './report/goals.mjs';
import { renderTables } from './report/table.mjs';
import { dashboardWorkload } from './workloads/dashboard.mjs';
import { importWorkload } from './workloads/import.mjs';
import { fanoutWorkload } from './workloads/fanout.mjs';
import { microWorkload, remoteEmpty } from './workloads/micro.mjs';
import { measureBulk, renderBulk } from './measure/bulk.mjs';
import { measurePairs, renderPairs } from './measure/paired.mjs';
import { describeProbes, probeMachine } from './measure/machine-probe.mjs';
import { round1 } from './measure/stats.mjs';
import { measureServerCost, renderServerCost } from './measure/server-cost.mjs';
import { transferWorkload } from './workloads/transfer.mjs';

const ALL_WORKLOADS = [transferWorkload, dashboardWorkload, importWorkload, microWorkload, fanoutWorkload];
const DEFAULT_OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'results');
const log = (line) => process.stderr.write(`${line}\n`);

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (!options) return;
  const workloads = ALL_WORKLOADS.filter((w) => options.workloads.includes(w.id));
  const ids = [...new Set(workloads.flatMap((w) => w.variants.map((v) => v.id)))];
  if (options.variantFilter && !ids.some((id) => options.variantFilter.some((word) => id.includes(word)))) {
    throw new Error(`--variants: no variant id contains ${options.variantFilter.join(' or ')}; the ids are ${ids.join(', ')}`);
  }
  const started = Date.now();
  // Everything shares the machine; a busy machine shows up as noise, so record how busy it was.
  const loadAtStart = os.loadavg()[0];
  if (loadAtStart > os.cpus().length) log(`warning: load average ${loadAtStart.toFixed(1)} on ${os.cpus().length} CPUs; figures will be noisy`);
  const cluster = clusterConfig();
  log(`setting up database ${BENCH_DATABASE} on ${cluster.host}:${cluster.port} ...`);
  const caps = await createBenchDatabase();
  // Streaming replicas replay the WAL of every write the workloads make, on the same CPUs: a run
  // with replicas attached is not a run on a quiet machine. (Asked once the cluster is known to be
  // up and the bench database exists: createBenchDatabase says how to start it otherwise.)
  const replicasAtStart = await streamingReplicas();
  if (replicasAtStart > 0) {
    log(`warning: ${replicasAtStart} streaming replica(s) attached; their WAL replay shares the CPUs (stop them for a quiet run: bash scripts/replica.sh stop)`);
  }
  const probeAtStart = await probeMachine();
  log(describeProbes(probeAtStart));
  log(`plv8: ${caps.plv8.ok ? 'available' : caps.plv8.reason}`);
  log(`wormhole: ${caps.wormhole.ok ? 'available' : caps.wormhole.reason}`);

  const proxy = await ProxyHandle.start({ upstreamHost: cluster.host, upstreamPort: cluster.port });
  let measured;
  let paired = [];
  let bulk = [];
  const profiler = options.profile ? await startProfile() : null;
  try {
    measured = await runAll({ options, workloads, caps, proxy, log });
    log('paired windows for the ratio goal lines ...');
    paired = await measurePairs({ options, workloads, caps, proxy, log });
    if (options.workloads.includes('bulk')) bulk = await measureBulk({ quick: options.quick, proxy, sdk: caps.sdk, caps, log });
  } finally {
    await proxy.close();
  }
  if (profiler) {
    const file = path.resolve(typeof options.profile === 'string' ? options.profile : path.join(DEFAULT_OUT, 'client.cpuprofile'));
    log(`\n${await profiler.stop(file)}\nwrote the CPU profile to ${file}\n`);
  }

  let serverCost = null;
  if (options.workloads.includes('micro') && caps.wormhole.ok) {
    log('server time of a trivial call, inside PostgreSQL ...');
    serverCost = await measureServerCost({ quick: options.quick, source: remoteEmpty.toString() }).catch((err) => ({ error: String(err?.message ?? err) }));
  }
  const derived = derive({ ...measured, workloads });
  const goals = judgeGoals({ cells: measured.cells, calibration: measured.calibration, serverCost, bulk, paired });
  const pgVersion = await serverVersion();
  const probeAtEnd = await probeMachine();
  const report = [
    `Machine: ${os.cpus().length} CPUs, load average ${loadAtStart.toFixed(1)} at start, ${os.loadavg()[0].toFixed(1)} at end; ` +
      `${describeReplicas(replicasAtStart)}; PostgreSQL ${pgVersion}, Node ${process.version}`,
    describeProbes(probeAtStart, probeAtEnd),
    '',
    renderTables({ ...measured, workloads, derived, options }),
    ...[renderPairs(paired), renderServerCost(serverCost), renderBulk(bulk)].filter(Boolean).flatMap((t) => ['', t]),
    '',
    renderGoals(goals),
  ].join('\n');
  console.log(report);

  const outDir = options.outDir ? path.resolve(options.outDir) : DEFAULT_OUT;
  await mkdir(outDir, { recursive: true });
  const results = {
    meta: {
      date: new Date().toISOString(), durationSeconds: Math.round((Date.now() - started) / 1000),
      node: process.version, postgres: pgVersion, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model,
      loadAverage: { start: round1(loadAtStart), end: round1(os.loadavg()[0]) }, streamingReplicas: replicasAtStart,
      speedProbe: { start: probeAtStart, end: probeAtEnd }, options,
    },
    capabilities: { plv8: caps.plv8, wormhole: caps.wormhole },
    calibration: measured.calibration,
    floors: derived.floors,
    cells: measured.cells,
    paired,
    serverCost,
    bulk,
    goals,
  };
  await writeFile(path.join(outDir, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
  await writeFile(path.join(outDir, 'latest.md'), renderMarkdown(results, report));
  await writeFile(path.join(outDir, 'chart.svg'), renderChart({ ...measured, workloads, derived, options, meta: results.meta }));
  log(`\nwrote latest.json, latest.md and chart.svg in ${outDir} (${results.meta.durationSeconds} s)`);
}

/** The generated page READMEs link to: how it was made, the goal lines, then the whole report. */
function renderMarkdown(results, report) {
  const m = results.meta;
  const flags = process.argv.slice(2).join(' ');
  return [
    '# Benchmark results (generated)',
    '',
    `Written by \`node bench/src/run.mjs${flags ? ` ${flags}` : ''}\` on ${m.date}, in ${m.durationSeconds} s; do not edit by hand.`,
    `Machine: ${m.cpus} × ${m.cpuModel ?? 'CPU'}, load average ${m.loadAverage.start} at start and ${m.loadAverage.end} at end ` +
      '(each table row also shows the load while it was measured); ' + `${describeReplicas(m.streamingReplicas)}; ` +
      `PostgreSQL ${m.postgres}, Node ${m.node}${m.options.quick ? '; **--quick run**' : ''}.`,
    `${describeProbes(m.speedProbe.start, m.speedProbe.end)}.`,
    '',
    '| status | goal | figure |',
    '| --- | --- | --- |',
    ...results.goals.map((g) => `| ${g.status === 'MET' ? '**MET**' : g.status} | ${g.goal} | ${g.figure.replace(/\|/g, '\\|')} |`),
    '',
    '## Full report',
    '',
    '```',
    report,
    '```',
    '',
  ].join('\n');
}

/** Streaming replicas attached to the benchmark's server when the run started (pg_stat_replication). */
async function streamingReplicas() {
  const c = adminClient();
  await c.connect();
  try {
    return Number((await c.query("SELECT count(*)::int AS n FROM pg_stat_replication WHERE state = 'streaming'")).rows[0].n);
  } finally {
    await c.end();
  }
}

function describeReplicas(count) {
  return count > 0 ? `${count} streaming replica(s) attached (replaying the run's WAL on the same CPUs)` : 'no streaming replicas attached';
}

async function serverVersion() {
  const c = adminClient();
  await c.connect();
  try {
    return (await c.query('SHOW server_version')).rows[0].server_version;
  } finally {
    await c.end();
  }
}

main().catch((err) => {
  log(`bench failed: ${err?.message ?? err}`);
  process.exitCode = 1;
});
