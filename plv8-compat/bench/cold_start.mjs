// Cold start of plv8 on fresh connections: what the first JavaScript costs a new backend.
//   node plv8-compat/bench/cold_start.mjs [connections] [database]
// Connects with the usual PG* environment (source scripts/lib.sh). Prints median milliseconds of:
//   LOAD 'plv8'         loading plv8.so (and libnode) into the backend; ~0 when preloaded
//   first DO            after LOAD: V8 platform, isolate, context and plv8 object
//   first call          SELECT f(1) as the first plv8 use of a connection (load + start-up + call)
//   warm call           the same call again on that connection
//   first call, plv8.populate_heap on and off   the same first calls (population on, the default)
//                       beside as many on fresh connections that turn heap population off
//                       (src/platform.cc), alternating which goes first; with the backend's CPU
//                       time and anonymous memory after the call when the server runs on this
//                       machine (/proc/<pid>/schedstat, smaps_rollup)
//   realm freeze, native and JavaScript   on a fresh connection after its first call, the first
//                       call of a function in a new private context that freezes everything
//                       reachable from globalThis: with plv8.freeze_reachable (src/realm_freeze.cc)
//                       or with the same walk in JavaScript, alternating (needs a superuser: only
//                       a superuser-owned function gets a private context)
// Each connection first runs `SELECT 1`, so catalog-cache warm-up of a new backend is not counted.
// The database must have plv8 installed; the script creates (and keeps) function b_cold_add1.
import fs from "node:fs";
import pg from "pg";

const connections = Number(process.argv[2] ?? 15);
const database = process.argv[3] ?? process.env.PGDATABASE;
if (!Number.isInteger(connections) || connections < 1) {
  console.error(`connections must be a positive integer, got '${process.argv[2]}'`);
  process.exit(2);
}

async function timed(client, sql) {
  const t0 = process.hrtime.bigint();
  await client.query(sql);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

async function fresh(options) {
  const client = new pg.Client({ database, options });
  await client.connect();
  await client.query("SELECT 1");
  return client;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const setup = await fresh();
await setup.query(
  "CREATE OR REPLACE FUNCTION b_cold_add1(x int) RETURNS int LANGUAGE plv8 IMMUTABLE AS $$ return x + 1; $$",
);
// Both walks freeze the whole realm of a new private context; -1 where the pragma does not apply.
for (const [name, walk] of [
  ["native", "plv8.freeze_reachable([globalThis], new Set())"],
  [
    "js",
    `(() => {
      const seen = new Set(), stack = [globalThis];
      while (stack.length > 0) {
        const obj = stack.pop();
        if (seen.has(obj)) continue;
        seen.add(obj);
        Object.freeze(obj);
        const proto = Object.getPrototypeOf(obj);
        if (proto !== null) stack.push(proto);
        const keys = Reflect.ownKeys(obj);
        for (let i = 0; i < keys.length; i++) {
          const { value, get, set } = Object.getOwnPropertyDescriptor(obj, keys[i]);
          if ((typeof value === "object" && value !== null) || typeof value === "function") stack.push(value);
          if (get !== undefined) stack.push(get);
          if (set !== undefined) stack.push(set);
        }
      }
      return seen.size;
    })()`,
  ],
]) {
  await setup.query(
    `CREATE OR REPLACE FUNCTION b_cold_freeze_${name}() RETURNS int LANGUAGE plv8 AS $$// plv8:context b-cold-freeze-${name}
    return typeof plv8.freeze_reachable === "function" ? ${walk} : -1; $$`,
  );
}
const preload = (await setup.query("SHOW shared_preload_libraries")).rows[0].shared_preload_libraries;
await setup.end();

// The backend's CPU ms so far and anonymous KB, or null when it is not a process of this machine.
function backendUsage(pid) {
  try {
    const cpuMs = Number(fs.readFileSync(`/proc/${pid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
    const anonKb = Number(/Anonymous:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))[1]);
    return { cpuMs, anonKb };
  } catch {
    return null;
  }
}

// The first call on a fresh connection and the next one, with the backend's CPU time and memory
// for the first when readable.
async function firstCallOf(options) {
  const client = await fresh(options);
  const before = backendUsage(client.processID);
  const ms = await timed(client, "SELECT b_cold_add1(1)");
  const after = backendUsage(client.processID);
  const warmMs = await timed(client, "SELECT b_cold_add1(2)");
  await client.end();
  return { ms, warmMs, cpuMs: before && after ? after.cpuMs - before.cpuMs : null, anonKb: after?.anonKb ?? null };
}

const load = [], firstDo = [];
const populated = [], unpopulated = []; // first calls with plv8.populate_heap on (the default) and off
for (let i = 0; i < connections; i++) {
  const a = await fresh();
  load.push(await timed(a, "LOAD 'plv8'"));
  firstDo.push(await timed(a, "DO $$ $$ LANGUAGE plv8"));
  await a.end();
  // Heap population on and off, alternating which goes first.
  const pair = i % 2 === 0 ? [undefined, "-c plv8.populate_heap=off"] : ["-c plv8.populate_heap=off", undefined];
  for (const options of pair) (options ? unpopulated : populated).push(await firstCallOf(options));
}
const firstCall = populated.map((r) => r.ms), warmCall = populated.map((r) => r.warmMs);

// The first call of a new private context that freezes its realm, after the connection's first call.
async function freezeCallOf(kind) {
  const client = await fresh();
  await client.query("SELECT b_cold_add1(1)");
  const t0 = process.hrtime.bigint();
  const objects = (await client.query(`SELECT b_cold_freeze_${kind}() AS n`)).rows[0].n;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  await client.end();
  return objects < 0 ? null : ms;
}
const freezeNative = [], freezeJs = [];
for (let i = 0; i < connections; i++) {
  const order = i % 2 === 0 ? ["native", "js"] : ["js", "native"];
  for (const kind of order) (kind === "native" ? freezeNative : freezeJs).push(await freezeCallOf(kind));
}

const fmt = (xs) => median(xs).toFixed(2).padStart(8);
console.log(`plv8 cold start, median of ${connections} fresh connections (ms, client round trip included)`);
console.log(`shared_preload_libraries = '${preload}'`);
console.log(`  LOAD 'plv8'      ${fmt(load)}`);
console.log(`  first DO         ${fmt(firstDo)}`);
console.log(`  first call       ${fmt(firstCall)}`);
console.log(`  warm call        ${fmt(warmCall)}`);
const side = (runs) => {
  const cpu = runs.every((r) => r.cpuMs !== null) ? `, backend CPU ${median(runs.map((r) => r.cpuMs)).toFixed(2)} ms` : "";
  const anon = runs.every((r) => r.anonKb !== null) ? `, ${(median(runs.map((r) => r.anonKb)) / 1024).toFixed(1)} MB anonymous` : "";
  return `${fmt(runs.map((r) => r.ms))}${cpu}${anon}`;
};
console.log(`first call with and without heap population (src/platform.cc), alternating fresh connections:`);
console.log(`  populate_heap on  ${side(populated)}`);
console.log(`  populate_heap off ${side(unpopulated)}`);
console.log(
  `  on/off            ${(median(populated.map((r) => r.ms)) / median(unpopulated.map((r) => r.ms))).toFixed(2)}x (median first call)`,
);
if (freezeNative.includes(null) || freezeJs.includes(null)) {
  console.log("realm freeze: skipped (private contexts need a superuser-owned function; connect as a superuser)");
} else {
  console.log(`first call of a new private context that freezes its whole realm, alternating fresh connections:`);
  console.log(`  native walk (plv8.freeze_reachable) ${fmt(freezeNative)}`);
  console.log(`  JavaScript walk                     ${fmt(freezeJs)}`);
  console.log(
    `  native/JavaScript                   ${(median(freezeNative) / median(freezeJs)).toFixed(2)}x, ` +
      `${(median(freezeJs) - median(freezeNative)).toFixed(2)} ms less (median)`,
  );
}
