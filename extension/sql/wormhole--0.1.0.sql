-- wormhole 0.1.0 (frozen: released versions never change; later versions ship upgrade scripts).
-- Template for build.mjs: the two AT-delimited placeholders below are replaced by the esbuild bundles.
\echo Use "CREATE EXTENSION wormhole" to load this file. \quit

-- The role applications are granted: GRANT wormhole_user TO app_role.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'wormhole_user') THEN
    CREATE ROLE wormhole_user NOLOGIN;
  END IF;
END
$$;

-- Single-row policy. NULL lists mean "the validator's defaults". Every change bumps version, and
-- functions validated under an older version are checked again on their next call.
CREATE TABLE wormhole.policy (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  version integer NOT NULL DEFAULT 1,
  allowed_globals text[],
  allowed_modules text[],
  max_source_length integer NOT NULL DEFAULT 100000 CHECK (max_source_length > 0),
  max_depth integer NOT NULL DEFAULT 200 CHECK (max_depth > 0),
  max_functions_per_role integer NOT NULL DEFAULT 1000 CHECK (max_functions_per_role >= 0),
  audit_calls boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO wormhole.policy DEFAULT VALUES;

-- Installed functions, by content hash. `compiled` is the source with async functions rewritten
-- for the synchronous driver; `segments` maps its positions back to `source` for error lines.
CREATE TABLE wormhole.functions (
  hash text PRIMARY KEY CHECK (hash ~ '^[0-9a-f]{64}$'),
  name text,
  source text NOT NULL,
  compiled text NOT NULL,
  segments jsonb NOT NULL,
  arity integer NOT NULL,
  is_async boolean NOT NULL,
  size integer NOT NULL,
  installed_by name NOT NULL,
  installed_at timestamptz NOT NULL DEFAULT now(),
  policy_version integer NOT NULL
);
CREATE INDEX functions_installed_by_idx ON wormhole.functions (installed_by);

-- Per function and role; written in batches by the runtime (see _flush_stats).
CREATE TABLE wormhole.call_stats (
  hash text NOT NULL,
  role name NOT NULL,
  calls bigint NOT NULL DEFAULT 0,
  errors bigint NOT NULL DEFAULT 0,
  total_ms double precision NOT NULL DEFAULT 0,
  last_called_at timestamptz,
  PRIMARY KEY (hash, role)
);

CREATE TABLE wormhole.audit (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  role name NOT NULL,
  action text NOT NULL CHECK (action IN ('install', 'revalidate', 'reject', 'call', 'policy')),
  hash text,
  outcome text NOT NULL,
  detail text
);
CREATE INDEX audit_hash_idx ON wormhole.audit (hash);

-- pg_dump keeps the rows of extension tables only when they are registered.
SELECT pg_catalog.pg_extension_config_dump('wormhole.policy', '');
SELECT pg_catalog.pg_extension_config_dump('wormhole.functions', '');
SELECT pg_catalog.pg_extension_config_dump('wormhole.call_stats', '');
SELECT pg_catalog.pg_extension_config_dump('wormhole.audit', '');
SELECT pg_catalog.pg_extension_config_dump('wormhole.audit_id_seq', '');

CREATE VIEW wormhole.function_stats AS
  SELECT s.hash, f.name, s.role, s.calls, s.errors, s.total_ms,
         CASE WHEN s.calls > 0 THEN s.total_ms / s.calls END AS avg_ms, s.last_called_at
    FROM wormhole.call_stats s LEFT JOIN wormhole.functions f USING (hash);

-- The runtime (call path). Loading it sets globalThis.__wormhole in the caller's PL/v8 realm.
CREATE FUNCTION wormhole._load_runtime() RETURNS void LANGUAGE plv8 VOLATILE AS $wormhole_bundle$
"use strict";
(() => {
  // src/sync-promise.ts
  function isThenable(value) {
    return (typeof value === "object" || typeof value === "function") && value !== null && typeof value.then === "function";
  }
  var SyncPromise = class _SyncPromise {
    constructor(executor) {
      this.state = "pending";
      this.value = void 0;
      this.waiters = [];
      if (typeof executor !== "function") {
        throw new TypeError("Promise resolver must be a function, e.g. new Promise((resolve, reject) => { ... })");
      }
      let done = false;
      const resolve = (v) => {
        if (!done) {
          done = true;
          this.adopt(v);
        }
      };
      const reject = (r) => {
        if (!done) {
          done = true;
          this.settle("rejected", r);
        }
      };
      try {
        executor(resolve, reject);
      } catch (error) {
        reject(error);
      }
    }
    adopt(value) {
      if (value === this) {
        this.settle("rejected", new TypeError("A promise cannot be resolved with itself"));
        return;
      }
      if (value instanceof _SyncPromise) {
        value.subscribe(() => this.settle(value.state, value.value));
        return;
      }
      if (isThenable(value)) {
        let called = false;
        try {
          value.then(
            (v) => {
              if (!called) {
                called = true;
                this.adopt(v);
              }
            },
            (r) => {
              if (!called) {
                called = true;
                this.settle("rejected", r);
              }
            }
          );
        } catch (error) {
          if (!called) {
            called = true;
            this.settle("rejected", error);
          }
        }
        return;
      }
      this.settle("fulfilled", value);
    }
    settle(state, value) {
      if (this.state !== "pending") return;
      this.state = state;
      this.value = value;
      const waiters = this.waiters;
      this.waiters = [];
      for (const waiter of waiters) waiter();
    }
    /** Runs `fn` once settled: now if already settled. */
    subscribe(fn) {
      if (this.state === "pending") this.waiters.push(fn);
      else fn();
    }
    then(onFulfilled, onRejected) {
      return new _SyncPromise((resolve, reject) => {
        this.subscribe(() => {
          const handler = this.state === "fulfilled" ? onFulfilled : onRejected;
          if (typeof handler !== "function") {
            if (this.state === "fulfilled") resolve(this.value);
            else reject(this.value);
            return;
          }
          try {
            resolve(handler(this.value));
          } catch (error) {
            reject(error);
          }
        });
      });
    }
    catch(onRejected) {
      return this.then(void 0, onRejected);
    }
    finally(onFinally) {
      return this.then(
        (value) => _SyncPromise.resolve(onFinally?.()).then(() => value),
        (reason) => _SyncPromise.resolve(onFinally?.()).then(() => {
          throw reason;
        })
      );
    }
    static resolve(value) {
      if (value instanceof _SyncPromise) return value;
      return new _SyncPromise((resolve) => resolve(value));
    }
    static reject(reason) {
      return new _SyncPromise((_, reject) => reject(reason));
    }
    static all(items) {
      return new _SyncPromise((resolve, reject) => {
        const list = Array.from(items);
        const results = new Array(list.length);
        let remaining = list.length;
        if (remaining === 0) resolve(results);
        list.forEach((item, i) => {
          _SyncPromise.resolve(item).then((v) => {
            results[i] = v;
            if (--remaining === 0) resolve(results);
          }, reject);
        });
      });
    }
    static allSettled(items) {
      return _SyncPromise.all(Array.from(items, (item) => _SyncPromise.resolve(item).then(
        (value) => ({ status: "fulfilled", value }),
        (reason) => ({ status: "rejected", reason })
      )));
    }
    static race(items) {
      return new _SyncPromise((resolve, reject) => {
        for (const item of items) _SyncPromise.resolve(item).then(resolve, reject);
      });
    }
    static any(items) {
      return new _SyncPromise((resolve, reject) => {
        const list = Array.from(items);
        const errors = new Array(list.length);
        let remaining = list.length;
        if (remaining === 0) reject(new Error("All promises were rejected (the list was empty)"));
        list.forEach((item, i) => {
          _SyncPromise.resolve(item).then(resolve, (reason) => {
            errors[i] = reason;
            if (--remaining === 0) {
              const error = new Error("All promises were rejected");
              error.errors = errors;
              reject(error);
            }
          });
        });
      });
    }
  };

  // src/async.ts
  function runAsync(generator) {
    return new SyncPromise((resolve, reject) => {
      const resume = (method, input) => {
        for (; ; ) {
          let step;
          try {
            step = method === "next" ? generator.next(input) : generator.throw(input);
          } catch (error) {
            reject(error);
            return;
          }
          if (step.done) {
            resolve(step.value);
            return;
          }
          const awaited = SyncPromise.resolve(step.value);
          if (awaited.state === "pending") {
            awaited.then((v) => resume("next", v), (e) => resume("throw", e));
            return;
          }
          method = awaited.state === "fulfilled" ? "next" : "throw";
          input = awaited.value;
        }
      };
      resume("next", void 0);
    });
  }
  var PendingResultError = class extends Error {
    constructor() {
      super("The remote function returned a promise that had not settled when it returned. Server-side, await works on db calls and values only (there are no timers or I/O); remove awaits on anything else, e.g. setTimeout-based delays.");
      this.name = "PendingResultError";
    }
  };
  function settle(result) {
    if (result instanceof SyncPromise) {
      if (result.state === "fulfilled") return result.value;
      if (result.state === "rejected") throw result.value;
      throw new PendingResultError();
    }
    if (typeof result === "object" && result !== null && typeof result.then === "function") {
      throw new PendingResultError();
    }
    return result;
  }

  // src/arity.ts
  function fromStoredArity(stored) {
    return stored < 0 ? { arity: 0, hasRestParameter: true } : { arity: Math.max(0, stored - 1), hasRestParameter: false };
  }

  // src/compile.ts
  var SHADOWED_GLOBALS = [
    "plv8",
    "Function",
    "globalThis",
    "WebAssembly",
    "SharedArrayBuffer",
    "Atomics",
    "__wormhole",
    "__wormhole_installer",
    "NOTICE",
    "WARNING",
    "ERROR",
    "INFO",
    "LOG",
    "DEBUG1",
    "DEBUG2",
    "DEBUG3",
    "DEBUG4",
    "DEBUG5"
  ];
  var PREFIX = `(function (__wh_async, Promise, eval, ${SHADOWED_GLOBALS.join(", ")}) { return (function () { 'use strict'; return (
`;
  function scriptName(hash) {
    return `wormhole/${hash}.js`;
  }
  function compileFunction(hash, code) {
    const script = `${PREFIX}${code}
); })(); })
//# sourceURL=${scriptName(hash)}`;
    const wrapper = (0, eval)(script);
    const fn = wrapper(runAsync, SyncPromise, void 0);
    if (typeof fn !== "function") {
      throw new TypeError(`Installed function ${hash} did not evaluate to a function; reinstall it`);
    }
    if (Object.prototype.toString.call(fn) === "[object GeneratorFunction]") {
      const generatorFn = fn;
      return (...args) => runAsync(generatorFn(...args));
    }
    return fn;
  }
  var SCRIPT_LINE_OFFSET = 1;

  // src/lru.ts
  var Lru = class {
    constructor(capacity, onEvict = () => {
    }) {
      this.capacity = capacity;
      this.onEvict = onEvict;
      this.entries = /* @__PURE__ */ new Map();
      /**
       * The most recently used key. A hit on it needs no reordering: a call that repeats the previous
       * function or statement skips a Map delete + set (measured ~250 ns when it is the same key each
       * time, since the deleted slots pile up until the Map rehashes).
       */
      this.newest = void 0;
      if (!Number.isInteger(capacity) || capacity < 1) {
        throw new RangeError(`LRU capacity must be a positive integer, got ${capacity}`);
      }
    }
    get size() {
      return this.entries.size;
    }
    get(key) {
      const value = this.entries.get(key);
      if (value === void 0 || key === this.newest) return value;
      this.entries.delete(key);
      this.entries.set(key, value);
      this.newest = key;
      return value;
    }
    set(key, value) {
      const old = this.entries.get(key);
      if (old !== void 0) {
        this.entries.delete(key);
        if (old !== value) this.onEvict(key, old);
      }
      this.entries.set(key, value);
      this.newest = key;
      while (this.entries.size > this.capacity) {
        const [oldestKey, oldestValue] = this.entries.entries().next().value;
        this.entries.delete(oldestKey);
        this.onEvict(oldestKey, oldestValue);
      }
    }
    delete(key) {
      const value = this.entries.get(key);
      if (value === void 0) return;
      this.entries.delete(key);
      if (key === this.newest) this.newest = void 0;
      this.onEvict(key, value);
    }
    clear() {
      for (const [key, value] of this.entries) this.onEvict(key, value);
      this.entries.clear();
      this.newest = void 0;
    }
    keys() {
      return [...this.entries.keys()];
    }
  };

  // src/cache.ts
  var FUNCTION_CACHE_SIZE = 1e3;
  var functions = new Lru(FUNCTION_CACHE_SIZE);
  function lookup(hash) {
    return functions.get(hash);
  }
  function remember(row) {
    const entry = {
      fn: compileFunction(row.hash, row.compiled),
      info: { hash: row.hash, source: row.source, code: row.compiled, segments: row.segments },
      params: fromStoredArity(row.arity),
      name: row.name
    };
    functions.set(row.hash, entry);
    return entry;
  }
  function forget(hash) {
    if (hash === void 0) functions.clear();
    else functions.delete(hash);
  }
  function cachedFunctionCount() {
    return functions.size;
  }

  // src/command.ts
  function commandOf(sql) {
    const stripped = sql.replace(/^(\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
    const word = (/^[A-Za-z]+/.exec(stripped)?.[0] ?? "").toUpperCase();
    if (word === "WITH") {
      let flat = stripped.replace(/'[^']*'/g, "''");
      for (let prev = ""; prev !== flat; ) {
        prev = flat;
        flat = flat.replace(/\([^()]*\)/g, " ");
      }
      const main = /\b(INSERT|UPDATE|DELETE|MERGE|SELECT)\b/i.exec(flat);
      return main ? main[1].toUpperCase() : "SELECT";
    }
    if (word === "VALUES" || word === "TABLE") return "SELECT";
    return word;
  }

  // src/plans.ts
  var PLAN_CACHE_SIZE = 256;
  var plans = new Lru(PLAN_CACHE_SIZE, (_sql, entry) => {
    try {
      entry.plan.free();
    } catch {
    }
  });
  function planFor(sql) {
    let entry = plans.get(sql);
    if (entry === void 0) {
      entry = { plan: plv8.prepare(sql), command: commandOf(sql) };
      plans.set(sql, entry);
    }
    return entry;
  }
  function executeCached(sql, params) {
    return planFor(sql).plan.execute(params);
  }
  function clearPlans() {
    plans.clear();
  }
  function cachedPlanCount() {
    return plans.size;
  }

  // src/linemap.ts
  function toOriginalOffset(segments, generated) {
    let delta = 0;
    for (const [origStart, origEnd, genStart, genEnd] of segments) {
      if (generated < genStart) break;
      if (generated < genEnd) return origStart;
      delta = origEnd - genEnd;
    }
    return generated + delta;
  }
  function isInserted(segments, generated) {
    for (const [, , genStart, genEnd] of segments) {
      if (generated < genStart) return false;
      if (generated < genEnd) return true;
    }
    return false;
  }
  function offsetOf(text, line, column) {
    let offset = 0;
    for (let l = 1; l < line; l++) {
      const next = text.indexOf("\n", offset);
      if (next < 0) return text.length;
      offset = next + 1;
    }
    return Math.min(offset + Math.max(column - 1, 0), text.length);
  }
  function positionOf(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
  }
  function toOriginalPosition(source, code, segments, line, column) {
    return positionOf(source, toOriginalOffset(segments, offsetOf(code, line, column)));
  }

  // src/errors.ts
  var SQLSTATE = /^[0-9A-Z]{5}$/;
  var WormholeError = class extends Error {
    constructor(sqlerrcode, message, detail, hint) {
      super(message);
      this.sqlerrcode = sqlerrcode;
      this.detail = detail;
      this.hint = hint;
    }
  };
  function wormholeError(code, message, hint, detail) {
    return new WormholeError(code, message, detail === void 0 ? void 0 : JSON.stringify({ wormhole: 1, ...detail }), hint);
  }
  var SqlError = class extends Error {
    constructor(message, sqlerrcode, detail, hint, callStack) {
      super(message);
      this.sqlerrcode = sqlerrcode;
      this.detail = detail;
      this.hint = hint;
      this.callStack = callStack;
      this.code = sqlerrcode;
    }
  };
  Object.defineProperty(SqlError.prototype, "name", { value: "SqlError", writable: true, configurable: true });
  function locate(stack, info) {
    if (typeof stack !== "string") return null;
    const name = scriptName(info.hash).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    const match = new RegExp(`${name}:(\\d+):(\\d+)`).exec(stack);
    if (!match) return null;
    const line = Number(match[1]) - SCRIPT_LINE_OFFSET;
    if (line < 1) return null;
    return toOriginalPosition(info.source, info.code, info.segments, line, Number(match[2]));
  }
  function userStack(stack, headline, info) {
    const frames = [];
    const name = scriptName(info.hash);
    for (const frame of (stack ?? "").split("\n").slice(1)) {
      const at = frame.indexOf(`${name}:`);
      if (at < 0) continue;
      const [line, column] = frame.slice(at + name.length + 1).split(":").map((n) => parseInt(n, 10));
      const mappedLine = line - SCRIPT_LINE_OFFSET;
      if (!(mappedLine >= 1)) continue;
      if (isInserted(info.segments, offsetOf(info.code, mappedLine, column))) continue;
      const pos = toOriginalPosition(info.source, info.code, info.segments, mappedLine, column);
      frames.push(`    at <remote function>:${pos.line}:${pos.column}`);
    }
    return [headline, ...frames].join("\n");
  }
  function describe(thrown) {
    if (thrown instanceof Error) return { name: thrown.name, message: thrown.message };
    if (typeof thrown === "object" && thrown !== null && typeof thrown.message === "string") {
      return { name: "Error", message: thrown.message };
    }
    try {
      return { name: typeof thrown, message: String(thrown) };
    } catch {
      return { name: typeof thrown, message: "(unprintable value)" };
    }
  }
  function toRaisedError(thrown, info) {
    if (thrown instanceof WormholeError) return thrown;
    if (thrown instanceof SqlError) {
      const pos2 = locate(thrown.callStack, info);
      const detail2 = {
        kind: "sql",
        name: "SqlError",
        line: pos2?.line ?? null,
        column: pos2?.column ?? null,
        stack: userStack(thrown.callStack, `SqlError: ${thrown.message}`, info),
        detail: thrown.detail ?? null,
        function: info.hash
      };
      return new WormholeError(thrown.sqlerrcode, thrown.message, JSON.stringify({ wormhole: 1, ...detail2 }), thrown.hint);
    }
    const { name, message } = describe(thrown);
    const stack = thrown instanceof Error ? thrown.stack : void 0;
    const pos = locate(stack, info);
    const carried = thrown;
    const ownCode = typeof carried === "object" && carried !== null ? [carried.sqlerrcode, carried.code].find((c) => typeof c === "string" && SQLSTATE.test(c)) : void 0;
    const detail = {
      kind: "throw",
      name,
      line: pos?.line ?? null,
      column: pos?.column ?? null,
      stack: userStack(stack, `${name}: ${message}`, info),
      detail: typeof carried === "object" && carried !== null && carried.detail !== void 0 ? carried.detail : null,
      function: info.hash
    };
    const hint = typeof carried === "object" && carried !== null && typeof carried.hint === "string" ? carried.hint : void 0;
    return new WormholeError(ownCode ?? "WH010", message, JSON.stringify({ wormhole: 1, ...detail }), hint);
  }

  // src/db.ts
  function normalise(text, values) {
    let sql = text;
    let params = values;
    if (typeof text === "object" && text !== null) {
      sql = text.text;
      if (params === void 0) params = text.values;
    }
    if (typeof sql !== "string") {
      throw new TypeError('db.query needs the SQL text as a string, e.g. db.query("SELECT $1::int AS n", [1]) or db.query({ text, values })');
    }
    if (params === void 0 || params === null) return { sql, params: [] };
    if (!Array.isArray(params)) {
      throw new TypeError(`db.query values must be an array (got ${typeof params}); pass [value1, value2] for $1, $2`);
    }
    return { sql, params: params.map(toParam) };
  }
  function toParam(value) {
    if (value === void 0) return null;
    if (typeof value === "bigint") return value.toString();
    return value;
  }
  function runQuery(text, values) {
    const { sql, params } = normalise(text, values);
    let out;
    let command;
    try {
      const entry = planFor(sql);
      command = entry.command;
      out = entry.plan.execute(params);
    } catch (error) {
      const e = error;
      if (typeof e?.sqlerrcode !== "string") throw error;
      throw new SqlError(String(e.message), e.sqlerrcode, e.detail ?? void 0, e.hint ?? void 0, new Error().stack ?? "");
    }
    if (typeof out === "number") return { rows: [], rowCount: out, command, fields: [] };
    const rows = out;
    const fields = rows.length > 0 ? Object.keys(rows[0]).map((name) => ({ name, dataTypeID: 0 })) : [];
    return { rows, rowCount: rows.length, command, fields };
  }
  function exactlyOne(result, what) {
    if (result.rows.length !== 1) {
      throw new Error(`${what} expected exactly one row but the query returned ${result.rows.length}; use db.query for zero or many rows, or add a WHERE/LIMIT that selects one`);
    }
    return result.rows[0];
  }
  function attempt(fn) {
    try {
      return SyncPromise.resolve(fn());
    } catch (error) {
      return SyncPromise.reject(error);
    }
  }
  function createDb() {
    return Object.freeze({
      query: (text, values) => attempt(() => runQuery(text, values)),
      queryOne: (text, values) => attempt(() => exactlyOne(runQuery(text, values), "db.queryOne")),
      queryValue: (text, values) => attempt(() => {
        const row = exactlyOne(runQuery(text, values), "db.queryValue");
        const keys = Object.keys(row);
        if (keys.length === 0) throw new Error("db.queryValue needs a query that returns at least one column");
        return row[keys[0]];
      })
    });
  }

  // src/harden.ts
  var OVERRIDABLE = ["name", "message", "toString", "valueOf", "toJSON", "toLocaleString", "stack"];
  function refuseCodeGeneration() {
    throw new EvalError("Creating functions from strings is disabled inside Wormhole remote functions; write the code directly");
  }
  function tameConstructor(example) {
    const proto = Object.getPrototypeOf(example);
    const current = Object.getOwnPropertyDescriptor(proto, "constructor");
    if (current !== void 0 && current.value?.name === "tamedConstructor") return;
    if (current !== void 0 && !current.configurable) {
      throw new Error("wormhole: cannot tame the Function constructors: the realm was frozen before the runtime loaded");
    }
    const original = proto.constructor;
    const tamedConstructor = function() {
      return refuseCodeGeneration();
    };
    tamedConstructor.prototype = original.prototype;
    Object.defineProperty(proto, "constructor", { value: tamedConstructor, writable: false, configurable: false, enumerable: false });
  }
  function enableOverrides(obj, seen) {
    const replaced = [];
    if (!Object.prototype.hasOwnProperty.call(obj, "constructor") && obj !== Object.prototype) return replaced;
    for (const key of OVERRIDABLE) {
      const desc = Object.getOwnPropertyDescriptor(obj, key);
      if (!desc || !("value" in desc) || !desc.configurable) continue;
      const value = desc.value;
      const get = function() {
        return value;
      };
      const set = function(next) {
        if (this === obj) throw new TypeError(`Cannot change the shared ${key} of a built-in object`);
        Object.defineProperty(this, key, { value: next, writable: true, enumerable: true, configurable: true });
      };
      seen.add(get);
      seen.add(set);
      Object.freeze(get);
      Object.freeze(set);
      replaced.push(value);
      Object.defineProperty(obj, key, { configurable: false, enumerable: desc.enumerable, get, set });
    }
    return replaced;
  }
  function freezeDeep(root, seen) {
    const stack = [root];
    while (stack.length > 0) {
      const obj = stack.pop();
      if (seen.has(obj)) continue;
      seen.add(obj);
      for (const v of enableOverrides(obj, seen)) {
        if (typeof v === "object" && v !== null || typeof v === "function") stack.push(v);
      }
      Object.freeze(obj);
      const proto = Object.getPrototypeOf(obj);
      if (proto !== null && typeof proto === "object" || typeof proto === "function") stack.push(proto);
      for (const key of Reflect.ownKeys(obj)) {
        const desc = Object.getOwnPropertyDescriptor(obj, key);
        if (!desc) continue;
        for (const v of [desc.value, desc.get, desc.set]) {
          if (typeof v === "object" && v !== null || typeof v === "function") stack.push(v);
        }
      }
    }
  }
  function hardenRealm(own = []) {
    hardenIntrinsics();
    const mine = /* @__PURE__ */ new Set([globalThis]);
    for (const root of own) freezeDeep(root, mine);
  }
  function hardenIntrinsics() {
    if (Object.isFrozen(Array.prototype)) return;
    tameConstructor(function() {
    });
    tameConstructor(function* () {
    });
    tameConstructor(async function() {
    });
    tameConstructor(async function* () {
    });
    const g = globalThis;
    const roots = [
      g.Object,
      g.Array,
      g.Function,
      g.String,
      g.Number,
      g.Boolean,
      g.Symbol,
      g.BigInt,
      g.Math,
      g.JSON,
      g.Date,
      g.RegExp,
      g.Error,
      g.TypeError,
      g.RangeError,
      g.SyntaxError,
      g.ReferenceError,
      g.EvalError,
      g.URIError,
      g.Map,
      g.Set,
      g.WeakMap,
      g.WeakSet,
      g.Promise,
      g.Reflect,
      g.Proxy,
      g.ArrayBuffer,
      g.DataView,
      g.Uint8Array,
      Object.getPrototypeOf(g.Uint8Array),
      g.Intl,
      Object.getPrototypeOf([][Symbol.iterator]()),
      Object.getPrototypeOf(function* () {
      })
    ].filter((v) => v !== void 0 && v !== null);
    const seen = /* @__PURE__ */ new Set([g]);
    for (const root of roots) freezeDeep(root, seen);
  }

  // src/stats.ts
  var FLUSH_INTERVAL_MS = 1e3;
  var MAX_PENDING_AUDIT = 1e3;
  var counters = /* @__PURE__ */ new Map();
  var audits = [];
  var lastFlush = Date.now();
  var auditCalls = false;
  function setAuditCalls(value) {
    auditCalls = value;
  }
  function record(hash, ms, errorCode, now = Date.now()) {
    let counter = counters.get(hash);
    if (counter === void 0) {
      counter = { calls: 0, errors: 0, totalMs: 0, maxMs: 0, lastCalledAt: now };
      counters.set(hash, counter);
    }
    counter.calls++;
    if (errorCode !== null) counter.errors++;
    counter.totalMs += ms;
    if (ms > counter.maxMs) counter.maxMs = ms;
    counter.lastCalledAt = now;
    if (auditCalls && audits.length < MAX_PENDING_AUDIT) {
      audits.push({ hash, at: new Date(now).toISOString(), outcome: errorCode === null ? "ok" : `error ${errorCode}` });
    }
  }
  function pendingBatch() {
    const stats = [...counters].map(([hash, c]) => ({
      hash,
      calls: c.calls,
      errors: c.errors,
      total_ms: c.totalMs,
      max_ms: c.maxMs,
      last_called_at: new Date(c.lastCalledAt).toISOString()
    }));
    return { stats, audit: audits };
  }
  function hasPending() {
    return counters.size > 0 || audits.length > 0;
  }
  function flush(force = false, now = Date.now()) {
    if (!force && (now - lastFlush < FLUSH_INTERVAL_MS || !hasPending())) return false;
    const batch = pendingBatch();
    const out = plv8.execute("SELECT wormhole._flush_stats($1::text::jsonb) AS audit_calls", [JSON.stringify(batch)]);
    counters.clear();
    audits = [];
    lastFlush = now;
    auditCalls = Boolean(out[0]?.audit_calls);
    return true;
  }

  // src/wire.ts
  var TAGS = ["$u", "$n", "$big", "$date", "$bytes", "$esc"];
  var WireError = class extends TypeError {
    constructor(path, problem, fix) {
      super(`${path} ${problem}. ${fix}`);
      this.path = path;
      this.name = "WireError";
    }
  };
  function encode(value, rootName = "value") {
    if (value === null || typeof value === "string" || typeof value === "boolean" || typeof value === "number" && Number.isFinite(value) && !Object.is(value, -0)) {
      return JSON.stringify(value);
    }
    return JSON.stringify(toWire(value, rootName, []));
  }
  var NO_OPTIONS = {};
  function decode(text, options = NO_OPTIONS) {
    const parsed = JSON.parse(text);
    if (text.indexOf('"$') === -1 && text.indexOf("\\u0024") === -1) return parsed;
    return fromWire(parsed, options);
  }
  function toWire(value, path, seen) {
    switch (typeof value) {
      case "undefined":
        return { $u: 0 };
      case "boolean":
      case "string":
        return value;
      case "number":
        if (Number.isNaN(value)) return { $n: "NaN" };
        if (value === Infinity) return { $n: "Infinity" };
        if (value === -Infinity) return { $n: "-Infinity" };
        if (value === 0 && 1 / value < 0) return { $n: "-0" };
        return value;
      case "bigint":
        return { $big: value.toString() };
      case "function":
        throw new WireError(
          path,
          "is a function, which cannot be sent to or from the database",
          "Pass data only; remote functions receive their helpers as code inside the function"
        );
      case "symbol":
        throw new WireError(
          path,
          "is a Symbol, which has no representation outside one JavaScript realm",
          "Send its description (a string) instead"
        );
    }
    if (value === null) return null;
    const obj = value;
    if (seen.includes(obj)) {
      throw new WireError(path, "refers back to one of its own containers (a cycle)", "Send a tree: break the cycle, e.g. replace the back reference with an id");
    }
    if (obj instanceof Date) {
      const time = obj.getTime();
      return { $date: Number.isNaN(time) ? null : obj.toISOString() };
    }
    if (obj instanceof Uint8Array) return { $bytes: bytesToBase64(obj) };
    seen.push(obj);
    try {
      if (Array.isArray(obj)) return obj.map((item, i) => toWire(item, `${path}[${i}]`, seen));
      const proto = Object.getPrototypeOf(obj);
      if (proto !== Object.prototype && proto !== null) {
        const kind = describeKind(obj);
        throw new WireError(
          path,
          `is ${kind}, which the wire format does not carry`,
          kind === "a Map" ? "Convert it with Object.fromEntries(map) or [...map]" : kind === "a Set" ? "Convert it with [...set]" : "Convert it to a plain object or array first"
        );
      }
      const out = {};
      const keys = Object.keys(obj);
      for (const key of keys) out[key] = toWire(obj[key], `${path}.${key}`, seen);
      return keys.length === 1 && isTag(keys[0]) ? { $esc: out } : out;
    } finally {
      seen.pop();
    }
  }
  function fromWire(value, options = NO_OPTIONS) {
    if (value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) return value.map((item) => fromWire(item, options));
    const obj = value;
    const keys = Object.keys(obj);
    if (keys.length === 1 && isTag(keys[0])) {
      const tag = keys[0];
      const payload = obj[tag];
      switch (tag) {
        case "$u":
          return void 0;
        case "$n":
          return payload === "-0" ? -0 : Number(payload);
        case "$big":
          return BigInt(payload);
        case "$date":
          return new Date(payload === null ? NaN : payload);
        case "$bytes": {
          const bytes = base64ToBytes(payload);
          return options.bytes ? options.bytes(bytes) : bytes;
        }
        case "$esc":
          return decodeObject(payload, options);
      }
    }
    return decodeObject(obj, options);
  }
  function decodeObject(obj, options) {
    const out = {};
    for (const key of Object.keys(obj)) out[key] = fromWire(obj[key], options);
    return out;
  }
  function isTag(key) {
    return TAGS.includes(key);
  }
  function describeKind(obj) {
    if (obj instanceof Map) return "a Map";
    if (obj instanceof Set) return "a Set";
    if (ArrayBuffer.isView(obj)) return `a ${obj.constructor.name} (only Uint8Array/Buffer is carried)`;
    const name = obj.constructor?.name;
    return name ? `an instance of ${name}` : "an object with a custom prototype";
  }
  var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  var LOOKUP = {};
  for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET[i]] = i;
  function bytesToBase64(bytes) {
    let out = "";
    let i = 0;
    for (; i + 2 < bytes.length; i += 3) {
      const n = bytes[i] << 16 | bytes[i + 1] << 8 | bytes[i + 2];
      out += ALPHABET[n >> 18] + ALPHABET[n >> 12 & 63] + ALPHABET[n >> 6 & 63] + ALPHABET[n & 63];
    }
    const rest = bytes.length - i;
    if (rest === 1) {
      const n = bytes[i] << 16;
      out += ALPHABET[n >> 18] + ALPHABET[n >> 12 & 63] + "==";
    } else if (rest === 2) {
      const n = bytes[i] << 16 | bytes[i + 1] << 8;
      out += ALPHABET[n >> 18] + ALPHABET[n >> 12 & 63] + ALPHABET[n >> 6 & 63] + "=";
    }
    return out;
  }
  function base64ToBytes(text) {
    const clean = text.replace(/=+$/, "");
    if (!/^[A-Za-z0-9+/]*$/.test(clean) || clean.length % 4 === 1) {
      throw new TypeError('invalid base64 in a {"$bytes": \u2026} wire value');
    }
    const out = new Uint8Array(Math.floor(clean.length * 3 / 4));
    let o = 0;
    for (let i = 0; i < clean.length; i += 4) {
      const n = LOOKUP[clean[i]] << 18 | LOOKUP[clean[i + 1]] << 12 | (LOOKUP[clean[i + 2]] ?? 0) << 6 | (LOOKUP[clean[i + 3]] ?? 0);
      out[o++] = n >> 16;
      if (o < out.length) out[o++] = n >> 8 & 255;
      if (o < out.length) out[o++] = n & 255;
    }
    return out;
  }

  // src/index.ts
  var HASH = /^[0-9a-f]{64}$/;
  var db = createDb();
  var VISIBILITY_SQL = "SELECT f.policy_version AS validated, (SELECT version FROM wormhole.policy) AS version FROM wormhole.functions f WHERE f.hash = $1";
  var visibilityPlan = null;
  var auditCallsOfVersion = null;
  function visibility(hash) {
    visibilityPlan ?? (visibilityPlan = plv8.prepare(VISIBILITY_SQL));
    const rows = visibilityPlan.execute([hash]);
    return rows.length === 0 ? null : rows[0];
  }
  function followPolicy(version) {
    if (version === auditCallsOfVersion) return;
    const row = plv8.execute("SELECT audit_calls FROM wormhole.policy")[0];
    setAuditCalls(Boolean(row?.audit_calls));
    auditCallsOfVersion = version;
  }
  function load(hash) {
    const rows = executeCached(
      "SELECT hash, name, source, compiled, segments::text AS segments, arity FROM wormhole.functions WHERE hash = $1",
      [hash]
    );
    if (rows.length === 0) throw wormholeError("WH003", `function ${hash} vanished while loading it`, "Retry the call");
    const row = rows[0];
    return remember({ ...row, segments: JSON.parse(row.segments) });
  }
  function installFirst(hash, source, name) {
    if (typeof source !== "string") {
      throw wormholeError("WH004", "wormhole.call: source must be text", "Pass the function source as the third argument");
    }
    const installed = plv8.execute("SELECT wormhole.install($1, $2) AS hash", [source, name])[0].hash;
    if (installed !== hash) {
      throw wormholeError(
        "WH003",
        `the hash ${hash} does not match the source (its SHA-256 is ${installed})`,
        "Send the SHA-256 (hex) of the exact source text, as Function.prototype.toString() returned it"
      );
    }
  }
  function decodeArgs(argsText, entry) {
    let args;
    try {
      if (typeof argsText !== "string") throw new TypeError("args is NULL or not text");
      args = decode(argsText);
    } catch (error) {
      throw wormholeError(
        "WH004",
        `wormhole.call: the arguments cannot be decoded: ${error.message}`,
        `Send the wire encoding of the argument array (packages/plv8-runtime/src/wire.ts), e.g. '[1,"a"]'`
      );
    }
    if (!Array.isArray(args)) {
      throw wormholeError("WH004", "wormhole.call: args must encode an array of the arguments (without db)", `Send e.g. '[]' or '[1,"a"]'`);
    }
    const { arity: expected, hasRestParameter } = entry.params;
    if (!hasRestParameter && args.length !== expected) {
      throw wormholeError(
        "WH004",
        `${entry.name ?? "the remote function"} expects ${expected} argument${expected === 1 ? "" : "s"} after db but was called with ${args.length}`,
        "Pass exactly the parameters the function declares after db"
      );
    }
    return args;
  }
  function encodeResult(value) {
    try {
      return encode(value, "result");
    } catch (error) {
      if (error instanceof WireError) {
        throw wormholeError(
          "WH005",
          `The remote function's result cannot be sent back: ${error.message}`,
          "Return plain data: objects, arrays, strings, numbers, booleans, null, Date, BigInt or bytes"
        );
      }
      throw error;
    }
  }
  function call(hash, argsText, source, name) {
    if (typeof hash !== "string" || !HASH.test(hash)) {
      throw wormholeError(
        "WH004",
        "wormhole.call: hash must be 64 lower-case hex digits (the SHA-256 of the source)",
        "Pass the hash wormhole.install returned"
      );
    }
    let seen = visibility(hash);
    if (seen === null) {
      forget(hash);
      if (source === void 0 || source === null) return null;
      installFirst(hash, source, name ?? null);
      seen = visibility(hash);
      if (seen === null) throw wormholeError("WH003", `function ${hash} was installed but is not visible`, "Retry the call");
    } else if (seen.validated !== seen.version) {
      plv8.execute("SELECT wormhole._revalidate($1)", [hash]);
      forget(hash);
    }
    followPolicy(seen.version);
    const entry = lookup(hash) ?? load(hash);
    const args = decodeArgs(argsText, entry);
    const started = Date.now();
    let result;
    try {
      result = settle(entry.fn(db, ...args));
    } catch (thrown) {
      const raised = toRaisedError(thrown, entry.info);
      record(hash, Date.now() - started, raised.sqlerrcode);
      throw raised;
    }
    let text;
    try {
      text = encodeResult(result);
    } catch (error) {
      record(hash, Date.now() - started, error.sqlerrcode ?? "WH005");
      throw error;
    }
    const ended = Date.now();
    record(hash, ended - started, null, ended);
    flush(false, ended);
    return text;
  }
  function raise(error) {
    if (error instanceof WormholeError) {
      throw { sqlerrcode: error.sqlerrcode, message: error.message, detail: error.detail, hint: error.hint };
    }
    throw error;
  }
  var runtime = {
    call(hash, args, source, name) {
      try {
        return call(hash, args, source, name);
      } catch (error) {
        return raise(error);
      }
    },
    flushStats() {
      return flush(true);
    },
    reset() {
      forget();
      clearPlans();
      visibilityPlan?.free();
      visibilityPlan = null;
      auditCallsOfVersion = null;
    },
    info() {
      return { functions: cachedFunctionCount(), plans: cachedPlanCount(), pendingStats: hasPending() };
    }
  };
  hardenRealm([SyncPromise, runAsync, db]);
  globalThis.__wormhole = Object.freeze({ version: __WORMHOLE_VERSION__, ...runtime });
})();

$wormhole_bundle$;

-- The install path (validator + async rewrite): loaded only by _install/_revalidate.
CREATE FUNCTION wormhole._load_installer() RETURNS void LANGUAGE plv8 VOLATILE AS $wormhole_bundle$
"use strict";
(() => {
  var __create = Object.create;
  var __defProp = Object.defineProperty;
  var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
  var __getOwnPropNames = Object.getOwnPropertyNames;
  var __getProtoOf = Object.getPrototypeOf;
  var __hasOwnProp = Object.prototype.hasOwnProperty;
  var __commonJS = (cb, mod) => function __require() {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  };
  var __copyProps = (to, from, except, desc) => {
    if (from && typeof from === "object" || typeof from === "function") {
      for (let key of __getOwnPropNames(from))
        if (!__hasOwnProp.call(to, key) && key !== except)
          __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
    }
    return to;
  };
  var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
    // If the importer is in node compatibility mode or this is not an ESM
    // file that has been converted to a CommonJS file using a Babel-
    // compatible transform (i.e. "__esModule" has not been set), then set
    // "default" to the CommonJS "module.exports" for node compatibility.
    isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
    mod
  ));

  // ../../node_modules/acorn-walk/dist/walk.js
  var require_walk = __commonJS({
    "../../node_modules/acorn-walk/dist/walk.js"(exports, module) {
      (function(global, factory) {
        typeof exports === "object" && typeof module !== "undefined" ? factory(exports) : typeof define === "function" && define.amd ? define(["exports"], factory) : (global = typeof globalThis !== "undefined" ? globalThis : global || self, factory((global.acorn = global.acorn || {}, global.acorn.walk = {})));
      })(exports, (function(exports2) {
        "use strict";
        function simple(node, visitors, baseVisitor, state, override) {
          if (!baseVisitor) {
            baseVisitor = base2;
          }
          (function c(node2, st, override2) {
            var type = override2 || node2.type;
            visitNode2(baseVisitor, type, node2, st, c);
            if (visitors[type]) {
              visitors[type](node2, st);
            }
          })(node, state, override);
        }
        function ancestor(node, visitors, baseVisitor, state, override) {
          var ancestors = [];
          if (!baseVisitor) {
            baseVisitor = base2;
          }
          (function c(node2, st, override2) {
            var type = override2 || node2.type;
            var isNew = node2 !== ancestors[ancestors.length - 1];
            if (isNew) {
              ancestors.push(node2);
            }
            visitNode2(baseVisitor, type, node2, st, c);
            if (visitors[type]) {
              visitors[type](node2, st || ancestors, ancestors);
            }
            if (isNew) {
              ancestors.pop();
            }
          })(node, state, override);
        }
        function recursive(node, state, funcs, baseVisitor, override) {
          var visitor = funcs ? make(funcs, baseVisitor || void 0) : baseVisitor;
          (function c(node2, st, override2) {
            visitor[override2 || node2.type](node2, st, c);
          })(node, state, override);
        }
        function makeTest(test) {
          if (typeof test === "string") {
            return function(type) {
              return type === test;
            };
          } else if (!test) {
            return function() {
              return true;
            };
          } else {
            return test;
          }
        }
        var Found = function Found2(node, state) {
          this.node = node;
          this.state = state;
        };
        function full2(node, callback, baseVisitor, state, override) {
          if (!baseVisitor) {
            baseVisitor = base2;
          }
          var last;
          (function c(node2, st, override2) {
            var type = override2 || node2.type;
            visitNode2(baseVisitor, type, node2, st, c);
            if (last !== node2) {
              callback(node2, st, type);
              last = node2;
            }
          })(node, state, override);
        }
        function fullAncestor(node, callback, baseVisitor, state) {
          if (!baseVisitor) {
            baseVisitor = base2;
          }
          var ancestors = [], last;
          (function c(node2, st, override) {
            var type = override || node2.type;
            var isNew = node2 !== ancestors[ancestors.length - 1];
            if (isNew) {
              ancestors.push(node2);
            }
            visitNode2(baseVisitor, type, node2, st, c);
            if (last !== node2) {
              callback(node2, st || ancestors, ancestors, type);
              last = node2;
            }
            if (isNew) {
              ancestors.pop();
            }
          })(node, state);
        }
        function findNodeAt(node, start, end, test, baseVisitor, state) {
          if (!baseVisitor) {
            baseVisitor = base2;
          }
          test = makeTest(test);
          try {
            (function c(node2, st, override) {
              var type = override || node2.type;
              if ((start == null || node2.start <= start) && (end == null || node2.end >= end)) {
                visitNode2(baseVisitor, type, node2, st, c);
              }
              if ((start == null || node2.start === start) && (end == null || node2.end === end) && test(type, node2)) {
                throw new Found(node2, st);
              }
            })(node, state);
          } catch (e) {
            if (e instanceof Found) {
              return e;
            }
            throw e;
          }
        }
        function findNodeAround(node, pos, test, baseVisitor, state) {
          test = makeTest(test);
          if (!baseVisitor) {
            baseVisitor = base2;
          }
          try {
            (function c(node2, st, override) {
              var type = override || node2.type;
              if (node2.start > pos || node2.end < pos) {
                return;
              }
              visitNode2(baseVisitor, type, node2, st, c);
              if (test(type, node2)) {
                throw new Found(node2, st);
              }
            })(node, state);
          } catch (e) {
            if (e instanceof Found) {
              return e;
            }
            throw e;
          }
        }
        function findNodeAfter(node, pos, test, baseVisitor, state) {
          test = makeTest(test);
          if (!baseVisitor) {
            baseVisitor = base2;
          }
          try {
            (function c(node2, st, override) {
              if (node2.end < pos) {
                return;
              }
              var type = override || node2.type;
              if (node2.start >= pos && test(type, node2)) {
                throw new Found(node2, st);
              }
              visitNode2(baseVisitor, type, node2, st, c);
            })(node, state);
          } catch (e) {
            if (e instanceof Found) {
              return e;
            }
            throw e;
          }
        }
        function findNodeBefore(node, pos, test, baseVisitor, state) {
          test = makeTest(test);
          if (!baseVisitor) {
            baseVisitor = base2;
          }
          var max;
          (function c(node2, st, override) {
            if (node2.start > pos) {
              return;
            }
            var type = override || node2.type;
            if (node2.end <= pos && (!max || max.node.end < node2.end) && test(type, node2)) {
              max = new Found(node2, st);
            }
            visitNode2(baseVisitor, type, node2, st, c);
          })(node, state);
          return max;
        }
        function make(funcs, baseVisitor) {
          var visitor = Object.create(baseVisitor || base2);
          for (var type in funcs) {
            visitor[type] = funcs[type];
          }
          return visitor;
        }
        function skipThrough2(node, st, c) {
          c(node, st);
        }
        function ignore2(_node, _st, _c) {
        }
        function visitNode2(baseVisitor, type, node, st, c) {
          if (baseVisitor[type] == null) {
            throw new Error("No walker function defined for node type " + type);
          }
          baseVisitor[type](node, st, c);
        }
        var base2 = {};
        base2.Program = base2.BlockStatement = base2.StaticBlock = function(node, st, c) {
          for (var i = 0, list = node.body; i < list.length; i += 1) {
            var stmt = list[i];
            c(stmt, st, "Statement");
          }
        };
        base2.Statement = skipThrough2;
        base2.EmptyStatement = ignore2;
        base2.ExpressionStatement = base2.ParenthesizedExpression = base2.ChainExpression = function(node, st, c) {
          return c(node.expression, st, "Expression");
        };
        base2.IfStatement = function(node, st, c) {
          c(node.test, st, "Expression");
          c(node.consequent, st, "Statement");
          if (node.alternate) {
            c(node.alternate, st, "Statement");
          }
        };
        base2.LabeledStatement = function(node, st, c) {
          return c(node.body, st, "Statement");
        };
        base2.BreakStatement = base2.ContinueStatement = ignore2;
        base2.WithStatement = function(node, st, c) {
          c(node.object, st, "Expression");
          c(node.body, st, "Statement");
        };
        base2.SwitchStatement = function(node, st, c) {
          c(node.discriminant, st, "Expression");
          for (var i = 0, list = node.cases; i < list.length; i += 1) {
            var cs = list[i];
            c(cs, st);
          }
        };
        base2.SwitchCase = function(node, st, c) {
          if (node.test) {
            c(node.test, st, "Expression");
          }
          for (var i = 0, list = node.consequent; i < list.length; i += 1) {
            var cons = list[i];
            c(cons, st, "Statement");
          }
        };
        base2.ReturnStatement = base2.YieldExpression = base2.AwaitExpression = function(node, st, c) {
          if (node.argument) {
            c(node.argument, st, "Expression");
          }
        };
        base2.ThrowStatement = base2.SpreadElement = function(node, st, c) {
          return c(node.argument, st, "Expression");
        };
        base2.TryStatement = function(node, st, c) {
          c(node.block, st, "Statement");
          if (node.handler) {
            c(node.handler, st);
          }
          if (node.finalizer) {
            c(node.finalizer, st, "Statement");
          }
        };
        base2.CatchClause = function(node, st, c) {
          if (node.param) {
            c(node.param, st, "Pattern");
          }
          c(node.body, st, "Statement");
        };
        base2.WhileStatement = base2.DoWhileStatement = function(node, st, c) {
          c(node.test, st, "Expression");
          c(node.body, st, "Statement");
        };
        base2.ForStatement = function(node, st, c) {
          if (node.init) {
            c(node.init, st, "ForInit");
          }
          if (node.test) {
            c(node.test, st, "Expression");
          }
          if (node.update) {
            c(node.update, st, "Expression");
          }
          c(node.body, st, "Statement");
        };
        base2.ForInStatement = base2.ForOfStatement = function(node, st, c) {
          c(node.left, st, "ForInit");
          c(node.right, st, "Expression");
          c(node.body, st, "Statement");
        };
        base2.ForInit = function(node, st, c) {
          if (node.type === "VariableDeclaration") {
            c(node, st);
          } else {
            c(node, st, "Expression");
          }
        };
        base2.DebuggerStatement = ignore2;
        base2.FunctionDeclaration = function(node, st, c) {
          return c(node, st, "Function");
        };
        base2.VariableDeclaration = function(node, st, c) {
          for (var i = 0, list = node.declarations; i < list.length; i += 1) {
            var decl = list[i];
            c(decl, st);
          }
        };
        base2.VariableDeclarator = function(node, st, c) {
          c(node.id, st, "Pattern");
          if (node.init) {
            c(node.init, st, "Expression");
          }
        };
        base2.Function = function(node, st, c) {
          if (node.id) {
            c(node.id, st, "Pattern");
          }
          for (var i = 0, list = node.params; i < list.length; i += 1) {
            var param = list[i];
            c(param, st, "Pattern");
          }
          c(node.body, st, node.expression ? "Expression" : "Statement");
        };
        base2.Pattern = function(node, st, c) {
          if (node.type === "Identifier") {
            c(node, st, "VariablePattern");
          } else if (node.type === "MemberExpression") {
            c(node, st, "MemberPattern");
          } else {
            c(node, st);
          }
        };
        base2.VariablePattern = ignore2;
        base2.MemberPattern = skipThrough2;
        base2.RestElement = function(node, st, c) {
          return c(node.argument, st, "Pattern");
        };
        base2.ArrayPattern = function(node, st, c) {
          for (var i = 0, list = node.elements; i < list.length; i += 1) {
            var elt = list[i];
            if (elt) {
              c(elt, st, "Pattern");
            }
          }
        };
        base2.ObjectPattern = function(node, st, c) {
          for (var i = 0, list = node.properties; i < list.length; i += 1) {
            var prop = list[i];
            if (prop.type === "Property") {
              if (prop.computed) {
                c(prop.key, st, "Expression");
              }
              c(prop.value, st, "Pattern");
            } else if (prop.type === "RestElement") {
              c(prop.argument, st, "Pattern");
            }
          }
        };
        base2.Expression = skipThrough2;
        base2.ThisExpression = base2.Super = base2.MetaProperty = ignore2;
        base2.ArrayExpression = function(node, st, c) {
          for (var i = 0, list = node.elements; i < list.length; i += 1) {
            var elt = list[i];
            if (elt) {
              c(elt, st, "Expression");
            }
          }
        };
        base2.ObjectExpression = function(node, st, c) {
          for (var i = 0, list = node.properties; i < list.length; i += 1) {
            var prop = list[i];
            c(prop, st);
          }
        };
        base2.FunctionExpression = base2.ArrowFunctionExpression = base2.FunctionDeclaration;
        base2.SequenceExpression = function(node, st, c) {
          for (var i = 0, list = node.expressions; i < list.length; i += 1) {
            var expr = list[i];
            c(expr, st, "Expression");
          }
        };
        base2.TemplateLiteral = function(node, st, c) {
          for (var i = 0, list = node.quasis; i < list.length; i += 1) {
            var quasi = list[i];
            c(quasi, st);
          }
          for (var i$1 = 0, list$1 = node.expressions; i$1 < list$1.length; i$1 += 1) {
            var expr = list$1[i$1];
            c(expr, st, "Expression");
          }
        };
        base2.TemplateElement = ignore2;
        base2.UnaryExpression = base2.UpdateExpression = function(node, st, c) {
          c(node.argument, st, "Expression");
        };
        base2.BinaryExpression = base2.LogicalExpression = function(node, st, c) {
          c(node.left, st, "Expression");
          c(node.right, st, "Expression");
        };
        base2.AssignmentExpression = base2.AssignmentPattern = function(node, st, c) {
          c(node.left, st, "Pattern");
          c(node.right, st, "Expression");
        };
        base2.ConditionalExpression = function(node, st, c) {
          c(node.test, st, "Expression");
          c(node.consequent, st, "Expression");
          c(node.alternate, st, "Expression");
        };
        base2.NewExpression = base2.CallExpression = function(node, st, c) {
          c(node.callee, st, "Expression");
          if (node.arguments) {
            for (var i = 0, list = node.arguments; i < list.length; i += 1) {
              var arg = list[i];
              c(arg, st, "Expression");
            }
          }
        };
        base2.MemberExpression = function(node, st, c) {
          c(node.object, st, "Expression");
          if (node.computed) {
            c(node.property, st, "Expression");
          }
        };
        base2.ExportNamedDeclaration = base2.ExportDefaultDeclaration = function(node, st, c) {
          if (node.declaration) {
            c(node.declaration, st, node.type === "ExportNamedDeclaration" || node.declaration.id ? "Statement" : "Expression");
          }
          if (node.source) {
            c(node.source, st, "Expression");
          }
          if (node.attributes) {
            for (var i = 0, list = node.attributes; i < list.length; i += 1) {
              var attr = list[i];
              c(attr, st);
            }
          }
        };
        base2.ExportAllDeclaration = function(node, st, c) {
          if (node.exported) {
            c(node.exported, st);
          }
          c(node.source, st, "Expression");
          if (node.attributes) {
            for (var i = 0, list = node.attributes; i < list.length; i += 1) {
              var attr = list[i];
              c(attr, st);
            }
          }
        };
        base2.ImportAttribute = function(node, st, c) {
          c(node.value, st, "Expression");
        };
        base2.ImportDeclaration = function(node, st, c) {
          for (var i = 0, list = node.specifiers; i < list.length; i += 1) {
            var spec = list[i];
            c(spec, st);
          }
          c(node.source, st, "Expression");
          if (node.attributes) {
            for (var i$1 = 0, list$1 = node.attributes; i$1 < list$1.length; i$1 += 1) {
              var attr = list$1[i$1];
              c(attr, st);
            }
          }
        };
        base2.ImportExpression = function(node, st, c) {
          c(node.source, st, "Expression");
          if (node.options) {
            c(node.options, st, "Expression");
          }
        };
        base2.ImportSpecifier = base2.ImportDefaultSpecifier = base2.ImportNamespaceSpecifier = base2.Identifier = base2.PrivateIdentifier = base2.Literal = ignore2;
        base2.TaggedTemplateExpression = function(node, st, c) {
          c(node.tag, st, "Expression");
          c(node.quasi, st, "Expression");
        };
        base2.ClassDeclaration = base2.ClassExpression = function(node, st, c) {
          return c(node, st, "Class");
        };
        base2.Class = function(node, st, c) {
          if (node.id) {
            c(node.id, st, "Pattern");
          }
          if (node.superClass) {
            c(node.superClass, st, "Expression");
          }
          c(node.body, st);
        };
        base2.ClassBody = function(node, st, c) {
          for (var i = 0, list = node.body; i < list.length; i += 1) {
            var elt = list[i];
            c(elt, st);
          }
        };
        base2.MethodDefinition = base2.PropertyDefinition = base2.Property = function(node, st, c) {
          if (node.computed) {
            c(node.key, st, "Expression");
          }
          if (node.value) {
            c(node.value, st, "Expression");
          }
        };
        exports2.ancestor = ancestor;
        exports2.base = base2;
        exports2.findNodeAfter = findNodeAfter;
        exports2.findNodeAround = findNodeAround;
        exports2.findNodeAt = findNodeAt;
        exports2.findNodeBefore = findNodeBefore;
        exports2.full = full2;
        exports2.fullAncestor = fullAncestor;
        exports2.make = make;
        exports2.recursive = recursive;
        exports2.simple = simple;
      }));
    }
  });

  // ../validator/dist/children.js
  var require_children = __commonJS({
    "../validator/dist/children.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", { value: true });
      exports.UnknownNodeError = void 0;
      exports.forEachChild = forEachChild;
      exports.children = children;
      var acorn_walk_1 = require_walk();
      var BASE = acorn_walk_1.base;
      var NAMES = {
        // `a.b`: the property name `b` (rules see `.constructor` through it). Computed: base yields it.
        MemberExpression: (n) => n.computed ? [] : [n.property],
        // `{ a: 1 }`, `m() {}`, `x = 1` in a class: the non-computed key (`{ __proto__: x }`, a
        // `'constructor'` key). Computed keys are code, which base yields.
        Property: (n) => n.computed ? [] : [n.key],
        MethodDefinition: (n) => n.computed ? [] : [n.key],
        PropertyDefinition: (n) => n.computed ? [] : [n.key],
        // `new.target`, `import.meta`: base ignores MetaProperty altogether.
        MetaProperty: (n) => [n.meta, n.property],
        LabeledStatement: (n) => [n.label],
        BreakStatement: (n) => [n.label],
        ContinueStatement: (n) => [n.label],
        // Module syntax parses (allowImportExportEverywhere) so that no-import can explain it; its
        // names are still part of the tree.
        ImportSpecifier: (n) => [n.imported, n.local],
        ImportDefaultSpecifier: (n) => [n.local],
        ImportNamespaceSpecifier: (n) => [n.local],
        ImportAttribute: (n) => [n.key],
        ExportNamedDeclaration: (n) => n.specifiers
      };
      var OWN = {
        ObjectPattern: (n) => n.properties,
        ExportSpecifier: (n) => [n.local, n.exported]
      };
      var UnknownNodeError = class extends Error {
        constructor(nodeType) {
          super(`the validator cannot enumerate the children of a ${nodeType} node: acorn-walk's base has no visitor for it and src/children.ts does not list it. Update acorn-walk, or add the node type to children.ts (test/children.test.ts shows what is missing)`);
          this.nodeType = nodeType;
          this.name = "UnknownNodeError";
        }
      };
      exports.UnknownNodeError = UnknownNodeError;
      function each(nodes, visit) {
        for (const n of nodes)
          if (n)
            visit(n);
      }
      function forEachChild(node, visit) {
        const own = OWN[node.type];
        if (own) {
          each(own(node), visit);
          return;
        }
        const visitor = BASE[node.type];
        if (!visitor)
          throw new UnknownNodeError(node.type);
        const callback = (child, state, override) => {
          if (child === node && override) {
            const aggregate = BASE[override];
            if (!aggregate)
              throw new UnknownNodeError(override);
            aggregate(node, state, callback);
            return;
          }
          visit(child);
        };
        visitor(node, void 0, callback);
        const names = NAMES[node.type];
        if (names)
          each(names(node), visit);
      }
      function children(node) {
        const out = [];
        forEachChild(node, (child) => out.push(child));
        return out;
      }
    }
  });

  // ../validator/dist/ast.js
  var require_ast = __commonJS({
    "../validator/dist/ast.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", { value: true });
      exports.findTooDeep = findTooDeep;
      exports.constantString = constantString;
      exports.keyName = keyName;
      var children_1 = require_children();
      function findTooDeep(root, limit) {
        const stack = [[root, 1]];
        while (stack.length > 0) {
          const [node, depth] = stack.pop();
          if (depth > limit)
            return node;
          (0, children_1.forEachChild)(node, (child) => stack.push([child, depth + 1]));
        }
        return void 0;
      }
      function constantString(node) {
        switch (node.type) {
          case "Literal":
            return typeof node.value === "string" ? node.value : void 0;
          case "TemplateLiteral": {
            let out = node.quasis[0].value.cooked ?? "";
            for (let i = 0; i < node.expressions.length; i++) {
              const part = constantString(node.expressions[i]);
              if (part === void 0)
                return void 0;
              out += part + (node.quasis[i + 1].value.cooked ?? "");
            }
            return out;
          }
          case "BinaryExpression": {
            if (node.operator !== "+" || node.left.type === "PrivateIdentifier")
              return void 0;
            const left = constantString(node.left);
            const right = left === void 0 ? void 0 : constantString(node.right);
            return left !== void 0 && right !== void 0 ? left + right : void 0;
          }
          default:
            return void 0;
        }
      }
      function keyName(key, computed) {
        if (!computed && key.type === "Identifier")
          return key.name;
        if (key.type === "Literal")
          return key.value === null ? void 0 : String(key.value);
        return computed ? constantString(key) : void 0;
      }
    }
  });

  // ../validator/dist/frame.js
  var require_frame = __commonJS({
    "../validator/dist/frame.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", { value: true });
      exports.codeFrame = codeFrame;
      var CONTEXT_LINES = 2;
      var MAX_LINE_WIDTH = 160;
      function codeFrame(index, start, end) {
        const first = Math.max(1, start.line - CONTEXT_LINES);
        const last = Math.min(index.lineCount, start.line + CONTEXT_LINES);
        const gutterWidth = String(last).length;
        const cut = Math.max(0, start.column - 1 - Math.floor(MAX_LINE_WIDTH / 2));
        const out = [];
        for (let line = first; line <= last; line++) {
          const full2 = index.lineText(line);
          const text = full2.slice(cut, cut + MAX_LINE_WIDTH);
          const marker = line === start.line ? ">" : " ";
          out.push(`${marker} ${String(line).padStart(gutterWidth)} | ${text}`.trimEnd());
          if (line === start.line) {
            const from = start.column - 1 - cut;
            const to = end && end.line === start.line ? end.column - 1 - cut : from + 1;
            const width = Math.max(1, Math.min(to, text.length) - from);
            const pad = text.slice(0, from).replace(/[^\t]/g, " ");
            out.push(`  ${" ".repeat(gutterWidth)} | ${pad}${"^".repeat(width)}`);
          }
        }
        return out.join("\n");
      }
    }
  });

  // ../validator/dist/positions.js
  var require_positions = __commonJS({
    "../validator/dist/positions.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", { value: true });
      exports.LineIndex = void 0;
      var LINE_BREAK = /\r\n?|[\n\u2028\u2029]/g;
      var LineIndex = class {
        constructor(text) {
          this.text = text;
          this.starts = [0];
          for (const m of text.matchAll(LINE_BREAK))
            this.starts.push(m.index + m[0].length);
        }
        get lineCount() {
          return this.starts.length;
        }
        position(offset2) {
          const clamped = Math.max(0, Math.min(offset2, this.text.length));
          let lo = 0;
          let hi = this.starts.length - 1;
          while (lo < hi) {
            const mid = lo + hi + 1 >> 1;
            if (this.starts[mid] <= clamped)
              lo = mid;
            else
              hi = mid - 1;
          }
          return { line: lo + 1, column: clamped - this.starts[lo] + 1 };
        }
        /** The text of a 1-based line, without its terminator. */
        lineText(line) {
          const start = this.starts[line - 1];
          if (start === void 0)
            return "";
          const next = this.starts[line];
          const raw = this.text.slice(start, next === void 0 ? this.text.length : next);
          return raw.replace(/(\r\n?|[\n\u2028\u2029])$/, "");
        }
      };
      exports.LineIndex = LineIndex;
    }
  });

  // ../validator/dist/diagnostics.js
  var require_diagnostics = __commonJS({
    "../validator/dist/diagnostics.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", { value: true });
      exports.Reporter = void 0;
      exports.formatDiagnostics = formatDiagnostics2;
      var frame_1 = require_frame();
      var positions_1 = require_positions();
      var Reporter = class {
        constructor(source) {
          this.items = [];
          this.seen = /* @__PURE__ */ new Set();
          this.index = new positions_1.LineIndex(source);
        }
        report(rule, message, span) {
          const key = `${rule}@${span.start}:${span.end}`;
          if (this.seen.has(key))
            return;
          this.seen.add(key);
          const start = this.index.position(span.start);
          const end = this.index.position(Math.max(span.end, span.start));
          this.items.push({
            rule,
            message,
            line: start.line,
            column: start.column,
            endLine: end.line,
            endColumn: end.column,
            frame: (0, frame_1.codeFrame)(this.index, start, end),
            offset: span.start
          });
        }
        /** True if some diagnostic starts at this offset (used to avoid reporting one problem twice). */
        hasAt(offset2) {
          return this.items.some((d) => d.offset === offset2);
        }
        get count() {
          return this.items.length;
        }
        /** Every diagnostic, sorted by position (then rule id, so the order is deterministic). */
        diagnostics() {
          return [...this.items].sort((a, b) => a.offset - b.offset || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)).map(({ offset: _offset, ...d }) => d);
        }
      };
      exports.Reporter = Reporter;
      function formatDiagnostics2(diags) {
        return diags.map((d) => `${d.line}:${d.column}  ${d.message}  [${d.rule}]
${d.frame}`).join("\n\n");
      }
    }
  });

  // ../validator/dist/function-info.js
  var require_function_info = __commonJS({
    "../validator/dist/function-info.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", { value: true });
      exports.functionInfo = functionInfo;
      exports.checkFunctionShape = checkFunctionShape;
      function paramName(param, source) {
        switch (param.type) {
          case "Identifier":
            return param.name;
          case "AssignmentPattern":
            return paramName(param.left, source);
          case "RestElement":
            return `...${paramName(param.argument, source)}`;
          default:
            return source.slice(param.start, param.end);
        }
      }
      function functionInfo(fn, source) {
        const last = fn.params[fn.params.length - 1];
        return {
          params: fn.params.map((p) => paramName(p, source)),
          isAsync: fn.async,
          kind: fn.type === "ArrowFunctionExpression" ? "arrow" : "function",
          arity: Math.max(0, fn.params.length - 1),
          hasRestParameter: last !== void 0 && last.type === "RestElement",
          source: source.slice(fn.start, fn.end)
        };
      }
      var DB_FIX = "the first parameter receives the database handle and must be a plain name: async (db, \u2026) => { \u2026 }";
      function checkFunctionShape(fn, reporter) {
        if (fn.generator) {
          reporter.report("single-function", "a generator function cannot be a remote function (its result would be an iterator, which cannot be sent back); collect the values into an array and return that", { start: fn.start, end: fn.body.start });
        }
        const db = fn.params[0];
        if (!db) {
          reporter.report("db-parameter", `the function has no parameters; ${DB_FIX}`, { start: fn.start, end: fn.body.start });
          return;
        }
        const what = {
          ObjectPattern: "is destructured",
          ArrayPattern: "is destructured",
          AssignmentPattern: "has a default value",
          RestElement: "is a rest parameter"
        };
        if (db.type !== "Identifier") {
          reporter.report("db-parameter", `the first parameter ${what[db.type] ?? "is not a plain name"}; ${DB_FIX}`, db);
        }
      }
    }
  });

  // ../../node_modules/acorn/dist/acorn.js
  var require_acorn = __commonJS({
    "../../node_modules/acorn/dist/acorn.js"(exports, module) {
      (function(global, factory) {
        typeof exports === "object" && typeof module !== "undefined" ? factory(exports) : typeof define === "function" && define.amd ? define(["exports"], factory) : (global = typeof globalThis !== "undefined" ? globalThis : global || self, factory(global.acorn = {}));
      })(exports, (function(exports2) {
        "use strict";
        var astralIdentifierCodes2 = [509, 0, 227, 0, 150, 4, 294, 9, 1368, 2, 2, 1, 6, 3, 41, 2, 5, 0, 166, 1, 574, 3, 9, 9, 7, 9, 32, 4, 318, 1, 31, 4, 33, 15, 71, 10, 50, 3, 123, 2, 54, 14, 32, 10, 3, 1, 11, 3, 46, 10, 8, 0, 46, 9, 7, 2, 37, 13, 2, 9, 6, 1, 45, 0, 13, 2, 49, 13, 9, 3, 2, 11, 83, 11, 7, 0, 3, 0, 158, 11, 6, 9, 7, 3, 56, 1, 2, 6, 3, 1, 3, 2, 10, 0, 11, 1, 3, 6, 4, 4, 68, 8, 2, 0, 3, 0, 2, 3, 2, 4, 2, 0, 15, 1, 83, 17, 10, 9, 5, 0, 82, 19, 13, 9, 214, 6, 3, 8, 28, 1, 83, 16, 16, 9, 82, 12, 9, 9, 7, 19, 58, 14, 5, 9, 243, 14, 166, 9, 71, 5, 2, 1, 3, 3, 2, 0, 2, 1, 13, 9, 120, 6, 3, 6, 4, 0, 29, 9, 41, 6, 2, 3, 9, 0, 10, 10, 47, 15, 199, 7, 137, 9, 54, 7, 2, 7, 17, 9, 57, 21, 2, 13, 123, 5, 4, 0, 2, 1, 2, 6, 2, 0, 9, 9, 49, 4, 2, 1, 2, 4, 9, 9, 55, 9, 7, 0, 259, 3, 10, 1, 2, 0, 49, 6, 4, 4, 14, 10, 5350, 0, 7, 14, 11465, 27, 2343, 9, 87, 9, 39, 4, 60, 6, 26, 9, 535, 9, 470, 0, 2, 54, 8, 3, 82, 0, 12, 1, 19628, 1, 4178, 9, 519, 45, 3, 22, 481, 1, 61, 4, 4, 5, 9, 7, 3, 6, 31, 3, 149, 2, 12, 2, 9, 1, 3, 0, 33, 1, 1357, 49, 513, 54, 5, 49, 9, 0, 15, 0, 23, 4, 2, 14, 1361, 6, 2, 16, 3, 6, 2, 1, 2, 4, 101, 0, 161, 6, 10, 9, 357, 0, 62, 13, 499, 13, 245, 1, 2, 9, 233, 0, 3, 0, 8, 1, 6, 0, 475, 6, 110, 6, 6, 9, 4759, 9, 787719, 239];
        var astralIdentifierStartCodes2 = [0, 11, 2, 25, 2, 18, 2, 1, 2, 14, 3, 13, 35, 122, 70, 52, 268, 28, 4, 48, 48, 31, 14, 29, 6, 37, 11, 29, 3, 35, 5, 7, 2, 4, 43, 157, 19, 35, 5, 35, 5, 39, 9, 51, 13, 10, 2, 14, 2, 6, 2, 1, 2, 10, 2, 14, 2, 6, 2, 1, 4, 51, 13, 310, 10, 21, 11, 7, 25, 5, 2, 41, 2, 13, 65, 5, 3, 0, 2, 43, 2, 1, 4, 0, 3, 22, 11, 22, 10, 30, 66, 18, 2, 1, 11, 21, 11, 25, 7, 25, 39, 55, 7, 1, 65, 0, 16, 3, 2, 2, 2, 28, 43, 28, 4, 28, 36, 7, 2, 27, 28, 53, 11, 21, 11, 18, 14, 17, 111, 72, 56, 50, 14, 50, 14, 35, 39, 27, 10, 22, 251, 41, 7, 1, 17, 5, 18, 21, 18, 28, 11, 0, 9, 21, 43, 17, 47, 20, 28, 22, 13, 52, 58, 1, 3, 0, 14, 44, 33, 24, 27, 35, 30, 0, 3, 0, 9, 34, 4, 0, 13, 47, 15, 3, 22, 0, 2, 0, 36, 17, 2, 24, 20, 1, 64, 6, 2, 0, 2, 3, 2, 14, 2, 9, 8, 46, 39, 7, 3, 1, 3, 21, 2, 6, 2, 1, 2, 4, 4, 0, 19, 0, 13, 4, 31, 9, 2, 0, 3, 0, 2, 37, 2, 0, 26, 0, 2, 0, 45, 52, 19, 3, 21, 2, 31, 47, 21, 1, 2, 0, 185, 46, 42, 3, 37, 47, 21, 0, 60, 42, 14, 0, 72, 26, 38, 6, 186, 43, 117, 63, 32, 7, 3, 0, 3, 7, 2, 1, 2, 23, 16, 0, 2, 0, 95, 7, 3, 38, 17, 0, 2, 0, 29, 0, 11, 39, 8, 0, 22, 0, 12, 45, 20, 0, 19, 72, 18, 0, 182, 32, 32, 8, 2, 36, 18, 0, 50, 29, 113, 6, 2, 1, 2, 37, 22, 0, 26, 5, 2, 1, 2, 31, 15, 0, 24, 43, 22, 0, 239, 18, 16, 0, 2, 12, 2, 33, 125, 0, 80, 921, 103, 111, 6, 206, 13, 310, 2314, 96, 16, 1071, 18, 5, 26, 3994, 6, 582, 6842, 29, 1763, 568, 8, 30, 18, 78, 18, 29, 19, 47, 17, 3, 32, 20, 6, 18, 433, 44, 212, 63, 33, 24, 3, 24, 45, 74, 6, 0, 67, 12, 65, 1, 2, 0, 15, 4, 10, 7386, 37, 33, 96, 114, 14, 913, 15, 50, 7710, 3, 2, 6, 2, 1, 2, 296, 10, 0, 30, 2, 3, 0, 15, 4, 8, 395, 2309, 106, 6, 12, 4, 8, 8, 9, 5991, 84, 2, 70, 2, 1, 3, 0, 3, 1, 3, 3, 2, 11, 2, 0, 2, 6, 2, 64, 2, 3, 3, 7, 2, 6, 2, 27, 2, 3, 2, 4, 2, 0, 4, 6, 2, 340, 2, 24, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 7, 1845, 129, 15, 6, 55, 50, 49, 61, 147, 44, 11, 6, 17, 0, 322, 29, 19, 43, 485, 27, 229, 29, 3, 0, 208, 30, 2, 2, 2, 1, 2, 6, 3, 4, 10, 1, 225, 6, 2, 3, 2, 1, 2, 14, 2, 196, 60, 67, 8, 0, 1205, 3, 2, 26, 2, 1, 2, 0, 3, 0, 2, 9, 2, 3, 2, 0, 2, 0, 7, 0, 5, 0, 2, 0, 2, 0, 2, 2, 2, 1, 2, 0, 3, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 1, 2, 0, 3, 3, 2, 6, 2, 3, 2, 3, 2, 0, 2, 9, 2, 16, 6, 2, 2, 4, 2, 16, 4421, 42719, 33, 4382, 2, 5773, 3, 7472, 16, 621, 2467, 541, 1507, 4938, 6, 8489, 39815, 11327];
        var nonASCIIidentifierChars2 = "\u200C\u200D\xB7\u0300-\u036F\u0387\u0483-\u0487\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7-\u05C9\u0610-\u061A\u064B-\u0669\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u06F0-\u06F9\u0711\u0730-\u074A\u07A6-\u07B0\u07C0-\u07C9\u07EB-\u07F3\u07FD\u0816-\u0819\u081B-\u0823\u0825-\u0827\u0829-\u082D\u0859-\u085B\u0897-\u089F\u08CA-\u08E1\u08E3-\u0903\u093A-\u093C\u093E-\u094F\u0951-\u0957\u0962\u0963\u0966-\u096F\u0981-\u0983\u09BC\u09BE-\u09C4\u09C7\u09C8\u09CB-\u09CD\u09D7\u09E2\u09E3\u09E6-\u09EF\u09FE\u0A01-\u0A03\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A66-\u0A71\u0A75\u0A81-\u0A83\u0ABC\u0ABE-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AE2\u0AE3\u0AE6-\u0AEF\u0AFA-\u0AFF\u0B01-\u0B03\u0B3C\u0B3E-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B53-\u0B57\u0B62\u0B63\u0B66-\u0B6F\u0B82\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD7\u0BE6-\u0BEF\u0C00-\u0C04\u0C3C\u0C3E-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C62\u0C63\u0C66-\u0C6F\u0C81-\u0C83\u0CBC\u0CBE-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CE2\u0CE3\u0CE6-\u0CEF\u0CF3\u0D00-\u0D03\u0D3B\u0D3C\u0D3E-\u0D44\u0D46-\u0D48\u0D4A-\u0D4D\u0D57\u0D62\u0D63\u0D66-\u0D6F\u0D81-\u0D83\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u0E50-\u0E59\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECE\u0ED0-\u0ED9\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E\u0F3F\u0F71-\u0F84\u0F86\u0F87\u0F8D-\u0F97\u0F99-\u0FBC\u0FC6\u102B-\u103E\u1040-\u1049\u1056-\u1059\u105E-\u1060\u1062-\u1064\u1067-\u106D\u1071-\u1074\u1082-\u108D\u108F-\u109D\u135D-\u135F\u1369-\u1371\u1712-\u1715\u1732-\u1734\u1752\u1753\u1772\u1773\u17B4-\u17D3\u17DD\u17E0-\u17E9\u180B-\u180D\u180F-\u1819\u18A9\u1920-\u192B\u1930-\u193B\u1946-\u194F\u19D0-\u19DA\u1A17-\u1A1B\u1A55-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AB0-\u1ABD\u1ABF-\u1AF0\u1B00-\u1B04\u1B34-\u1B44\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1B82\u1BA1-\u1BAD\u1BB0-\u1BB9\u1BE6-\u1BF3\u1C24-\u1C37\u1C40-\u1C49\u1C50-\u1C59\u1CD0-\u1CD2\u1CD4-\u1CE8\u1CED\u1CF4\u1CF7-\u1CF9\u1DC0-\u1DFF\u200C\u200D\u203F\u2040\u2054\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2CEF-\u2CF1\u2D7F\u2DE0-\u2DFF\u302A-\u302F\u3099\u309A\u30FB\uA620-\uA629\uA66F\uA674-\uA67D\uA69E\uA69F\uA6F0\uA6F1\uA802\uA806\uA80B\uA823-\uA827\uA82C\uA880\uA881\uA8B4-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F1\uA8FF-\uA909\uA926-\uA92D\uA947-\uA953\uA980-\uA983\uA9B3-\uA9C0\uA9D0-\uA9D9\uA9E5\uA9F0-\uA9F9\uAA29-\uAA36\uAA43\uAA4C\uAA4D\uAA50-\uAA59\uAA7B-\uAA7D\uAAB0\uAAB2-\uAAB4\uAAB7\uAAB8\uAABE\uAABF\uAAC1\uAAEB-\uAAEF\uAAF5\uAAF6\uABE3-\uABEA\uABEC\uABED\uABF0-\uABF9\uFB1E\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFF10-\uFF19\uFF3F\uFF65";
        var nonASCIIidentifierStartChars2 = "\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0558\u0559\u0560-\u0588\u058B\u058C\u05D0-\u05EA\u05EF-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u0870-\u0887\u0889-\u088F\u08A0-\u08C9\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C5C\u0C5D\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDC-\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D04-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E86-\u0E8A\u0E8C-\u0EA3\u0EA5\u0EA7-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u1711\u171F-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1878\u1880-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4C\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C8A\u1C90-\u1CBA\u1CBD-\u1CBF\u1CE9-\u1CEC\u1CEE-\u1CF3\u1CF5\u1CF6\u1CFA\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u208F-\u209F\u2102\u2107\u210A-\u2113\u2115\u2118-\u211D\u2124\u2126\u2128\u212A-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309B-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312F\u3131-\u318E\u31A0-\u31BF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7DD\uA7E2\uA7F1-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA8FE\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB69\uAB6C\uAB6D\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC";
        var reservedWords2 = {
          3: "abstract boolean byte char class double enum export extends final float goto implements import int interface long native package private protected public short static super synchronized throws transient volatile",
          5: "class enum extends super const export import",
          6: "enum",
          strict: "implements interface let package private protected public static yield",
          strictBind: "eval arguments"
        };
        var ecma5AndLessKeywords2 = "break case catch continue debugger default do else finally for function if return switch throw try var while with null true false instanceof typeof void delete new in this";
        var keywords$12 = {
          5: ecma5AndLessKeywords2,
          "5module": ecma5AndLessKeywords2 + " export import",
          6: ecma5AndLessKeywords2 + " const class extends export import super"
        };
        var keywordRelationalOperator2 = /^in(stanceof)?$/;
        var nonASCIIidentifierStart2 = new RegExp("[" + nonASCIIidentifierStartChars2 + "]");
        var nonASCIIidentifier2 = new RegExp("[" + nonASCIIidentifierStartChars2 + nonASCIIidentifierChars2 + "]");
        function isInAstralSet2(code, set) {
          var pos = 65536;
          for (var i2 = 0; i2 < set.length; i2 += 2) {
            pos += set[i2];
            if (pos > code) {
              return false;
            }
            pos += set[i2 + 1];
            if (pos >= code) {
              return true;
            }
          }
          return false;
        }
        function isIdentifierStart2(code, astral) {
          if (code < 65) {
            return code === 36;
          }
          if (code < 91) {
            return true;
          }
          if (code < 97) {
            return code === 95;
          }
          if (code < 123) {
            return true;
          }
          if (code <= 65535) {
            return code >= 170 && nonASCIIidentifierStart2.test(String.fromCharCode(code));
          }
          if (astral === false) {
            return false;
          }
          return isInAstralSet2(code, astralIdentifierStartCodes2);
        }
        function isIdentifierChar2(code, astral) {
          if (code < 48) {
            return code === 36;
          }
          if (code < 58) {
            return true;
          }
          if (code < 65) {
            return false;
          }
          if (code < 91) {
            return true;
          }
          if (code < 97) {
            return code === 95;
          }
          if (code < 123) {
            return true;
          }
          if (code <= 65535) {
            return code >= 170 && nonASCIIidentifier2.test(String.fromCharCode(code));
          }
          if (astral === false) {
            return false;
          }
          return isInAstralSet2(code, astralIdentifierStartCodes2) || isInAstralSet2(code, astralIdentifierCodes2);
        }
        var TokenType3 = function TokenType4(label, conf) {
          if (conf === void 0) conf = {};
          this.label = label;
          this.keyword = conf.keyword;
          this.beforeExpr = !!conf.beforeExpr;
          this.startsExpr = !!conf.startsExpr;
          this.isLoop = !!conf.isLoop;
          this.isAssign = !!conf.isAssign;
          this.prefix = !!conf.prefix;
          this.postfix = !!conf.postfix;
          this.binop = conf.binop || null;
          this.updateContext = null;
        };
        function binop2(name, prec) {
          return new TokenType3(name, { beforeExpr: true, binop: prec });
        }
        var beforeExpr2 = { beforeExpr: true }, startsExpr2 = { startsExpr: true };
        var keywords2 = {};
        function kw2(name, options) {
          if (options === void 0) options = {};
          options.keyword = name;
          return keywords2[name] = new TokenType3(name, options);
        }
        var types$12 = {
          num: new TokenType3("num", startsExpr2),
          regexp: new TokenType3("regexp", startsExpr2),
          string: new TokenType3("string", startsExpr2),
          name: new TokenType3("name", startsExpr2),
          privateId: new TokenType3("privateId", startsExpr2),
          eof: new TokenType3("eof"),
          // Punctuation token types.
          bracketL: new TokenType3("[", { beforeExpr: true, startsExpr: true }),
          bracketR: new TokenType3("]"),
          braceL: new TokenType3("{", { beforeExpr: true, startsExpr: true }),
          braceR: new TokenType3("}"),
          parenL: new TokenType3("(", { beforeExpr: true, startsExpr: true }),
          parenR: new TokenType3(")"),
          comma: new TokenType3(",", beforeExpr2),
          semi: new TokenType3(";", beforeExpr2),
          colon: new TokenType3(":", beforeExpr2),
          dot: new TokenType3("."),
          question: new TokenType3("?", beforeExpr2),
          questionDot: new TokenType3("?."),
          arrow: new TokenType3("=>", beforeExpr2),
          template: new TokenType3("template"),
          invalidTemplate: new TokenType3("invalidTemplate"),
          ellipsis: new TokenType3("...", beforeExpr2),
          backQuote: new TokenType3("`", startsExpr2),
          dollarBraceL: new TokenType3("${", { beforeExpr: true, startsExpr: true }),
          // Operators. These carry several kinds of properties to help the
          // parser use them properly (the presence of these properties is
          // what categorizes them as operators).
          //
          // `binop`, when present, specifies that this operator is a binary
          // operator, and will refer to its precedence.
          //
          // `prefix` and `postfix` mark the operator as a prefix or postfix
          // unary operator.
          //
          // `isAssign` marks all of `=`, `+=`, `-=` etcetera, which act as
          // binary operators with a very low precedence, that should result
          // in AssignmentExpression nodes.
          eq: new TokenType3("=", { beforeExpr: true, isAssign: true }),
          assign: new TokenType3("_=", { beforeExpr: true, isAssign: true }),
          incDec: new TokenType3("++/--", { prefix: true, postfix: true, startsExpr: true }),
          prefix: new TokenType3("!/~", { beforeExpr: true, prefix: true, startsExpr: true }),
          logicalOR: binop2("||", 1),
          logicalAND: binop2("&&", 2),
          bitwiseOR: binop2("|", 3),
          bitwiseXOR: binop2("^", 4),
          bitwiseAND: binop2("&", 5),
          equality: binop2("==/!=/===/!==", 6),
          relational: binop2("</>/<=/>=", 7),
          bitShift: binop2("<</>>/>>>", 8),
          plusMin: new TokenType3("+/-", { beforeExpr: true, binop: 9, prefix: true, startsExpr: true }),
          modulo: binop2("%", 10),
          star: binop2("*", 10),
          slash: binop2("/", 10),
          starstar: new TokenType3("**", { beforeExpr: true }),
          coalesce: binop2("??", 1),
          // Keyword token types.
          _break: kw2("break"),
          _case: kw2("case", beforeExpr2),
          _catch: kw2("catch"),
          _continue: kw2("continue"),
          _debugger: kw2("debugger"),
          _default: kw2("default", beforeExpr2),
          _do: kw2("do", { isLoop: true, beforeExpr: true }),
          _else: kw2("else", beforeExpr2),
          _finally: kw2("finally"),
          _for: kw2("for", { isLoop: true }),
          _function: kw2("function", startsExpr2),
          _if: kw2("if"),
          _return: kw2("return", beforeExpr2),
          _switch: kw2("switch"),
          _throw: kw2("throw", beforeExpr2),
          _try: kw2("try"),
          _var: kw2("var"),
          _const: kw2("const"),
          _while: kw2("while", { isLoop: true }),
          _with: kw2("with"),
          _new: kw2("new", { beforeExpr: true, startsExpr: true }),
          _this: kw2("this", startsExpr2),
          _super: kw2("super", startsExpr2),
          _class: kw2("class", startsExpr2),
          _extends: kw2("extends", beforeExpr2),
          _export: kw2("export"),
          _import: kw2("import", startsExpr2),
          _null: kw2("null", startsExpr2),
          _true: kw2("true", startsExpr2),
          _false: kw2("false", startsExpr2),
          _in: kw2("in", { beforeExpr: true, binop: 7 }),
          _instanceof: kw2("instanceof", { beforeExpr: true, binop: 7 }),
          _typeof: kw2("typeof", { beforeExpr: true, prefix: true, startsExpr: true }),
          _void: kw2("void", { beforeExpr: true, prefix: true, startsExpr: true }),
          _delete: kw2("delete", { beforeExpr: true, prefix: true, startsExpr: true })
        };
        var lineBreak2 = /\r\n?|\n|\u2028|\u2029/;
        var lineBreakG2 = new RegExp(lineBreak2.source, "g");
        function isNewLine2(code) {
          return code === 10 || code === 13 || code === 8232 || code === 8233;
        }
        function nextLineBreak2(code, from, end) {
          if (end === void 0) end = code.length;
          for (var i2 = from; i2 < end; i2++) {
            var next = code.charCodeAt(i2);
            if (isNewLine2(next)) {
              return i2 < end - 1 && next === 13 && code.charCodeAt(i2 + 1) === 10 ? i2 + 2 : i2 + 1;
            }
          }
          return -1;
        }
        var nonASCIIwhitespace2 = /[\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/;
        var skipWhiteSpace2 = /(?:\s|\/\/.*|\/\*[^]*?\*\/)*/g;
        var ref2 = Object.prototype;
        var hasOwnProperty2 = ref2.hasOwnProperty;
        var toString2 = ref2.toString;
        var hasOwn2 = Object.hasOwn || (function(obj, propName) {
          return hasOwnProperty2.call(obj, propName);
        });
        var isArray2 = Array.isArray || (function(obj) {
          return toString2.call(obj) === "[object Array]";
        });
        var regexpCache2 = /* @__PURE__ */ Object.create(null);
        function wordsRegexp2(words) {
          return regexpCache2[words] || (regexpCache2[words] = new RegExp("^(?:" + words.replace(/ /g, "|") + ")$"));
        }
        function codePointToString2(code) {
          if (code <= 65535) {
            return String.fromCharCode(code);
          }
          code -= 65536;
          return String.fromCharCode((code >> 10) + 55296, (code & 1023) + 56320);
        }
        var loneSurrogate2 = /(?:[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF])/;
        var Position3 = function Position4(line, col) {
          this.line = line;
          this.column = col;
        };
        Position3.prototype.offset = function offset2(n) {
          return new Position3(this.line, this.column + n);
        };
        var SourceLocation3 = function SourceLocation4(p, start, end) {
          this.start = start;
          this.end = end;
          if (p.sourceFile !== null) {
            this.source = p.sourceFile;
          }
        };
        function getLineInfo2(input, offset2) {
          for (var line = 1, cur = 0; ; ) {
            var nextBreak = nextLineBreak2(input, cur, offset2);
            if (nextBreak < 0) {
              return new Position3(line, offset2 - cur);
            }
            ++line;
            cur = nextBreak;
          }
        }
        var defaultOptions2 = {
          // `ecmaVersion` indicates the ECMAScript version to parse. Must be
          // either 3, 5, 6 (or 2015), 7 (2016), 8 (2017), 9 (2018), 10
          // (2019), 11 (2020), 12 (2021), 13 (2022), 14 (2023), or `"latest"`
          // (the latest version the library supports). This influences
          // support for strict mode, the set of reserved words, and support
          // for new syntax features.
          ecmaVersion: null,
          // `sourceType` indicates the mode the code should be parsed in.
          // Can be either `"script"`, `"module"` or `"commonjs"`. This influences global
          // strict mode and parsing of `import` and `export` declarations.
          sourceType: "script",
          // When set to true, enable strict parsing mode even if `sourceType`
          // is `"script"`.
          strict: false,
          // `onInsertedSemicolon` can be a callback that will be called when
          // a semicolon is automatically inserted. It will be passed the
          // position of the inserted semicolon as an offset, and if
          // `locations` is enabled, it is given the location as a `{line,
          // column}` object as second argument.
          onInsertedSemicolon: null,
          // `onTrailingComma` is similar to `onInsertedSemicolon`, but for
          // trailing commas.
          onTrailingComma: null,
          // By default, reserved words are only enforced if ecmaVersion >= 5.
          // Set `allowReserved` to a boolean value to explicitly turn this on
          // an off. When this option has the value "never", reserved words
          // and keywords can also not be used as property names.
          allowReserved: null,
          // When enabled, a return at the top level is not considered an
          // error.
          allowReturnOutsideFunction: false,
          // When enabled, import/export statements are not constrained to
          // appearing at the top of the program, and an import.meta expression
          // in a script isn't considered an error.
          allowImportExportEverywhere: false,
          // By default, await identifiers are allowed to appear at the top-level scope only if ecmaVersion >= 2022.
          // When enabled, await identifiers are allowed to appear at the top-level scope,
          // but they are still not allowed in non-async functions.
          allowAwaitOutsideFunction: null,
          // When enabled, super identifiers are not constrained to
          // appearing in methods and do not raise an error when they appear elsewhere.
          allowSuperOutsideMethod: null,
          // When enabled, hashbang directive in the beginning of file is
          // allowed and treated as a line comment. Enabled by default when
          // `ecmaVersion` >= 2023.
          allowHashBang: false,
          // By default, the parser will verify that private properties are
          // only used in places where they are valid and have been declared.
          // Set this to false to turn such checks off.
          checkPrivateFields: true,
          // When `locations` is on, `loc` properties holding objects with
          // `start` and `end` properties in `{line, column}` form (with
          // line being 1-based and column 0-based) will be attached to the
          // nodes.
          locations: false,
          // Pass an optional `{line, column}` object to use for the start of
          // the parse. This is mostly useful when using `parseExpressionAt`
          // with `locations: true`, to prevent the parser from having to
          // determine the line position at the start position.
          startLocation: null,
          // A function can be passed as `onToken` option, which will
          // cause Acorn to call that function with object in the same
          // format as tokens returned from `tokenizer().getToken()`. Note
          // that you are not allowed to call the parser from the
          // callback—that will corrupt its internal state.
          onToken: null,
          // A function can be passed as `onComment` option, which will
          // cause Acorn to call that function with `(block, text, start,
          // end)` parameters whenever a comment is skipped. `block` is a
          // boolean indicating whether this is a block (`/* */`) comment,
          // `text` is the content of the comment, and `start` and `end` are
          // character offsets that denote the start and end of the comment.
          // When the `locations` option is on, two more parameters are
          // passed, the full `{line, column}` locations of the start and
          // end of the comments. Note that you are not allowed to call the
          // parser from the callback—that will corrupt its internal state.
          // When this option has an array as value, objects representing the
          // comments are pushed to it.
          onComment: null,
          // Nodes have their start and end characters offsets recorded in
          // `start` and `end` properties (directly on the node, rather than
          // the `loc` object, which holds line/column data. To also add a
          // [semi-standardized][range] `range` property holding a `[start,
          // end]` array with the same numbers, set the `ranges` option to
          // `true`.
          //
          // [range]: https://bugzilla.mozilla.org/show_bug.cgi?id=745678
          ranges: false,
          // It is possible to parse multiple files into a single AST by
          // passing the tree produced by parsing the first file as
          // `program` option in subsequent parses. This will add the
          // toplevel forms of the parsed file to the `Program` (top) node
          // of an existing parse tree.
          program: null,
          // When `locations` is on, you can pass this to record the source
          // file in every node's `loc` object.
          sourceFile: null,
          // This value, if given, is stored in every node, whether
          // `locations` is on or off.
          directSourceFile: null,
          // When enabled, parenthesized expressions are represented by
          // (non-standard) ParenthesizedExpression nodes
          preserveParens: false
        };
        var warnedAboutEcmaVersion2 = false;
        function getOptions2(opts) {
          var options = {};
          for (var opt in defaultOptions2) {
            options[opt] = opts && hasOwn2(opts, opt) ? opts[opt] : defaultOptions2[opt];
          }
          if (options.ecmaVersion === "latest") {
            options.ecmaVersion = 1e8;
          } else if (options.ecmaVersion == null) {
            if (!warnedAboutEcmaVersion2 && typeof console === "object" && console.warn) {
              warnedAboutEcmaVersion2 = true;
              console.warn("Since Acorn 8.0.0, options.ecmaVersion is required.\nDefaulting to 2020, but this will stop working in the future.");
            }
            options.ecmaVersion = 11;
          } else if (options.ecmaVersion >= 2015) {
            options.ecmaVersion -= 2009;
          }
          if (options.allowReserved == null) {
            options.allowReserved = options.ecmaVersion < 5;
          }
          if (!opts || opts.allowHashBang == null) {
            options.allowHashBang = options.ecmaVersion >= 14;
          }
          if (isArray2(options.onToken)) {
            var tokens = options.onToken;
            options.onToken = function(token) {
              return tokens.push(token);
            };
          }
          if (isArray2(options.onComment)) {
            options.onComment = pushComment2(options, options.onComment);
          }
          if (options.sourceType === "commonjs" && options.allowAwaitOutsideFunction) {
            throw new Error("Cannot use allowAwaitOutsideFunction with sourceType: commonjs");
          }
          return options;
        }
        function pushComment2(options, array) {
          return function(block, text, start, end, startLoc, endLoc) {
            var comment = {
              type: block ? "Block" : "Line",
              value: text,
              start,
              end
            };
            if (options.locations) {
              comment.loc = new SourceLocation3(this, startLoc, endLoc);
            }
            if (options.ranges) {
              comment.range = [start, end];
            }
            array.push(comment);
          };
        }
        var SCOPE_TOP2 = 1, SCOPE_FUNCTION2 = 2, SCOPE_ASYNC2 = 4, SCOPE_GENERATOR2 = 8, SCOPE_ARROW2 = 16, SCOPE_SIMPLE_CATCH2 = 32, SCOPE_SUPER2 = 64, SCOPE_DIRECT_SUPER2 = 128, SCOPE_CLASS_STATIC_BLOCK2 = 256, SCOPE_CLASS_FIELD_INIT2 = 512, SCOPE_SWITCH2 = 1024, SCOPE_VAR2 = SCOPE_TOP2 | SCOPE_FUNCTION2 | SCOPE_CLASS_STATIC_BLOCK2;
        function functionFlags2(async, generator) {
          return SCOPE_FUNCTION2 | (async ? SCOPE_ASYNC2 : 0) | (generator ? SCOPE_GENERATOR2 : 0);
        }
        var BIND_NONE2 = 0, BIND_VAR2 = 1, BIND_LEXICAL2 = 2, BIND_FUNCTION2 = 3, BIND_SIMPLE_CATCH2 = 4, BIND_OUTSIDE2 = 5;
        var Parser3 = function Parser4(options, input, startPos) {
          this.options = options = getOptions2(options);
          this.sourceFile = options.sourceFile;
          this.keywords = wordsRegexp2(keywords$12[options.ecmaVersion >= 6 ? 6 : options.sourceType === "module" ? "5module" : 5]);
          var reserved = "";
          if (options.allowReserved !== true) {
            reserved = reservedWords2[options.ecmaVersion >= 6 ? 6 : options.ecmaVersion === 5 ? 5 : 3];
            if (options.sourceType === "module") {
              reserved += " await";
            }
          }
          this.reservedWords = wordsRegexp2(reserved);
          var reservedStrict = (reserved ? reserved + " " : "") + reservedWords2.strict;
          this.reservedWordsStrict = wordsRegexp2(reservedStrict);
          this.reservedWordsStrictBind = wordsRegexp2(reservedStrict + " " + reservedWords2.strictBind);
          this.input = String(input);
          this.containsEsc = false;
          this.pos = startPos || 0;
          this.curLine = 1;
          if (options.startLocation) {
            this.lineStart = this.pos - options.startLocation.column;
            this.curLine = options.startLocation.line;
          } else if (startPos) {
            this.lineStart = this.input.lastIndexOf("\n", startPos - 1) + 1;
            if (this.options.locations) {
              this.curLine = this.input.slice(0, this.lineStart).split(lineBreak2).length;
            }
          } else {
            this.lineStart = 0;
          }
          this.type = types$12.eof;
          this.value = null;
          this.start = this.end = this.pos;
          this.startLoc = this.endLoc = this.curPosition();
          this.lastTokEndLoc = this.lastTokStartLoc = null;
          this.lastTokStart = this.lastTokEnd = this.pos;
          this.context = this.initialContext();
          this.exprAllowed = true;
          this.inModule = options.sourceType === "module";
          this.strict = this.inModule || options.strict === true || this.strictDirective(this.pos);
          this.potentialArrowAt = -1;
          this.potentialArrowInForAwait = false;
          this.yieldPos = this.awaitPos = this.awaitIdentPos = 0;
          this.labels = [];
          this.undefinedExports = /* @__PURE__ */ Object.create(null);
          if (this.pos === 0 && options.allowHashBang && this.input.slice(0, 2) === "#!") {
            this.skipLineComment(2);
          }
          this.scopeStack = [];
          this.enterScope(
            this.options.sourceType === "commonjs" ? SCOPE_FUNCTION2 : SCOPE_TOP2
          );
          this.regexpState = null;
          this.privateNameStack = [];
        };
        var prototypeAccessors2 = { inFunction: { configurable: true }, inGenerator: { configurable: true }, inAsync: { configurable: true }, canAwait: { configurable: true }, allowReturn: { configurable: true }, allowSuper: { configurable: true }, allowDirectSuper: { configurable: true }, treatFunctionsAsVar: { configurable: true }, allowNewDotTarget: { configurable: true }, allowUsing: { configurable: true }, inClassStaticBlock: { configurable: true } };
        Parser3.prototype.parse = function parse4() {
          var this$1$1 = this;
          var node = this.options.program || this.startNode();
          this.nextToken();
          return this.catchStackOverflow(function() {
            return this$1$1.parseTopLevel(node);
          });
        };
        prototypeAccessors2.inFunction.get = function() {
          return (this.currentVarScope().flags & SCOPE_FUNCTION2) > 0;
        };
        prototypeAccessors2.inGenerator.get = function() {
          return (this.currentVarScope().flags & SCOPE_GENERATOR2) > 0;
        };
        prototypeAccessors2.inAsync.get = function() {
          return (this.currentVarScope().flags & SCOPE_ASYNC2) > 0;
        };
        prototypeAccessors2.canAwait.get = function() {
          for (var i2 = this.scopeStack.length - 1; i2 >= 0; i2--) {
            var ref3 = this.scopeStack[i2];
            var flags = ref3.flags;
            if (flags & (SCOPE_CLASS_STATIC_BLOCK2 | SCOPE_CLASS_FIELD_INIT2)) {
              return false;
            }
            if (flags & SCOPE_FUNCTION2) {
              return (flags & SCOPE_ASYNC2) > 0;
            }
          }
          return this.inModule && this.options.ecmaVersion >= 13 || this.options.allowAwaitOutsideFunction;
        };
        prototypeAccessors2.allowReturn.get = function() {
          if (this.inFunction) {
            return true;
          }
          if (this.options.allowReturnOutsideFunction && this.currentVarScope().flags & SCOPE_TOP2) {
            return true;
          }
          return false;
        };
        prototypeAccessors2.allowSuper.get = function() {
          var ref3 = this.currentThisScope();
          var flags = ref3.flags;
          return (flags & SCOPE_SUPER2) > 0 || this.options.allowSuperOutsideMethod;
        };
        prototypeAccessors2.allowDirectSuper.get = function() {
          return (this.currentThisScope().flags & SCOPE_DIRECT_SUPER2) > 0;
        };
        prototypeAccessors2.treatFunctionsAsVar.get = function() {
          return this.treatFunctionsAsVarInScope(this.currentScope());
        };
        prototypeAccessors2.allowNewDotTarget.get = function() {
          for (var i2 = this.scopeStack.length - 1; i2 >= 0; i2--) {
            var ref3 = this.scopeStack[i2];
            var flags = ref3.flags;
            if (flags & (SCOPE_CLASS_STATIC_BLOCK2 | SCOPE_CLASS_FIELD_INIT2) || flags & SCOPE_FUNCTION2 && !(flags & SCOPE_ARROW2)) {
              return true;
            }
          }
          return false;
        };
        prototypeAccessors2.allowUsing.get = function() {
          var ref3 = this.currentScope();
          var flags = ref3.flags;
          if (flags & SCOPE_SWITCH2) {
            return false;
          }
          if (!this.inModule && flags & SCOPE_TOP2) {
            return false;
          }
          return true;
        };
        prototypeAccessors2.inClassStaticBlock.get = function() {
          return (this.currentVarScope().flags & SCOPE_CLASS_STATIC_BLOCK2) > 0;
        };
        Parser3.extend = function extend2() {
          var plugins = [], len = arguments.length;
          while (len--) plugins[len] = arguments[len];
          var cls = this;
          for (var i2 = 0; i2 < plugins.length; i2++) {
            cls = plugins[i2](cls);
          }
          return cls;
        };
        Parser3.parse = function parse4(input, options) {
          return new this(options, input).parse();
        };
        Parser3.parseExpressionAt = function parseExpressionAt4(input, pos, options) {
          var parser = new this(options, input, pos);
          parser.nextToken();
          return parser.parseExpression();
        };
        Parser3.tokenizer = function tokenizer4(input, options) {
          return new this(options, input);
        };
        Object.defineProperties(Parser3.prototype, prototypeAccessors2);
        var pp$92 = Parser3.prototype;
        var literal2 = /^(?:'((?:\\[^]|[^'\\])*?)'|"((?:\\[^]|[^"\\])*?)")/;
        pp$92.strictDirective = function(start) {
          if (this.options.ecmaVersion < 5) {
            return false;
          }
          for (; ; ) {
            skipWhiteSpace2.lastIndex = start;
            start += skipWhiteSpace2.exec(this.input)[0].length;
            var match = literal2.exec(this.input.slice(start));
            if (!match) {
              return false;
            }
            if ((match[1] || match[2]) === "use strict") {
              skipWhiteSpace2.lastIndex = start + match[0].length;
              var spaceAfter = skipWhiteSpace2.exec(this.input), end = spaceAfter.index + spaceAfter[0].length;
              var next = this.input.charAt(end);
              return next === ";" || next === "}" || lineBreak2.test(spaceAfter[0]) && !(/[(`.[+\-/*%<>=,?^&]/.test(next) || next === "!" && this.input.charAt(end + 1) === "=" || next === "i" && keywordOpAt2(this, end));
            }
            start += match[0].length;
            skipWhiteSpace2.lastIndex = start;
            start += skipWhiteSpace2.exec(this.input)[0].length;
            if (this.input[start] === ";") {
              start++;
            }
          }
        };
        function keywordOpAt2(parser, pos) {
          var end = pos + 1, stop = Math.min(parser.input.length, pos + 11);
          while (end < stop) {
            var ch = parser.fullCharCodeAt(end);
            if (!isIdentifierChar2(ch, true)) {
              break;
            }
            end += ch <= 65535 ? 1 : 2;
          }
          return end === pos + 2 && parser.input.slice(pos, end) === "in" || end === pos + 10 && parser.input.slice(pos, end) === "instanceof";
        }
        pp$92.eat = function(type) {
          if (this.type === type) {
            this.next();
            return true;
          } else {
            return false;
          }
        };
        pp$92.isContextual = function(name) {
          return this.type === types$12.name && this.value === name && !this.containsEsc;
        };
        pp$92.eatContextual = function(name) {
          if (!this.isContextual(name)) {
            return false;
          }
          this.next();
          return true;
        };
        pp$92.catchStackOverflow = function(f) {
          try {
            return f();
          } catch (e) {
            if (e instanceof Error && (/\bstack\b.*\b(exceeded|overflow)\b/i.test(e.message) || /\btoo much recursion\b/i.test(e.message))) {
              this.raise(this.start, "Not enough stack space to parse input");
            } else {
              throw e;
            }
          }
        };
        pp$92.expectContextual = function(name) {
          if (!this.eatContextual(name)) {
            this.unexpected();
          }
        };
        pp$92.canInsertSemicolon = function() {
          return this.type === types$12.eof || this.type === types$12.braceR || lineBreak2.test(this.input.slice(this.lastTokEnd, this.start));
        };
        pp$92.insertSemicolon = function() {
          if (this.canInsertSemicolon()) {
            if (this.options.onInsertedSemicolon) {
              this.options.onInsertedSemicolon(this.lastTokEnd, this.lastTokEndLoc);
            }
            return true;
          }
        };
        pp$92.semicolon = function() {
          if (!this.eat(types$12.semi) && !this.insertSemicolon()) {
            this.unexpected();
          }
        };
        pp$92.afterTrailingComma = function(tokType, notNext) {
          if (this.type === tokType) {
            if (this.options.onTrailingComma) {
              this.options.onTrailingComma(this.lastTokStart, this.lastTokStartLoc);
            }
            if (!notNext) {
              this.next();
            }
            return true;
          }
        };
        pp$92.expect = function(type) {
          this.eat(type) || this.unexpected();
        };
        pp$92.unexpected = function(pos) {
          this.raise(pos != null ? pos : this.start, "Unexpected token");
        };
        var DestructuringErrors3 = function DestructuringErrors4() {
          this.shorthandAssign = this.trailingComma = this.parenthesizedAssign = this.parenthesizedBind = this.doubleProto = -1;
        };
        pp$92.checkPatternErrors = function(refDestructuringErrors, isAssign) {
          if (!refDestructuringErrors) {
            return;
          }
          if (refDestructuringErrors.trailingComma > -1) {
            this.raiseRecoverable(refDestructuringErrors.trailingComma, "Comma is not permitted after the rest element");
          }
          var parens = isAssign ? refDestructuringErrors.parenthesizedAssign : refDestructuringErrors.parenthesizedBind;
          if (parens > -1) {
            this.raiseRecoverable(parens, isAssign ? "Assigning to rvalue" : "Parenthesized pattern");
          }
        };
        pp$92.checkExpressionErrors = function(refDestructuringErrors, andThrow) {
          if (!refDestructuringErrors) {
            return false;
          }
          var shorthandAssign = refDestructuringErrors.shorthandAssign;
          var doubleProto = refDestructuringErrors.doubleProto;
          if (!andThrow) {
            return shorthandAssign >= 0 || doubleProto >= 0;
          }
          if (shorthandAssign >= 0) {
            this.raise(shorthandAssign, "Shorthand property assignments are valid only in destructuring patterns");
          }
          if (doubleProto >= 0) {
            this.raiseRecoverable(doubleProto, "Redefinition of __proto__ property");
          }
        };
        pp$92.checkYieldAwaitInDefaultParams = function() {
          if (this.yieldPos && (!this.awaitPos || this.yieldPos < this.awaitPos)) {
            this.raise(this.yieldPos, "Yield expression cannot be a default value");
          }
          if (this.awaitPos) {
            this.raise(this.awaitPos, "Await expression cannot be a default value");
          }
        };
        pp$92.isSimpleAssignTarget = function(expr) {
          if (expr.type === "ParenthesizedExpression") {
            return this.isSimpleAssignTarget(expr.expression);
          }
          return expr.type === "Identifier" || expr.type === "MemberExpression";
        };
        var pp$82 = Parser3.prototype;
        pp$82.parseTopLevel = function(node) {
          var exports$1 = /* @__PURE__ */ Object.create(null);
          if (!node.body) {
            node.body = [];
          }
          while (this.type !== types$12.eof) {
            var stmt = this.parseStatement(null, true, exports$1);
            node.body.push(stmt);
          }
          if (this.inModule) {
            for (var i2 = 0, list2 = Object.keys(this.undefinedExports); i2 < list2.length; i2 += 1) {
              var name = list2[i2];
              this.raiseRecoverable(this.undefinedExports[name].start, "Export '" + name + "' is not defined");
            }
          }
          this.adaptDirectivePrologue(node.body);
          this.next();
          node.sourceType = this.options.sourceType === "commonjs" ? "script" : this.options.sourceType;
          return this.finishNode(node, "Program");
        };
        var loopLabel2 = { kind: "loop" }, switchLabel2 = { kind: "switch" };
        pp$82.isLet = function(context) {
          if (this.options.ecmaVersion < 6 || !this.isContextual("let")) {
            return false;
          }
          skipWhiteSpace2.lastIndex = this.pos;
          var skip = skipWhiteSpace2.exec(this.input);
          var next = this.pos + skip[0].length, nextCh = this.fullCharCodeAt(next);
          if (nextCh === 91 || nextCh === 92) {
            return true;
          }
          if (context) {
            return false;
          }
          if (nextCh === 123) {
            return true;
          }
          if (isIdentifierStart2(nextCh)) {
            var start = next;
            do {
              next += nextCh <= 65535 ? 1 : 2;
            } while (isIdentifierChar2(nextCh = this.fullCharCodeAt(next)));
            if (nextCh === 92) {
              return true;
            }
            var ident = this.input.slice(start, next);
            if (!keywordRelationalOperator2.test(ident)) {
              return true;
            }
          }
          return false;
        };
        pp$82.isAsyncFunction = function() {
          if (this.options.ecmaVersion < 8 || !this.isContextual("async")) {
            return false;
          }
          skipWhiteSpace2.lastIndex = this.pos;
          var skip = skipWhiteSpace2.exec(this.input);
          var next = this.pos + skip[0].length, after;
          return !lineBreak2.test(this.input.slice(this.pos, next)) && this.input.slice(next, next + 8) === "function" && (next + 8 === this.input.length || !(isIdentifierChar2(after = this.fullCharCodeAt(next + 8)) || after === 92));
        };
        pp$82.isUsingKeyword = function(isAwaitUsing, isFor) {
          if (this.options.ecmaVersion < 17 || !this.isContextual(isAwaitUsing ? "await" : "using")) {
            return false;
          }
          skipWhiteSpace2.lastIndex = this.pos;
          var skip = skipWhiteSpace2.exec(this.input);
          var next = this.pos + skip[0].length;
          if (lineBreak2.test(this.input.slice(this.pos, next))) {
            return false;
          }
          if (isAwaitUsing) {
            var usingEndPos = next + 5, after;
            if (this.input.slice(next, usingEndPos) !== "using" || usingEndPos === this.input.length || isIdentifierChar2(after = this.fullCharCodeAt(usingEndPos)) || after === 92) {
              return false;
            }
            skipWhiteSpace2.lastIndex = usingEndPos;
            var skipAfterUsing = skipWhiteSpace2.exec(this.input);
            next = usingEndPos + skipAfterUsing[0].length;
            if (skipAfterUsing && lineBreak2.test(this.input.slice(usingEndPos, next))) {
              return false;
            }
          }
          var ch = this.fullCharCodeAt(next);
          if (!isIdentifierStart2(ch) && ch !== 92) {
            return false;
          }
          var idStart = next;
          do {
            next += ch <= 65535 ? 1 : 2;
          } while (isIdentifierChar2(ch = this.fullCharCodeAt(next)));
          if (ch === 92) {
            return true;
          }
          var id = this.input.slice(idStart, next);
          if (keywordRelationalOperator2.test(id)) {
            return false;
          }
          if (isFor && !isAwaitUsing && id === "of") {
            skipWhiteSpace2.lastIndex = next;
            var skipAfterOf = skipWhiteSpace2.exec(this.input);
            next = next + skipAfterOf[0].length;
            if (this.input.charCodeAt(next) !== 61 || // Check for ==, === and => operators
            (ch = this.input.charCodeAt(next + 1)) === 61 || ch === 62) {
              return false;
            }
          }
          return true;
        };
        pp$82.isAwaitUsing = function(isFor) {
          return this.isUsingKeyword(true, isFor);
        };
        pp$82.isUsing = function(isFor) {
          return this.isUsingKeyword(false, isFor);
        };
        pp$82.parseStatement = function(context, topLevel, exports$1) {
          var starttype = this.type, node = this.startNode(), kind;
          if (this.isLet(context)) {
            starttype = types$12._var;
            kind = "let";
          }
          switch (starttype) {
            case types$12._break:
            case types$12._continue:
              return this.parseBreakContinueStatement(node, starttype.keyword);
            case types$12._debugger:
              return this.parseDebuggerStatement(node);
            case types$12._do:
              return this.parseDoStatement(node);
            case types$12._for:
              return this.parseForStatement(node);
            case types$12._function:
              if (context && (this.strict || context !== "if" && context !== "label") && this.options.ecmaVersion >= 6) {
                this.unexpected();
              }
              return this.parseFunctionStatement(node, false, !context);
            case types$12._class:
              if (context) {
                this.unexpected();
              }
              return this.parseClass(node, true);
            case types$12._if:
              return this.parseIfStatement(node);
            case types$12._return:
              return this.parseReturnStatement(node);
            case types$12._switch:
              return this.parseSwitchStatement(node);
            case types$12._throw:
              return this.parseThrowStatement(node);
            case types$12._try:
              return this.parseTryStatement(node);
            case types$12._const:
            case types$12._var:
              kind = kind || this.value;
              if (context && kind !== "var") {
                this.unexpected();
              }
              return this.parseVarStatement(node, kind);
            case types$12._while:
              return this.parseWhileStatement(node);
            case types$12._with:
              return this.parseWithStatement(node);
            case types$12.braceL:
              return this.parseBlock(true, node);
            case types$12.semi:
              return this.parseEmptyStatement(node);
            case types$12._export:
            case types$12._import:
              if (this.options.ecmaVersion > 10 && starttype === types$12._import) {
                skipWhiteSpace2.lastIndex = this.pos;
                var skip = skipWhiteSpace2.exec(this.input);
                var next = this.pos + skip[0].length, nextCh = this.input.charCodeAt(next);
                if (nextCh === 40 || nextCh === 46) {
                  return this.parseExpressionStatement(node, this.parseExpression());
                }
              }
              if (!this.options.allowImportExportEverywhere) {
                if (!topLevel) {
                  this.raise(this.start, "'import' and 'export' may only appear at the top level");
                }
                if (!this.inModule) {
                  this.raise(this.start, "'import' and 'export' may appear only with 'sourceType: module'");
                }
              }
              return starttype === types$12._import ? this.parseImport(node) : this.parseExport(node, exports$1);
            // If the statement does not start with a statement keyword or a
            // brace, it's an ExpressionStatement or LabeledStatement. We
            // simply start parsing an expression, and afterwards, if the
            // next token is a colon and the expression was a simple
            // Identifier node, we switch to interpreting it as a label.
            default:
              if (this.isAsyncFunction()) {
                if (context) {
                  this.unexpected();
                }
                this.next();
                return this.parseFunctionStatement(node, true, !context);
              }
              var usingKind = this.isAwaitUsing(false) ? "await using" : this.isUsing(false) ? "using" : null;
              if (usingKind) {
                if (!this.allowUsing) {
                  this.raise(this.start, "Using declaration cannot appear in the top level when source type is `script` or in the bare case statement");
                }
                if (context) {
                  this.raise(this.start, "Using declaration is not allowed in single-statement positions");
                }
                if (usingKind === "await using") {
                  if (!this.canAwait) {
                    this.raise(this.start, "Await using cannot appear outside of async function");
                  }
                  this.next();
                }
                this.next();
                this.parseVar(node, false, usingKind);
                this.semicolon();
                return this.finishNode(node, "VariableDeclaration");
              }
              var maybeName = this.value, expr = this.parseExpression();
              if (starttype === types$12.name && expr.type === "Identifier" && this.eat(types$12.colon)) {
                return this.parseLabeledStatement(node, maybeName, expr, context);
              } else {
                return this.parseExpressionStatement(node, expr);
              }
          }
        };
        pp$82.parseBreakContinueStatement = function(node, keyword) {
          var isBreak = keyword === "break";
          this.next();
          if (this.eat(types$12.semi) || this.insertSemicolon()) {
            node.label = null;
          } else if (this.type !== types$12.name) {
            this.unexpected();
          } else {
            node.label = this.parseIdent();
            this.semicolon();
          }
          var i2 = 0;
          for (; i2 < this.labels.length; ++i2) {
            var lab = this.labels[i2];
            if (node.label == null || lab.name === node.label.name) {
              if (lab.kind != null && (isBreak || lab.kind === "loop")) {
                break;
              }
              if (node.label && isBreak) {
                break;
              }
            }
          }
          if (i2 === this.labels.length) {
            this.raise(node.start, "Unsyntactic " + keyword);
          }
          return this.finishNode(node, isBreak ? "BreakStatement" : "ContinueStatement");
        };
        pp$82.parseDebuggerStatement = function(node) {
          this.next();
          this.semicolon();
          return this.finishNode(node, "DebuggerStatement");
        };
        pp$82.parseDoStatement = function(node) {
          this.next();
          this.labels.push(loopLabel2);
          node.body = this.parseStatement("do");
          this.labels.pop();
          this.expect(types$12._while);
          node.test = this.parseParenExpression();
          if (this.options.ecmaVersion >= 6) {
            this.eat(types$12.semi);
          } else {
            this.semicolon();
          }
          return this.finishNode(node, "DoWhileStatement");
        };
        pp$82.parseForStatement = function(node) {
          this.next();
          var awaitAt = this.options.ecmaVersion >= 9 && this.canAwait && this.eatContextual("await") ? this.lastTokStart : -1;
          this.labels.push(loopLabel2);
          this.enterScope(0);
          this.expect(types$12.parenL);
          if (this.type === types$12.semi) {
            if (awaitAt > -1) {
              this.unexpected(awaitAt);
            }
            return this.parseFor(node, null);
          }
          var isLet = this.isLet();
          if (this.type === types$12._var || this.type === types$12._const || isLet) {
            var init$1 = this.startNode(), kind = isLet ? "let" : this.value;
            this.next();
            this.parseVar(init$1, true, kind);
            this.finishNode(init$1, "VariableDeclaration");
            return this.parseForAfterInit(node, init$1, awaitAt);
          }
          var startsWithLet = this.isContextual("let"), isForOf = false;
          var usingKind = this.isUsing(true) ? "using" : this.isAwaitUsing(true) ? "await using" : null;
          if (usingKind) {
            var init$2 = this.startNode();
            this.next();
            if (usingKind === "await using") {
              if (!this.canAwait) {
                this.raise(this.start, "Await using cannot appear outside of async function");
              }
              this.next();
            }
            this.parseVar(init$2, true, usingKind);
            this.finishNode(init$2, "VariableDeclaration");
            return this.parseForAfterInit(node, init$2, awaitAt);
          }
          var containsEsc = this.containsEsc;
          var refDestructuringErrors = new DestructuringErrors3();
          var initPos = this.start;
          var init = awaitAt > -1 ? this.parseExprSubscripts(refDestructuringErrors, "await") : this.parseExpression(true, refDestructuringErrors);
          if (this.type === types$12._in || (isForOf = this.options.ecmaVersion >= 6 && this.isContextual("of"))) {
            if (awaitAt > -1) {
              if (this.type === types$12._in) {
                this.unexpected(awaitAt);
              }
              node.await = true;
            } else if (isForOf && this.options.ecmaVersion >= 8) {
              if (init.start === initPos && !containsEsc && init.type === "Identifier" && init.name === "async") {
                this.unexpected();
              } else if (this.options.ecmaVersion >= 9) {
                node.await = false;
              }
            }
            if (startsWithLet && isForOf) {
              this.raise(init.start, "The left-hand side of a for-of loop may not start with 'let'.");
            }
            this.toAssignable(init, false, refDestructuringErrors);
            this.checkLValPattern(init);
            return this.parseForIn(node, init);
          } else {
            this.checkExpressionErrors(refDestructuringErrors, true);
          }
          if (awaitAt > -1) {
            this.unexpected(awaitAt);
          }
          return this.parseFor(node, init);
        };
        pp$82.parseForAfterInit = function(node, init, awaitAt) {
          if ((this.type === types$12._in || this.options.ecmaVersion >= 6 && this.isContextual("of")) && init.declarations.length === 1) {
            if (this.type === types$12._in) {
              if ((init.kind === "using" || init.kind === "await using") && !init.declarations[0].init) {
                this.raise(this.start, "Using declaration is not allowed in for-in loops");
              }
              if (this.options.ecmaVersion >= 9 && awaitAt > -1) {
                this.unexpected(awaitAt);
              }
            } else if (this.options.ecmaVersion >= 9) {
              node.await = awaitAt > -1;
            }
            return this.parseForIn(node, init);
          }
          if (awaitAt > -1) {
            this.unexpected(awaitAt);
          }
          return this.parseFor(node, init);
        };
        pp$82.parseFunctionStatement = function(node, isAsync, declarationPosition) {
          this.next();
          return this.parseFunction(node, FUNC_STATEMENT2 | (declarationPosition ? 0 : FUNC_HANGING_STATEMENT2), false, isAsync);
        };
        pp$82.parseIfStatement = function(node) {
          this.next();
          node.test = this.parseParenExpression();
          node.consequent = this.parseStatement("if");
          node.alternate = this.eat(types$12._else) ? this.parseStatement("if") : null;
          return this.finishNode(node, "IfStatement");
        };
        pp$82.parseReturnStatement = function(node) {
          if (!this.allowReturn) {
            this.raise(this.start, "'return' outside of function");
          }
          this.next();
          if (this.eat(types$12.semi) || this.insertSemicolon()) {
            node.argument = null;
          } else {
            node.argument = this.parseExpression();
            this.semicolon();
          }
          return this.finishNode(node, "ReturnStatement");
        };
        pp$82.parseSwitchStatement = function(node) {
          this.next();
          node.discriminant = this.parseParenExpression();
          node.cases = [];
          this.expect(types$12.braceL);
          this.labels.push(switchLabel2);
          this.enterScope(SCOPE_SWITCH2);
          var cur;
          for (var sawDefault = false; this.type !== types$12.braceR; ) {
            if (this.type === types$12._case || this.type === types$12._default) {
              var isCase = this.type === types$12._case;
              if (cur) {
                this.finishNode(cur, "SwitchCase");
              }
              node.cases.push(cur = this.startNode());
              cur.consequent = [];
              this.next();
              if (isCase) {
                cur.test = this.parseExpression();
              } else {
                if (sawDefault) {
                  this.raiseRecoverable(this.lastTokStart, "Multiple default clauses");
                }
                sawDefault = true;
                cur.test = null;
              }
              this.expect(types$12.colon);
            } else {
              if (!cur) {
                this.unexpected();
              }
              cur.consequent.push(this.parseStatement(null));
            }
          }
          this.exitScope();
          if (cur) {
            this.finishNode(cur, "SwitchCase");
          }
          this.next();
          this.labels.pop();
          return this.finishNode(node, "SwitchStatement");
        };
        pp$82.parseThrowStatement = function(node) {
          this.next();
          if (lineBreak2.test(this.input.slice(this.lastTokEnd, this.start))) {
            this.raise(this.lastTokEnd, "Illegal newline after throw");
          }
          node.argument = this.parseExpression();
          this.semicolon();
          return this.finishNode(node, "ThrowStatement");
        };
        var empty$12 = [];
        pp$82.parseCatchClauseParam = function() {
          var param = this.parseBindingAtom();
          var simple = param.type === "Identifier";
          this.enterScope(simple ? SCOPE_SIMPLE_CATCH2 : 0);
          this.checkLValPattern(param, simple ? BIND_SIMPLE_CATCH2 : BIND_LEXICAL2);
          this.expect(types$12.parenR);
          return param;
        };
        pp$82.parseTryStatement = function(node) {
          this.next();
          node.block = this.parseBlock();
          node.handler = null;
          if (this.type === types$12._catch) {
            var clause = this.startNode();
            this.next();
            if (this.eat(types$12.parenL)) {
              clause.param = this.parseCatchClauseParam();
            } else {
              if (this.options.ecmaVersion < 10) {
                this.unexpected();
              }
              clause.param = null;
              this.enterScope(0);
            }
            clause.body = this.parseBlock(false);
            this.exitScope();
            node.handler = this.finishNode(clause, "CatchClause");
          }
          node.finalizer = this.eat(types$12._finally) ? this.parseBlock() : null;
          if (!node.handler && !node.finalizer) {
            this.raise(node.start, "Missing catch or finally clause");
          }
          return this.finishNode(node, "TryStatement");
        };
        pp$82.parseVarStatement = function(node, kind, allowMissingInitializer) {
          this.next();
          this.parseVar(node, false, kind, allowMissingInitializer);
          this.semicolon();
          return this.finishNode(node, "VariableDeclaration");
        };
        pp$82.parseWhileStatement = function(node) {
          this.next();
          node.test = this.parseParenExpression();
          this.labels.push(loopLabel2);
          node.body = this.parseStatement("while");
          this.labels.pop();
          return this.finishNode(node, "WhileStatement");
        };
        pp$82.parseWithStatement = function(node) {
          if (this.strict) {
            this.raise(this.start, "'with' in strict mode");
          }
          this.next();
          node.object = this.parseParenExpression();
          node.body = this.parseStatement("with");
          return this.finishNode(node, "WithStatement");
        };
        pp$82.parseEmptyStatement = function(node) {
          this.next();
          return this.finishNode(node, "EmptyStatement");
        };
        pp$82.parseLabeledStatement = function(node, maybeName, expr, context) {
          for (var i$1 = 0, list2 = this.labels; i$1 < list2.length; i$1 += 1) {
            var label = list2[i$1];
            if (label.name === maybeName) {
              this.raise(expr.start, "Label '" + maybeName + "' is already declared");
            }
          }
          var kind = this.type.isLoop ? "loop" : this.type === types$12._switch ? "switch" : null;
          for (var i2 = this.labels.length - 1; i2 >= 0; i2--) {
            var label$1 = this.labels[i2];
            if (label$1.statementStart === node.start) {
              label$1.statementStart = this.start;
              label$1.kind = kind;
            } else {
              break;
            }
          }
          this.labels.push({ name: maybeName, kind, statementStart: this.start });
          node.body = this.parseStatement(context ? context.indexOf("label") === -1 ? context + "label" : context : "label");
          this.labels.pop();
          node.label = expr;
          return this.finishNode(node, "LabeledStatement");
        };
        pp$82.parseExpressionStatement = function(node, expr) {
          node.expression = expr;
          this.semicolon();
          return this.finishNode(node, "ExpressionStatement");
        };
        pp$82.parseBlock = function(createNewLexicalScope, node, exitStrict) {
          if (createNewLexicalScope === void 0) createNewLexicalScope = true;
          if (node === void 0) node = this.startNode();
          node.body = [];
          this.expect(types$12.braceL);
          if (createNewLexicalScope) {
            this.enterScope(0);
          }
          while (this.type !== types$12.braceR) {
            var stmt = this.parseStatement(null);
            node.body.push(stmt);
          }
          if (exitStrict) {
            this.strict = false;
          }
          this.next();
          if (createNewLexicalScope) {
            this.exitScope();
          }
          return this.finishNode(node, "BlockStatement");
        };
        pp$82.parseFor = function(node, init) {
          node.init = init;
          this.expect(types$12.semi);
          node.test = this.type === types$12.semi ? null : this.parseExpression();
          this.expect(types$12.semi);
          node.update = this.type === types$12.parenR ? null : this.parseExpression();
          this.expect(types$12.parenR);
          node.body = this.parseStatement("for");
          this.exitScope();
          this.labels.pop();
          return this.finishNode(node, "ForStatement");
        };
        pp$82.parseForIn = function(node, init) {
          var isForIn = this.type === types$12._in;
          this.next();
          if (init.type === "VariableDeclaration" && init.declarations[0].init != null && (!isForIn || this.options.ecmaVersion < 8 || this.strict || init.kind !== "var" || init.declarations[0].id.type !== "Identifier")) {
            this.raise(
              init.start,
              (isForIn ? "for-in" : "for-of") + " loop variable declaration may not have an initializer"
            );
          }
          node.left = init;
          node.right = isForIn ? this.parseExpression() : this.parseMaybeAssign();
          this.expect(types$12.parenR);
          node.body = this.parseStatement("for");
          this.exitScope();
          this.labels.pop();
          return this.finishNode(node, isForIn ? "ForInStatement" : "ForOfStatement");
        };
        pp$82.parseVar = function(node, isFor, kind, allowMissingInitializer) {
          node.declarations = [];
          node.kind = kind;
          for (; ; ) {
            var decl = this.startNode();
            this.parseVarId(decl, kind);
            if (this.eat(types$12.eq)) {
              decl.init = this.parseMaybeAssign(isFor);
            } else if (!allowMissingInitializer && kind === "const" && !(this.type === types$12._in || this.options.ecmaVersion >= 6 && this.isContextual("of"))) {
              this.unexpected();
            } else if (!allowMissingInitializer && (kind === "using" || kind === "await using") && this.options.ecmaVersion >= 17 && this.type !== types$12._in && !this.isContextual("of")) {
              this.raise(this.lastTokEnd, "Missing initializer in " + kind + " declaration");
            } else if (!allowMissingInitializer && decl.id.type !== "Identifier" && !(isFor && (this.type === types$12._in || this.isContextual("of")))) {
              this.raise(this.lastTokEnd, "Complex binding patterns require an initialization value");
            } else {
              decl.init = null;
            }
            node.declarations.push(this.finishNode(decl, "VariableDeclarator"));
            if (!this.eat(types$12.comma)) {
              break;
            }
          }
          return node;
        };
        pp$82.parseVarId = function(decl, kind) {
          decl.id = kind === "using" || kind === "await using" ? this.parseIdent() : this.parseBindingAtom();
          this.checkLValPattern(decl.id, kind === "var" ? BIND_VAR2 : BIND_LEXICAL2, false);
        };
        var FUNC_STATEMENT2 = 1, FUNC_HANGING_STATEMENT2 = 2, FUNC_NULLABLE_ID2 = 4;
        pp$82.parseFunction = function(node, statement, allowExpressionBody, isAsync, forInit) {
          this.initFunction(node);
          if (this.options.ecmaVersion >= 9 || this.options.ecmaVersion >= 6 && !isAsync) {
            if (this.type === types$12.star && statement & FUNC_HANGING_STATEMENT2) {
              this.unexpected();
            }
            node.generator = this.eat(types$12.star);
          }
          if (this.options.ecmaVersion >= 8) {
            node.async = !!isAsync;
          }
          if (statement & FUNC_STATEMENT2) {
            node.id = statement & FUNC_NULLABLE_ID2 && this.type !== types$12.name ? null : this.parseIdent();
            if (node.id && !(statement & FUNC_HANGING_STATEMENT2)) {
              this.checkLValSimple(node.id, this.strict || node.generator || node.async ? this.treatFunctionsAsVar ? BIND_VAR2 : BIND_LEXICAL2 : BIND_FUNCTION2);
            }
          }
          var oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, oldAwaitIdentPos = this.awaitIdentPos;
          this.yieldPos = 0;
          this.awaitPos = 0;
          this.awaitIdentPos = 0;
          this.enterScope(functionFlags2(node.async, node.generator));
          if (!(statement & FUNC_STATEMENT2)) {
            node.id = this.type === types$12.name ? this.parseIdent() : null;
          }
          this.parseFunctionParams(node);
          this.parseFunctionBody(node, allowExpressionBody, false, forInit);
          this.yieldPos = oldYieldPos;
          this.awaitPos = oldAwaitPos;
          this.awaitIdentPos = oldAwaitIdentPos;
          return this.finishNode(node, statement & FUNC_STATEMENT2 ? "FunctionDeclaration" : "FunctionExpression");
        };
        pp$82.parseFunctionParams = function(node) {
          this.expect(types$12.parenL);
          node.params = this.parseBindingList(types$12.parenR, false, this.options.ecmaVersion >= 8);
          this.checkYieldAwaitInDefaultParams();
        };
        pp$82.parseClass = function(node, isStatement) {
          this.next();
          var oldStrict = this.strict;
          this.strict = true;
          this.parseClassId(node, isStatement);
          this.parseClassSuper(node);
          var privateNameMap = this.enterClassBody();
          var classBody = this.startNode();
          var hadConstructor = false;
          classBody.body = [];
          this.expect(types$12.braceL);
          while (this.type !== types$12.braceR) {
            var element = this.parseClassElement(node.superClass !== null);
            if (element) {
              classBody.body.push(element);
              if (element.type === "MethodDefinition" && element.kind === "constructor") {
                if (hadConstructor) {
                  this.raiseRecoverable(element.start, "Duplicate constructor in the same class");
                }
                hadConstructor = true;
              } else if (element.key && element.key.type === "PrivateIdentifier" && isPrivateNameConflicted2(privateNameMap, element)) {
                this.raiseRecoverable(element.key.start, "Identifier '#" + element.key.name + "' has already been declared");
              }
            }
          }
          this.strict = oldStrict;
          this.next();
          node.body = this.finishNode(classBody, "ClassBody");
          this.exitClassBody();
          return this.finishNode(node, isStatement ? "ClassDeclaration" : "ClassExpression");
        };
        pp$82.parseClassElement = function(constructorAllowsSuper) {
          if (this.eat(types$12.semi)) {
            return null;
          }
          var ecmaVersion2 = this.options.ecmaVersion;
          var node = this.startNode();
          var keyName = "";
          var isGenerator = false;
          var isAsync = false;
          var kind = "method";
          var isStatic = false;
          if (this.eatContextual("static")) {
            if (ecmaVersion2 >= 13 && this.eat(types$12.braceL)) {
              this.parseClassStaticBlock(node);
              return node;
            }
            if (this.isClassElementNameStart() || this.type === types$12.star) {
              isStatic = true;
            } else {
              keyName = "static";
            }
          }
          node.static = isStatic;
          if (!keyName && ecmaVersion2 >= 8 && this.eatContextual("async")) {
            if ((this.isClassElementNameStart() || this.type === types$12.star) && !this.canInsertSemicolon()) {
              isAsync = true;
            } else {
              keyName = "async";
            }
          }
          if (!keyName && (ecmaVersion2 >= 9 || !isAsync) && this.eat(types$12.star)) {
            isGenerator = true;
          }
          if (!keyName && !isAsync && !isGenerator) {
            var lastValue = this.value;
            if (this.eatContextual("get") || this.eatContextual("set")) {
              if (this.isClassElementNameStart()) {
                kind = lastValue;
              } else {
                keyName = lastValue;
              }
            }
          }
          if (keyName) {
            node.computed = false;
            node.key = this.startNodeAt(this.lastTokStart, this.lastTokStartLoc);
            node.key.name = keyName;
            this.finishNode(node.key, "Identifier");
          } else {
            this.parseClassElementName(node);
          }
          if (ecmaVersion2 < 13 || this.type === types$12.parenL || kind !== "method" || isGenerator || isAsync) {
            var isConstructor = !node.static && checkKeyName2(node, "constructor");
            var allowsDirectSuper = isConstructor && constructorAllowsSuper;
            if (isConstructor && kind !== "method") {
              this.raise(node.key.start, "Constructor can't have get/set modifier");
            }
            node.kind = isConstructor ? "constructor" : kind;
            this.parseClassMethod(node, isGenerator, isAsync, allowsDirectSuper);
          } else {
            this.parseClassField(node);
          }
          return node;
        };
        pp$82.isClassElementNameStart = function() {
          return this.type === types$12.name || this.type === types$12.privateId || this.type === types$12.num || this.type === types$12.string || this.type === types$12.bracketL || this.type.keyword;
        };
        pp$82.parseClassElementName = function(element) {
          if (this.type === types$12.privateId) {
            if (this.value === "constructor") {
              this.raise(this.start, "Classes can't have an element named '#constructor'");
            }
            element.computed = false;
            element.key = this.parsePrivateIdent();
          } else {
            this.parsePropertyName(element);
          }
        };
        pp$82.parseClassMethod = function(method, isGenerator, isAsync, allowsDirectSuper) {
          var key = method.key;
          if (method.kind === "constructor") {
            if (isGenerator) {
              this.raise(key.start, "Constructor can't be a generator");
            }
            if (isAsync) {
              this.raise(key.start, "Constructor can't be an async method");
            }
          } else if (method.static && checkKeyName2(method, "prototype")) {
            this.raise(key.start, "Classes may not have a static property named prototype");
          }
          var value = method.value = this.parseMethod(isGenerator, isAsync, allowsDirectSuper);
          if (method.kind === "get" && value.params.length !== 0) {
            this.raiseRecoverable(value.start, "getter should have no params");
          }
          if (method.kind === "set" && value.params.length !== 1) {
            this.raiseRecoverable(value.start, "setter should have exactly one param");
          }
          if (method.kind === "set" && value.params[0].type === "RestElement") {
            this.raiseRecoverable(value.params[0].start, "Setter cannot use rest params");
          }
          return this.finishNode(method, "MethodDefinition");
        };
        pp$82.parseClassField = function(field) {
          if (checkKeyName2(field, "constructor")) {
            this.raise(field.key.start, "Classes can't have a field named 'constructor'");
          } else if (field.static && checkKeyName2(field, "prototype")) {
            this.raise(field.key.start, "Classes can't have a static field named 'prototype'");
          }
          if (this.eat(types$12.eq)) {
            this.enterScope(SCOPE_CLASS_FIELD_INIT2 | SCOPE_SUPER2);
            field.value = this.parseMaybeAssign();
            this.exitScope();
          } else {
            field.value = null;
          }
          this.semicolon();
          return this.finishNode(field, "PropertyDefinition");
        };
        pp$82.parseClassStaticBlock = function(node) {
          node.body = [];
          var oldLabels = this.labels;
          this.labels = [];
          this.enterScope(SCOPE_CLASS_STATIC_BLOCK2 | SCOPE_SUPER2);
          while (this.type !== types$12.braceR) {
            var stmt = this.parseStatement(null);
            node.body.push(stmt);
          }
          this.next();
          this.exitScope();
          this.labels = oldLabels;
          return this.finishNode(node, "StaticBlock");
        };
        pp$82.parseClassId = function(node, isStatement) {
          if (this.type === types$12.name) {
            node.id = this.parseIdent();
            if (isStatement) {
              this.checkLValSimple(node.id, BIND_LEXICAL2, false);
            }
          } else {
            if (isStatement === true) {
              this.unexpected();
            }
            node.id = null;
          }
        };
        pp$82.parseClassSuper = function(node) {
          node.superClass = this.eat(types$12._extends) ? this.parseExprSubscripts(null, false) : null;
        };
        pp$82.enterClassBody = function() {
          var element = { declared: /* @__PURE__ */ Object.create(null), used: [] };
          this.privateNameStack.push(element);
          return element.declared;
        };
        pp$82.exitClassBody = function() {
          var ref3 = this.privateNameStack.pop();
          var declared = ref3.declared;
          var used = ref3.used;
          if (!this.options.checkPrivateFields) {
            return;
          }
          var len = this.privateNameStack.length;
          var parent = len === 0 ? null : this.privateNameStack[len - 1];
          for (var i2 = 0; i2 < used.length; ++i2) {
            var id = used[i2];
            if (!hasOwn2(declared, id.name)) {
              if (parent) {
                parent.used.push(id);
              } else {
                this.raiseRecoverable(id.start, "Private field '#" + id.name + "' must be declared in an enclosing class");
              }
            }
          }
        };
        function isPrivateNameConflicted2(privateNameMap, element) {
          var name = element.key.name;
          var curr = privateNameMap[name];
          var next = "true";
          if (element.type === "MethodDefinition" && (element.kind === "get" || element.kind === "set")) {
            next = (element.static ? "s" : "i") + element.kind;
          }
          if (curr === "iget" && next === "iset" || curr === "iset" && next === "iget" || curr === "sget" && next === "sset" || curr === "sset" && next === "sget") {
            privateNameMap[name] = "true";
            return false;
          } else if (!curr) {
            privateNameMap[name] = next;
            return false;
          } else {
            return true;
          }
        }
        function checkKeyName2(node, name) {
          var computed = node.computed;
          var key = node.key;
          return !computed && (key.type === "Identifier" && key.name === name || key.type === "Literal" && key.value === name);
        }
        pp$82.parseExportAllDeclaration = function(node, exports$1) {
          if (this.options.ecmaVersion >= 11) {
            if (this.eatContextual("as")) {
              node.exported = this.parseModuleExportName();
              this.checkExport(exports$1, node.exported, this.lastTokStart);
            } else {
              node.exported = null;
            }
          }
          this.expectContextual("from");
          if (this.type !== types$12.string) {
            this.unexpected();
          }
          node.source = this.parseExprAtom();
          if (this.options.ecmaVersion >= 16) {
            node.attributes = this.parseWithClause();
          }
          this.semicolon();
          return this.finishNode(node, "ExportAllDeclaration");
        };
        pp$82.parseExport = function(node, exports$1) {
          this.next();
          if (this.eat(types$12.star)) {
            return this.parseExportAllDeclaration(node, exports$1);
          }
          if (this.eat(types$12._default)) {
            this.checkExport(exports$1, "default", this.lastTokStart);
            node.declaration = this.parseExportDefaultDeclaration();
            return this.finishNode(node, "ExportDefaultDeclaration");
          }
          if (this.shouldParseExportStatement()) {
            node.declaration = this.parseExportDeclaration(node);
            if (node.declaration.type === "VariableDeclaration") {
              this.checkVariableExport(exports$1, node.declaration.declarations);
            } else {
              this.checkExport(exports$1, node.declaration.id, node.declaration.id.start);
            }
            node.specifiers = [];
            node.source = null;
            if (this.options.ecmaVersion >= 16) {
              node.attributes = [];
            }
          } else {
            node.declaration = null;
            node.specifiers = this.parseExportSpecifiers(exports$1);
            if (this.eatContextual("from")) {
              if (this.type !== types$12.string) {
                this.unexpected();
              }
              node.source = this.parseExprAtom();
              if (this.options.ecmaVersion >= 16) {
                node.attributes = this.parseWithClause();
              }
            } else {
              for (var i2 = 0, list2 = node.specifiers; i2 < list2.length; i2 += 1) {
                var spec = list2[i2];
                this.checkUnreserved(spec.local);
                this.checkLocalExport(spec.local);
                if (spec.local.type === "Literal") {
                  this.raise(spec.local.start, "A string literal cannot be used as an exported binding without `from`.");
                }
              }
              node.source = null;
              if (this.options.ecmaVersion >= 16) {
                node.attributes = [];
              }
            }
            this.semicolon();
          }
          return this.finishNode(node, "ExportNamedDeclaration");
        };
        pp$82.parseExportDeclaration = function(node) {
          return this.parseStatement(null);
        };
        pp$82.parseExportDefaultDeclaration = function() {
          var isAsync;
          if (this.type === types$12._function || (isAsync = this.isAsyncFunction())) {
            var fNode = this.startNode();
            this.next();
            if (isAsync) {
              this.next();
            }
            return this.parseFunction(fNode, FUNC_STATEMENT2 | FUNC_NULLABLE_ID2, false, isAsync);
          } else if (this.type === types$12._class) {
            var cNode = this.startNode();
            return this.parseClass(cNode, "nullableID");
          } else {
            var declaration = this.parseMaybeAssign();
            this.semicolon();
            return declaration;
          }
        };
        pp$82.checkExport = function(exports$1, name, pos) {
          if (!exports$1) {
            return;
          }
          if (typeof name !== "string") {
            name = name.type === "Identifier" ? name.name : name.value;
          }
          if (hasOwn2(exports$1, name)) {
            this.raiseRecoverable(pos, "Duplicate export '" + name + "'");
          }
          exports$1[name] = true;
        };
        pp$82.checkPatternExport = function(exports$1, pat) {
          var type = pat.type;
          if (type === "Identifier") {
            this.checkExport(exports$1, pat, pat.start);
          } else if (type === "ObjectPattern") {
            for (var i2 = 0, list2 = pat.properties; i2 < list2.length; i2 += 1) {
              var prop = list2[i2];
              this.checkPatternExport(exports$1, prop);
            }
          } else if (type === "ArrayPattern") {
            for (var i$1 = 0, list$1 = pat.elements; i$1 < list$1.length; i$1 += 1) {
              var elt = list$1[i$1];
              if (elt) {
                this.checkPatternExport(exports$1, elt);
              }
            }
          } else if (type === "Property") {
            this.checkPatternExport(exports$1, pat.value);
          } else if (type === "AssignmentPattern") {
            this.checkPatternExport(exports$1, pat.left);
          } else if (type === "RestElement") {
            this.checkPatternExport(exports$1, pat.argument);
          }
        };
        pp$82.checkVariableExport = function(exports$1, decls) {
          if (!exports$1) {
            return;
          }
          for (var i2 = 0, list2 = decls; i2 < list2.length; i2 += 1) {
            var decl = list2[i2];
            this.checkPatternExport(exports$1, decl.id);
          }
        };
        pp$82.shouldParseExportStatement = function() {
          return this.type.keyword === "var" || this.type.keyword === "const" || this.type.keyword === "class" || this.type.keyword === "function" || this.isLet() || this.isAsyncFunction();
        };
        pp$82.parseExportSpecifier = function(exports$1) {
          var node = this.startNode();
          node.local = this.parseModuleExportName();
          node.exported = this.eatContextual("as") ? this.parseModuleExportName() : node.local;
          this.checkExport(
            exports$1,
            node.exported,
            node.exported.start
          );
          return this.finishNode(node, "ExportSpecifier");
        };
        pp$82.parseExportSpecifiers = function(exports$1) {
          var nodes = [], first = true;
          this.expect(types$12.braceL);
          while (!this.eat(types$12.braceR)) {
            if (!first) {
              this.expect(types$12.comma);
              if (this.afterTrailingComma(types$12.braceR)) {
                break;
              }
            } else {
              first = false;
            }
            nodes.push(this.parseExportSpecifier(exports$1));
          }
          return nodes;
        };
        pp$82.parseImport = function(node) {
          this.next();
          if (this.type === types$12.string) {
            node.specifiers = empty$12;
            node.source = this.parseExprAtom();
          } else {
            node.specifiers = this.parseImportSpecifiers();
            this.expectContextual("from");
            node.source = this.type === types$12.string ? this.parseExprAtom() : this.unexpected();
          }
          if (this.options.ecmaVersion >= 16) {
            node.attributes = this.parseWithClause();
          }
          this.semicolon();
          return this.finishNode(node, "ImportDeclaration");
        };
        pp$82.parseImportSpecifier = function() {
          var node = this.startNode();
          node.imported = this.parseModuleExportName();
          if (this.eatContextual("as")) {
            node.local = this.parseIdent();
          } else {
            this.checkUnreserved(node.imported);
            node.local = node.imported;
          }
          this.checkLValSimple(node.local, BIND_LEXICAL2);
          return this.finishNode(node, "ImportSpecifier");
        };
        pp$82.parseImportDefaultSpecifier = function() {
          var node = this.startNode();
          node.local = this.parseIdent();
          this.checkLValSimple(node.local, BIND_LEXICAL2);
          return this.finishNode(node, "ImportDefaultSpecifier");
        };
        pp$82.parseImportNamespaceSpecifier = function() {
          var node = this.startNode();
          this.next();
          this.expectContextual("as");
          node.local = this.parseIdent();
          this.checkLValSimple(node.local, BIND_LEXICAL2);
          return this.finishNode(node, "ImportNamespaceSpecifier");
        };
        pp$82.parseImportSpecifiers = function() {
          var nodes = [], first = true;
          if (this.type === types$12.name) {
            nodes.push(this.parseImportDefaultSpecifier());
            if (!this.eat(types$12.comma)) {
              return nodes;
            }
          }
          if (this.type === types$12.star) {
            nodes.push(this.parseImportNamespaceSpecifier());
            return nodes;
          }
          this.expect(types$12.braceL);
          while (!this.eat(types$12.braceR)) {
            if (!first) {
              this.expect(types$12.comma);
              if (this.afterTrailingComma(types$12.braceR)) {
                break;
              }
            } else {
              first = false;
            }
            nodes.push(this.parseImportSpecifier());
          }
          return nodes;
        };
        pp$82.parseWithClause = function() {
          var nodes = [];
          if (!this.eat(types$12._with)) {
            return nodes;
          }
          this.expect(types$12.braceL);
          var attributeKeys = {};
          var first = true;
          while (!this.eat(types$12.braceR)) {
            if (!first) {
              this.expect(types$12.comma);
              if (this.afterTrailingComma(types$12.braceR)) {
                break;
              }
            } else {
              first = false;
            }
            var attr = this.parseImportAttribute();
            var keyName = attr.key.type === "Identifier" ? attr.key.name : attr.key.value;
            if (hasOwn2(attributeKeys, keyName)) {
              this.raiseRecoverable(attr.key.start, "Duplicate attribute key '" + keyName + "'");
            }
            attributeKeys[keyName] = true;
            nodes.push(attr);
          }
          return nodes;
        };
        pp$82.parseImportAttribute = function() {
          var node = this.startNode();
          node.key = this.type === types$12.string ? this.parseExprAtom() : this.parseIdent(this.options.allowReserved !== "never");
          this.expect(types$12.colon);
          if (this.type !== types$12.string) {
            this.unexpected();
          }
          node.value = this.parseExprAtom();
          return this.finishNode(node, "ImportAttribute");
        };
        pp$82.parseModuleExportName = function() {
          if (this.options.ecmaVersion >= 13 && this.type === types$12.string) {
            var stringLiteral = this.parseLiteral(this.value);
            if (loneSurrogate2.test(stringLiteral.value)) {
              this.raise(stringLiteral.start, "An export name cannot include a lone surrogate.");
            }
            return stringLiteral;
          }
          return this.parseIdent(true);
        };
        pp$82.adaptDirectivePrologue = function(statements) {
          for (var i2 = 0; i2 < statements.length && this.isDirectiveCandidate(statements[i2]); ++i2) {
            statements[i2].directive = statements[i2].expression.raw.slice(1, -1);
          }
        };
        pp$82.isDirectiveCandidate = function(statement) {
          return this.options.ecmaVersion >= 5 && statement.type === "ExpressionStatement" && statement.expression.type === "Literal" && typeof statement.expression.value === "string" && // Reject parenthesized strings.
          (this.input[statement.start] === '"' || this.input[statement.start] === "'");
        };
        var pp$72 = Parser3.prototype;
        pp$72.toAssignable = function(node, isBinding, refDestructuringErrors) {
          if (this.options.ecmaVersion >= 6 && node) {
            switch (node.type) {
              case "Identifier":
                if (this.inAsync && node.name === "await") {
                  this.raise(node.start, "Cannot use 'await' as identifier inside an async function");
                }
                break;
              case "ObjectPattern":
              case "ArrayPattern":
              case "AssignmentPattern":
              case "RestElement":
                break;
              case "ObjectExpression":
                node.type = "ObjectPattern";
                if (refDestructuringErrors) {
                  this.checkPatternErrors(refDestructuringErrors, true);
                }
                for (var i2 = 0, list2 = node.properties; i2 < list2.length; i2 += 1) {
                  var prop = list2[i2];
                  this.toAssignable(prop, isBinding);
                  if (prop.type === "RestElement" && (prop.argument.type === "ArrayPattern" || prop.argument.type === "ObjectPattern")) {
                    this.raise(prop.argument.start, "Unexpected token");
                  }
                }
                break;
              case "Property":
                if (node.kind !== "init") {
                  this.raise(node.key.start, "Object pattern can't contain getter or setter");
                }
                this.toAssignable(node.value, isBinding);
                break;
              case "ArrayExpression":
                node.type = "ArrayPattern";
                if (refDestructuringErrors) {
                  this.checkPatternErrors(refDestructuringErrors, true);
                }
                this.toAssignableList(node.elements, isBinding);
                break;
              case "SpreadElement":
                node.type = "RestElement";
                this.toAssignable(node.argument, isBinding);
                if (node.argument.type === "AssignmentPattern") {
                  this.raise(node.argument.start, "Rest elements cannot have a default value");
                }
                break;
              case "AssignmentExpression":
                if (node.operator !== "=") {
                  this.raise(node.left.end, "Only '=' operator can be used for specifying default value.");
                }
                node.type = "AssignmentPattern";
                delete node.operator;
                this.toAssignable(node.left, isBinding);
                break;
              case "ParenthesizedExpression":
                this.toAssignable(node.expression, isBinding, refDestructuringErrors);
                break;
              case "ChainExpression":
                this.raiseRecoverable(node.start, "Optional chaining cannot appear in left-hand side");
                break;
              case "MemberExpression":
                if (!isBinding) {
                  break;
                }
              default:
                this.raise(node.start, "Assigning to rvalue");
            }
          } else if (refDestructuringErrors) {
            this.checkPatternErrors(refDestructuringErrors, true);
          }
          return node;
        };
        pp$72.toAssignableList = function(exprList, isBinding) {
          var end = exprList.length;
          for (var i2 = 0; i2 < end; i2++) {
            var elt = exprList[i2];
            if (elt) {
              this.toAssignable(elt, isBinding);
            }
          }
          if (end) {
            var last = exprList[end - 1];
            if (this.options.ecmaVersion === 6 && isBinding && last && last.type === "RestElement" && last.argument.type !== "Identifier") {
              this.unexpected(last.argument.start);
            }
          }
          return exprList;
        };
        pp$72.parseSpread = function(refDestructuringErrors) {
          var node = this.startNode();
          this.next();
          node.argument = this.parseMaybeAssign(false, refDestructuringErrors);
          return this.finishNode(node, "SpreadElement");
        };
        pp$72.parseRestBinding = function() {
          var node = this.startNode();
          this.next();
          if (this.options.ecmaVersion === 6 && this.type !== types$12.name) {
            this.unexpected();
          }
          node.argument = this.parseBindingAtom();
          return this.finishNode(node, "RestElement");
        };
        pp$72.parseBindingAtom = function() {
          if (this.options.ecmaVersion >= 6) {
            switch (this.type) {
              case types$12.bracketL:
                var node = this.startNode();
                this.next();
                node.elements = this.parseBindingList(types$12.bracketR, true, true);
                return this.finishNode(node, "ArrayPattern");
              case types$12.braceL:
                return this.parseObj(true);
            }
          }
          return this.parseIdent();
        };
        pp$72.parseBindingList = function(close, allowEmpty, allowTrailingComma, allowModifiers) {
          var elts = [], first = true;
          while (!this.eat(close)) {
            if (first) {
              first = false;
            } else {
              this.expect(types$12.comma);
            }
            if (allowEmpty && this.type === types$12.comma) {
              elts.push(null);
            } else if (allowTrailingComma && this.afterTrailingComma(close)) {
              break;
            } else if (this.type === types$12.ellipsis) {
              var rest = this.parseRestBinding();
              this.parseBindingListItem(rest);
              elts.push(rest);
              if (this.type === types$12.comma) {
                this.raiseRecoverable(this.start, "Comma is not permitted after the rest element");
              }
              this.expect(close);
              break;
            } else {
              elts.push(this.parseAssignableListItem(allowModifiers));
            }
          }
          return elts;
        };
        pp$72.parseAssignableListItem = function(allowModifiers) {
          var elem = this.parseMaybeDefault(this.start, this.startLoc);
          this.parseBindingListItem(elem);
          return elem;
        };
        pp$72.parseBindingListItem = function(param) {
          return param;
        };
        pp$72.parseMaybeDefault = function(startPos, startLoc, left) {
          left = left || this.parseBindingAtom();
          if (this.options.ecmaVersion < 6 || !this.eat(types$12.eq)) {
            return left;
          }
          var node = this.startNodeAt(startPos, startLoc);
          node.left = left;
          node.right = this.parseMaybeAssign();
          return this.finishNode(node, "AssignmentPattern");
        };
        pp$72.checkLValSimple = function(expr, bindingType, checkClashes) {
          if (bindingType === void 0) bindingType = BIND_NONE2;
          var isBind = bindingType !== BIND_NONE2;
          switch (expr.type) {
            case "Identifier":
              if (this.strict && this.reservedWordsStrictBind.test(expr.name)) {
                this.raiseRecoverable(expr.start, (isBind ? "Binding " : "Assigning to ") + expr.name + " in strict mode");
              }
              if (isBind) {
                if (bindingType === BIND_LEXICAL2 && expr.name === "let") {
                  this.raiseRecoverable(expr.start, "let is disallowed as a lexically bound name");
                }
                if (checkClashes) {
                  if (hasOwn2(checkClashes, expr.name)) {
                    this.raiseRecoverable(expr.start, "Argument name clash");
                  }
                  checkClashes[expr.name] = true;
                }
                if (bindingType !== BIND_OUTSIDE2) {
                  this.declareName(expr.name, bindingType, expr.start);
                }
              }
              break;
            case "ChainExpression":
              this.raiseRecoverable(expr.start, "Optional chaining cannot appear in left-hand side");
              break;
            case "MemberExpression":
              if (isBind) {
                this.raiseRecoverable(expr.start, "Binding member expression");
              }
              break;
            case "ParenthesizedExpression":
              if (isBind) {
                this.raiseRecoverable(expr.start, "Binding parenthesized expression");
              }
              return this.checkLValSimple(expr.expression, bindingType, checkClashes);
            default:
              this.raise(expr.start, (isBind ? "Binding" : "Assigning to") + " rvalue");
          }
        };
        pp$72.checkLValPattern = function(expr, bindingType, checkClashes) {
          if (bindingType === void 0) bindingType = BIND_NONE2;
          switch (expr.type) {
            case "ObjectPattern":
              for (var i2 = 0, list2 = expr.properties; i2 < list2.length; i2 += 1) {
                var prop = list2[i2];
                this.checkLValInnerPattern(prop, bindingType, checkClashes);
              }
              break;
            case "ArrayPattern":
              for (var i$1 = 0, list$1 = expr.elements; i$1 < list$1.length; i$1 += 1) {
                var elem = list$1[i$1];
                if (elem) {
                  this.checkLValInnerPattern(elem, bindingType, checkClashes);
                }
              }
              break;
            default:
              this.checkLValSimple(expr, bindingType, checkClashes);
          }
        };
        pp$72.checkLValInnerPattern = function(expr, bindingType, checkClashes) {
          if (bindingType === void 0) bindingType = BIND_NONE2;
          switch (expr.type) {
            case "Property":
              this.checkLValInnerPattern(expr.value, bindingType, checkClashes);
              break;
            case "AssignmentPattern":
              this.checkLValPattern(expr.left, bindingType, checkClashes);
              break;
            case "RestElement":
              this.checkLValPattern(expr.argument, bindingType, checkClashes);
              break;
            default:
              this.checkLValPattern(expr, bindingType, checkClashes);
          }
        };
        var TokContext3 = function TokContext4(token, isExpr, preserveSpace, override, generator) {
          this.token = token;
          this.isExpr = !!isExpr;
          this.preserveSpace = !!preserveSpace;
          this.override = override;
          this.generator = !!generator;
        };
        var types2 = {
          b_stat: new TokContext3("{", false),
          b_expr: new TokContext3("{", true),
          b_tmpl: new TokContext3("${", false),
          p_stat: new TokContext3("(", false),
          p_expr: new TokContext3("(", true),
          q_tmpl: new TokContext3("`", true, true, function(p) {
            return p.tryReadTemplateToken();
          }),
          f_stat: new TokContext3("function", false),
          f_expr: new TokContext3("function", true),
          f_expr_gen: new TokContext3("function", true, false, null, true),
          f_gen: new TokContext3("function", false, false, null, true)
        };
        var pp$62 = Parser3.prototype;
        pp$62.initialContext = function() {
          return [types2.b_stat];
        };
        pp$62.curContext = function() {
          return this.context[this.context.length - 1];
        };
        pp$62.braceIsBlock = function(prevType) {
          var parent = this.curContext();
          if (parent === types2.f_expr || parent === types2.f_stat) {
            return true;
          }
          if (prevType === types$12.colon && (parent === types2.b_stat || parent === types2.b_expr)) {
            return !parent.isExpr;
          }
          if (prevType === types$12._return || prevType === types$12.name && this.exprAllowed) {
            return lineBreak2.test(this.input.slice(this.lastTokEnd, this.start));
          }
          if (prevType === types$12._else || prevType === types$12.semi || prevType === types$12.eof || prevType === types$12.parenR || prevType === types$12.arrow) {
            return true;
          }
          if (prevType === types$12.braceL) {
            return parent === types2.b_stat;
          }
          if (prevType === types$12._var || prevType === types$12._const || prevType === types$12.name) {
            return false;
          }
          return !this.exprAllowed;
        };
        pp$62.inGeneratorContext = function() {
          for (var i2 = this.context.length - 1; i2 >= 1; i2--) {
            var context = this.context[i2];
            if (context.token === "function") {
              return context.generator;
            }
          }
          return false;
        };
        pp$62.updateContext = function(prevType) {
          var update, type = this.type;
          if (type.keyword && prevType === types$12.dot) {
            this.exprAllowed = false;
          } else if (update = type.updateContext) {
            update.call(this, prevType);
          } else {
            this.exprAllowed = type.beforeExpr;
          }
        };
        pp$62.overrideContext = function(tokenCtx) {
          if (this.curContext() !== tokenCtx) {
            this.context[this.context.length - 1] = tokenCtx;
          }
        };
        types$12.parenR.updateContext = types$12.braceR.updateContext = function() {
          if (this.context.length === 1) {
            this.exprAllowed = true;
            return;
          }
          var out = this.context.pop();
          if (out === types2.b_stat && this.curContext().token === "function") {
            out = this.context.pop();
          }
          this.exprAllowed = !out.isExpr;
        };
        types$12.braceL.updateContext = function(prevType) {
          this.context.push(this.braceIsBlock(prevType) ? types2.b_stat : types2.b_expr);
          this.exprAllowed = true;
        };
        types$12.dollarBraceL.updateContext = function() {
          this.context.push(types2.b_tmpl);
          this.exprAllowed = true;
        };
        types$12.parenL.updateContext = function(prevType) {
          var statementParens = prevType === types$12._if || prevType === types$12._for || prevType === types$12._with || prevType === types$12._while;
          this.context.push(statementParens ? types2.p_stat : types2.p_expr);
          this.exprAllowed = true;
        };
        types$12.incDec.updateContext = function() {
        };
        types$12._function.updateContext = types$12._class.updateContext = function(prevType) {
          if (prevType.beforeExpr && prevType !== types$12._else && !(prevType === types$12.semi && this.curContext() !== types2.p_stat) && !(prevType === types$12._return && lineBreak2.test(this.input.slice(this.lastTokEnd, this.start))) && !((prevType === types$12.colon || prevType === types$12.braceL) && this.curContext() === types2.b_stat)) {
            this.context.push(types2.f_expr);
          } else {
            this.context.push(types2.f_stat);
          }
          this.exprAllowed = false;
        };
        types$12.colon.updateContext = function() {
          if (this.curContext().token === "function") {
            this.context.pop();
          }
          this.exprAllowed = true;
        };
        types$12.backQuote.updateContext = function() {
          if (this.curContext() === types2.q_tmpl) {
            this.context.pop();
          } else {
            this.context.push(types2.q_tmpl);
          }
          this.exprAllowed = false;
        };
        types$12.star.updateContext = function(prevType) {
          if (prevType === types$12._function) {
            var index = this.context.length - 1;
            if (this.context[index] === types2.f_expr) {
              this.context[index] = types2.f_expr_gen;
            } else {
              this.context[index] = types2.f_gen;
            }
          }
          this.exprAllowed = true;
        };
        types$12.name.updateContext = function(prevType) {
          var allowed = false;
          if (this.options.ecmaVersion >= 6 && prevType !== types$12.dot) {
            if (this.value === "of" && !this.exprAllowed || this.value === "yield" && this.inGeneratorContext()) {
              allowed = true;
            }
          }
          this.exprAllowed = allowed;
        };
        var pp$52 = Parser3.prototype;
        pp$52.checkPropClash = function(prop, propHash, refDestructuringErrors) {
          if (this.options.ecmaVersion >= 9 && prop.type === "SpreadElement") {
            return;
          }
          if (this.options.ecmaVersion >= 6 && (prop.computed || prop.method || prop.shorthand)) {
            return;
          }
          var key = prop.key;
          var name;
          switch (key.type) {
            case "Identifier":
              name = key.name;
              break;
            case "Literal":
              name = String(key.value);
              break;
            default:
              return;
          }
          var kind = prop.kind;
          if (this.options.ecmaVersion >= 6) {
            if (name === "__proto__" && kind === "init") {
              if (propHash.proto) {
                if (refDestructuringErrors) {
                  if (refDestructuringErrors.doubleProto < 0) {
                    refDestructuringErrors.doubleProto = key.start;
                  }
                } else {
                  this.raiseRecoverable(key.start, "Redefinition of __proto__ property");
                }
              }
              propHash.proto = true;
            }
            return;
          }
          name = "$" + name;
          var other = propHash[name];
          if (other) {
            var redefinition;
            if (kind === "init") {
              redefinition = this.strict && other.init || other.get || other.set;
            } else {
              redefinition = other.init || other[kind];
            }
            if (redefinition) {
              this.raiseRecoverable(key.start, "Redefinition of property");
            }
          } else {
            other = propHash[name] = {
              init: false,
              get: false,
              set: false
            };
          }
          other[kind] = true;
        };
        pp$52.parseExpression = function(forInit, refDestructuringErrors) {
          var this$1$1 = this;
          return this.catchStackOverflow(function() {
            var startPos = this$1$1.start, startLoc = this$1$1.startLoc;
            var expr = this$1$1.parseMaybeAssign(forInit, refDestructuringErrors);
            if (this$1$1.type === types$12.comma) {
              var node = this$1$1.startNodeAt(startPos, startLoc);
              node.expressions = [expr];
              while (this$1$1.eat(types$12.comma)) {
                node.expressions.push(this$1$1.parseMaybeAssign(forInit, refDestructuringErrors));
              }
              return this$1$1.finishNode(node, "SequenceExpression");
            }
            return expr;
          });
        };
        pp$52.parseMaybeAssign = function(forInit, refDestructuringErrors, afterLeftParse) {
          if (this.isContextual("yield")) {
            if (this.inGenerator) {
              return this.parseYield(forInit);
            } else {
              this.exprAllowed = false;
            }
          }
          var ownDestructuringErrors = false, oldParenAssign = -1, oldTrailingComma = -1, oldDoubleProto = -1;
          if (refDestructuringErrors) {
            oldParenAssign = refDestructuringErrors.parenthesizedAssign;
            oldTrailingComma = refDestructuringErrors.trailingComma;
            oldDoubleProto = refDestructuringErrors.doubleProto;
            refDestructuringErrors.parenthesizedAssign = refDestructuringErrors.trailingComma = -1;
          } else {
            refDestructuringErrors = new DestructuringErrors3();
            ownDestructuringErrors = true;
          }
          var startPos = this.start, startLoc = this.startLoc;
          if (this.type === types$12.parenL || this.type === types$12.name) {
            this.potentialArrowAt = this.start;
            this.potentialArrowInForAwait = forInit === "await";
          }
          var left = this.parseMaybeConditional(forInit, refDestructuringErrors);
          if (afterLeftParse) {
            left = afterLeftParse.call(this, left, startPos, startLoc);
          }
          if (this.type.isAssign) {
            var node = this.startNodeAt(startPos, startLoc);
            node.operator = this.value;
            if (this.type === types$12.eq) {
              left = this.toAssignable(left, false, refDestructuringErrors);
            }
            if (!ownDestructuringErrors) {
              refDestructuringErrors.parenthesizedAssign = refDestructuringErrors.trailingComma = -1;
              if (refDestructuringErrors.shorthandAssign >= left.start) {
                refDestructuringErrors.shorthandAssign = -1;
              }
              if (refDestructuringErrors.doubleProto >= left.start) {
                refDestructuringErrors.doubleProto = -1;
              }
            }
            if (this.type === types$12.eq) {
              this.checkLValPattern(left);
            } else {
              this.checkLValSimple(left);
            }
            node.left = left;
            this.next();
            node.right = this.parseMaybeAssign(forInit);
            if (oldDoubleProto > -1) {
              refDestructuringErrors.doubleProto = oldDoubleProto;
            }
            return this.finishNode(node, "AssignmentExpression");
          } else {
            if (ownDestructuringErrors) {
              this.checkExpressionErrors(refDestructuringErrors, true);
            }
          }
          if (oldParenAssign > -1) {
            refDestructuringErrors.parenthesizedAssign = oldParenAssign;
          }
          if (oldTrailingComma > -1) {
            refDestructuringErrors.trailingComma = oldTrailingComma;
          }
          return left;
        };
        pp$52.parseMaybeConditional = function(forInit, refDestructuringErrors) {
          var startPos = this.start, startLoc = this.startLoc;
          var expr = this.parseExprOps(forInit, refDestructuringErrors);
          if (this.checkExpressionErrors(refDestructuringErrors)) {
            return expr;
          }
          if (!(expr.type === "ArrowFunctionExpression" && expr.start === startPos) && this.eat(types$12.question)) {
            var node = this.startNodeAt(startPos, startLoc);
            node.test = expr;
            node.consequent = this.parseMaybeAssign();
            this.expect(types$12.colon);
            node.alternate = this.parseMaybeAssign(forInit);
            return this.finishNode(node, "ConditionalExpression");
          }
          return expr;
        };
        pp$52.parseExprOps = function(forInit, refDestructuringErrors) {
          var startPos = this.start, startLoc = this.startLoc;
          var expr = this.parseMaybeUnary(refDestructuringErrors, false, false, forInit);
          if (this.checkExpressionErrors(refDestructuringErrors)) {
            return expr;
          }
          return expr.start === startPos && expr.type === "ArrowFunctionExpression" ? expr : this.parseExprOp(expr, startPos, startLoc, -1, forInit);
        };
        pp$52.parseExprOp = function(left, leftStartPos, leftStartLoc, minPrec, forInit) {
          var prec = this.type.binop;
          if (prec != null && (!forInit || this.type !== types$12._in)) {
            if (prec > minPrec) {
              var logical = this.type === types$12.logicalOR || this.type === types$12.logicalAND;
              var coalesce = this.type === types$12.coalesce;
              if (coalesce) {
                prec = types$12.logicalAND.binop;
              }
              var op = this.value;
              this.next();
              var startPos = this.start, startLoc = this.startLoc;
              var right = this.parseExprOp(this.parseMaybeUnary(null, false, false, forInit), startPos, startLoc, prec, forInit);
              var node = this.buildBinary(leftStartPos, leftStartLoc, left, right, op, logical || coalesce);
              if (logical && this.type === types$12.coalesce || coalesce && (this.type === types$12.logicalOR || this.type === types$12.logicalAND)) {
                this.raiseRecoverable(this.start, "Logical expressions and coalesce expressions cannot be mixed. Wrap either by parentheses");
              }
              return this.parseExprOp(node, leftStartPos, leftStartLoc, minPrec, forInit);
            }
          }
          return left;
        };
        pp$52.buildBinary = function(startPos, startLoc, left, right, op, logical) {
          if (right.type === "PrivateIdentifier") {
            this.raise(right.start, "Private identifier can only be left side of binary expression");
          }
          var node = this.startNodeAt(startPos, startLoc);
          node.left = left;
          node.operator = op;
          node.right = right;
          return this.finishNode(node, logical ? "LogicalExpression" : "BinaryExpression");
        };
        pp$52.parseMaybeUnary = function(refDestructuringErrors, sawUnary, incDec, forInit) {
          var startPos = this.start, startLoc = this.startLoc, expr;
          if (this.isContextual("await") && this.canAwait) {
            expr = this.parseAwait(forInit);
            sawUnary = true;
          } else if (this.type.prefix) {
            var node = this.startNode(), update = this.type === types$12.incDec;
            node.operator = this.value;
            node.prefix = true;
            this.next();
            node.argument = this.parseMaybeUnary(null, true, update, forInit);
            this.checkExpressionErrors(refDestructuringErrors, true);
            if (update) {
              this.checkLValSimple(node.argument);
            } else if (this.strict && node.operator === "delete" && isLocalVariableAccess2(node.argument)) {
              this.raiseRecoverable(node.start, "Deleting local variable in strict mode");
            } else if (node.operator === "delete" && isPrivateFieldAccess2(node.argument)) {
              this.raiseRecoverable(node.start, "Private fields can not be deleted");
            } else {
              sawUnary = true;
            }
            expr = this.finishNode(node, update ? "UpdateExpression" : "UnaryExpression");
          } else if (!sawUnary && this.type === types$12.privateId) {
            if ((forInit || this.privateNameStack.length === 0) && this.options.checkPrivateFields) {
              this.unexpected();
            }
            expr = this.parsePrivateIdent();
            if (this.type !== types$12._in) {
              this.unexpected();
            }
          } else {
            expr = this.parseExprSubscripts(refDestructuringErrors, forInit);
            if (this.checkExpressionErrors(refDestructuringErrors)) {
              return expr;
            }
            while (this.type.postfix && !this.canInsertSemicolon()) {
              var node$1 = this.startNodeAt(startPos, startLoc);
              node$1.operator = this.value;
              node$1.prefix = false;
              node$1.argument = expr;
              this.checkLValSimple(expr);
              this.next();
              expr = this.finishNode(node$1, "UpdateExpression");
            }
          }
          if (!incDec && !(expr.type === "ArrowFunctionExpression" && expr.start === startPos) && this.eat(types$12.starstar)) {
            if (sawUnary) {
              this.unexpected(this.lastTokStart);
            } else {
              return this.buildBinary(startPos, startLoc, expr, this.parseMaybeUnary(null, false, false, forInit), "**", false);
            }
          } else {
            return expr;
          }
        };
        function isLocalVariableAccess2(node) {
          return node.type === "Identifier" || node.type === "ParenthesizedExpression" && isLocalVariableAccess2(node.expression);
        }
        function isPrivateFieldAccess2(node) {
          return node.type === "MemberExpression" && node.property.type === "PrivateIdentifier" || node.type === "ChainExpression" && isPrivateFieldAccess2(node.expression) || node.type === "ParenthesizedExpression" && isPrivateFieldAccess2(node.expression);
        }
        pp$52.parseExprSubscripts = function(refDestructuringErrors, forInit) {
          var startPos = this.start, startLoc = this.startLoc;
          var oldDoubleProto = -1, oldShorthandAssign = -1;
          if (refDestructuringErrors) {
            oldDoubleProto = refDestructuringErrors.doubleProto;
            oldShorthandAssign = refDestructuringErrors.shorthandAssign;
            refDestructuringErrors.doubleProto = refDestructuringErrors.shorthandAssign = -1;
          }
          var expr = this.parseExprAtom(refDestructuringErrors, forInit);
          if (expr.type === "ArrowFunctionExpression" && this.input.slice(this.lastTokStart, this.lastTokEnd) !== ")") {
            return expr;
          }
          var result = this.parseSubscripts(expr, startPos, startLoc, false, forInit);
          if (refDestructuringErrors) {
            if (result.end > expr.end) {
              this.checkExpressionErrors(refDestructuringErrors, true);
              if (refDestructuringErrors.parenthesizedAssign >= result.start) {
                refDestructuringErrors.parenthesizedAssign = -1;
              }
              if (refDestructuringErrors.parenthesizedBind >= result.start) {
                refDestructuringErrors.parenthesizedBind = -1;
              }
              if (refDestructuringErrors.trailingComma >= result.start) {
                refDestructuringErrors.trailingComma = -1;
              }
            }
            if (oldDoubleProto > -1) {
              refDestructuringErrors.doubleProto = oldDoubleProto;
            }
            if (oldShorthandAssign > -1) {
              refDestructuringErrors.shorthandAssign = oldShorthandAssign;
            }
          }
          return result;
        };
        pp$52.parseSubscripts = function(base2, startPos, startLoc, noCalls, forInit) {
          var maybeAsyncArrow = this.options.ecmaVersion >= 8 && base2.type === "Identifier" && base2.name === "async" && this.lastTokEnd === base2.end && !this.canInsertSemicolon() && base2.end - base2.start === 5 && this.potentialArrowAt === base2.start;
          var optionalChained = false;
          while (true) {
            var element = this.parseSubscript(base2, startPos, startLoc, noCalls, maybeAsyncArrow, optionalChained, forInit);
            if (element.optional) {
              optionalChained = true;
            }
            if (element.end === base2.end || element.type === "ArrowFunctionExpression") {
              if (optionalChained) {
                var chainNode = this.startNodeAt(startPos, startLoc);
                chainNode.expression = element;
                element = this.finishNode(chainNode, "ChainExpression");
              }
              return element;
            }
            base2 = element;
            maybeAsyncArrow = false;
          }
        };
        pp$52.shouldParseAsyncArrow = function() {
          return !this.canInsertSemicolon() && this.eat(types$12.arrow);
        };
        pp$52.parseSubscriptAsyncArrow = function(startPos, startLoc, exprList, forInit) {
          return this.parseArrowExpression(this.startNodeAt(startPos, startLoc), exprList, true, forInit);
        };
        pp$52.parseSubscript = function(base2, startPos, startLoc, noCalls, maybeAsyncArrow, optionalChained, forInit) {
          var optionalSupported = this.options.ecmaVersion >= 11;
          var optional = optionalSupported && this.eat(types$12.questionDot);
          if (noCalls && optional) {
            this.raise(this.lastTokStart, "Optional chaining cannot appear in the callee of new expressions");
          }
          var computed = this.eat(types$12.bracketL);
          if (computed || optional && this.type !== types$12.parenL && this.type !== types$12.backQuote || this.eat(types$12.dot)) {
            var node = this.startNodeAt(startPos, startLoc);
            node.object = base2;
            if (computed) {
              node.property = this.parseExpression();
              this.expect(types$12.bracketR);
            } else if (this.type === types$12.privateId && base2.type !== "Super") {
              node.property = this.parsePrivateIdent();
            } else {
              node.property = this.parseIdent(this.options.allowReserved !== "never");
            }
            node.computed = !!computed;
            if (optionalSupported) {
              node.optional = optional;
            }
            base2 = this.finishNode(node, "MemberExpression");
          } else if (!noCalls && this.eat(types$12.parenL)) {
            var refDestructuringErrors = new DestructuringErrors3(), oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, oldAwaitIdentPos = this.awaitIdentPos;
            this.yieldPos = 0;
            this.awaitPos = 0;
            this.awaitIdentPos = 0;
            var exprList = this.parseExprList(types$12.parenR, this.options.ecmaVersion >= 8, false, refDestructuringErrors);
            if (maybeAsyncArrow && !optional && this.shouldParseAsyncArrow()) {
              this.checkPatternErrors(refDestructuringErrors, false);
              this.checkYieldAwaitInDefaultParams();
              if (this.awaitIdentPos > 0) {
                this.raise(this.awaitIdentPos, "Cannot use 'await' as identifier inside an async function");
              }
              this.yieldPos = oldYieldPos;
              this.awaitPos = oldAwaitPos;
              this.awaitIdentPos = oldAwaitIdentPos;
              return this.parseSubscriptAsyncArrow(startPos, startLoc, exprList, forInit);
            }
            this.checkExpressionErrors(refDestructuringErrors, true);
            this.yieldPos = oldYieldPos || this.yieldPos;
            this.awaitPos = oldAwaitPos || this.awaitPos;
            this.awaitIdentPos = oldAwaitIdentPos || this.awaitIdentPos;
            var node$1 = this.startNodeAt(startPos, startLoc);
            node$1.callee = base2;
            node$1.arguments = exprList;
            if (optionalSupported) {
              node$1.optional = optional;
            }
            base2 = this.finishNode(node$1, "CallExpression");
          } else if (this.type === types$12.backQuote) {
            if (optional || optionalChained) {
              this.raise(this.start, "Optional chaining cannot appear in the tag of tagged template expressions");
            }
            var node$2 = this.startNodeAt(startPos, startLoc);
            node$2.tag = base2;
            node$2.quasi = this.parseTemplate({ isTagged: true });
            base2 = this.finishNode(node$2, "TaggedTemplateExpression");
          }
          return base2;
        };
        pp$52.parseExprAtom = function(refDestructuringErrors, forInit, forNew) {
          if (this.type === types$12.slash) {
            this.readRegexp();
          }
          var node, canBeArrow = this.potentialArrowAt === this.start;
          switch (this.type) {
            case types$12._super:
              if (!this.allowSuper) {
                this.raise(this.start, "'super' keyword outside a method");
              }
              node = this.startNode();
              this.next();
              if (this.type === types$12.parenL && !this.allowDirectSuper) {
                this.raise(node.start, "super() call outside constructor of a subclass");
              }
              if (this.type !== types$12.dot && this.type !== types$12.bracketL && this.type !== types$12.parenL) {
                this.unexpected();
              }
              return this.finishNode(node, "Super");
            case types$12._this:
              node = this.startNode();
              this.next();
              return this.finishNode(node, "ThisExpression");
            case types$12.name:
              var startPos = this.start, startLoc = this.startLoc, containsEsc = this.containsEsc;
              var id = this.parseIdent(false);
              if (this.options.ecmaVersion >= 8 && !containsEsc && id.name === "async" && !this.canInsertSemicolon() && this.eat(types$12._function)) {
                this.overrideContext(types2.f_expr);
                return this.parseFunction(this.startNodeAt(startPos, startLoc), 0, false, true, forInit);
              }
              if (canBeArrow && !this.canInsertSemicolon()) {
                if (this.eat(types$12.arrow)) {
                  return this.parseArrowExpression(this.startNodeAt(startPos, startLoc), [id], false, forInit);
                }
                if (this.options.ecmaVersion >= 8 && id.name === "async" && this.type === types$12.name && !containsEsc && (!this.potentialArrowInForAwait || this.value !== "of" || this.containsEsc)) {
                  id = this.parseIdent(false);
                  if (this.canInsertSemicolon() || !this.eat(types$12.arrow)) {
                    this.unexpected();
                  }
                  return this.parseArrowExpression(this.startNodeAt(startPos, startLoc), [id], true, forInit);
                }
              }
              return id;
            case types$12.regexp:
              var value = this.value;
              node = this.parseLiteral(value.value);
              node.regex = { pattern: value.pattern, flags: value.flags };
              return node;
            case types$12.num:
            case types$12.string:
              return this.parseLiteral(this.value);
            case types$12._null:
            case types$12._true:
            case types$12._false:
              node = this.startNode();
              node.value = this.type === types$12._null ? null : this.type === types$12._true;
              node.raw = this.type.keyword;
              this.next();
              return this.finishNode(node, "Literal");
            case types$12.parenL:
              var start = this.start, expr = this.parseParenAndDistinguishExpression(canBeArrow, forInit);
              if (refDestructuringErrors) {
                if (refDestructuringErrors.parenthesizedAssign < 0 && !this.isSimpleAssignTarget(expr)) {
                  refDestructuringErrors.parenthesizedAssign = start;
                }
                if (refDestructuringErrors.parenthesizedBind < 0) {
                  refDestructuringErrors.parenthesizedBind = start;
                }
              }
              return expr;
            case types$12.bracketL:
              node = this.startNode();
              this.next();
              node.elements = this.parseExprList(types$12.bracketR, true, true, refDestructuringErrors);
              return this.finishNode(node, "ArrayExpression");
            case types$12.braceL:
              this.overrideContext(types2.b_expr);
              return this.parseObj(false, refDestructuringErrors);
            case types$12._function:
              node = this.startNode();
              this.next();
              return this.parseFunction(node, 0);
            case types$12._class:
              return this.parseClass(this.startNode(), false);
            case types$12._new:
              return this.parseNew();
            case types$12.backQuote:
              return this.parseTemplate();
            case types$12._import:
              if (this.options.ecmaVersion >= 11) {
                return this.parseExprImport(forNew);
              } else {
                return this.unexpected();
              }
            default:
              return this.parseExprAtomDefault();
          }
        };
        pp$52.parseExprAtomDefault = function() {
          this.unexpected();
        };
        pp$52.parseExprImport = function(forNew) {
          var node = this.startNode();
          if (this.containsEsc) {
            this.raiseRecoverable(this.start, "Escape sequence in keyword import");
          }
          this.next();
          if (this.type === types$12.parenL && !forNew) {
            return this.parseDynamicImport(node);
          } else if (this.type === types$12.dot) {
            var meta = this.startNodeAt(node.start, node.loc && node.loc.start);
            meta.name = "import";
            node.meta = this.finishNode(meta, "Identifier");
            return this.parseImportMeta(node);
          } else {
            this.unexpected();
          }
        };
        pp$52.parseDynamicImport = function(node) {
          this.next();
          node.source = this.parseMaybeAssign();
          if (this.options.ecmaVersion >= 16) {
            if (!this.eat(types$12.parenR)) {
              this.expect(types$12.comma);
              if (!this.afterTrailingComma(types$12.parenR)) {
                node.options = this.parseMaybeAssign();
                if (!this.eat(types$12.parenR)) {
                  this.expect(types$12.comma);
                  if (!this.afterTrailingComma(types$12.parenR)) {
                    this.unexpected();
                  }
                }
              } else {
                node.options = null;
              }
            } else {
              node.options = null;
            }
          } else {
            if (!this.eat(types$12.parenR)) {
              var errorPos = this.start;
              if (this.eat(types$12.comma) && this.eat(types$12.parenR)) {
                this.raiseRecoverable(errorPos, "Trailing comma is not allowed in import()");
              } else {
                this.unexpected(errorPos);
              }
            }
          }
          return this.finishNode(node, "ImportExpression");
        };
        pp$52.parseImportMeta = function(node) {
          this.next();
          var containsEsc = this.containsEsc;
          node.property = this.parseIdent(true);
          if (node.property.name !== "meta") {
            this.raiseRecoverable(node.property.start, "The only valid meta property for import is 'import.meta'");
          }
          if (containsEsc) {
            this.raiseRecoverable(node.start, "'import.meta' must not contain escaped characters");
          }
          if (this.options.sourceType !== "module" && !this.options.allowImportExportEverywhere) {
            this.raiseRecoverable(node.start, "Cannot use 'import.meta' outside a module");
          }
          return this.finishNode(node, "MetaProperty");
        };
        pp$52.parseLiteral = function(value) {
          var node = this.startNode();
          node.value = value;
          node.raw = this.input.slice(this.start, this.end);
          if (node.raw.charCodeAt(node.raw.length - 1) === 110) {
            node.bigint = node.value != null ? node.value.toString() : node.raw.slice(0, -1).replace(/_/g, "");
          }
          this.next();
          return this.finishNode(node, "Literal");
        };
        pp$52.parseParenExpression = function() {
          this.expect(types$12.parenL);
          var val = this.parseExpression();
          this.expect(types$12.parenR);
          return val;
        };
        pp$52.shouldParseArrow = function(exprList) {
          return !this.canInsertSemicolon();
        };
        pp$52.parseParenAndDistinguishExpression = function(canBeArrow, forInit) {
          var startPos = this.start, startLoc = this.startLoc, val, allowTrailingComma = this.options.ecmaVersion >= 8;
          if (this.options.ecmaVersion >= 6) {
            this.next();
            var innerStartPos = this.start, innerStartLoc = this.startLoc;
            var exprList = [], first = true, lastIsComma = false;
            var refDestructuringErrors = new DestructuringErrors3(), oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, spreadStart;
            this.yieldPos = 0;
            this.awaitPos = 0;
            while (this.type !== types$12.parenR) {
              first ? first = false : this.expect(types$12.comma);
              if (allowTrailingComma && this.afterTrailingComma(types$12.parenR, true)) {
                lastIsComma = true;
                break;
              } else if (this.type === types$12.ellipsis) {
                spreadStart = this.start;
                exprList.push(this.parseParenItem(this.parseRestBinding()));
                if (this.type === types$12.comma) {
                  this.raiseRecoverable(
                    this.start,
                    "Comma is not permitted after the rest element"
                  );
                }
                break;
              } else {
                exprList.push(this.parseMaybeAssign(false, refDestructuringErrors, this.parseParenItem));
              }
            }
            var innerEndPos = this.lastTokEnd, innerEndLoc = this.lastTokEndLoc;
            this.expect(types$12.parenR);
            if (canBeArrow && this.shouldParseArrow(exprList) && this.eat(types$12.arrow)) {
              this.checkPatternErrors(refDestructuringErrors, false);
              this.checkYieldAwaitInDefaultParams();
              this.yieldPos = oldYieldPos;
              this.awaitPos = oldAwaitPos;
              return this.parseParenArrowList(startPos, startLoc, exprList, forInit);
            }
            if (!exprList.length || lastIsComma) {
              this.unexpected(this.lastTokStart);
            }
            if (spreadStart) {
              this.unexpected(spreadStart);
            }
            this.checkExpressionErrors(refDestructuringErrors, true);
            this.yieldPos = oldYieldPos || this.yieldPos;
            this.awaitPos = oldAwaitPos || this.awaitPos;
            if (exprList.length > 1) {
              val = this.startNodeAt(innerStartPos, innerStartLoc);
              val.expressions = exprList;
              this.finishNodeAt(val, "SequenceExpression", innerEndPos, innerEndLoc);
            } else {
              val = exprList[0];
            }
          } else {
            val = this.parseParenExpression();
          }
          if (this.options.preserveParens) {
            var par = this.startNodeAt(startPos, startLoc);
            par.expression = val;
            return this.finishNode(par, "ParenthesizedExpression");
          } else {
            return val;
          }
        };
        pp$52.parseParenItem = function(item) {
          return item;
        };
        pp$52.parseParenArrowList = function(startPos, startLoc, exprList, forInit) {
          return this.parseArrowExpression(this.startNodeAt(startPos, startLoc), exprList, false, forInit);
        };
        var empty2 = [];
        pp$52.parseNew = function() {
          if (this.containsEsc) {
            this.raiseRecoverable(this.start, "Escape sequence in keyword new");
          }
          var node = this.startNode();
          this.next();
          if (this.options.ecmaVersion >= 6 && this.type === types$12.dot) {
            var meta = this.startNodeAt(node.start, node.loc && node.loc.start);
            meta.name = "new";
            node.meta = this.finishNode(meta, "Identifier");
            this.next();
            var containsEsc = this.containsEsc;
            node.property = this.parseIdent(true);
            if (node.property.name !== "target") {
              this.raiseRecoverable(node.property.start, "The only valid meta property for new is 'new.target'");
            }
            if (containsEsc) {
              this.raiseRecoverable(node.start, "'new.target' must not contain escaped characters");
            }
            if (!this.allowNewDotTarget) {
              this.raiseRecoverable(node.start, "'new.target' can only be used in functions and class static block");
            }
            return this.finishNode(node, "MetaProperty");
          }
          var startPos = this.start, startLoc = this.startLoc;
          node.callee = this.parseSubscripts(this.parseExprAtom(null, false, true), startPos, startLoc, true, false);
          if (node.callee.type === "Super") {
            this.raiseRecoverable(startPos, "Invalid use of 'super'");
          }
          if (this.eat(types$12.parenL)) {
            node.arguments = this.parseExprList(types$12.parenR, this.options.ecmaVersion >= 8, false);
          } else {
            node.arguments = empty2;
          }
          return this.finishNode(node, "NewExpression");
        };
        pp$52.parseTemplateElement = function(ref3) {
          var isTagged = ref3.isTagged;
          var elem = this.startNode();
          if (this.type === types$12.invalidTemplate) {
            if (!isTagged) {
              this.raiseRecoverable(this.start, "Bad escape sequence in untagged template literal");
            }
            elem.value = {
              raw: this.value.replace(/\r\n?/g, "\n"),
              cooked: null
            };
          } else {
            elem.value = {
              raw: this.input.slice(this.start, this.end).replace(/\r\n?/g, "\n"),
              cooked: this.value
            };
          }
          this.next();
          elem.tail = this.type === types$12.backQuote;
          return this.finishNode(elem, "TemplateElement");
        };
        pp$52.parseTemplate = function(ref3) {
          if (ref3 === void 0) ref3 = {};
          var isTagged = ref3.isTagged;
          if (isTagged === void 0) isTagged = false;
          var node = this.startNode();
          this.next();
          node.expressions = [];
          var curElt = this.parseTemplateElement({ isTagged });
          node.quasis = [curElt];
          while (!curElt.tail) {
            if (this.type === types$12.eof) {
              this.raise(this.pos, "Unterminated template literal");
            }
            this.expect(types$12.dollarBraceL);
            node.expressions.push(this.parseExpression());
            this.expect(types$12.braceR);
            node.quasis.push(curElt = this.parseTemplateElement({ isTagged }));
          }
          this.next();
          return this.finishNode(node, "TemplateLiteral");
        };
        pp$52.isAsyncProp = function(prop) {
          return !prop.computed && prop.key.type === "Identifier" && prop.key.name === "async" && (this.type === types$12.name || this.type === types$12.num || this.type === types$12.string || this.type === types$12.bracketL || this.type.keyword || this.options.ecmaVersion >= 9 && this.type === types$12.star) && !lineBreak2.test(this.input.slice(this.lastTokEnd, this.start));
        };
        pp$52.parseObj = function(isPattern, refDestructuringErrors) {
          var node = this.startNode(), first = true, propHash = {};
          node.properties = [];
          this.next();
          while (!this.eat(types$12.braceR)) {
            if (!first) {
              this.expect(types$12.comma);
              if (this.options.ecmaVersion >= 5 && this.afterTrailingComma(types$12.braceR)) {
                break;
              }
            } else {
              first = false;
            }
            var prop = this.parseProperty(isPattern, refDestructuringErrors);
            if (!isPattern) {
              this.checkPropClash(prop, propHash, refDestructuringErrors);
            }
            node.properties.push(prop);
          }
          return this.finishNode(node, isPattern ? "ObjectPattern" : "ObjectExpression");
        };
        pp$52.parseProperty = function(isPattern, refDestructuringErrors) {
          var prop = this.startNode(), isGenerator, isAsync, startPos, startLoc;
          if (this.options.ecmaVersion >= 9 && this.eat(types$12.ellipsis)) {
            if (isPattern) {
              prop.argument = this.parseIdent(false);
              if (this.type === types$12.comma) {
                this.raiseRecoverable(this.start, "Comma is not permitted after the rest element");
              }
              return this.finishNode(prop, "RestElement");
            }
            prop.argument = this.parseMaybeAssign(false, refDestructuringErrors);
            if (this.type === types$12.comma && refDestructuringErrors && refDestructuringErrors.trailingComma < 0) {
              refDestructuringErrors.trailingComma = this.start;
            }
            return this.finishNode(prop, "SpreadElement");
          }
          if (this.options.ecmaVersion >= 6) {
            prop.method = false;
            prop.shorthand = false;
            if (isPattern || refDestructuringErrors) {
              startPos = this.start;
              startLoc = this.startLoc;
            }
            if (!isPattern) {
              isGenerator = this.eat(types$12.star);
            }
          }
          var containsEsc = this.containsEsc;
          this.parsePropertyName(prop);
          if (!isPattern && !containsEsc && this.options.ecmaVersion >= 8 && !isGenerator && this.isAsyncProp(prop)) {
            isAsync = true;
            isGenerator = this.options.ecmaVersion >= 9 && this.eat(types$12.star);
            this.parsePropertyName(prop);
          } else {
            isAsync = false;
          }
          this.parsePropertyValue(prop, isPattern, isGenerator, isAsync, startPos, startLoc, refDestructuringErrors, containsEsc);
          return this.finishNode(prop, "Property");
        };
        pp$52.parseGetterSetter = function(prop) {
          var kind = prop.key.name;
          this.parsePropertyName(prop);
          prop.value = this.parseMethod(false);
          prop.kind = kind;
          var paramCount = prop.kind === "get" ? 0 : 1;
          if (prop.value.params.length !== paramCount) {
            var start = prop.value.start;
            if (prop.kind === "get") {
              this.raiseRecoverable(start, "getter should have no params");
            } else {
              this.raiseRecoverable(start, "setter should have exactly one param");
            }
          } else {
            if (prop.kind === "set" && prop.value.params[0].type === "RestElement") {
              this.raiseRecoverable(prop.value.params[0].start, "Setter cannot use rest params");
            }
          }
        };
        pp$52.parsePropertyValue = function(prop, isPattern, isGenerator, isAsync, startPos, startLoc, refDestructuringErrors, containsEsc) {
          if ((isGenerator || isAsync) && this.type === types$12.colon) {
            this.unexpected();
          }
          if (this.eat(types$12.colon)) {
            prop.value = isPattern ? this.parseMaybeDefault(this.start, this.startLoc) : this.parseMaybeAssign(false, refDestructuringErrors);
            prop.kind = "init";
          } else if (this.options.ecmaVersion >= 6 && this.type === types$12.parenL) {
            if (isPattern) {
              this.unexpected();
            }
            prop.method = true;
            prop.value = this.parseMethod(isGenerator, isAsync);
            prop.kind = "init";
          } else if (!isPattern && !containsEsc && this.options.ecmaVersion >= 5 && !prop.computed && prop.key.type === "Identifier" && (prop.key.name === "get" || prop.key.name === "set") && (this.type !== types$12.comma && this.type !== types$12.braceR && this.type !== types$12.eq)) {
            if (isGenerator || isAsync) {
              this.unexpected();
            }
            this.parseGetterSetter(prop);
          } else if (this.options.ecmaVersion >= 6 && !prop.computed && prop.key.type === "Identifier") {
            if (isGenerator || isAsync) {
              this.unexpected();
            }
            this.checkUnreserved(prop.key);
            if (prop.key.name === "await" && !this.awaitIdentPos) {
              this.awaitIdentPos = startPos;
            }
            if (isPattern) {
              prop.value = this.parseMaybeDefault(startPos, startLoc, this.copyNode(prop.key));
            } else if (this.type === types$12.eq && refDestructuringErrors) {
              if (refDestructuringErrors.shorthandAssign < 0) {
                refDestructuringErrors.shorthandAssign = this.start;
              }
              prop.value = this.parseMaybeDefault(startPos, startLoc, this.copyNode(prop.key));
            } else {
              prop.value = this.copyNode(prop.key);
            }
            prop.kind = "init";
            prop.shorthand = true;
          } else {
            this.unexpected();
          }
        };
        pp$52.parsePropertyName = function(prop) {
          if (this.options.ecmaVersion >= 6) {
            if (this.eat(types$12.bracketL)) {
              prop.computed = true;
              prop.key = this.parseMaybeAssign();
              this.expect(types$12.bracketR);
              return prop.key;
            } else {
              prop.computed = false;
            }
          }
          return prop.key = this.type === types$12.num || this.type === types$12.string ? this.parseExprAtom() : this.parseIdent(this.options.allowReserved !== "never");
        };
        pp$52.initFunction = function(node) {
          node.id = null;
          if (this.options.ecmaVersion >= 6) {
            node.generator = node.expression = false;
          }
          if (this.options.ecmaVersion >= 8) {
            node.async = false;
          }
        };
        pp$52.parseMethod = function(isGenerator, isAsync, allowDirectSuper) {
          var node = this.startNode(), oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, oldAwaitIdentPos = this.awaitIdentPos;
          this.initFunction(node);
          if (this.options.ecmaVersion >= 6) {
            node.generator = isGenerator;
          }
          if (this.options.ecmaVersion >= 8) {
            node.async = !!isAsync;
          }
          this.yieldPos = 0;
          this.awaitPos = 0;
          this.awaitIdentPos = 0;
          this.enterScope(functionFlags2(isAsync, node.generator) | SCOPE_SUPER2 | (allowDirectSuper ? SCOPE_DIRECT_SUPER2 : 0));
          this.expect(types$12.parenL);
          node.params = this.parseBindingList(types$12.parenR, false, this.options.ecmaVersion >= 8);
          this.checkYieldAwaitInDefaultParams();
          this.parseFunctionBody(node, false, true, false);
          this.yieldPos = oldYieldPos;
          this.awaitPos = oldAwaitPos;
          this.awaitIdentPos = oldAwaitIdentPos;
          return this.finishNode(node, "FunctionExpression");
        };
        pp$52.parseArrowExpression = function(node, params, isAsync, forInit) {
          var oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, oldAwaitIdentPos = this.awaitIdentPos;
          this.enterScope(functionFlags2(isAsync, false) | SCOPE_ARROW2);
          this.initFunction(node);
          if (this.options.ecmaVersion >= 8) {
            node.async = !!isAsync;
          }
          this.yieldPos = 0;
          this.awaitPos = 0;
          this.awaitIdentPos = 0;
          node.params = this.toAssignableList(params, true);
          this.parseFunctionBody(node, true, false, forInit);
          this.yieldPos = oldYieldPos;
          this.awaitPos = oldAwaitPos;
          this.awaitIdentPos = oldAwaitIdentPos;
          return this.finishNode(node, "ArrowFunctionExpression");
        };
        pp$52.parseFunctionBody = function(node, isArrowFunction, isMethod, forInit) {
          var isExpression = isArrowFunction && this.type !== types$12.braceL;
          var oldStrict = this.strict, useStrict = false;
          if (isExpression) {
            node.body = this.parseMaybeAssign(forInit);
            node.expression = true;
            this.checkParams(node, false);
          } else {
            var nonSimple = this.options.ecmaVersion >= 7 && !this.isSimpleParamList(node.params);
            if (!oldStrict || nonSimple) {
              useStrict = this.strictDirective(this.end);
              if (useStrict && nonSimple) {
                this.raiseRecoverable(node.start, "Illegal 'use strict' directive in function with non-simple parameter list");
              }
            }
            var oldLabels = this.labels;
            this.labels = [];
            if (useStrict) {
              this.strict = true;
            }
            this.checkParams(node, !oldStrict && !useStrict && !isArrowFunction && !isMethod && this.isSimpleParamList(node.params));
            if (this.strict && node.id) {
              this.checkLValSimple(node.id, BIND_OUTSIDE2);
            }
            node.body = this.parseBlock(false, void 0, useStrict && !oldStrict);
            node.expression = false;
            this.adaptDirectivePrologue(node.body.body);
            this.labels = oldLabels;
          }
          this.exitScope();
        };
        pp$52.isSimpleParamList = function(params) {
          for (var i2 = 0, list2 = params; i2 < list2.length; i2 += 1) {
            var param = list2[i2];
            if (param.type !== "Identifier") {
              return false;
            }
          }
          return true;
        };
        pp$52.checkParams = function(node, allowDuplicates) {
          var nameHash = /* @__PURE__ */ Object.create(null);
          for (var i2 = 0, list2 = node.params; i2 < list2.length; i2 += 1) {
            var param = list2[i2];
            this.checkLValInnerPattern(param, BIND_VAR2, allowDuplicates ? null : nameHash);
          }
        };
        pp$52.parseExprList = function(close, allowTrailingComma, allowEmpty, refDestructuringErrors) {
          var elts = [], first = true;
          while (!this.eat(close)) {
            if (!first) {
              this.expect(types$12.comma);
              if (allowTrailingComma && this.afterTrailingComma(close)) {
                break;
              }
            } else {
              first = false;
            }
            var elt = void 0;
            if (allowEmpty && this.type === types$12.comma) {
              elt = null;
            } else if (this.type === types$12.ellipsis) {
              elt = this.parseSpread(refDestructuringErrors);
              if (refDestructuringErrors && this.type === types$12.comma && refDestructuringErrors.trailingComma < 0) {
                refDestructuringErrors.trailingComma = this.start;
              }
            } else {
              elt = this.parseMaybeAssign(false, refDestructuringErrors);
            }
            elts.push(elt);
          }
          return elts;
        };
        pp$52.checkUnreserved = function(ref3) {
          var start = ref3.start;
          var end = ref3.end;
          var name = ref3.name;
          if (this.inGenerator && name === "yield") {
            this.raiseRecoverable(start, "Cannot use 'yield' as identifier inside a generator");
          }
          if (this.inAsync && name === "await") {
            this.raiseRecoverable(start, "Cannot use 'await' as identifier inside an async function");
          }
          if (!(this.currentThisScope().flags & SCOPE_VAR2) && name === "arguments") {
            this.raiseRecoverable(start, "Cannot use 'arguments' in class field initializer");
          }
          if (this.inClassStaticBlock && (name === "arguments" || name === "await")) {
            this.raise(start, "Cannot use " + name + " in class static initialization block");
          }
          if (this.keywords.test(name)) {
            this.raise(start, "Unexpected keyword '" + name + "'");
          }
          if (this.options.ecmaVersion < 6 && this.input.slice(start, end).indexOf("\\") !== -1) {
            return;
          }
          var re = this.strict ? this.reservedWordsStrict : this.reservedWords;
          if (re.test(name)) {
            if (!this.inAsync && name === "await") {
              this.raiseRecoverable(start, "Cannot use keyword 'await' outside an async function");
            }
            this.raiseRecoverable(start, "The keyword '" + name + "' is reserved");
          }
        };
        pp$52.parseIdent = function(liberal) {
          var node = this.parseIdentNode();
          this.next(!!liberal);
          this.finishNode(node, "Identifier");
          if (!liberal) {
            this.checkUnreserved(node);
            if (node.name === "await" && !this.awaitIdentPos) {
              this.awaitIdentPos = node.start;
            }
          }
          return node;
        };
        pp$52.parseIdentNode = function() {
          var node = this.startNode();
          if (this.type === types$12.name) {
            node.name = this.value;
          } else if (this.type.keyword) {
            node.name = this.type.keyword;
            if ((node.name === "class" || node.name === "function") && (this.lastTokEnd !== this.lastTokStart + 1 || this.input.charCodeAt(this.lastTokStart) !== 46)) {
              this.context.pop();
            }
            this.type = types$12.name;
          } else {
            this.unexpected();
          }
          return node;
        };
        pp$52.parsePrivateIdent = function() {
          var node = this.startNode();
          if (this.type === types$12.privateId) {
            node.name = this.value;
          } else {
            this.unexpected();
          }
          this.next();
          this.finishNode(node, "PrivateIdentifier");
          if (this.options.checkPrivateFields) {
            if (this.privateNameStack.length === 0) {
              this.raise(node.start, "Private field '#" + node.name + "' must be declared in an enclosing class");
            } else {
              this.privateNameStack[this.privateNameStack.length - 1].used.push(node);
            }
          }
          return node;
        };
        pp$52.parseYield = function(forInit) {
          if (!this.yieldPos) {
            this.yieldPos = this.start;
          }
          var node = this.startNode();
          this.next();
          if (this.type === types$12.semi || this.canInsertSemicolon() || this.type !== types$12.star && !this.type.startsExpr) {
            node.delegate = false;
            node.argument = null;
          } else {
            node.delegate = this.eat(types$12.star);
            node.argument = this.parseMaybeAssign(forInit);
          }
          return this.finishNode(node, "YieldExpression");
        };
        pp$52.parseAwait = function(forInit) {
          if (!this.awaitPos) {
            this.awaitPos = this.start;
          }
          var node = this.startNode();
          this.next();
          node.argument = this.parseMaybeUnary(null, true, false, forInit);
          return this.finishNode(node, "AwaitExpression");
        };
        var pp$42 = Parser3.prototype;
        pp$42.raise = function(pos, message) {
          var loc = getLineInfo2(this.input, pos);
          message += " (" + loc.line + ":" + loc.column + ")";
          if (this.sourceFile) {
            message += " in " + this.sourceFile;
          }
          var err = new SyntaxError(message);
          err.pos = pos;
          err.loc = loc;
          err.raisedAt = this.pos;
          throw err;
        };
        pp$42.raiseRecoverable = pp$42.raise;
        pp$42.curPosition = function() {
          if (this.options.locations) {
            return new Position3(this.curLine, this.pos - this.lineStart);
          }
        };
        var pp$32 = Parser3.prototype;
        var Scope3 = function Scope4(flags) {
          this.flags = flags;
          this.var = [];
          this.lexical = [];
          this.functions = [];
        };
        pp$32.enterScope = function(flags) {
          this.scopeStack.push(new Scope3(flags));
        };
        pp$32.exitScope = function() {
          this.scopeStack.pop();
        };
        pp$32.treatFunctionsAsVarInScope = function(scope) {
          return scope.flags & SCOPE_FUNCTION2 || !this.inModule && scope.flags & SCOPE_TOP2;
        };
        pp$32.declareName = function(name, bindingType, pos) {
          var redeclared = false;
          if (bindingType === BIND_LEXICAL2) {
            var scope = this.currentScope();
            redeclared = scope.lexical.indexOf(name) > -1 || scope.functions.indexOf(name) > -1 || scope.var.indexOf(name) > -1;
            scope.lexical.push(name);
            if (this.inModule && scope.flags & SCOPE_TOP2) {
              delete this.undefinedExports[name];
            }
          } else if (bindingType === BIND_SIMPLE_CATCH2) {
            var scope$1 = this.currentScope();
            scope$1.lexical.push(name);
          } else if (bindingType === BIND_FUNCTION2) {
            var scope$2 = this.currentScope();
            if (this.treatFunctionsAsVar) {
              redeclared = scope$2.lexical.indexOf(name) > -1;
            } else {
              redeclared = scope$2.lexical.indexOf(name) > -1 || scope$2.var.indexOf(name) > -1;
            }
            scope$2.functions.push(name);
          } else {
            for (var i2 = this.scopeStack.length - 1; i2 >= 0; --i2) {
              var scope$3 = this.scopeStack[i2];
              if (scope$3.lexical.indexOf(name) > -1 && !(scope$3.flags & SCOPE_SIMPLE_CATCH2 && scope$3.lexical[0] === name) || !this.treatFunctionsAsVarInScope(scope$3) && scope$3.functions.indexOf(name) > -1) {
                redeclared = true;
                break;
              }
              scope$3.var.push(name);
              if (this.inModule && scope$3.flags & SCOPE_TOP2) {
                delete this.undefinedExports[name];
              }
              if (scope$3.flags & SCOPE_VAR2) {
                break;
              }
            }
          }
          if (redeclared) {
            this.raiseRecoverable(pos, "Identifier '" + name + "' has already been declared");
          }
        };
        pp$32.checkLocalExport = function(id) {
          if (this.scopeStack[0].lexical.indexOf(id.name) === -1 && this.scopeStack[0].var.indexOf(id.name) === -1) {
            this.undefinedExports[id.name] = id;
          }
        };
        pp$32.currentScope = function() {
          return this.scopeStack[this.scopeStack.length - 1];
        };
        pp$32.currentVarScope = function() {
          for (var i2 = this.scopeStack.length - 1; ; i2--) {
            var scope = this.scopeStack[i2];
            if (scope.flags & (SCOPE_VAR2 | SCOPE_CLASS_FIELD_INIT2 | SCOPE_CLASS_STATIC_BLOCK2)) {
              return scope;
            }
          }
        };
        pp$32.currentThisScope = function() {
          for (var i2 = this.scopeStack.length - 1; ; i2--) {
            var scope = this.scopeStack[i2];
            if (scope.flags & (SCOPE_VAR2 | SCOPE_CLASS_FIELD_INIT2 | SCOPE_CLASS_STATIC_BLOCK2) && !(scope.flags & SCOPE_ARROW2)) {
              return scope;
            }
          }
        };
        var Node3 = function Node4(parser, pos, loc) {
          this.type = "";
          this.start = pos;
          this.end = 0;
          if (parser.options.locations) {
            this.loc = new SourceLocation3(parser, loc);
          }
          if (parser.options.directSourceFile) {
            this.sourceFile = parser.options.directSourceFile;
          }
          if (parser.options.ranges) {
            this.range = [pos, 0];
          }
        };
        var pp$22 = Parser3.prototype;
        pp$22.startNode = function() {
          return new Node3(this, this.start, this.startLoc);
        };
        pp$22.startNodeAt = function(pos, loc) {
          return new Node3(this, pos, loc);
        };
        function finishNodeAt2(node, type, pos, loc) {
          node.type = type;
          node.end = pos;
          if (this.options.locations) {
            node.loc.end = loc;
          }
          if (this.options.ranges) {
            node.range[1] = pos;
          }
          return node;
        }
        pp$22.finishNode = function(node, type) {
          return finishNodeAt2.call(this, node, type, this.lastTokEnd, this.lastTokEndLoc);
        };
        pp$22.finishNodeAt = function(node, type, pos, loc) {
          return finishNodeAt2.call(this, node, type, pos, loc);
        };
        pp$22.copyNode = function(node) {
          var newNode = new Node3(this, node.start, this.startLoc);
          for (var prop in node) {
            newNode[prop] = node[prop];
          }
          return newNode;
        };
        var scriptValuesAddedInUnicode2 = "Berf Beria_Erfe Gara Garay Gukh Gurung_Khema Hrkt Katakana_Or_Hiragana Kawi Kirat_Rai Krai Nag_Mundari Nagm Ol_Onal Onao Sidetic Sidt Sunu Sunuwar Tai_Yo Tayo Todhri Todr Tolong_Siki Tols Tulu_Tigalari Tutg Unknown Zzzz";
        var ecma9BinaryProperties2 = "ASCII ASCII_Hex_Digit AHex Alphabetic Alpha Any Assigned Bidi_Control Bidi_C Bidi_Mirrored Bidi_M Case_Ignorable CI Cased Changes_When_Casefolded CWCF Changes_When_Casemapped CWCM Changes_When_Lowercased CWL Changes_When_NFKC_Casefolded CWKCF Changes_When_Titlecased CWT Changes_When_Uppercased CWU Dash Default_Ignorable_Code_Point DI Deprecated Dep Diacritic Dia Emoji Emoji_Component Emoji_Modifier Emoji_Modifier_Base Emoji_Presentation Extender Ext Grapheme_Base Gr_Base Grapheme_Extend Gr_Ext Hex_Digit Hex IDS_Binary_Operator IDSB IDS_Trinary_Operator IDST ID_Continue IDC ID_Start IDS Ideographic Ideo Join_Control Join_C Logical_Order_Exception LOE Lowercase Lower Math Noncharacter_Code_Point NChar Pattern_Syntax Pat_Syn Pattern_White_Space Pat_WS Quotation_Mark QMark Radical Regional_Indicator RI Sentence_Terminal STerm Soft_Dotted SD Terminal_Punctuation Term Unified_Ideograph UIdeo Uppercase Upper Variation_Selector VS White_Space space XID_Continue XIDC XID_Start XIDS";
        var ecma10BinaryProperties2 = ecma9BinaryProperties2 + " Extended_Pictographic";
        var ecma11BinaryProperties2 = ecma10BinaryProperties2;
        var ecma12BinaryProperties2 = ecma11BinaryProperties2 + " EBase EComp EMod EPres ExtPict";
        var ecma13BinaryProperties2 = ecma12BinaryProperties2;
        var ecma14BinaryProperties2 = ecma13BinaryProperties2;
        var unicodeBinaryProperties2 = {
          9: ecma9BinaryProperties2,
          10: ecma10BinaryProperties2,
          11: ecma11BinaryProperties2,
          12: ecma12BinaryProperties2,
          13: ecma13BinaryProperties2,
          14: ecma14BinaryProperties2
        };
        var ecma14BinaryPropertiesOfStrings2 = "Basic_Emoji Emoji_Keycap_Sequence RGI_Emoji_Modifier_Sequence RGI_Emoji_Flag_Sequence RGI_Emoji_Tag_Sequence RGI_Emoji_ZWJ_Sequence RGI_Emoji";
        var unicodeBinaryPropertiesOfStrings2 = {
          9: "",
          10: "",
          11: "",
          12: "",
          13: "",
          14: ecma14BinaryPropertiesOfStrings2
        };
        var unicodeGeneralCategoryValues2 = "Cased_Letter LC Close_Punctuation Pe Connector_Punctuation Pc Control Cc cntrl Currency_Symbol Sc Dash_Punctuation Pd Decimal_Number Nd digit Enclosing_Mark Me Final_Punctuation Pf Format Cf Initial_Punctuation Pi Letter L Letter_Number Nl Line_Separator Zl Lowercase_Letter Ll Mark M Combining_Mark Math_Symbol Sm Modifier_Letter Lm Modifier_Symbol Sk Nonspacing_Mark Mn Number N Open_Punctuation Ps Other C Other_Letter Lo Other_Number No Other_Punctuation Po Other_Symbol So Paragraph_Separator Zp Private_Use Co Punctuation P punct Separator Z Space_Separator Zs Spacing_Mark Mc Surrogate Cs Symbol S Titlecase_Letter Lt Unassigned Cn Uppercase_Letter Lu";
        var ecma9ScriptValues2 = "Adlam Adlm Ahom Anatolian_Hieroglyphs Hluw Arabic Arab Armenian Armn Avestan Avst Balinese Bali Bamum Bamu Bassa_Vah Bass Batak Batk Bengali Beng Bhaiksuki Bhks Bopomofo Bopo Brahmi Brah Braille Brai Buginese Bugi Buhid Buhd Canadian_Aboriginal Cans Carian Cari Caucasian_Albanian Aghb Chakma Cakm Cham Cham Cherokee Cher Common Zyyy Coptic Copt Qaac Cuneiform Xsux Cypriot Cprt Cyrillic Cyrl Deseret Dsrt Devanagari Deva Duployan Dupl Egyptian_Hieroglyphs Egyp Elbasan Elba Ethiopic Ethi Georgian Geor Glagolitic Glag Gothic Goth Grantha Gran Greek Grek Gujarati Gujr Gurmukhi Guru Han Hani Hangul Hang Hanunoo Hano Hatran Hatr Hebrew Hebr Hiragana Hira Imperial_Aramaic Armi Inherited Zinh Qaai Inscriptional_Pahlavi Phli Inscriptional_Parthian Prti Javanese Java Kaithi Kthi Kannada Knda Katakana Kana Kayah_Li Kali Kharoshthi Khar Khmer Khmr Khojki Khoj Khudawadi Sind Lao Laoo Latin Latn Lepcha Lepc Limbu Limb Linear_A Lina Linear_B Linb Lisu Lisu Lycian Lyci Lydian Lydi Mahajani Mahj Malayalam Mlym Mandaic Mand Manichaean Mani Marchen Marc Masaram_Gondi Gonm Meetei_Mayek Mtei Mende_Kikakui Mend Meroitic_Cursive Merc Meroitic_Hieroglyphs Mero Miao Plrd Modi Mongolian Mong Mro Mroo Multani Mult Myanmar Mymr Nabataean Nbat New_Tai_Lue Talu Newa Newa Nko Nkoo Nushu Nshu Ogham Ogam Ol_Chiki Olck Old_Hungarian Hung Old_Italic Ital Old_North_Arabian Narb Old_Permic Perm Old_Persian Xpeo Old_South_Arabian Sarb Old_Turkic Orkh Oriya Orya Osage Osge Osmanya Osma Pahawh_Hmong Hmng Palmyrene Palm Pau_Cin_Hau Pauc Phags_Pa Phag Phoenician Phnx Psalter_Pahlavi Phlp Rejang Rjng Runic Runr Samaritan Samr Saurashtra Saur Sharada Shrd Shavian Shaw Siddham Sidd SignWriting Sgnw Sinhala Sinh Sora_Sompeng Sora Soyombo Soyo Sundanese Sund Syloti_Nagri Sylo Syriac Syrc Tagalog Tglg Tagbanwa Tagb Tai_Le Tale Tai_Tham Lana Tai_Viet Tavt Takri Takr Tamil Taml Tangut Tang Telugu Telu Thaana Thaa Thai Thai Tibetan Tibt Tifinagh Tfng Tirhuta Tirh Ugaritic Ugar Vai Vaii Warang_Citi Wara Yi Yiii Zanabazar_Square Zanb";
        var ecma10ScriptValues2 = ecma9ScriptValues2 + " Dogra Dogr Gunjala_Gondi Gong Hanifi_Rohingya Rohg Makasar Maka Medefaidrin Medf Old_Sogdian Sogo Sogdian Sogd";
        var ecma11ScriptValues2 = ecma10ScriptValues2 + " Elymaic Elym Nandinagari Nand Nyiakeng_Puachue_Hmong Hmnp Wancho Wcho";
        var ecma12ScriptValues2 = ecma11ScriptValues2 + " Chorasmian Chrs Diak Dives_Akuru Khitan_Small_Script Kits Yezi Yezidi";
        var ecma13ScriptValues2 = ecma12ScriptValues2 + " Cypro_Minoan Cpmn Old_Uyghur Ougr Tangsa Tnsa Toto Vithkuqi Vith";
        var ecma14ScriptValues2 = ecma13ScriptValues2 + " " + scriptValuesAddedInUnicode2;
        var unicodeScriptValues2 = {
          9: ecma9ScriptValues2,
          10: ecma10ScriptValues2,
          11: ecma11ScriptValues2,
          12: ecma12ScriptValues2,
          13: ecma13ScriptValues2,
          14: ecma14ScriptValues2
        };
        var data2 = {};
        function buildUnicodeData2(ecmaVersion2) {
          var d = data2[ecmaVersion2] = {
            binary: wordsRegexp2(unicodeBinaryProperties2[ecmaVersion2] + " " + unicodeGeneralCategoryValues2),
            binaryOfStrings: wordsRegexp2(unicodeBinaryPropertiesOfStrings2[ecmaVersion2]),
            nonBinary: {
              General_Category: wordsRegexp2(unicodeGeneralCategoryValues2),
              Script: wordsRegexp2(unicodeScriptValues2[ecmaVersion2])
            }
          };
          d.nonBinary.Script_Extensions = d.nonBinary.Script;
          d.nonBinary.gc = d.nonBinary.General_Category;
          d.nonBinary.sc = d.nonBinary.Script;
          d.nonBinary.scx = d.nonBinary.Script_Extensions;
        }
        for (var i = 0, list = [9, 10, 11, 12, 13, 14]; i < list.length; i += 1) {
          var ecmaVersion = list[i];
          buildUnicodeData2(ecmaVersion);
        }
        var pp$12 = Parser3.prototype;
        var BranchID3 = function BranchID4(parent, base2) {
          this.parent = parent;
          this.base = base2 || this;
        };
        BranchID3.prototype.separatedFrom = function separatedFrom2(alt) {
          for (var self2 = this; self2; self2 = self2.parent) {
            for (var other = alt; other; other = other.parent) {
              if (self2.base === other.base && self2 !== other) {
                return true;
              }
            }
          }
          return false;
        };
        BranchID3.prototype.sibling = function sibling2() {
          return new BranchID3(this.parent, this.base);
        };
        var RegExpValidationState3 = function RegExpValidationState4(parser) {
          this.parser = parser;
          this.validFlags = "gim" + (parser.options.ecmaVersion >= 6 ? "uy" : "") + (parser.options.ecmaVersion >= 9 ? "s" : "") + (parser.options.ecmaVersion >= 13 ? "d" : "") + (parser.options.ecmaVersion >= 15 ? "v" : "");
          this.unicodeProperties = data2[parser.options.ecmaVersion >= 14 ? 14 : parser.options.ecmaVersion];
          this.source = "";
          this.flags = "";
          this.start = 0;
          this.switchU = false;
          this.switchV = false;
          this.switchN = false;
          this.pos = 0;
          this.lastIntValue = 0;
          this.lastStringValue = "";
          this.lastAssertionIsQuantifiable = false;
          this.numCapturingParens = 0;
          this.maxBackReference = 0;
          this.groupNames = /* @__PURE__ */ Object.create(null);
          this.backReferenceNames = [];
          this.branchID = null;
        };
        RegExpValidationState3.prototype.reset = function reset2(start, pattern, flags) {
          var unicodeSets = flags.indexOf("v") !== -1;
          var unicode = flags.indexOf("u") !== -1;
          this.start = start | 0;
          this.source = pattern + "";
          this.flags = flags;
          if (unicodeSets && this.parser.options.ecmaVersion >= 15) {
            this.switchU = true;
            this.switchV = true;
            this.switchN = true;
          } else {
            this.switchU = unicode && this.parser.options.ecmaVersion >= 6;
            this.switchV = false;
            this.switchN = unicode && this.parser.options.ecmaVersion >= 9;
          }
        };
        RegExpValidationState3.prototype.raise = function raise2(message) {
          this.parser.raiseRecoverable(this.start, "Invalid regular expression: /" + this.source + "/: " + message);
        };
        RegExpValidationState3.prototype.at = function at2(i2, forceU) {
          if (forceU === void 0) forceU = false;
          var s = this.source;
          var l = s.length;
          if (i2 >= l) {
            return -1;
          }
          var c = s.charCodeAt(i2);
          if (!(forceU || this.switchU) || c <= 55295 || c >= 57344 || i2 + 1 >= l) {
            return c;
          }
          var next = s.charCodeAt(i2 + 1);
          return next >= 56320 && next <= 57343 ? (c << 10) + next - 56613888 : c;
        };
        RegExpValidationState3.prototype.nextIndex = function nextIndex2(i2, forceU) {
          if (forceU === void 0) forceU = false;
          var s = this.source;
          var l = s.length;
          if (i2 >= l) {
            return l;
          }
          var c = s.charCodeAt(i2), next;
          if (!(forceU || this.switchU) || c <= 55295 || c >= 57344 || i2 + 1 >= l || (next = s.charCodeAt(i2 + 1)) < 56320 || next > 57343) {
            return i2 + 1;
          }
          return i2 + 2;
        };
        RegExpValidationState3.prototype.current = function current2(forceU) {
          if (forceU === void 0) forceU = false;
          return this.at(this.pos, forceU);
        };
        RegExpValidationState3.prototype.lookahead = function lookahead2(forceU) {
          if (forceU === void 0) forceU = false;
          return this.at(this.nextIndex(this.pos, forceU), forceU);
        };
        RegExpValidationState3.prototype.advance = function advance2(forceU) {
          if (forceU === void 0) forceU = false;
          this.pos = this.nextIndex(this.pos, forceU);
        };
        RegExpValidationState3.prototype.eat = function eat2(ch, forceU) {
          if (forceU === void 0) forceU = false;
          if (this.current(forceU) === ch) {
            this.advance(forceU);
            return true;
          }
          return false;
        };
        RegExpValidationState3.prototype.eatChars = function eatChars2(chs, forceU) {
          if (forceU === void 0) forceU = false;
          var pos = this.pos;
          for (var i2 = 0, list2 = chs; i2 < list2.length; i2 += 1) {
            var ch = list2[i2];
            var current2 = this.at(pos, forceU);
            if (current2 === -1 || current2 !== ch) {
              return false;
            }
            pos = this.nextIndex(pos, forceU);
          }
          this.pos = pos;
          return true;
        };
        pp$12.validateRegExpFlags = function(state) {
          var validFlags = state.validFlags;
          var flags = state.flags;
          var u = false;
          var v = false;
          for (var i2 = 0; i2 < flags.length; i2++) {
            var flag = flags.charAt(i2);
            if (validFlags.indexOf(flag) === -1) {
              this.raise(state.start, "Invalid regular expression flag");
            }
            if (flags.indexOf(flag, i2 + 1) > -1) {
              this.raise(state.start, "Duplicate regular expression flag");
            }
            if (flag === "u") {
              u = true;
            }
            if (flag === "v") {
              v = true;
            }
          }
          if (this.options.ecmaVersion >= 15 && u && v) {
            this.raise(state.start, "Invalid regular expression flag");
          }
        };
        function hasProp2(obj) {
          for (var _ in obj) {
            return true;
          }
          return false;
        }
        pp$12.validateRegExpPattern = function(state) {
          this.regexp_pattern(state);
          if (!state.switchN && this.options.ecmaVersion >= 9 && hasProp2(state.groupNames)) {
            state.switchN = true;
            this.regexp_pattern(state);
          }
        };
        pp$12.regexp_pattern = function(state) {
          state.pos = 0;
          state.lastIntValue = 0;
          state.lastStringValue = "";
          state.lastAssertionIsQuantifiable = false;
          state.numCapturingParens = 0;
          state.maxBackReference = 0;
          state.groupNames = /* @__PURE__ */ Object.create(null);
          state.backReferenceNames.length = 0;
          state.branchID = null;
          this.regexp_disjunction(state);
          if (state.pos !== state.source.length) {
            if (state.eat(
              41
              /* ) */
            )) {
              state.raise("Unmatched ')'");
            }
            if (state.eat(
              93
              /* ] */
            ) || state.eat(
              125
              /* } */
            )) {
              state.raise("Lone quantifier brackets");
            }
          }
          if (state.maxBackReference > state.numCapturingParens) {
            state.raise("Invalid escape");
          }
          for (var i2 = 0, list2 = state.backReferenceNames; i2 < list2.length; i2 += 1) {
            var name = list2[i2];
            if (!state.groupNames[name]) {
              state.raise("Invalid named capture referenced");
            }
          }
        };
        pp$12.regexp_disjunction = function(state) {
          var trackDisjunction = this.options.ecmaVersion >= 16;
          if (trackDisjunction) {
            state.branchID = new BranchID3(state.branchID, null);
          }
          this.regexp_alternative(state);
          while (state.eat(
            124
            /* | */
          )) {
            if (trackDisjunction) {
              state.branchID = state.branchID.sibling();
            }
            this.regexp_alternative(state);
          }
          if (trackDisjunction) {
            state.branchID = state.branchID.parent;
          }
          if (this.regexp_eatQuantifier(state, true)) {
            state.raise("Nothing to repeat");
          }
          if (state.eat(
            123
            /* { */
          )) {
            state.raise("Lone quantifier brackets");
          }
        };
        pp$12.regexp_alternative = function(state) {
          while (state.pos < state.source.length && this.regexp_eatTerm(state)) {
          }
        };
        pp$12.regexp_eatTerm = function(state) {
          if (this.regexp_eatAssertion(state)) {
            if (state.lastAssertionIsQuantifiable && this.regexp_eatQuantifier(state)) {
              if (state.switchU) {
                state.raise("Invalid quantifier");
              }
            }
            return true;
          }
          if (state.switchU ? this.regexp_eatAtom(state) : this.regexp_eatExtendedAtom(state)) {
            this.regexp_eatQuantifier(state);
            return true;
          }
          return false;
        };
        pp$12.regexp_eatAssertion = function(state) {
          var start = state.pos;
          state.lastAssertionIsQuantifiable = false;
          if (state.eat(
            94
            /* ^ */
          ) || state.eat(
            36
            /* $ */
          )) {
            return true;
          }
          if (state.eat(
            92
            /* \ */
          )) {
            if (state.eat(
              66
              /* B */
            ) || state.eat(
              98
              /* b */
            )) {
              return true;
            }
            state.pos = start;
          }
          if (state.eat(
            40
            /* ( */
          ) && state.eat(
            63
            /* ? */
          )) {
            var lookbehind = false;
            if (this.options.ecmaVersion >= 9) {
              lookbehind = state.eat(
                60
                /* < */
              );
            }
            if (state.eat(
              61
              /* = */
            ) || state.eat(
              33
              /* ! */
            )) {
              this.regexp_disjunction(state);
              if (!state.eat(
                41
                /* ) */
              )) {
                state.raise("Unterminated group");
              }
              state.lastAssertionIsQuantifiable = !lookbehind;
              return true;
            }
          }
          state.pos = start;
          return false;
        };
        pp$12.regexp_eatQuantifier = function(state, noError) {
          if (noError === void 0) noError = false;
          if (this.regexp_eatQuantifierPrefix(state, noError)) {
            state.eat(
              63
              /* ? */
            );
            return true;
          }
          return false;
        };
        pp$12.regexp_eatQuantifierPrefix = function(state, noError) {
          return state.eat(
            42
            /* * */
          ) || state.eat(
            43
            /* + */
          ) || state.eat(
            63
            /* ? */
          ) || this.regexp_eatBracedQuantifier(state, noError);
        };
        pp$12.regexp_eatBracedQuantifier = function(state, noError) {
          var start = state.pos;
          if (state.eat(
            123
            /* { */
          )) {
            var min = 0, max = -1;
            if (this.regexp_eatDecimalDigits(state)) {
              min = state.lastIntValue;
              if (state.eat(
                44
                /* , */
              ) && this.regexp_eatDecimalDigits(state)) {
                max = state.lastIntValue;
              }
              if (state.eat(
                125
                /* } */
              )) {
                if (max !== -1 && max < min && !noError) {
                  state.raise("numbers out of order in {} quantifier");
                }
                return true;
              }
            }
            if (state.switchU && !noError) {
              state.raise("Incomplete quantifier");
            }
            state.pos = start;
          }
          return false;
        };
        pp$12.regexp_eatAtom = function(state) {
          return this.regexp_eatPatternCharacters(state) || state.eat(
            46
            /* . */
          ) || this.regexp_eatReverseSolidusAtomEscape(state) || this.regexp_eatCharacterClass(state) || this.regexp_eatUncapturingGroup(state) || this.regexp_eatCapturingGroup(state);
        };
        pp$12.regexp_eatReverseSolidusAtomEscape = function(state) {
          var start = state.pos;
          if (state.eat(
            92
            /* \ */
          )) {
            if (this.regexp_eatAtomEscape(state)) {
              return true;
            }
            state.pos = start;
          }
          return false;
        };
        pp$12.regexp_eatUncapturingGroup = function(state) {
          var start = state.pos;
          if (state.eat(
            40
            /* ( */
          )) {
            if (state.eat(
              63
              /* ? */
            )) {
              if (this.options.ecmaVersion >= 16) {
                var addModifiers = this.regexp_eatModifiers(state);
                var hasHyphen = state.eat(
                  45
                  /* - */
                );
                if (addModifiers || hasHyphen) {
                  for (var i2 = 0; i2 < addModifiers.length; i2++) {
                    var modifier = addModifiers.charAt(i2);
                    if (addModifiers.indexOf(modifier, i2 + 1) > -1) {
                      state.raise("Duplicate regular expression modifiers");
                    }
                  }
                  if (hasHyphen) {
                    var removeModifiers = this.regexp_eatModifiers(state);
                    if (!addModifiers && !removeModifiers && state.current() === 58) {
                      state.raise("Invalid regular expression modifiers");
                    }
                    for (var i$1 = 0; i$1 < removeModifiers.length; i$1++) {
                      var modifier$1 = removeModifiers.charAt(i$1);
                      if (removeModifiers.indexOf(modifier$1, i$1 + 1) > -1 || addModifiers.indexOf(modifier$1) > -1) {
                        state.raise("Duplicate regular expression modifiers");
                      }
                    }
                  }
                }
              }
              if (state.eat(
                58
                /* : */
              )) {
                this.regexp_disjunction(state);
                if (state.eat(
                  41
                  /* ) */
                )) {
                  return true;
                }
                state.raise("Unterminated group");
              }
            }
            state.pos = start;
          }
          return false;
        };
        pp$12.regexp_eatCapturingGroup = function(state) {
          if (state.eat(
            40
            /* ( */
          )) {
            if (this.options.ecmaVersion >= 9) {
              this.regexp_groupSpecifier(state);
            } else if (state.current() === 63) {
              state.raise("Invalid group");
            }
            this.regexp_disjunction(state);
            if (state.eat(
              41
              /* ) */
            )) {
              state.numCapturingParens += 1;
              return true;
            }
            state.raise("Unterminated group");
          }
          return false;
        };
        pp$12.regexp_eatModifiers = function(state) {
          var modifiers = "";
          var ch = 0;
          while ((ch = state.current()) !== -1 && isRegularExpressionModifier2(ch)) {
            modifiers += codePointToString2(ch);
            state.advance();
          }
          return modifiers;
        };
        function isRegularExpressionModifier2(ch) {
          return ch === 105 || ch === 109 || ch === 115;
        }
        pp$12.regexp_eatExtendedAtom = function(state) {
          return state.eat(
            46
            /* . */
          ) || this.regexp_eatReverseSolidusAtomEscape(state) || this.regexp_eatCharacterClass(state) || this.regexp_eatUncapturingGroup(state) || this.regexp_eatCapturingGroup(state) || this.regexp_eatInvalidBracedQuantifier(state) || this.regexp_eatExtendedPatternCharacter(state);
        };
        pp$12.regexp_eatInvalidBracedQuantifier = function(state) {
          if (this.regexp_eatBracedQuantifier(state, true)) {
            state.raise("Nothing to repeat");
          }
          return false;
        };
        pp$12.regexp_eatSyntaxCharacter = function(state) {
          var ch = state.current();
          if (isSyntaxCharacter2(ch)) {
            state.lastIntValue = ch;
            state.advance();
            return true;
          }
          return false;
        };
        function isSyntaxCharacter2(ch) {
          return ch === 36 || ch >= 40 && ch <= 43 || ch === 46 || ch === 63 || ch >= 91 && ch <= 94 || ch >= 123 && ch <= 125;
        }
        pp$12.regexp_eatPatternCharacters = function(state) {
          var start = state.pos;
          var ch = 0;
          while ((ch = state.current()) !== -1 && !isSyntaxCharacter2(ch)) {
            state.advance();
          }
          return state.pos !== start;
        };
        pp$12.regexp_eatExtendedPatternCharacter = function(state) {
          var ch = state.current();
          if (ch !== -1 && ch !== 36 && !(ch >= 40 && ch <= 43) && ch !== 46 && ch !== 63 && ch !== 91 && ch !== 94 && ch !== 124) {
            state.advance();
            return true;
          }
          return false;
        };
        pp$12.regexp_groupSpecifier = function(state) {
          if (state.eat(
            63
            /* ? */
          )) {
            if (!this.regexp_eatGroupName(state)) {
              state.raise("Invalid group");
            }
            var trackDisjunction = this.options.ecmaVersion >= 16;
            var known = state.groupNames[state.lastStringValue];
            if (known) {
              if (trackDisjunction) {
                for (var i2 = 0, list2 = known; i2 < list2.length; i2 += 1) {
                  var altID = list2[i2];
                  if (!altID.separatedFrom(state.branchID)) {
                    state.raise("Duplicate capture group name");
                  }
                }
              } else {
                state.raise("Duplicate capture group name");
              }
            }
            if (trackDisjunction) {
              (known || (state.groupNames[state.lastStringValue] = [])).push(state.branchID);
            } else {
              state.groupNames[state.lastStringValue] = true;
            }
          }
        };
        pp$12.regexp_eatGroupName = function(state) {
          state.lastStringValue = "";
          if (state.eat(
            60
            /* < */
          )) {
            if (this.regexp_eatRegExpIdentifierName(state) && state.eat(
              62
              /* > */
            )) {
              return true;
            }
            state.raise("Invalid capture group name");
          }
          return false;
        };
        pp$12.regexp_eatRegExpIdentifierName = function(state) {
          state.lastStringValue = "";
          if (this.regexp_eatRegExpIdentifierStart(state)) {
            state.lastStringValue += codePointToString2(state.lastIntValue);
            while (this.regexp_eatRegExpIdentifierPart(state)) {
              state.lastStringValue += codePointToString2(state.lastIntValue);
            }
            return true;
          }
          return false;
        };
        pp$12.regexp_eatRegExpIdentifierStart = function(state) {
          var start = state.pos;
          var forceU = this.options.ecmaVersion >= 11;
          var ch = state.current(forceU);
          state.advance(forceU);
          if (ch === 92 && this.regexp_eatRegExpUnicodeEscapeSequence(state, forceU)) {
            ch = state.lastIntValue;
          }
          if (isRegExpIdentifierStart2(ch)) {
            state.lastIntValue = ch;
            return true;
          }
          state.pos = start;
          return false;
        };
        function isRegExpIdentifierStart2(ch) {
          return isIdentifierStart2(ch, true) || ch === 36 || ch === 95;
        }
        pp$12.regexp_eatRegExpIdentifierPart = function(state) {
          var start = state.pos;
          var forceU = this.options.ecmaVersion >= 11;
          var ch = state.current(forceU);
          state.advance(forceU);
          if (ch === 92 && this.regexp_eatRegExpUnicodeEscapeSequence(state, forceU)) {
            ch = state.lastIntValue;
          }
          if (isRegExpIdentifierPart2(ch)) {
            state.lastIntValue = ch;
            return true;
          }
          state.pos = start;
          return false;
        };
        function isRegExpIdentifierPart2(ch) {
          return isIdentifierChar2(ch, true) || ch === 36 || ch === 95 || ch === 8204 || ch === 8205;
        }
        pp$12.regexp_eatAtomEscape = function(state) {
          if (this.regexp_eatBackReference(state) || this.regexp_eatCharacterClassEscape(state) || this.regexp_eatCharacterEscape(state) || state.switchN && this.regexp_eatKGroupName(state)) {
            return true;
          }
          if (state.switchU) {
            if (state.current() === 99) {
              state.raise("Invalid unicode escape");
            }
            state.raise("Invalid escape");
          }
          return false;
        };
        pp$12.regexp_eatBackReference = function(state) {
          var start = state.pos;
          if (this.regexp_eatDecimalEscape(state)) {
            var n = state.lastIntValue;
            if (state.switchU) {
              if (n > state.maxBackReference) {
                state.maxBackReference = n;
              }
              return true;
            }
            if (n <= state.numCapturingParens) {
              return true;
            }
            state.pos = start;
          }
          return false;
        };
        pp$12.regexp_eatKGroupName = function(state) {
          if (state.eat(
            107
            /* k */
          )) {
            if (this.regexp_eatGroupName(state)) {
              state.backReferenceNames.push(state.lastStringValue);
              return true;
            }
            state.raise("Invalid named reference");
          }
          return false;
        };
        pp$12.regexp_eatCharacterEscape = function(state) {
          return this.regexp_eatControlEscape(state) || this.regexp_eatCControlLetter(state) || this.regexp_eatZero(state) || this.regexp_eatHexEscapeSequence(state) || this.regexp_eatRegExpUnicodeEscapeSequence(state, false) || !state.switchU && this.regexp_eatLegacyOctalEscapeSequence(state) || this.regexp_eatIdentityEscape(state);
        };
        pp$12.regexp_eatCControlLetter = function(state) {
          var start = state.pos;
          if (state.eat(
            99
            /* c */
          )) {
            if (this.regexp_eatControlLetter(state)) {
              return true;
            }
            state.pos = start;
          }
          return false;
        };
        pp$12.regexp_eatZero = function(state) {
          if (state.current() === 48 && !isDecimalDigit2(state.lookahead())) {
            state.lastIntValue = 0;
            state.advance();
            return true;
          }
          return false;
        };
        pp$12.regexp_eatControlEscape = function(state) {
          var ch = state.current();
          if (ch === 116) {
            state.lastIntValue = 9;
            state.advance();
            return true;
          }
          if (ch === 110) {
            state.lastIntValue = 10;
            state.advance();
            return true;
          }
          if (ch === 118) {
            state.lastIntValue = 11;
            state.advance();
            return true;
          }
          if (ch === 102) {
            state.lastIntValue = 12;
            state.advance();
            return true;
          }
          if (ch === 114) {
            state.lastIntValue = 13;
            state.advance();
            return true;
          }
          return false;
        };
        pp$12.regexp_eatControlLetter = function(state) {
          var ch = state.current();
          if (isControlLetter2(ch)) {
            state.lastIntValue = ch % 32;
            state.advance();
            return true;
          }
          return false;
        };
        function isControlLetter2(ch) {
          return ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122;
        }
        pp$12.regexp_eatRegExpUnicodeEscapeSequence = function(state, forceU) {
          if (forceU === void 0) forceU = false;
          var start = state.pos;
          var switchU = forceU || state.switchU;
          if (state.eat(
            117
            /* u */
          )) {
            if (this.regexp_eatFixedHexDigits(state, 4)) {
              var lead = state.lastIntValue;
              if (switchU && lead >= 55296 && lead <= 56319) {
                var leadSurrogateEnd = state.pos;
                if (state.eat(
                  92
                  /* \ */
                ) && state.eat(
                  117
                  /* u */
                ) && this.regexp_eatFixedHexDigits(state, 4)) {
                  var trail = state.lastIntValue;
                  if (trail >= 56320 && trail <= 57343) {
                    state.lastIntValue = (lead - 55296) * 1024 + (trail - 56320) + 65536;
                    return true;
                  }
                }
                state.pos = leadSurrogateEnd;
                state.lastIntValue = lead;
              }
              return true;
            }
            if (switchU && state.eat(
              123
              /* { */
            ) && this.regexp_eatHexDigits(state) && state.eat(
              125
              /* } */
            ) && isValidUnicode2(state.lastIntValue)) {
              return true;
            }
            if (switchU) {
              state.raise("Invalid unicode escape");
            }
            state.pos = start;
          }
          return false;
        };
        function isValidUnicode2(ch) {
          return ch >= 0 && ch <= 1114111;
        }
        pp$12.regexp_eatIdentityEscape = function(state) {
          if (state.switchU) {
            if (this.regexp_eatSyntaxCharacter(state)) {
              return true;
            }
            if (state.eat(
              47
              /* / */
            )) {
              state.lastIntValue = 47;
              return true;
            }
            return false;
          }
          var ch = state.current();
          if (ch !== 99 && (!state.switchN || ch !== 107)) {
            state.lastIntValue = ch;
            state.advance();
            return true;
          }
          return false;
        };
        pp$12.regexp_eatDecimalEscape = function(state) {
          state.lastIntValue = 0;
          var ch = state.current();
          if (ch >= 49 && ch <= 57) {
            do {
              state.lastIntValue = 10 * state.lastIntValue + (ch - 48);
              state.advance();
            } while ((ch = state.current()) >= 48 && ch <= 57);
            return true;
          }
          return false;
        };
        var CharSetNone2 = 0;
        var CharSetOk2 = 1;
        var CharSetString2 = 2;
        pp$12.regexp_eatCharacterClassEscape = function(state) {
          var ch = state.current();
          if (isCharacterClassEscape2(ch)) {
            state.lastIntValue = -1;
            state.advance();
            return CharSetOk2;
          }
          var negate = false;
          if (state.switchU && this.options.ecmaVersion >= 9 && ((negate = ch === 80) || ch === 112)) {
            state.lastIntValue = -1;
            state.advance();
            var result;
            if (state.eat(
              123
              /* { */
            ) && (result = this.regexp_eatUnicodePropertyValueExpression(state)) && state.eat(
              125
              /* } */
            )) {
              if (negate && result === CharSetString2) {
                state.raise("Invalid property name");
              }
              return result;
            }
            state.raise("Invalid property name");
          }
          return CharSetNone2;
        };
        function isCharacterClassEscape2(ch) {
          return ch === 100 || ch === 68 || ch === 115 || ch === 83 || ch === 119 || ch === 87;
        }
        pp$12.regexp_eatUnicodePropertyValueExpression = function(state) {
          var start = state.pos;
          if (this.regexp_eatUnicodePropertyName(state) && state.eat(
            61
            /* = */
          )) {
            var name = state.lastStringValue;
            if (this.regexp_eatUnicodePropertyValue(state)) {
              var value = state.lastStringValue;
              this.regexp_validateUnicodePropertyNameAndValue(state, name, value);
              return CharSetOk2;
            }
          }
          state.pos = start;
          if (this.regexp_eatLoneUnicodePropertyNameOrValue(state)) {
            var nameOrValue = state.lastStringValue;
            return this.regexp_validateUnicodePropertyNameOrValue(state, nameOrValue);
          }
          return CharSetNone2;
        };
        pp$12.regexp_validateUnicodePropertyNameAndValue = function(state, name, value) {
          if (!hasOwn2(state.unicodeProperties.nonBinary, name)) {
            state.raise("Invalid property name");
          }
          if (!state.unicodeProperties.nonBinary[name].test(value)) {
            state.raise("Invalid property value");
          }
        };
        pp$12.regexp_validateUnicodePropertyNameOrValue = function(state, nameOrValue) {
          if (state.unicodeProperties.binary.test(nameOrValue)) {
            return CharSetOk2;
          }
          if (state.switchV && state.unicodeProperties.binaryOfStrings.test(nameOrValue)) {
            return CharSetString2;
          }
          state.raise("Invalid property name");
        };
        pp$12.regexp_eatUnicodePropertyName = function(state) {
          var ch = 0;
          state.lastStringValue = "";
          while (isUnicodePropertyNameCharacter2(ch = state.current())) {
            state.lastStringValue += codePointToString2(ch);
            state.advance();
          }
          return state.lastStringValue !== "";
        };
        function isUnicodePropertyNameCharacter2(ch) {
          return isControlLetter2(ch) || ch === 95;
        }
        pp$12.regexp_eatUnicodePropertyValue = function(state) {
          var ch = 0;
          state.lastStringValue = "";
          while (isUnicodePropertyValueCharacter2(ch = state.current())) {
            state.lastStringValue += codePointToString2(ch);
            state.advance();
          }
          return state.lastStringValue !== "";
        };
        function isUnicodePropertyValueCharacter2(ch) {
          return isUnicodePropertyNameCharacter2(ch) || isDecimalDigit2(ch);
        }
        pp$12.regexp_eatLoneUnicodePropertyNameOrValue = function(state) {
          return this.regexp_eatUnicodePropertyValue(state);
        };
        pp$12.regexp_eatCharacterClass = function(state) {
          if (state.eat(
            91
            /* [ */
          )) {
            var negate = state.eat(
              94
              /* ^ */
            );
            var result = this.regexp_classContents(state);
            if (!state.eat(
              93
              /* ] */
            )) {
              state.raise("Unterminated character class");
            }
            if (negate && result === CharSetString2) {
              state.raise("Negated character class may contain strings");
            }
            return true;
          }
          return false;
        };
        pp$12.regexp_classContents = function(state) {
          if (state.current() === 93) {
            return CharSetOk2;
          }
          if (state.switchV) {
            return this.regexp_classSetExpression(state);
          }
          this.regexp_nonEmptyClassRanges(state);
          return CharSetOk2;
        };
        pp$12.regexp_nonEmptyClassRanges = function(state) {
          while (this.regexp_eatClassAtom(state)) {
            var left = state.lastIntValue;
            if (state.eat(
              45
              /* - */
            ) && this.regexp_eatClassAtom(state)) {
              var right = state.lastIntValue;
              if (state.switchU && (left === -1 || right === -1)) {
                state.raise("Invalid character class");
              }
              if (left !== -1 && right !== -1 && left > right) {
                state.raise("Range out of order in character class");
              }
            }
          }
        };
        pp$12.regexp_eatClassAtom = function(state) {
          var start = state.pos;
          if (state.eat(
            92
            /* \ */
          )) {
            if (this.regexp_eatClassEscape(state)) {
              return true;
            }
            if (state.switchU) {
              var ch$1 = state.current();
              if (ch$1 === 99 || isOctalDigit2(ch$1)) {
                state.raise("Invalid class escape");
              }
              state.raise("Invalid escape");
            }
            state.pos = start;
          }
          var ch = state.current();
          if (ch !== 93) {
            state.lastIntValue = ch;
            state.advance();
            return true;
          }
          return false;
        };
        pp$12.regexp_eatClassEscape = function(state) {
          var start = state.pos;
          if (state.eat(
            98
            /* b */
          )) {
            state.lastIntValue = 8;
            return true;
          }
          if (state.switchU && state.eat(
            45
            /* - */
          )) {
            state.lastIntValue = 45;
            return true;
          }
          if (!state.switchU && state.eat(
            99
            /* c */
          )) {
            if (this.regexp_eatClassControlLetter(state)) {
              return true;
            }
            state.pos = start;
          }
          return this.regexp_eatCharacterClassEscape(state) || this.regexp_eatCharacterEscape(state);
        };
        pp$12.regexp_classSetExpression = function(state) {
          var result = CharSetOk2, subResult;
          if (this.regexp_eatClassSetRange(state)) ;
          else if (subResult = this.regexp_eatClassSetOperand(state)) {
            if (subResult === CharSetString2) {
              result = CharSetString2;
            }
            var start = state.pos;
            while (state.eatChars(
              [38, 38]
              /* && */
            )) {
              if (state.current() !== 38 && (subResult = this.regexp_eatClassSetOperand(state))) {
                if (subResult !== CharSetString2) {
                  result = CharSetOk2;
                }
                continue;
              }
              state.raise("Invalid character in character class");
            }
            if (start !== state.pos) {
              return result;
            }
            while (state.eatChars(
              [45, 45]
              /* -- */
            )) {
              if (this.regexp_eatClassSetOperand(state)) {
                continue;
              }
              state.raise("Invalid character in character class");
            }
            if (start !== state.pos) {
              return result;
            }
          } else {
            state.raise("Invalid character in character class");
          }
          for (; ; ) {
            if (this.regexp_eatClassSetRange(state)) {
              continue;
            }
            subResult = this.regexp_eatClassSetOperand(state);
            if (!subResult) {
              return result;
            }
            if (subResult === CharSetString2) {
              result = CharSetString2;
            }
          }
        };
        pp$12.regexp_eatClassSetRange = function(state) {
          var start = state.pos;
          if (this.regexp_eatClassSetCharacter(state)) {
            var left = state.lastIntValue;
            if (state.eat(
              45
              /* - */
            ) && this.regexp_eatClassSetCharacter(state)) {
              var right = state.lastIntValue;
              if (left !== -1 && right !== -1 && left > right) {
                state.raise("Range out of order in character class");
              }
              return true;
            }
            state.pos = start;
          }
          return false;
        };
        pp$12.regexp_eatClassSetOperand = function(state) {
          if (this.regexp_eatClassSetCharacter(state)) {
            return CharSetOk2;
          }
          return this.regexp_eatClassStringDisjunction(state) || this.regexp_eatNestedClass(state);
        };
        pp$12.regexp_eatNestedClass = function(state) {
          var start = state.pos;
          if (state.eat(
            91
            /* [ */
          )) {
            var negate = state.eat(
              94
              /* ^ */
            );
            var result = this.regexp_classContents(state);
            if (state.eat(
              93
              /* ] */
            )) {
              if (negate && result === CharSetString2) {
                state.raise("Negated character class may contain strings");
              }
              return result;
            }
            state.pos = start;
          }
          if (state.eat(
            92
            /* \ */
          )) {
            var result$1 = this.regexp_eatCharacterClassEscape(state);
            if (result$1) {
              return result$1;
            }
            state.pos = start;
          }
          return null;
        };
        pp$12.regexp_eatClassStringDisjunction = function(state) {
          var start = state.pos;
          if (state.eatChars(
            [92, 113]
            /* \q */
          )) {
            if (state.eat(
              123
              /* { */
            )) {
              var result = this.regexp_classStringDisjunctionContents(state);
              if (state.eat(
                125
                /* } */
              )) {
                return result;
              }
            } else {
              state.raise("Invalid escape");
            }
            state.pos = start;
          }
          return null;
        };
        pp$12.regexp_classStringDisjunctionContents = function(state) {
          var result = this.regexp_classString(state);
          while (state.eat(
            124
            /* | */
          )) {
            if (this.regexp_classString(state) === CharSetString2) {
              result = CharSetString2;
            }
          }
          return result;
        };
        pp$12.regexp_classString = function(state) {
          var count = 0;
          while (this.regexp_eatClassSetCharacter(state)) {
            count++;
          }
          return count === 1 ? CharSetOk2 : CharSetString2;
        };
        pp$12.regexp_eatClassSetCharacter = function(state) {
          var start = state.pos;
          if (state.eat(
            92
            /* \ */
          )) {
            if (this.regexp_eatCharacterEscape(state) || this.regexp_eatClassSetReservedPunctuator(state)) {
              return true;
            }
            if (state.eat(
              98
              /* b */
            )) {
              state.lastIntValue = 8;
              return true;
            }
            state.pos = start;
            return false;
          }
          var ch = state.current();
          if (ch < 0 || ch === state.lookahead() && isClassSetReservedDoublePunctuatorCharacter2(ch)) {
            return false;
          }
          if (isClassSetSyntaxCharacter2(ch)) {
            return false;
          }
          state.advance();
          state.lastIntValue = ch;
          return true;
        };
        function isClassSetReservedDoublePunctuatorCharacter2(ch) {
          return ch === 33 || ch >= 35 && ch <= 38 || ch >= 42 && ch <= 44 || ch === 46 || ch >= 58 && ch <= 64 || ch === 94 || ch === 96 || ch === 126;
        }
        function isClassSetSyntaxCharacter2(ch) {
          return ch === 40 || ch === 41 || ch === 45 || ch === 47 || ch >= 91 && ch <= 93 || ch >= 123 && ch <= 125;
        }
        pp$12.regexp_eatClassSetReservedPunctuator = function(state) {
          var ch = state.current();
          if (isClassSetReservedPunctuator2(ch)) {
            state.lastIntValue = ch;
            state.advance();
            return true;
          }
          return false;
        };
        function isClassSetReservedPunctuator2(ch) {
          return ch === 33 || ch === 35 || ch === 37 || ch === 38 || ch === 44 || ch === 45 || ch >= 58 && ch <= 62 || ch === 64 || ch === 96 || ch === 126;
        }
        pp$12.regexp_eatClassControlLetter = function(state) {
          var ch = state.current();
          if (isDecimalDigit2(ch) || ch === 95) {
            state.lastIntValue = ch % 32;
            state.advance();
            return true;
          }
          return false;
        };
        pp$12.regexp_eatHexEscapeSequence = function(state) {
          var start = state.pos;
          if (state.eat(
            120
            /* x */
          )) {
            if (this.regexp_eatFixedHexDigits(state, 2)) {
              return true;
            }
            if (state.switchU) {
              state.raise("Invalid escape");
            }
            state.pos = start;
          }
          return false;
        };
        pp$12.regexp_eatDecimalDigits = function(state) {
          var start = state.pos;
          var ch = 0;
          state.lastIntValue = 0;
          while (isDecimalDigit2(ch = state.current())) {
            state.lastIntValue = 10 * state.lastIntValue + (ch - 48);
            state.advance();
          }
          return state.pos !== start;
        };
        function isDecimalDigit2(ch) {
          return ch >= 48 && ch <= 57;
        }
        pp$12.regexp_eatHexDigits = function(state) {
          var start = state.pos;
          var ch = 0;
          state.lastIntValue = 0;
          while (isHexDigit2(ch = state.current())) {
            state.lastIntValue = 16 * state.lastIntValue + hexToInt2(ch);
            state.advance();
          }
          return state.pos !== start;
        };
        function isHexDigit2(ch) {
          return ch >= 48 && ch <= 57 || ch >= 65 && ch <= 70 || ch >= 97 && ch <= 102;
        }
        function hexToInt2(ch) {
          if (ch >= 65 && ch <= 70) {
            return 10 + (ch - 65);
          }
          if (ch >= 97 && ch <= 102) {
            return 10 + (ch - 97);
          }
          return ch - 48;
        }
        pp$12.regexp_eatLegacyOctalEscapeSequence = function(state) {
          if (this.regexp_eatOctalDigit(state)) {
            var n1 = state.lastIntValue;
            if (this.regexp_eatOctalDigit(state)) {
              var n2 = state.lastIntValue;
              if (n1 <= 3 && this.regexp_eatOctalDigit(state)) {
                state.lastIntValue = n1 * 64 + n2 * 8 + state.lastIntValue;
              } else {
                state.lastIntValue = n1 * 8 + n2;
              }
            } else {
              state.lastIntValue = n1;
            }
            return true;
          }
          return false;
        };
        pp$12.regexp_eatOctalDigit = function(state) {
          var ch = state.current();
          if (isOctalDigit2(ch)) {
            state.lastIntValue = ch - 48;
            state.advance();
            return true;
          }
          state.lastIntValue = 0;
          return false;
        };
        function isOctalDigit2(ch) {
          return ch >= 48 && ch <= 55;
        }
        pp$12.regexp_eatFixedHexDigits = function(state, length) {
          var start = state.pos;
          state.lastIntValue = 0;
          for (var i2 = 0; i2 < length; ++i2) {
            var ch = state.current();
            if (!isHexDigit2(ch)) {
              state.pos = start;
              return false;
            }
            state.lastIntValue = 16 * state.lastIntValue + hexToInt2(ch);
            state.advance();
          }
          return true;
        };
        var Token3 = function Token4(p) {
          this.type = p.type;
          this.value = p.value;
          this.start = p.start;
          this.end = p.end;
          if (p.options.locations) {
            this.loc = new SourceLocation3(p, p.startLoc, p.endLoc);
          }
          if (p.options.ranges) {
            this.range = [p.start, p.end];
          }
        };
        var pp2 = Parser3.prototype;
        pp2.next = function(ignoreEscapeSequenceInKeyword) {
          if (!ignoreEscapeSequenceInKeyword && this.type.keyword && this.containsEsc) {
            this.raiseRecoverable(this.start, "Escape sequence in keyword " + this.type.keyword);
          }
          if (this.options.onToken) {
            this.options.onToken(new Token3(this));
          }
          this.lastTokEnd = this.end;
          this.lastTokStart = this.start;
          this.lastTokEndLoc = this.endLoc;
          this.lastTokStartLoc = this.startLoc;
          this.nextToken();
        };
        pp2.getToken = function() {
          this.next();
          return new Token3(this);
        };
        if (typeof Symbol !== "undefined") {
          pp2[Symbol.iterator] = function() {
            var this$1$1 = this;
            return {
              next: function() {
                var token = this$1$1.getToken();
                return {
                  done: token.type === types$12.eof,
                  value: token
                };
              }
            };
          };
        }
        pp2.nextToken = function() {
          var curContext = this.curContext();
          if (!curContext || !curContext.preserveSpace) {
            this.skipSpace();
          }
          this.start = this.pos;
          if (this.options.locations) {
            this.startLoc = this.curPosition();
          }
          if (this.pos >= this.input.length) {
            return this.finishToken(types$12.eof);
          }
          if (curContext.override) {
            return curContext.override(this);
          } else {
            this.readToken(this.fullCharCodeAtPos());
          }
        };
        pp2.readToken = function(code) {
          if (isIdentifierStart2(code, this.options.ecmaVersion >= 6) || code === 92) {
            return this.readWord();
          }
          return this.getTokenFromCode(code);
        };
        pp2.fullCharCodeAt = function(pos) {
          var code = this.input.charCodeAt(pos);
          if (code <= 55295 || code >= 56320) {
            return code;
          }
          var next = this.input.charCodeAt(pos + 1);
          return next <= 56319 || next >= 57344 ? code : (code << 10) + next - 56613888;
        };
        pp2.fullCharCodeAtPos = function() {
          return this.fullCharCodeAt(this.pos);
        };
        pp2.skipBlockComment = function() {
          var startLoc = this.options.onComment && this.curPosition();
          var start = this.pos, end = this.input.indexOf("*/", this.pos += 2);
          if (end === -1) {
            this.raise(this.pos - 2, "Unterminated comment");
          }
          this.pos = end + 2;
          if (this.options.locations) {
            for (var nextBreak = void 0, pos = start; (nextBreak = nextLineBreak2(this.input, pos, this.pos)) > -1; ) {
              ++this.curLine;
              pos = this.lineStart = nextBreak;
            }
          }
          if (this.options.onComment) {
            this.options.onComment(
              true,
              this.input.slice(start + 2, end),
              start,
              this.pos,
              startLoc,
              this.curPosition()
            );
          }
        };
        pp2.skipLineComment = function(startSkip) {
          var start = this.pos;
          var startLoc = this.options.onComment && this.curPosition();
          var ch = this.input.charCodeAt(this.pos += startSkip);
          while (this.pos < this.input.length && !isNewLine2(ch)) {
            ch = this.input.charCodeAt(++this.pos);
          }
          if (this.options.onComment) {
            this.options.onComment(
              false,
              this.input.slice(start + startSkip, this.pos),
              start,
              this.pos,
              startLoc,
              this.curPosition()
            );
          }
        };
        pp2.skipSpace = function() {
          loop: while (this.pos < this.input.length) {
            var ch = this.input.charCodeAt(this.pos);
            switch (ch) {
              case 32:
              case 160:
                ++this.pos;
                break;
              case 13:
                if (this.input.charCodeAt(this.pos + 1) === 10) {
                  ++this.pos;
                }
              case 10:
              case 8232:
              case 8233:
                ++this.pos;
                if (this.options.locations) {
                  ++this.curLine;
                  this.lineStart = this.pos;
                }
                break;
              case 47:
                switch (this.input.charCodeAt(this.pos + 1)) {
                  case 42:
                    this.skipBlockComment();
                    break;
                  case 47:
                    this.skipLineComment(2);
                    break;
                  default:
                    break loop;
                }
                break;
              default:
                if (ch > 8 && ch < 14 || ch >= 5760 && nonASCIIwhitespace2.test(String.fromCharCode(ch))) {
                  ++this.pos;
                } else {
                  break loop;
                }
            }
          }
        };
        pp2.finishToken = function(type, val) {
          this.end = this.pos;
          if (this.options.locations) {
            this.endLoc = this.curPosition();
          }
          var prevType = this.type;
          this.type = type;
          this.value = val;
          this.updateContext(prevType);
        };
        pp2.readToken_dot = function() {
          var next = this.input.charCodeAt(this.pos + 1);
          if (next >= 48 && next <= 57) {
            return this.readNumber(true);
          }
          var next2 = this.input.charCodeAt(this.pos + 2);
          if (this.options.ecmaVersion >= 6 && next === 46 && next2 === 46) {
            this.pos += 3;
            return this.finishToken(types$12.ellipsis);
          } else {
            ++this.pos;
            return this.finishToken(types$12.dot);
          }
        };
        pp2.readToken_slash = function() {
          var next = this.input.charCodeAt(this.pos + 1);
          if (this.exprAllowed) {
            ++this.pos;
            return this.readRegexp();
          }
          if (next === 61) {
            return this.finishOp(types$12.assign, 2);
          }
          return this.finishOp(types$12.slash, 1);
        };
        pp2.readToken_mult_modulo_exp = function(code) {
          var next = this.input.charCodeAt(this.pos + 1);
          var size = 1;
          var tokentype = code === 42 ? types$12.star : types$12.modulo;
          if (this.options.ecmaVersion >= 7 && code === 42 && next === 42) {
            ++size;
            tokentype = types$12.starstar;
            next = this.input.charCodeAt(this.pos + 2);
          }
          if (next === 61) {
            return this.finishOp(types$12.assign, size + 1);
          }
          return this.finishOp(tokentype, size);
        };
        pp2.readToken_pipe_amp = function(code) {
          var next = this.input.charCodeAt(this.pos + 1);
          if (next === code) {
            if (this.options.ecmaVersion >= 12) {
              var next2 = this.input.charCodeAt(this.pos + 2);
              if (next2 === 61) {
                return this.finishOp(types$12.assign, 3);
              }
            }
            return this.finishOp(code === 124 ? types$12.logicalOR : types$12.logicalAND, 2);
          }
          if (next === 61) {
            return this.finishOp(types$12.assign, 2);
          }
          return this.finishOp(code === 124 ? types$12.bitwiseOR : types$12.bitwiseAND, 1);
        };
        pp2.readToken_caret = function() {
          var next = this.input.charCodeAt(this.pos + 1);
          if (next === 61) {
            return this.finishOp(types$12.assign, 2);
          }
          return this.finishOp(types$12.bitwiseXOR, 1);
        };
        pp2.readToken_plus_min = function(code) {
          var next = this.input.charCodeAt(this.pos + 1);
          if (next === code) {
            if (next === 45 && !this.inModule && this.input.charCodeAt(this.pos + 2) === 62 && (this.lastTokEnd === 0 || lineBreak2.test(this.input.slice(this.lastTokEnd, this.pos)))) {
              this.skipLineComment(3);
              this.skipSpace();
              return this.nextToken();
            }
            return this.finishOp(types$12.incDec, 2);
          }
          if (next === 61) {
            return this.finishOp(types$12.assign, 2);
          }
          return this.finishOp(types$12.plusMin, 1);
        };
        pp2.readToken_lt_gt = function(code) {
          var next = this.input.charCodeAt(this.pos + 1);
          var size = 1;
          if (next === code) {
            size = code === 62 && this.input.charCodeAt(this.pos + 2) === 62 ? 3 : 2;
            if (this.input.charCodeAt(this.pos + size) === 61) {
              return this.finishOp(types$12.assign, size + 1);
            }
            return this.finishOp(types$12.bitShift, size);
          }
          if (next === 33 && code === 60 && !this.inModule && this.input.charCodeAt(this.pos + 2) === 45 && this.input.charCodeAt(this.pos + 3) === 45) {
            this.skipLineComment(4);
            this.skipSpace();
            return this.nextToken();
          }
          if (next === 61) {
            size = 2;
          }
          return this.finishOp(types$12.relational, size);
        };
        pp2.readToken_eq_excl = function(code) {
          var next = this.input.charCodeAt(this.pos + 1);
          if (next === 61) {
            return this.finishOp(types$12.equality, this.input.charCodeAt(this.pos + 2) === 61 ? 3 : 2);
          }
          if (code === 61 && next === 62 && this.options.ecmaVersion >= 6) {
            this.pos += 2;
            return this.finishToken(types$12.arrow);
          }
          return this.finishOp(code === 61 ? types$12.eq : types$12.prefix, 1);
        };
        pp2.readToken_question = function() {
          var ecmaVersion2 = this.options.ecmaVersion;
          if (ecmaVersion2 >= 11) {
            var next = this.input.charCodeAt(this.pos + 1);
            if (next === 46) {
              var next2 = this.input.charCodeAt(this.pos + 2);
              if (next2 < 48 || next2 > 57) {
                return this.finishOp(types$12.questionDot, 2);
              }
            }
            if (next === 63) {
              if (ecmaVersion2 >= 12) {
                var next2$1 = this.input.charCodeAt(this.pos + 2);
                if (next2$1 === 61) {
                  return this.finishOp(types$12.assign, 3);
                }
              }
              return this.finishOp(types$12.coalesce, 2);
            }
          }
          return this.finishOp(types$12.question, 1);
        };
        pp2.readToken_numberSign = function() {
          var ecmaVersion2 = this.options.ecmaVersion;
          var code = 35;
          if (ecmaVersion2 >= 13) {
            ++this.pos;
            code = this.fullCharCodeAtPos();
            if (isIdentifierStart2(code, true) || code === 92) {
              return this.finishToken(types$12.privateId, this.readWord1());
            }
          }
          this.raise(this.pos, "Unexpected character '" + codePointToString2(code) + "'");
        };
        pp2.getTokenFromCode = function(code) {
          switch (code) {
            // The interpretation of a dot depends on whether it is followed
            // by a digit or another two dots.
            case 46:
              return this.readToken_dot();
            // Punctuation tokens.
            case 40:
              ++this.pos;
              return this.finishToken(types$12.parenL);
            case 41:
              ++this.pos;
              return this.finishToken(types$12.parenR);
            case 59:
              ++this.pos;
              return this.finishToken(types$12.semi);
            case 44:
              ++this.pos;
              return this.finishToken(types$12.comma);
            case 91:
              ++this.pos;
              return this.finishToken(types$12.bracketL);
            case 93:
              ++this.pos;
              return this.finishToken(types$12.bracketR);
            case 123:
              ++this.pos;
              return this.finishToken(types$12.braceL);
            case 125:
              ++this.pos;
              return this.finishToken(types$12.braceR);
            case 58:
              ++this.pos;
              return this.finishToken(types$12.colon);
            case 96:
              if (this.options.ecmaVersion < 6) {
                break;
              }
              ++this.pos;
              return this.finishToken(types$12.backQuote);
            case 48:
              var next = this.input.charCodeAt(this.pos + 1);
              if (next === 120 || next === 88) {
                return this.readRadixNumber(16);
              }
              if (this.options.ecmaVersion >= 6) {
                if (next === 111 || next === 79) {
                  return this.readRadixNumber(8);
                }
                if (next === 98 || next === 66) {
                  return this.readRadixNumber(2);
                }
              }
            // Anything else beginning with a digit is an integer, octal
            // number, or float.
            case 49:
            case 50:
            case 51:
            case 52:
            case 53:
            case 54:
            case 55:
            case 56:
            case 57:
              return this.readNumber(false);
            // Quotes produce strings.
            case 34:
            case 39:
              return this.readString(code);
            // Operators are parsed inline in tiny state machines. '=' (61) is
            // often referred to. `finishOp` simply skips the amount of
            // characters it is given as second argument, and returns a token
            // of the type given by its first argument.
            case 47:
              return this.readToken_slash();
            case 37:
            case 42:
              return this.readToken_mult_modulo_exp(code);
            case 124:
            case 38:
              return this.readToken_pipe_amp(code);
            case 94:
              return this.readToken_caret();
            case 43:
            case 45:
              return this.readToken_plus_min(code);
            case 60:
            case 62:
              return this.readToken_lt_gt(code);
            case 61:
            case 33:
              return this.readToken_eq_excl(code);
            case 63:
              return this.readToken_question();
            case 126:
              return this.finishOp(types$12.prefix, 1);
            case 35:
              return this.readToken_numberSign();
          }
          this.raise(this.pos, "Unexpected character '" + codePointToString2(code) + "'");
        };
        pp2.finishOp = function(type, size) {
          var str = this.input.slice(this.pos, this.pos + size);
          this.pos += size;
          return this.finishToken(type, str);
        };
        pp2.readRegexp = function() {
          var escaped, inClass, start = this.pos;
          for (; ; ) {
            if (this.pos >= this.input.length) {
              this.raise(start, "Unterminated regular expression");
            }
            var ch = this.input.charAt(this.pos);
            if (lineBreak2.test(ch)) {
              this.raise(start, "Unterminated regular expression");
            }
            if (!escaped) {
              if (ch === "[") {
                inClass = true;
              } else if (ch === "]" && inClass) {
                inClass = false;
              } else if (ch === "/" && !inClass) {
                break;
              }
              escaped = ch === "\\";
            } else {
              escaped = false;
            }
            ++this.pos;
          }
          var pattern = this.input.slice(start, this.pos);
          ++this.pos;
          var flagsStart = this.pos;
          var flags = this.readWord1();
          if (this.containsEsc) {
            this.unexpected(flagsStart);
          }
          var state = this.regexpState || (this.regexpState = new RegExpValidationState3(this));
          state.reset(start, pattern, flags);
          this.validateRegExpFlags(state);
          this.validateRegExpPattern(state);
          var value = null;
          try {
            value = new RegExp(pattern, flags);
          } catch (e) {
          }
          return this.finishToken(types$12.regexp, { pattern, flags, value });
        };
        pp2.readInt = function(radix, len, maybeLegacyOctalNumericLiteral) {
          var allowSeparators = this.options.ecmaVersion >= 12 && len === void 0;
          var isLegacyOctalNumericLiteral = maybeLegacyOctalNumericLiteral && this.input.charCodeAt(this.pos) === 48;
          var start = this.pos, total = 0, lastCode = 0;
          for (var i2 = 0, e = len == null ? Infinity : len; i2 < e; ++i2, ++this.pos) {
            var code = this.input.charCodeAt(this.pos), val = void 0;
            if (allowSeparators && code === 95) {
              if (isLegacyOctalNumericLiteral) {
                this.raiseRecoverable(this.pos, "Numeric separator is not allowed in legacy octal numeric literals");
              }
              if (lastCode === 95) {
                this.raiseRecoverable(this.pos, "Numeric separator must be exactly one underscore");
              }
              if (i2 === 0) {
                this.raiseRecoverable(this.pos, "Numeric separator is not allowed at the first of digits");
              }
              lastCode = code;
              continue;
            }
            if (code >= 97) {
              val = code - 97 + 10;
            } else if (code >= 65) {
              val = code - 65 + 10;
            } else if (code >= 48 && code <= 57) {
              val = code - 48;
            } else {
              val = Infinity;
            }
            if (val >= radix) {
              break;
            }
            lastCode = code;
            total = total * radix + val;
          }
          if (allowSeparators && lastCode === 95) {
            this.raiseRecoverable(this.pos - 1, "Numeric separator is not allowed at the last of digits");
          }
          if (this.pos === start || len != null && this.pos - start !== len) {
            return null;
          }
          return total;
        };
        function stringToNumber2(str, isLegacyOctalNumericLiteral) {
          if (isLegacyOctalNumericLiteral) {
            return parseInt(str, 8);
          }
          return parseFloat(str.replace(/_/g, ""));
        }
        function stringToBigInt2(str) {
          if (typeof BigInt !== "function") {
            return null;
          }
          return BigInt(str.replace(/_/g, ""));
        }
        pp2.readRadixNumber = function(radix) {
          var start = this.pos;
          this.pos += 2;
          var val = this.readInt(radix);
          if (val == null) {
            this.raise(this.start + 2, "Expected number in radix " + radix);
          }
          if (this.options.ecmaVersion >= 11 && this.input.charCodeAt(this.pos) === 110) {
            val = stringToBigInt2(this.input.slice(start, this.pos));
            ++this.pos;
          } else if (isIdentifierStart2(this.fullCharCodeAtPos())) {
            this.raise(this.pos, "Identifier directly after number");
          }
          return this.finishToken(types$12.num, val);
        };
        pp2.readNumber = function(startsWithDot) {
          var start = this.pos;
          if (!startsWithDot && this.readInt(10, void 0, true) === null) {
            this.raise(start, "Invalid number");
          }
          var octal = this.pos - start >= 2 && this.input.charCodeAt(start) === 48;
          if (octal && this.strict) {
            this.raise(start, "Invalid number");
          }
          var next = this.input.charCodeAt(this.pos);
          if (!octal && !startsWithDot && this.options.ecmaVersion >= 11 && next === 110) {
            var val$1 = stringToBigInt2(this.input.slice(start, this.pos));
            ++this.pos;
            if (isIdentifierStart2(this.fullCharCodeAtPos())) {
              this.raise(this.pos, "Identifier directly after number");
            }
            return this.finishToken(types$12.num, val$1);
          }
          if (octal && /[89]/.test(this.input.slice(start, this.pos))) {
            octal = false;
          }
          if (next === 46 && !octal) {
            ++this.pos;
            this.readInt(10);
            next = this.input.charCodeAt(this.pos);
          }
          if ((next === 69 || next === 101) && !octal) {
            next = this.input.charCodeAt(++this.pos);
            if (next === 43 || next === 45) {
              ++this.pos;
            }
            if (this.readInt(10) === null) {
              this.raise(start, "Invalid number");
            }
          }
          if (isIdentifierStart2(this.fullCharCodeAtPos())) {
            this.raise(this.pos, "Identifier directly after number");
          }
          var val = stringToNumber2(this.input.slice(start, this.pos), octal);
          return this.finishToken(types$12.num, val);
        };
        pp2.readCodePoint = function() {
          var ch = this.input.charCodeAt(this.pos), code;
          if (ch === 123) {
            if (this.options.ecmaVersion < 6) {
              this.unexpected();
            }
            var codePos = ++this.pos;
            code = this.readHexChar(this.input.indexOf("}", this.pos) - this.pos);
            ++this.pos;
            if (code > 1114111) {
              this.invalidStringToken(codePos, "Code point out of bounds");
            }
          } else {
            code = this.readHexChar(4);
          }
          return code;
        };
        pp2.readString = function(quote) {
          var out = "", chunkStart = ++this.pos;
          for (; ; ) {
            if (this.pos >= this.input.length) {
              this.raise(this.start, "Unterminated string constant");
            }
            var ch = this.input.charCodeAt(this.pos);
            if (ch === quote) {
              break;
            }
            if (ch === 92) {
              out += this.input.slice(chunkStart, this.pos);
              out += this.readEscapedChar(false);
              chunkStart = this.pos;
            } else if (ch === 8232 || ch === 8233) {
              if (this.options.ecmaVersion < 10) {
                this.raise(this.start, "Unterminated string constant");
              }
              ++this.pos;
              if (this.options.locations) {
                this.curLine++;
                this.lineStart = this.pos;
              }
            } else {
              if (isNewLine2(ch)) {
                this.raise(this.start, "Unterminated string constant");
              }
              ++this.pos;
            }
          }
          out += this.input.slice(chunkStart, this.pos++);
          return this.finishToken(types$12.string, out);
        };
        var INVALID_TEMPLATE_ESCAPE_ERROR2 = {};
        pp2.tryReadTemplateToken = function() {
          this.inTemplateElement = true;
          try {
            this.readTmplToken();
          } catch (err) {
            if (err === INVALID_TEMPLATE_ESCAPE_ERROR2) {
              this.readInvalidTemplateToken();
            } else {
              throw err;
            }
          }
          this.inTemplateElement = false;
        };
        pp2.invalidStringToken = function(position, message) {
          if (this.inTemplateElement && this.options.ecmaVersion >= 9) {
            throw INVALID_TEMPLATE_ESCAPE_ERROR2;
          } else {
            this.raise(position, message);
          }
        };
        pp2.readTmplToken = function() {
          var out = "", chunkStart = this.pos;
          for (; ; ) {
            if (this.pos >= this.input.length) {
              this.raise(this.start, "Unterminated template");
            }
            var ch = this.input.charCodeAt(this.pos);
            if (ch === 96 || ch === 36 && this.input.charCodeAt(this.pos + 1) === 123) {
              if (this.pos === this.start && (this.type === types$12.template || this.type === types$12.invalidTemplate)) {
                if (ch === 36) {
                  this.pos += 2;
                  return this.finishToken(types$12.dollarBraceL);
                } else {
                  ++this.pos;
                  return this.finishToken(types$12.backQuote);
                }
              }
              out += this.input.slice(chunkStart, this.pos);
              return this.finishToken(types$12.template, out);
            }
            if (ch === 92) {
              out += this.input.slice(chunkStart, this.pos);
              out += this.readEscapedChar(true);
              chunkStart = this.pos;
            } else if (isNewLine2(ch)) {
              out += this.input.slice(chunkStart, this.pos);
              ++this.pos;
              switch (ch) {
                case 13:
                  if (this.input.charCodeAt(this.pos) === 10) {
                    ++this.pos;
                  }
                case 10:
                  out += "\n";
                  break;
                default:
                  out += String.fromCharCode(ch);
                  break;
              }
              if (this.options.locations) {
                ++this.curLine;
                this.lineStart = this.pos;
              }
              chunkStart = this.pos;
            } else {
              ++this.pos;
            }
          }
        };
        pp2.readInvalidTemplateToken = function() {
          for (; this.pos < this.input.length; this.pos++) {
            switch (this.input[this.pos]) {
              case "\\":
                ++this.pos;
                break;
              case "$":
                if (this.input[this.pos + 1] !== "{") {
                  break;
                }
              // fall through
              case "`":
                return this.finishToken(types$12.invalidTemplate, this.input.slice(this.start, this.pos));
              case "\r":
                if (this.input[this.pos + 1] === "\n") {
                  ++this.pos;
                }
              // fall through
              case "\n":
              case "\u2028":
              case "\u2029":
                ++this.curLine;
                this.lineStart = this.pos + 1;
                break;
            }
          }
          this.raise(this.start, "Unterminated template");
        };
        pp2.readEscapedChar = function(inTemplate) {
          var ch = this.input.charCodeAt(++this.pos);
          ++this.pos;
          switch (ch) {
            case 110:
              return "\n";
            // 'n' -> '\n'
            case 114:
              return "\r";
            // 'r' -> '\r'
            case 120:
              return String.fromCharCode(this.readHexChar(2));
            // 'x'
            case 117:
              return codePointToString2(this.readCodePoint());
            // 'u'
            case 116:
              return "	";
            // 't' -> '\t'
            case 98:
              return "\b";
            // 'b' -> '\b'
            case 118:
              return "\v";
            // 'v' -> '\u000b'
            case 102:
              return "\f";
            // 'f' -> '\f'
            case 13:
              if (this.input.charCodeAt(this.pos) === 10) {
                ++this.pos;
              }
            // '\r\n'
            case 10:
              if (this.options.locations) {
                this.lineStart = this.pos;
                ++this.curLine;
              }
              return "";
            case 56:
            case 57:
              if (this.strict) {
                this.invalidStringToken(
                  this.pos - 1,
                  "Invalid escape sequence"
                );
              }
              if (inTemplate) {
                var codePos = this.pos - 1;
                this.invalidStringToken(
                  codePos,
                  "Invalid escape sequence in template string"
                );
              }
            default:
              if (ch >= 48 && ch <= 55) {
                var octalStr = this.input.substr(this.pos - 1, 3).match(/^[0-7]+/)[0];
                var octal = parseInt(octalStr, 8);
                if (octal > 255) {
                  octalStr = octalStr.slice(0, -1);
                  octal = parseInt(octalStr, 8);
                }
                this.pos += octalStr.length - 1;
                ch = this.input.charCodeAt(this.pos);
                if ((octalStr !== "0" || ch === 56 || ch === 57) && (this.strict || inTemplate)) {
                  this.invalidStringToken(
                    this.pos - 1 - octalStr.length,
                    inTemplate ? "Octal literal in template string" : "Octal literal in strict mode"
                  );
                }
                return String.fromCharCode(octal);
              }
              if (isNewLine2(ch)) {
                if (this.options.locations) {
                  this.lineStart = this.pos;
                  ++this.curLine;
                }
                return "";
              }
              return String.fromCharCode(ch);
          }
        };
        pp2.readHexChar = function(len) {
          var codePos = this.pos;
          var n = this.readInt(16, len);
          if (n === null) {
            this.invalidStringToken(codePos, "Bad character escape sequence");
          }
          return n;
        };
        pp2.readWord1 = function() {
          this.containsEsc = false;
          var word = "", first = true, chunkStart = this.pos;
          var astral = this.options.ecmaVersion >= 6;
          while (this.pos < this.input.length) {
            var ch = this.fullCharCodeAtPos();
            if (isIdentifierChar2(ch, astral)) {
              this.pos += ch <= 65535 ? 1 : 2;
            } else if (ch === 92) {
              this.containsEsc = true;
              word += this.input.slice(chunkStart, this.pos);
              var escStart = this.pos;
              if (this.input.charCodeAt(++this.pos) !== 117) {
                this.invalidStringToken(this.pos, "Expecting Unicode escape sequence \\uXXXX");
              }
              ++this.pos;
              var esc = this.readCodePoint();
              if (!(first ? isIdentifierStart2 : isIdentifierChar2)(esc, astral)) {
                this.invalidStringToken(escStart, "Invalid Unicode escape");
              }
              word += codePointToString2(esc);
              chunkStart = this.pos;
            } else {
              break;
            }
            first = false;
          }
          return word + this.input.slice(chunkStart, this.pos);
        };
        pp2.readWord = function() {
          var word = this.readWord1();
          var type = types$12.name;
          if (this.keywords.test(word)) {
            type = keywords2[word];
          }
          return this.finishToken(type, word);
        };
        var version2 = "8.19.0";
        Parser3.acorn = {
          Parser: Parser3,
          version: version2,
          defaultOptions: defaultOptions2,
          Position: Position3,
          SourceLocation: SourceLocation3,
          getLineInfo: getLineInfo2,
          Node: Node3,
          TokenType: TokenType3,
          tokTypes: types$12,
          keywordTypes: keywords2,
          TokContext: TokContext3,
          tokContexts: types2,
          isIdentifierChar: isIdentifierChar2,
          isIdentifierStart: isIdentifierStart2,
          Token: Token3,
          isNewLine: isNewLine2,
          lineBreak: lineBreak2,
          lineBreakG: lineBreakG2,
          nonASCIIwhitespace: nonASCIIwhitespace2
        };
        function parse3(input, options) {
          return Parser3.parse(input, options);
        }
        function parseExpressionAt3(input, pos, options) {
          return Parser3.parseExpressionAt(input, pos, options);
        }
        function tokenizer3(input, options) {
          return Parser3.tokenizer(input, options);
        }
        exports2.Node = Node3;
        exports2.Parser = Parser3;
        exports2.Position = Position3;
        exports2.SourceLocation = SourceLocation3;
        exports2.TokContext = TokContext3;
        exports2.Token = Token3;
        exports2.TokenType = TokenType3;
        exports2.defaultOptions = defaultOptions2;
        exports2.getLineInfo = getLineInfo2;
        exports2.isIdentifierChar = isIdentifierChar2;
        exports2.isIdentifierStart = isIdentifierStart2;
        exports2.isNewLine = isNewLine2;
        exports2.keywordTypes = keywords2;
        exports2.lineBreak = lineBreak2;
        exports2.lineBreakG = lineBreakG2;
        exports2.nonASCIIwhitespace = nonASCIIwhitespace2;
        exports2.parse = parse3;
        exports2.parseExpressionAt = parseExpressionAt3;
        exports2.tokContexts = types2;
        exports2.tokTypes = types$12;
        exports2.tokenizer = tokenizer3;
        exports2.version = version2;
      }));
    }
  });

  // ../validator/dist/parse.js
  var require_parse = __commonJS({
    "../validator/dist/parse.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", { value: true });
      exports.parseFunction = parseFunction2;
      exports.checkStrictMode = checkStrictMode;
      var acorn_1 = require_acorn();
      var OPTIONS = { ecmaVersion: "latest", sourceType: "script", allowImportExportEverywhere: true };
      function isAcornError(e) {
        return e instanceof SyntaxError && typeof e.pos === "number";
      }
      function acornMessage(e) {
        return e.message.replace(/ \(\d+:\d+\)$/, "");
      }
      var StrictParser = acorn_1.Parser.extend((Base) => class extends Base {
        constructor(options, input, startPos) {
          super(options, input, startPos);
          this.strict = true;
        }
      });
      function isStackOverflow(e) {
        return e instanceof RangeError || isAcornError(e) && /not enough stack/i.test(e.message);
      }
      var DEPTH_HINT = "the code is nested too deeply to parse; flatten it (fewer nested expressions or blocks)";
      function trailingCodeAt(source, end) {
        let semicolons = 0;
        try {
          const tokens = (0, acorn_1.tokenizer)(source.slice(end), OPTIONS);
          for (const token of tokens) {
            if (token.type === acorn_1.tokTypes.semi && semicolons === 0) {
              semicolons++;
              continue;
            }
            return end + token.start;
          }
        } catch (e) {
          return end + (isAcornError(e) ? e.pos : 0);
        }
        return -1;
      }
      function looksLikeMethod(source) {
        try {
          const object = acorn_1.Parser.parseExpressionAt(`({${source}
})`, 0, OPTIONS);
          return object.type === "ObjectExpression" && object.properties.length === 1 && object.properties[0].type === "Property" && (object.properties[0].method || object.properties[0].kind !== "init");
        } catch {
          return false;
        }
      }
      var NATIVE_CODE = /\{\s*\[native code\]\s*\}\s*$/;
      var METHOD_MESSAGE = "this is method shorthand (`name(db) { \u2026 }`), which is how object and class methods print; define the remote function as an arrow or function expression instead: `async (db) => { \u2026 }` or `async function (db) { \u2026 }`";
      function describeNode(node) {
        switch (node.type) {
          case "ClassExpression":
            return "a class";
          case "ObjectExpression":
            return "an object literal";
          case "SequenceExpression":
            return "several expressions separated by commas";
          case "Identifier":
            return `the name \`${node.name}\``;
          case "CallExpression":
            return "a call";
          case "Literal":
            return "a literal value";
          default:
            return `an expression (${node.type})`;
        }
      }
      function parseFunction2(source, reporter) {
        if (source.trim() === "") {
          reporter.report("single-function", "the source is empty; pass the function itself, e.g. wh.remote(async (db) => { \u2026 })", { start: 0, end: 0 });
          return void 0;
        }
        if (NATIVE_CODE.test(source)) {
          reporter.report("single-function", "this is a bound or built-in function: its source reads `[native code]`, so there is nothing to send; pass the original arrow or function expression (not fn.bind(\u2026) or a built-in), and pass bound values as arguments", { start: 0, end: source.length });
          return void 0;
        }
        let node;
        try {
          node = acorn_1.Parser.parseExpressionAt(source, 0, OPTIONS);
        } catch (e) {
          if (isStackOverflow(e)) {
            reporter.report("max-depth", DEPTH_HINT, { start: isAcornError(e) ? e.pos : 0, end: isAcornError(e) ? e.pos + 1 : 0 });
          } else if (looksLikeMethod(source)) {
            reporter.report("single-function", METHOD_MESSAGE, { start: 0, end: source.search(/\(|$/) });
          } else if (isAcornError(e)) {
            reporter.report("syntax", `syntax error: ${acornMessage(e)}; the source must be one valid JavaScript function`, { start: e.pos, end: e.pos + 1 });
          } else {
            throw e;
          }
          return void 0;
        }
        if (node.type !== "ArrowFunctionExpression" && node.type !== "FunctionExpression") {
          if (looksLikeMethod(source)) {
            reporter.report("single-function", METHOD_MESSAGE, { start: node.start, end: node.end });
          } else {
            reporter.report("single-function", `the source must be a single function (arrow, function expression or their async forms), but it is ${describeNode(node)}; pass the function itself, e.g. wh.remote(async (db) => { \u2026 })`, { start: node.start, end: node.end });
          }
          return void 0;
        }
        const extra = trailingCodeAt(source, node.end);
        if (extra >= 0) {
          const message = looksLikeMethod(source) ? METHOD_MESSAGE : "unexpected code after the function: the source must be exactly one function (only whitespace, comments and one `;` may follow it); move other statements inside the function body";
          reporter.report("single-function", message, { start: extra, end: Math.max(extra + 1, source.trimEnd().length) });
          return void 0;
        }
        return node;
      }
      function checkStrictMode(source, reporter) {
        try {
          StrictParser.parseExpressionAt(source, 0, OPTIONS);
        } catch (e) {
          if (isStackOverflow(e))
            return;
          if (!isAcornError(e))
            throw e;
          if (reporter.hasAt(e.pos))
            return;
          reporter.report("strict-mode", `${acornMessage(e)}: remote functions run as strict-mode code, where this is not allowed; rewrite it the strict way`, { start: e.pos, end: e.pos + 1 });
        }
      }
    }
  });

  // ../validator/dist/policy.js
  var require_policy = __commonJS({
    "../validator/dist/policy.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", { value: true });
      exports.PolicyError = exports.MAX_SOURCE_LENGTH_LIMIT = exports.MAX_DEPTH_LIMIT = exports.DEFAULT_POLICY = exports.ALWAYS_FORBIDDEN_GLOBALS = void 0;
      exports.mergePolicy = mergePolicy2;
      exports.ALWAYS_FORBIDDEN_GLOBALS = {
        eval: "no-eval",
        Function: "no-function-constructor",
        plv8: "no-plv8",
        globalThis: "no-global-object",
        global: "no-global-object",
        self: "no-global-object",
        window: "no-global-object",
        require: "no-require"
      };
      var DEFAULT_GLOBALS = [
        "Object",
        "Array",
        "String",
        "Number",
        "Boolean",
        "BigInt",
        "Symbol",
        "Math",
        "JSON",
        "Date",
        "RegExp",
        "Map",
        "Set",
        "WeakMap",
        "WeakSet",
        "Promise",
        "Proxy",
        "Reflect",
        "Error",
        "TypeError",
        "RangeError",
        "SyntaxError",
        "ReferenceError",
        "EvalError",
        "URIError",
        "AggregateError",
        "ArrayBuffer",
        "DataView",
        "Uint8Array",
        "Int8Array",
        "Uint16Array",
        "Int16Array",
        "Uint32Array",
        "Int32Array",
        "Float32Array",
        "Float64Array",
        "BigInt64Array",
        "BigUint64Array",
        "Uint8ClampedArray",
        "parseInt",
        "parseFloat",
        "isNaN",
        "isFinite",
        "encodeURIComponent",
        "decodeURIComponent",
        "encodeURI",
        "decodeURI",
        "Infinity",
        "NaN",
        "undefined",
        "Intl",
        "console"
      ];
      exports.DEFAULT_POLICY = Object.freeze({
        allowedGlobals: Object.freeze([...DEFAULT_GLOBALS]),
        allowedModules: Object.freeze([]),
        maxSourceLength: 1e5,
        maxDepth: 200
      });
      exports.MAX_DEPTH_LIMIT = 1e3;
      exports.MAX_SOURCE_LENGTH_LIMIT = 1e7;
      var PolicyError = class extends Error {
        constructor(message) {
          super(message);
          this.name = "PolicyError";
        }
      };
      exports.PolicyError = PolicyError;
      var POLICY_FIELDS = ["allowedGlobals", "allowedModules", "maxSourceLength", "maxDepth"];
      var IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
      function describe(value) {
        if (value === null)
          return "null";
        if (Array.isArray(value))
          return "an array";
        if (typeof value === "string")
          return `the string ${JSON.stringify(value)}`;
        return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
      }
      function checkNameList(field, value) {
        if (!Array.isArray(value)) {
          throw new PolicyError(`policy.${field} must be an array of strings, got ${describe(value)}; e.g. ${field}: ['name']`);
        }
        value.forEach((name, i) => {
          if (typeof name !== "string" || name.length === 0) {
            throw new PolicyError(`policy.${field}[${i}] must be a non-empty string, got ${describe(name)}`);
          }
        });
        const names = value;
        if (field === "allowedGlobals") {
          for (const name of names) {
            if (!IDENTIFIER.test(name)) {
              throw new PolicyError(`policy.allowedGlobals contains ${JSON.stringify(name)}, which is not an identifier; list global variable names such as 'Math'`);
            }
            const rule = exports.ALWAYS_FORBIDDEN_GLOBALS[name];
            if (rule) {
              const fix = name === "require" ? "; list module names in policy.allowedModules instead" : "; remove it from the list";
              throw new PolicyError(`policy.allowedGlobals must not contain '${name}': the validator always forbids it (rule ${rule})${fix}`);
            }
          }
        }
        return [...new Set(names)];
      }
      function checkLimit(field, value, max) {
        if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > max) {
          throw new PolicyError(`policy.${field} must be an integer from 1 to ${max}, got ${describe(value)}`);
        }
        return value;
      }
      function mergePolicy2(...partials) {
        const merged = { ...exports.DEFAULT_POLICY };
        partials.forEach((partial, i) => {
          if (partial === void 0)
            return;
          if (partial === null || typeof partial !== "object" || Array.isArray(partial)) {
            throw new PolicyError(`policy must be an object with some of ${POLICY_FIELDS.join(", ")}; got ${describe(partial)}${partials.length > 1 ? ` (argument ${i + 1})` : ""}`);
          }
          for (const [key, value] of Object.entries(partial)) {
            if (!POLICY_FIELDS.includes(key)) {
              throw new PolicyError(`policy has an unknown field '${key}'; the fields are ${POLICY_FIELDS.join(", ")}`);
            }
            if (value !== void 0)
              merged[key] = value;
          }
        });
        return {
          allowedGlobals: checkNameList("allowedGlobals", merged.allowedGlobals),
          allowedModules: checkNameList("allowedModules", merged.allowedModules),
          maxSourceLength: checkLimit("maxSourceLength", merged.maxSourceLength, exports.MAX_SOURCE_LENGTH_LIMIT),
          maxDepth: checkLimit("maxDepth", merged.maxDepth, exports.MAX_DEPTH_LIMIT)
        };
      }
    }
  });

  // ../validator/dist/prescan.js
  var require_prescan = __commonJS({
    "../validator/dist/prescan.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", { value: true });
      exports.prescan = prescan;
      var acorn_1 = require_acorn();
      var OPENERS = /* @__PURE__ */ new Set([acorn_1.tokTypes.parenL, acorn_1.tokTypes.bracketL, acorn_1.tokTypes.braceL, acorn_1.tokTypes.dollarBraceL]);
      var CLOSERS = /* @__PURE__ */ new Set([acorn_1.tokTypes.parenR, acorn_1.tokTypes.bracketR, acorn_1.tokTypes.braceR]);
      function prescan(source, policy, reporter) {
        if (source.length > policy.maxSourceLength) {
          reporter.report("max-source-length", `the function is ${source.length} characters long; the limit is ${policy.maxSourceLength} (policy.maxSourceLength). Move data out of the source into arguments, or split the function.`, { start: 0, end: 0 });
          return false;
        }
        let depth = 0;
        try {
          for (const token of (0, acorn_1.tokenizer)(source, { ecmaVersion: "latest" })) {
            if (OPENERS.has(token.type)) {
              depth++;
              if (depth > policy.maxDepth) {
                reporter.report("max-depth", `brackets are nested more than ${policy.maxDepth} levels deep here (policy.maxDepth); flatten the code (early returns, helper functions, data in arguments).`, { start: token.start, end: token.end });
                return false;
              }
            } else if (CLOSERS.has(token.type)) {
              depth = Math.max(0, depth - 1);
            }
          }
        } catch {
        }
        return true;
      }
    }
  });

  // ../validator/dist/rules/modules.js
  var require_modules = __commonJS({
    "../validator/dist/rules/modules.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", { value: true });
      exports.modulesRule = void 0;
      exports.checkRequire = checkRequire;
      var ast_1 = require_ast();
      function allowedList(rc) {
        return rc.policy.allowedModules.length === 0 ? "the policy allows no modules (policy.allowedModules is empty)" : `the policy allows: ${rc.policy.allowedModules.map((m) => `'${m}'`).join(", ")}`;
      }
      function checkRequire(id, ctx, rc) {
        const call = ctx.parent;
        if (!call || call.type !== "CallExpression" || call.callee !== id) {
          rc.report("no-require", `\`require\` may only be called directly with a module name, e.g. require('name'); ${allowedList(rc)}. Other uses would let code load modules the check cannot see`, id);
          return;
        }
        const arg = call.arguments[0];
        const name = arg && arg.type !== "SpreadElement" ? (0, ast_1.constantString)(arg) : void 0;
        if (call.arguments.length !== 1 || name === void 0) {
          rc.report("no-require", `require() needs exactly one string literal argument so the module can be checked against the policy; write require('name') (${allowedList(rc)})`, call);
          return;
        }
        if (!rc.policy.allowedModules.includes(name)) {
          rc.report("no-require", `module '${name}' is not allowed inside the database: ${allowedList(rc)}. Do the work on the client and pass the result as an argument, or ask the DBA to add it to policy.allowedModules`, call);
        }
      }
      var modulesRule = (rc) => ({
        node(node) {
          if (node.type === "ImportExpression") {
            rc.report("no-import", "import() is not available inside the database (PL/v8 has no module loader); do the work on the client and pass the result as an argument", node);
          } else if (node.type === "ImportDeclaration" || node.type === "ExportNamedDeclaration" || node.type === "ExportDefaultDeclaration" || node.type === "ExportAllDeclaration") {
            rc.report("no-import", "import and export declarations belong to modules; a remote function is a single function. Pass what you need as arguments and return the result", node);
          } else if (node.type === "MetaProperty" && node.meta.name === "import") {
            rc.report("no-import", "import.meta describes the client's module and does not exist inside the database; pass what you need (a URL, a path) as an argument", node);
          }
        }
      });
      exports.modulesRule = modulesRule;
    }
  });

  // ../validator/dist/rules/transpiler-helpers.js
  var require_transpiler_helpers = __commonJS({
    "../validator/dist/rules/transpiler-helpers.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", { value: true });
      exports.isTranspilerHelper = isTranspilerHelper;
      exports.transpilerHelperMessage = transpilerHelperMessage;
      var HELPERS = /* @__PURE__ */ new Set([
        // TypeScript / tslib
        "__awaiter",
        "__generator",
        "__assign",
        "__spreadArray",
        "__spread",
        "__spreadArrays",
        "__rest",
        "__values",
        "__read",
        "__extends",
        "__decorate",
        "__param",
        "__metadata",
        "__await",
        "__asyncGenerator",
        "__asyncDelegator",
        "__asyncValues",
        "__makeTemplateObject",
        "__importStar",
        "__importDefault",
        "__createBinding",
        "__exportStar",
        "__classPrivateFieldGet",
        "__classPrivateFieldSet",
        "__classPrivateFieldIn",
        "__esDecorate",
        "__runInitializers",
        "__setFunctionName",
        "__propKey",
        "__addDisposableResource",
        "__disposeResources",
        "__rewriteRelativeImportExtension",
        // esbuild
        "__async",
        "__spreadValues",
        "__spreadProps",
        "__objRest",
        "__publicField",
        "__privateGet",
        "__privateSet",
        "__privateAdd",
        "__name",
        "__toESM",
        "__toCommonJS",
        "__require",
        "__commonJS",
        "__forAwait",
        "__yieldStar",
        // Babel
        "_asyncToGenerator",
        "_regeneratorRuntime",
        "regeneratorRuntime",
        "_regenerator",
        "_defineProperty",
        "_objectSpread",
        "_objectSpread2",
        "_objectWithoutProperties",
        "_objectWithoutPropertiesLoose",
        "_slicedToArray",
        "_toConsumableArray",
        "_classCallCheck",
        "_createClass",
        "_inherits",
        "_createSuper",
        "_callSuper",
        "_possibleConstructorReturn",
        "_getPrototypeOf",
        "_setPrototypeOf",
        "_assertThisInitialized",
        "_typeof",
        "_extends",
        "_interopRequireDefault",
        "_interopRequireWildcard",
        "_asyncIterator",
        "_awaitAsyncGenerator",
        "_wrapAsyncGenerator",
        "_createForOfIteratorHelper",
        "_createForOfIteratorHelperLoose",
        "_classPrivateFieldGet",
        "_classPrivateFieldSet",
        "_taggedTemplateLiteral",
        "_toPropertyKey",
        "_toPrimitive",
        "_iterableToArray",
        "_arrayLikeToArray",
        "_unsupportedIterableToArray",
        "_arrayWithHoles",
        "_nonIterableRest",
        "_iterableToArrayLimit",
        "_arrayWithoutHoles",
        "_nonIterableSpread",
        "_wrapNativeSuper",
        "_isNativeReflectConstruct",
        "_superPropGet",
        "_get",
        // helper modules imported as a whole
        "tslib",
        "_tslib"
      ]);
      var HELPER_PATTERNS = [/^tslib_\d+$/, /^_babel_?runtime/i, /^_?regenerator(Runtime)?\d*$/];
      function isTranspilerHelper(name) {
        return HELPERS.has(name) || HELPER_PATTERNS.some((p) => p.test(name));
      }
      function transpilerHelperMessage(name) {
        return `\`${name}\` is a helper your compiler inserted when it compiled this function down to an older JavaScript version; the helper lives in your module and does not travel to the database. Compile to ES2017 or later (tsconfig "target": "ES2017" or newer; Babel/esbuild: target node18) so async functions, spread and classes are emitted natively`;
      }
    }
  });

  // ../validator/dist/rules/globals.js
  var require_globals = __commonJS({
    "../validator/dist/rules/globals.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", { value: true });
      exports.globalsRule = void 0;
      var policy_1 = require_policy();
      var modules_1 = require_modules();
      var transpiler_helpers_1 = require_transpiler_helpers();
      var FORBIDDEN_MESSAGES = {
        eval: "`eval` compiles strings into code that no validator has seen, so it is never available; write the logic as code, or parse data with JSON.parse",
        Function: "the Function constructor compiles strings into code that no validator has seen, so it is never available; write the function directly (an arrow or function expression inside this function)",
        plv8: "`plv8` is the raw PL/v8 API, which would bypass the db handle (its transaction, parameters and errors); use the first parameter instead, e.g. db.query(sql, params)"
      };
      var GLOBAL_OBJECT_MESSAGE = (name) => `\`${name}\` is the global object; reaching it would let code read or replace what every other function in the session uses. Use the standard globals directly (Math, JSON, \u2026), and pass anything else as an argument`;
      var CLIENT_ONLY = {
        process: "a Node.js global",
        Buffer: "a Node.js global (use Uint8Array)",
        __dirname: "a Node.js module variable",
        __filename: "a Node.js module variable",
        module: "a Node.js module variable",
        exports: "a Node.js module variable",
        setTimeout: "a timer; a database call cannot wait for later",
        setInterval: "a timer; a database call cannot wait for later",
        setImmediate: "a timer; a database call cannot wait for later",
        clearTimeout: "a timer; a database call cannot wait for later",
        clearInterval: "a timer; a database call cannot wait for later",
        queueMicrotask: "a host scheduling function",
        fetch: "a network API; functions in the database cannot reach the network",
        XMLHttpRequest: "a network API; functions in the database cannot reach the network",
        TextEncoder: "a host API that plain V8 does not provide",
        TextDecoder: "a host API that plain V8 does not provide",
        URL: "a host API that plain V8 does not provide",
        URLSearchParams: "a host API that plain V8 does not provide",
        structuredClone: "a host API that plain V8 does not provide (use JSON.parse(JSON.stringify(x)))",
        crypto: "a host API (use the database: gen_random_uuid(), pgcrypto)",
        performance: "a host API (use the database clock: clock_timestamp())",
        document: "a browser global",
        navigator: "a browser global",
        WebAssembly: "not allowed: compiled code bypasses the validator",
        SharedArrayBuffer: "not allowed: shared memory has no use in a database call",
        Atomics: "not allowed: shared memory has no use in a database call",
        WeakRef: "not allowed: its effects would show after the call, in another transaction",
        FinalizationRegistry: "not allowed: its callbacks would run after the call, in another transaction"
      };
      var BUNDLER_IMPORT = /(__WEBPACK_IMPORTED_MODULE_\d+__|__WEBPACK_DEFAULT_EXPORT__|^_[A-Za-z0-9$]+__default$)/;
      function capturedMessage(name, rc, write) {
        const what = write ? `\`${name}\` is assigned but not defined inside the function` : `\`${name}\` is not defined inside the function`;
        const suffix = BUNDLER_IMPORT.test(name) ? " (the name is how a bundler renames an imported value: imports do not travel either)" : "";
        return `${what}: it would be a variable captured from the client's scope, which does not travel to the database${suffix}. Pass it as an argument: wh.remote(async (${rc.dbName}, ${name}) => \u2026)` + (write ? ", and return the new value instead of assigning it" : "");
      }
      var globalsRule = (rc) => ({
        globalReference(id, ctx, write) {
          const name = id.name;
          const forbidden = policy_1.ALWAYS_FORBIDDEN_GLOBALS[name];
          if (name === "require")
            return (0, modules_1.checkRequire)(id, ctx, rc);
          if (forbidden) {
            rc.report(forbidden, FORBIDDEN_MESSAGES[name] ?? GLOBAL_OBJECT_MESSAGE(name), id);
            return;
          }
          if ((0, transpiler_helpers_1.isTranspilerHelper)(name)) {
            rc.report("transpiler-helper", (0, transpiler_helpers_1.transpilerHelperMessage)(name), id);
            return;
          }
          if (rc.policy.allowedGlobals.includes(name)) {
            if (write) {
              rc.report("no-global-mutation", `assigning to the global \`${name}\` would change it for every later function in this database session; use a local variable with another name`, id);
            }
            return;
          }
          if (name === "arguments") {
            rc.report("free-variable", `\`arguments\` does not exist in an arrow function (it would be a variable of whatever calls it); use a rest parameter instead: (${rc.dbName}, ...args) => \u2026`, id);
            return;
          }
          const clientOnly = Object.prototype.hasOwnProperty.call(CLIENT_ONLY, name) ? CLIENT_ONLY[name] : void 0;
          if (clientOnly) {
            rc.report("free-variable", `\`${name}\` is ${clientOnly}; it is not available inside the database. Do that part on the client and pass the result as an argument: wh.remote(async (${rc.dbName}, value) => \u2026)`, id);
            return;
          }
          rc.report("free-variable", capturedMessage(name, rc, write), id);
        }
      });
      exports.globalsRule = globalsRule;
    }
  });

  // ../validator/dist/rules/mutation.js
  var require_mutation = __commonJS({
    "../validator/dist/rules/mutation.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", { value: true });
      exports.mutationRule = void 0;
      var ast_1 = require_ast();
      function globalRoot(node, ctx) {
        let n = node;
        while (n.type === "MemberExpression" || n.type === "ChainExpression")
          n = n.type === "ChainExpression" ? n.expression : n.object;
        return n.type === "Identifier" && !ctx.scope.resolves(n.name) ? n.name : void 0;
      }
      function staticCallName(callee, ctx) {
        if (callee.type !== "MemberExpression" || callee.object.type !== "Identifier")
          return void 0;
        if (ctx.scope.resolves(callee.object.name))
          return void 0;
        const method = (0, ast_1.keyName)(callee.property, callee.computed);
        return method === void 0 ? void 0 : `${callee.object.name}.${method}`;
      }
      var SET_PROTOTYPE = /* @__PURE__ */ new Set(["Object.setPrototypeOf", "Reflect.setPrototypeOf"]);
      var MUTATORS = /* @__PURE__ */ new Set([
        "Object.defineProperty",
        "Object.defineProperties",
        "Object.assign",
        "Object.freeze",
        "Object.seal",
        "Object.preventExtensions",
        "Reflect.defineProperty",
        "Reflect.set",
        "Reflect.deleteProperty",
        "Reflect.preventExtensions"
      ]);
      function mutationMessage(target, root) {
        return `this changes \`${target}\`, which belongs to the global \`${root}\` shared by every function in the database session; work on your own objects (copy what you need into a local variable) instead`;
      }
      var mutationRule = (rc) => ({
        node(node, ctx) {
          let target;
          if (node.type === "AssignmentExpression")
            target = node.left;
          else if (node.type === "UpdateExpression")
            target = node.argument;
          else if (node.type === "UnaryExpression" && node.operator === "delete")
            target = node.argument;
          if (target && target.type === "MemberExpression") {
            const root = globalRoot(target, ctx);
            if (root !== void 0 && rc.policy.allowedGlobals.includes(root)) {
              rc.report("no-global-mutation", mutationMessage(describeChain(target), root), target);
            }
            return;
          }
          if (node.type !== "CallExpression")
            return;
          const name = staticCallName(node.callee, ctx);
          if (name === void 0)
            return;
          if (SET_PROTOTYPE.has(name)) {
            rc.report("no-set-prototype", `${name}() re-parents an object, which can hand it (or the shared intrinsics) unexpected behaviour; create objects with the right prototype from the start: Object.create(proto, \u2026) or class syntax`, node.callee);
            return;
          }
          const first = node.arguments[0];
          if (MUTATORS.has(name) && first && first.type !== "SpreadElement") {
            const root = globalRoot(first, ctx);
            if (root !== void 0 && rc.policy.allowedGlobals.includes(root)) {
              rc.report("no-global-mutation", mutationMessage(describeChain(first, root), root), first);
            }
          }
        }
      });
      exports.mutationRule = mutationRule;
      function describeChain(node, fallback = "") {
        if (node.type === "Identifier")
          return node.name;
        if (node.type === "MemberExpression") {
          const key = (0, ast_1.keyName)(node.property, node.computed);
          const object = describeChain(node.object, fallback);
          return key === void 0 ? `${object}[\u2026]` : `${object}.${key}`;
        }
        return fallback;
      }
    }
  });

  // ../validator/dist/rules/properties.js
  var require_properties = __commonJS({
    "../validator/dist/rules/properties.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", { value: true });
      exports.propertiesRule = void 0;
      var ast_1 = require_ast();
      var CONSTRUCTOR = {
        rule: "no-function-constructor",
        why: "leads from a function to the Function constructor, which compiles strings into code no validator has seen; call the class or factory you mean directly (new Map(), Array.from(\u2026), \u2026)"
      };
      var PROTOTYPE = {
        rule: "no-prototype-access",
        why: "reads or changes prototypes, which are shared with every other function in the database session; use class syntax, Object.create() or Object.getPrototypeOf() instead"
      };
      var LEGACY_ACCESSOR = {
        rule: "no-prototype-access",
        why: "is a legacy accessor API that reaches through prototypes; use Object.defineProperty() / Object.getOwnPropertyDescriptor() on your own objects"
      };
      var STACK_HOOK = {
        rule: "no-stack-trace-hook",
        why: "is a V8 hook that receives the call stack, including functions outside yours; format error.stack yourself instead"
      };
      var FORBIDDEN = /* @__PURE__ */ new Map([
        ["constructor", CONSTRUCTOR],
        ["prototype", PROTOTYPE],
        ["__proto__", PROTOTYPE],
        ["__defineGetter__", LEGACY_ACCESSOR],
        ["__defineSetter__", LEGACY_ACCESSOR],
        ["__lookupGetter__", LEGACY_ACCESSOR],
        ["__lookupSetter__", LEGACY_ACCESSOR],
        ["prepareStackTrace", STACK_HOOK]
      ]);
      function isDefiningKey(node, parent) {
        if (!parent)
          return false;
        if (parent.type === "MethodDefinition" || parent.type === "PropertyDefinition")
          return parent.key === node;
        return false;
      }
      var propertiesRule = (rc) => {
        const report = (name, how, span) => {
          const f = FORBIDDEN.get(name);
          if (f)
            rc.report(f.rule, `${how} \`${name}\` ${f.why}`, span);
        };
        const literalProps = /* @__PURE__ */ new WeakSet();
        return {
          node(node, ctx) {
            switch (node.type) {
              case "MemberExpression": {
                const name = (0, ast_1.keyName)(node.property, node.computed);
                if (name === void 0)
                  return;
                if ((name === "callee" || name === "caller") && node.object.type === "Identifier" && node.object.name === "arguments") {
                  rc.report("no-arguments-callee", `\`arguments.${name}\` exposes functions on the call stack (and throws in strict mode, which remote functions use); give the function a name and call it by that name, or pass what you need as an argument`, node.property);
                  return;
                }
                report(name, "accessing", node.property);
                return;
              }
              case "ObjectExpression":
                for (const p of node.properties)
                  if (p.type === "Property")
                    literalProps.add(p);
                return;
              case "ObjectPattern":
                for (const p of node.properties) {
                  if (p.type !== "Property")
                    continue;
                  const name = (0, ast_1.keyName)(p.key, p.computed);
                  if (name !== void 0)
                    report(name, "destructuring", p.key);
                }
                return;
              case "Property": {
                if (!literalProps.has(node) || node.computed || node.shorthand || node.method || node.kind !== "init")
                  return;
                if ((0, ast_1.keyName)(node.key, false) === "__proto__")
                  report("__proto__", "setting", node.key);
                return;
              }
              case "Literal":
              case "TemplateLiteral":
              case "BinaryExpression": {
                const parent = ctx.parent;
                if (parent && parent.type === "BinaryExpression" && (0, ast_1.constantString)(parent) !== void 0)
                  return;
                if (parent && parent.type === "Property" && parent.key === node)
                  return;
                if (isDefiningKey(node, parent))
                  return;
                const value = (0, ast_1.constantString)(node);
                const f = value === void 0 ? void 0 : FORBIDDEN.get(value);
                if (f) {
                  rc.report(f.rule, `the string '${value}' names a property that is never allowed (it could be used as a key, e.g. Reflect.get(f, '${value}')): \`${value}\` ${f.why}. If it is only data, pass it in as an argument instead of writing it in the function`, node);
                }
                return;
              }
              default:
                return;
            }
          }
        };
      };
      exports.propertiesRule = propertiesRule;
    }
  });

  // ../validator/dist/rules/statements.js
  var require_statements = __commonJS({
    "../validator/dist/rules/statements.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", { value: true });
      exports.statementsRule = void 0;
      var statementsRule = (rc) => ({
        node(node, ctx) {
          switch (node.type) {
            case "WithStatement":
              rc.report("no-with", "`with` makes every name inside it ambiguous (and is a syntax error in strict mode, which remote functions use); name the object explicitly: `const o = \u2026; o.prop`", { start: node.start, end: node.start + 4 });
              return;
            case "DebuggerStatement":
              rc.report("no-debugger", "`debugger` would pause a database backend; remove it (log with console.log instead)", node);
              return;
            case "ThisExpression":
              if (ctx.thisContext === "root") {
                rc.report("no-this", "`this` at the top level of a remote function is not an object you can use: in an arrow it would be the client's `this`, which does not travel, and in a function it is undefined. Pass the values you need as arguments", node);
              } else if (ctx.thisContext === "plain-function") {
                rc.report("no-this", "`this` in a nested function depends on how it is called (usually undefined); use an arrow function, a class, or an object method, or pass the object as a parameter", node);
              }
              return;
            default:
              return;
          }
        }
      });
      exports.statementsRule = statementsRule;
    }
  });

  // ../validator/dist/rules/index.js
  var require_rules = __commonJS({
    "../validator/dist/rules/index.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", { value: true });
      exports.RULES = void 0;
      var globals_1 = require_globals();
      var modules_1 = require_modules();
      var mutation_1 = require_mutation();
      var properties_1 = require_properties();
      var statements_1 = require_statements();
      exports.RULES = [globals_1.globalsRule, modules_1.modulesRule, properties_1.propertiesRule, mutation_1.mutationRule, statements_1.statementsRule];
    }
  });

  // ../validator/dist/scope.js
  var require_scope = __commonJS({
    "../validator/dist/scope.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", { value: true });
      exports.Scope = void 0;
      exports.boundNames = boundNames;
      exports.lexicalNames = lexicalNames;
      exports.varNames = varNames;
      var Scope3 = class {
        constructor(kind, parent) {
          this.kind = kind;
          this.parent = parent;
          this.names = /* @__PURE__ */ new Set();
        }
        declare(names) {
          for (const name of names)
            this.names.add(name);
          return this;
        }
        /** True if the name is declared in this scope or an enclosing one (inside the function). */
        resolves(name) {
          for (let s = this; s; s = s.parent)
            if (s.names.has(name))
              return true;
          return false;
        }
      };
      exports.Scope = Scope3;
      function boundNames(pattern, out = []) {
        switch (pattern.type) {
          case "Identifier":
            out.push(pattern.name);
            break;
          case "ObjectPattern":
            for (const prop of pattern.properties)
              boundNames(prop.type === "RestElement" ? prop.argument : prop.value, out);
            break;
          case "ArrayPattern":
            for (const el of pattern.elements)
              if (el)
                boundNames(el, out);
            break;
          case "RestElement":
            boundNames(pattern.argument, out);
            break;
          case "AssignmentPattern":
            boundNames(pattern.left, out);
            break;
          default:
            break;
        }
        return out;
      }
      function lexicalNames(statements) {
        const out = [];
        for (const s of statements) {
          if (s.type === "VariableDeclaration" && s.kind !== "var")
            for (const d of s.declarations)
              boundNames(d.id, out);
          else if ((s.type === "ClassDeclaration" || s.type === "FunctionDeclaration") && s.id)
            out.push(s.id.name);
        }
        return out;
      }
      function varNames(statements) {
        const out = [];
        const visit = (s) => {
          if (!s)
            return;
          switch (s.type) {
            case "VariableDeclaration":
              if (s.kind === "var")
                for (const d of s.declarations)
                  boundNames(d.id, out);
              break;
            case "BlockStatement":
              s.body.forEach(visit);
              break;
            case "IfStatement":
              visit(s.consequent);
              visit(s.alternate);
              break;
            case "ForStatement":
              visit(s.init);
              visit(s.body);
              break;
            case "ForInStatement":
            case "ForOfStatement":
              visit(s.left);
              visit(s.body);
              break;
            case "WhileStatement":
            case "DoWhileStatement":
            case "LabeledStatement":
            case "WithStatement":
              visit(s.body);
              break;
            case "TryStatement":
              visit(s.block);
              visit(s.handler?.body);
              visit(s.finalizer);
              break;
            case "SwitchStatement":
              for (const c of s.cases)
                c.consequent.forEach(visit);
              break;
            default:
              break;
          }
        };
        statements.forEach(visit);
        return out;
      }
    }
  });

  // ../validator/dist/walk.js
  var require_walk2 = __commonJS({
    "../validator/dist/walk.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", { value: true });
      exports.walkFunction = walkFunction;
      var children_1 = require_children();
      var scope_1 = require_scope();
      function walkFunction(root, visitor) {
        new Walker(visitor).root(root);
      }
      function writtenIdentifiers(target, out = []) {
        switch (target.type) {
          case "Identifier":
            out.push(target);
            break;
          case "ObjectPattern":
            for (const p of target.properties)
              writtenIdentifiers(p.type === "RestElement" ? p.argument : p.value, out);
            break;
          case "ArrayPattern":
            for (const el of target.elements)
              if (el)
                writtenIdentifiers(el, out);
            break;
          case "RestElement":
            writtenIdentifiers(target.argument, out);
            break;
          case "AssignmentPattern":
            writtenIdentifiers(target.left, out);
            break;
          default:
            break;
        }
        return out;
      }
      var Walker = class {
        constructor(visitor) {
          this.visitor = visitor;
          this.writes = /* @__PURE__ */ new WeakSet();
        }
        root(fn) {
          const ctx = { scope: new scope_1.Scope("block"), thisContext: "root" };
          this.visitor.node(fn, ctx);
          this.fn(fn, ctx, "root");
        }
        expr(node, ctx, parent) {
          const here = { ...ctx, parent };
          this.visitor.node(node, here);
          const inner = { ...ctx, parent: node };
          switch (node.type) {
            case "Identifier":
              if (!ctx.scope.resolves(node.name))
                this.visitor.globalReference(node, here, this.writes.has(node));
              return;
            case "AssignmentExpression":
              for (const id of writtenIdentifiers(node.left))
                this.writes.add(id);
              this.generic(node, inner);
              return;
            case "UpdateExpression":
              for (const id of writtenIdentifiers(node.argument))
                this.writes.add(id);
              this.generic(node, inner);
              return;
            case "FunctionExpression":
            case "ArrowFunctionExpression":
            case "FunctionDeclaration":
              this.fn(node, here, this.isMethodValue(node, parent) ? "method" : "plain-function");
              return;
            case "ClassExpression":
            case "ClassDeclaration":
              this.cls(node, here);
              return;
            case "BlockStatement": {
              const scope = new scope_1.Scope("block", ctx.scope).declare((0, scope_1.lexicalNames)(node.body));
              this.list(node.body, { ...inner, scope }, node);
              return;
            }
            case "SwitchStatement": {
              this.expr(node.discriminant, inner, node);
              const scope = new scope_1.Scope("block", ctx.scope).declare((0, scope_1.lexicalNames)(node.cases.flatMap((c) => c.consequent)));
              for (const c of node.cases) {
                this.visitor.node(c, { ...inner, scope });
                if (c.test)
                  this.expr(c.test, { ...inner, scope }, c);
                this.list(c.consequent, { ...inner, scope }, c);
              }
              return;
            }
            case "ForStatement":
            case "ForInStatement":
            case "ForOfStatement": {
              const head = node.type === "ForStatement" ? node.init : node.left;
              const scope = head && head.type === "VariableDeclaration" && head.kind !== "var" ? new scope_1.Scope("block", ctx.scope).declare((0, scope_1.lexicalNames)([head])) : ctx.scope;
              if (node.type !== "ForStatement" && node.left.type !== "VariableDeclaration") {
                for (const id of writtenIdentifiers(node.left))
                  this.writes.add(id);
              }
              this.generic(node, { ...inner, scope });
              return;
            }
            case "CatchClause": {
              const scope = new scope_1.Scope("catch", ctx.scope).declare(node.param ? (0, scope_1.boundNames)(node.param) : []);
              if (node.param)
                this.binding(node.param, { ...inner, scope }, node);
              this.expr(node.body, { ...inner, scope }, node);
              return;
            }
            case "VariableDeclaration":
              for (const d of node.declarations) {
                this.visitor.node(d, inner);
                this.binding(d.id, { ...inner, parent: d }, d);
                if (d.init)
                  this.expr(d.init, { ...inner, parent: d }, d);
              }
              return;
            case "MemberExpression":
              this.expr(node.object, inner, node);
              if (node.computed)
                this.expr(node.property, inner, node);
              return;
            case "Property":
              if (node.computed)
                this.expr(node.key, inner, node);
              this.expr(node.value, inner, node);
              return;
            case "LabeledStatement":
              this.expr(node.body, inner, node);
              return;
            case "BreakStatement":
            case "ContinueStatement":
            case "MetaProperty":
              return;
            default:
              this.generic(node, inner);
          }
        }
        /** Every child, in the same context (children.ts: acorn-walk's base visitors plus the names they skip). */
        generic(node, ctx) {
          (0, children_1.forEachChild)(node, (child) => this.expr(child, ctx, node));
        }
        list(nodes, ctx, parent) {
          for (const n of nodes)
            this.expr(n, ctx, parent);
        }
        /** An object-literal method, getter/setter, or `key: function () {}` value. */
        isMethodValue(fn, parent) {
          if (fn.type === "ArrowFunctionExpression" || !parent || parent.type !== "Property")
            return false;
          return parent.value === fn;
        }
        /** A binding pattern: its identifiers are declarations, its defaults and computed keys are code. */
        binding(pattern, ctx, parent) {
          const here = { ...ctx, parent };
          const inner = { ...ctx, parent: pattern };
          switch (pattern.type) {
            case "Identifier":
              this.visitor.node(pattern, here);
              return;
            case "ObjectPattern":
              this.visitor.node(pattern, here);
              for (const prop of pattern.properties) {
                if (prop.type === "RestElement") {
                  this.binding(prop, inner, pattern);
                  continue;
                }
                this.visitor.node(prop, inner);
                if (prop.computed)
                  this.expr(prop.key, { ...inner, parent: prop }, prop);
                this.binding(prop.value, { ...inner, parent: prop }, prop);
              }
              return;
            case "ArrayPattern":
              this.visitor.node(pattern, here);
              for (const el of pattern.elements)
                if (el)
                  this.binding(el, inner, pattern);
              return;
            case "RestElement":
              this.visitor.node(pattern, here);
              this.binding(pattern.argument, inner, pattern);
              return;
            case "AssignmentPattern":
              this.visitor.node(pattern, here);
              this.binding(pattern.left, inner, pattern);
              this.expr(pattern.right, inner, pattern);
              return;
            default:
              this.expr(pattern, ctx, parent);
          }
        }
        fn(fn, ctx, kind) {
          let outer = ctx.scope;
          if (fn.type === "FunctionExpression" && fn.id)
            outer = new scope_1.Scope("block", outer).declare([fn.id.name]);
          const paramScope = new scope_1.Scope("function", outer);
          for (const p of fn.params)
            paramScope.declare((0, scope_1.boundNames)(p));
          if (fn.type !== "ArrowFunctionExpression")
            paramScope.declare(["arguments"]);
          const body = fn.body.type === "BlockStatement" ? fn.body.body : [];
          const bodyScope = new scope_1.Scope("block", paramScope).declare((0, scope_1.varNames)(body)).declare((0, scope_1.lexicalNames)(body));
          const thisContext = fn.type === "ArrowFunctionExpression" ? ctx.thisContext : kind;
          const inner = { scope: paramScope, thisContext, parent: fn };
          for (const p of fn.params)
            this.binding(p, inner, fn);
          const bodyCtx = { ...inner, scope: bodyScope };
          if (fn.body.type === "BlockStatement") {
            this.visitor.node(fn.body, bodyCtx);
            this.list(fn.body.body, { ...bodyCtx, parent: fn.body }, fn.body);
          } else {
            this.expr(fn.body, bodyCtx, fn);
          }
        }
        cls(cls, ctx) {
          const scope = new scope_1.Scope("class", ctx.scope).declare(cls.id ? [cls.id.name] : []);
          const outer = { ...ctx, scope, parent: cls };
          if (cls.superClass)
            this.expr(cls.superClass, outer, cls);
          const bodyCtx = { ...outer, parent: cls.body };
          this.visitor.node(cls.body, outer);
          for (const member of cls.body.body) {
            this.visitor.node(member, bodyCtx);
            const memberCtx = { ...bodyCtx, parent: member };
            if (member.type === "StaticBlock") {
              const blockScope = new scope_1.Scope("function", scope).declare((0, scope_1.varNames)(member.body)).declare((0, scope_1.lexicalNames)(member.body));
              this.list(member.body, { ...memberCtx, scope: blockScope, thisContext: "method" }, member);
              continue;
            }
            if (member.computed)
              this.expr(member.key, memberCtx, member);
            if (member.type === "MethodDefinition")
              this.fn(member.value, memberCtx, "method");
            else if (member.value)
              this.expr(member.value, { ...memberCtx, thisContext: "method" }, member);
          }
        }
      };
    }
  });

  // ../validator/dist/validate.js
  var require_validate = __commonJS({
    "../validator/dist/validate.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", { value: true });
      exports.validate = validate2;
      var ast_1 = require_ast();
      var diagnostics_1 = require_diagnostics();
      var function_info_1 = require_function_info();
      var parse_1 = require_parse();
      var policy_1 = require_policy();
      var prescan_1 = require_prescan();
      var rules_1 = require_rules();
      var walk_1 = require_walk2();
      function validate2(source, partialPolicy) {
        if (typeof source !== "string") {
          throw new TypeError(`validate() needs the function's source as a string, got ${source === null ? "null" : typeof source}; pass fn.toString()`);
        }
        const policy = (0, policy_1.mergePolicy)(partialPolicy);
        const reporter = new diagnostics_1.Reporter(source);
        const done = (info2) => {
          const diagnostics = reporter.diagnostics();
          return info2 ? { ok: diagnostics.length === 0, diagnostics, info: info2 } : { ok: diagnostics.length === 0, diagnostics };
        };
        if (!(0, prescan_1.prescan)(source, policy, reporter))
          return done();
        const fn = (0, parse_1.parseFunction)(source, reporter);
        if (!fn)
          return done();
        const info = (0, function_info_1.functionInfo)(fn, source);
        const tooDeep = (0, ast_1.findTooDeep)(fn, policy.maxDepth);
        if (tooDeep) {
          reporter.report("max-depth", `the code is nested more than ${policy.maxDepth} levels deep here (policy.maxDepth); flatten it (early returns, helper functions, data in arguments)`, { start: tooDeep.start, end: tooDeep.start + 1 });
          return done(info);
        }
        (0, function_info_1.checkFunctionShape)(fn, reporter);
        const firstParam = fn.params[0];
        const rc = {
          policy,
          dbName: firstParam && firstParam.type === "Identifier" ? firstParam.name : "db",
          report: (rule, message, span) => reporter.report(rule, message, span)
        };
        const rules = rules_1.RULES.map((make) => make(rc));
        try {
          (0, walk_1.walkFunction)(fn, {
            node(node, ctx) {
              for (const r of rules)
                r.node?.(node, ctx);
            },
            globalReference(id, ctx, write) {
              for (const r of rules)
                r.globalReference?.(id, ctx, write);
            }
          });
        } catch (e) {
          if (!(e instanceof RangeError))
            throw e;
          reporter.report("max-depth", `the code is too deeply nested to check with the stack available; flatten it or lower policy.maxDepth`, { start: fn.start, end: fn.start + 1 });
          return done(info);
        }
        (0, parse_1.checkStrictMode)(source, reporter);
        return done(info);
      }
    }
  });

  // ../validator/dist/index.js
  var require_dist = __commonJS({
    "../validator/dist/index.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", { value: true });
      exports.UnknownNodeError = exports.ALWAYS_FORBIDDEN_GLOBALS = exports.PolicyError = exports.mergePolicy = exports.DEFAULT_POLICY = exports.formatDiagnostics = exports.validate = void 0;
      var validate_1 = require_validate();
      Object.defineProperty(exports, "validate", { enumerable: true, get: function() {
        return validate_1.validate;
      } });
      var diagnostics_1 = require_diagnostics();
      Object.defineProperty(exports, "formatDiagnostics", { enumerable: true, get: function() {
        return diagnostics_1.formatDiagnostics;
      } });
      var policy_1 = require_policy();
      Object.defineProperty(exports, "DEFAULT_POLICY", { enumerable: true, get: function() {
        return policy_1.DEFAULT_POLICY;
      } });
      Object.defineProperty(exports, "mergePolicy", { enumerable: true, get: function() {
        return policy_1.mergePolicy;
      } });
      Object.defineProperty(exports, "PolicyError", { enumerable: true, get: function() {
        return policy_1.PolicyError;
      } });
      Object.defineProperty(exports, "ALWAYS_FORBIDDEN_GLOBALS", { enumerable: true, get: function() {
        return policy_1.ALWAYS_FORBIDDEN_GLOBALS;
      } });
      var children_1 = require_children();
      Object.defineProperty(exports, "UnknownNodeError", { enumerable: true, get: function() {
        return children_1.UnknownNodeError;
      } });
    }
  });

  // ../../node_modules/acorn/dist/acorn.mjs
  var astralIdentifierCodes = [509, 0, 227, 0, 150, 4, 294, 9, 1368, 2, 2, 1, 6, 3, 41, 2, 5, 0, 166, 1, 574, 3, 9, 9, 7, 9, 32, 4, 318, 1, 31, 4, 33, 15, 71, 10, 50, 3, 123, 2, 54, 14, 32, 10, 3, 1, 11, 3, 46, 10, 8, 0, 46, 9, 7, 2, 37, 13, 2, 9, 6, 1, 45, 0, 13, 2, 49, 13, 9, 3, 2, 11, 83, 11, 7, 0, 3, 0, 158, 11, 6, 9, 7, 3, 56, 1, 2, 6, 3, 1, 3, 2, 10, 0, 11, 1, 3, 6, 4, 4, 68, 8, 2, 0, 3, 0, 2, 3, 2, 4, 2, 0, 15, 1, 83, 17, 10, 9, 5, 0, 82, 19, 13, 9, 214, 6, 3, 8, 28, 1, 83, 16, 16, 9, 82, 12, 9, 9, 7, 19, 58, 14, 5, 9, 243, 14, 166, 9, 71, 5, 2, 1, 3, 3, 2, 0, 2, 1, 13, 9, 120, 6, 3, 6, 4, 0, 29, 9, 41, 6, 2, 3, 9, 0, 10, 10, 47, 15, 199, 7, 137, 9, 54, 7, 2, 7, 17, 9, 57, 21, 2, 13, 123, 5, 4, 0, 2, 1, 2, 6, 2, 0, 9, 9, 49, 4, 2, 1, 2, 4, 9, 9, 55, 9, 7, 0, 259, 3, 10, 1, 2, 0, 49, 6, 4, 4, 14, 10, 5350, 0, 7, 14, 11465, 27, 2343, 9, 87, 9, 39, 4, 60, 6, 26, 9, 535, 9, 470, 0, 2, 54, 8, 3, 82, 0, 12, 1, 19628, 1, 4178, 9, 519, 45, 3, 22, 481, 1, 61, 4, 4, 5, 9, 7, 3, 6, 31, 3, 149, 2, 12, 2, 9, 1, 3, 0, 33, 1, 1357, 49, 513, 54, 5, 49, 9, 0, 15, 0, 23, 4, 2, 14, 1361, 6, 2, 16, 3, 6, 2, 1, 2, 4, 101, 0, 161, 6, 10, 9, 357, 0, 62, 13, 499, 13, 245, 1, 2, 9, 233, 0, 3, 0, 8, 1, 6, 0, 475, 6, 110, 6, 6, 9, 4759, 9, 787719, 239];
  var astralIdentifierStartCodes = [0, 11, 2, 25, 2, 18, 2, 1, 2, 14, 3, 13, 35, 122, 70, 52, 268, 28, 4, 48, 48, 31, 14, 29, 6, 37, 11, 29, 3, 35, 5, 7, 2, 4, 43, 157, 19, 35, 5, 35, 5, 39, 9, 51, 13, 10, 2, 14, 2, 6, 2, 1, 2, 10, 2, 14, 2, 6, 2, 1, 4, 51, 13, 310, 10, 21, 11, 7, 25, 5, 2, 41, 2, 13, 65, 5, 3, 0, 2, 43, 2, 1, 4, 0, 3, 22, 11, 22, 10, 30, 66, 18, 2, 1, 11, 21, 11, 25, 7, 25, 39, 55, 7, 1, 65, 0, 16, 3, 2, 2, 2, 28, 43, 28, 4, 28, 36, 7, 2, 27, 28, 53, 11, 21, 11, 18, 14, 17, 111, 72, 56, 50, 14, 50, 14, 35, 39, 27, 10, 22, 251, 41, 7, 1, 17, 5, 18, 21, 18, 28, 11, 0, 9, 21, 43, 17, 47, 20, 28, 22, 13, 52, 58, 1, 3, 0, 14, 44, 33, 24, 27, 35, 30, 0, 3, 0, 9, 34, 4, 0, 13, 47, 15, 3, 22, 0, 2, 0, 36, 17, 2, 24, 20, 1, 64, 6, 2, 0, 2, 3, 2, 14, 2, 9, 8, 46, 39, 7, 3, 1, 3, 21, 2, 6, 2, 1, 2, 4, 4, 0, 19, 0, 13, 4, 31, 9, 2, 0, 3, 0, 2, 37, 2, 0, 26, 0, 2, 0, 45, 52, 19, 3, 21, 2, 31, 47, 21, 1, 2, 0, 185, 46, 42, 3, 37, 47, 21, 0, 60, 42, 14, 0, 72, 26, 38, 6, 186, 43, 117, 63, 32, 7, 3, 0, 3, 7, 2, 1, 2, 23, 16, 0, 2, 0, 95, 7, 3, 38, 17, 0, 2, 0, 29, 0, 11, 39, 8, 0, 22, 0, 12, 45, 20, 0, 19, 72, 18, 0, 182, 32, 32, 8, 2, 36, 18, 0, 50, 29, 113, 6, 2, 1, 2, 37, 22, 0, 26, 5, 2, 1, 2, 31, 15, 0, 24, 43, 22, 0, 239, 18, 16, 0, 2, 12, 2, 33, 125, 0, 80, 921, 103, 111, 6, 206, 13, 310, 2314, 96, 16, 1071, 18, 5, 26, 3994, 6, 582, 6842, 29, 1763, 568, 8, 30, 18, 78, 18, 29, 19, 47, 17, 3, 32, 20, 6, 18, 433, 44, 212, 63, 33, 24, 3, 24, 45, 74, 6, 0, 67, 12, 65, 1, 2, 0, 15, 4, 10, 7386, 37, 33, 96, 114, 14, 913, 15, 50, 7710, 3, 2, 6, 2, 1, 2, 296, 10, 0, 30, 2, 3, 0, 15, 4, 8, 395, 2309, 106, 6, 12, 4, 8, 8, 9, 5991, 84, 2, 70, 2, 1, 3, 0, 3, 1, 3, 3, 2, 11, 2, 0, 2, 6, 2, 64, 2, 3, 3, 7, 2, 6, 2, 27, 2, 3, 2, 4, 2, 0, 4, 6, 2, 340, 2, 24, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 7, 1845, 129, 15, 6, 55, 50, 49, 61, 147, 44, 11, 6, 17, 0, 322, 29, 19, 43, 485, 27, 229, 29, 3, 0, 208, 30, 2, 2, 2, 1, 2, 6, 3, 4, 10, 1, 225, 6, 2, 3, 2, 1, 2, 14, 2, 196, 60, 67, 8, 0, 1205, 3, 2, 26, 2, 1, 2, 0, 3, 0, 2, 9, 2, 3, 2, 0, 2, 0, 7, 0, 5, 0, 2, 0, 2, 0, 2, 2, 2, 1, 2, 0, 3, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 1, 2, 0, 3, 3, 2, 6, 2, 3, 2, 3, 2, 0, 2, 9, 2, 16, 6, 2, 2, 4, 2, 16, 4421, 42719, 33, 4382, 2, 5773, 3, 7472, 16, 621, 2467, 541, 1507, 4938, 6, 8489, 39815, 11327];
  var nonASCIIidentifierChars = "\u200C\u200D\xB7\u0300-\u036F\u0387\u0483-\u0487\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7-\u05C9\u0610-\u061A\u064B-\u0669\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u06F0-\u06F9\u0711\u0730-\u074A\u07A6-\u07B0\u07C0-\u07C9\u07EB-\u07F3\u07FD\u0816-\u0819\u081B-\u0823\u0825-\u0827\u0829-\u082D\u0859-\u085B\u0897-\u089F\u08CA-\u08E1\u08E3-\u0903\u093A-\u093C\u093E-\u094F\u0951-\u0957\u0962\u0963\u0966-\u096F\u0981-\u0983\u09BC\u09BE-\u09C4\u09C7\u09C8\u09CB-\u09CD\u09D7\u09E2\u09E3\u09E6-\u09EF\u09FE\u0A01-\u0A03\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A66-\u0A71\u0A75\u0A81-\u0A83\u0ABC\u0ABE-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AE2\u0AE3\u0AE6-\u0AEF\u0AFA-\u0AFF\u0B01-\u0B03\u0B3C\u0B3E-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B53-\u0B57\u0B62\u0B63\u0B66-\u0B6F\u0B82\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD7\u0BE6-\u0BEF\u0C00-\u0C04\u0C3C\u0C3E-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C62\u0C63\u0C66-\u0C6F\u0C81-\u0C83\u0CBC\u0CBE-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CE2\u0CE3\u0CE6-\u0CEF\u0CF3\u0D00-\u0D03\u0D3B\u0D3C\u0D3E-\u0D44\u0D46-\u0D48\u0D4A-\u0D4D\u0D57\u0D62\u0D63\u0D66-\u0D6F\u0D81-\u0D83\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u0E50-\u0E59\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECE\u0ED0-\u0ED9\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E\u0F3F\u0F71-\u0F84\u0F86\u0F87\u0F8D-\u0F97\u0F99-\u0FBC\u0FC6\u102B-\u103E\u1040-\u1049\u1056-\u1059\u105E-\u1060\u1062-\u1064\u1067-\u106D\u1071-\u1074\u1082-\u108D\u108F-\u109D\u135D-\u135F\u1369-\u1371\u1712-\u1715\u1732-\u1734\u1752\u1753\u1772\u1773\u17B4-\u17D3\u17DD\u17E0-\u17E9\u180B-\u180D\u180F-\u1819\u18A9\u1920-\u192B\u1930-\u193B\u1946-\u194F\u19D0-\u19DA\u1A17-\u1A1B\u1A55-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AB0-\u1ABD\u1ABF-\u1AF0\u1B00-\u1B04\u1B34-\u1B44\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1B82\u1BA1-\u1BAD\u1BB0-\u1BB9\u1BE6-\u1BF3\u1C24-\u1C37\u1C40-\u1C49\u1C50-\u1C59\u1CD0-\u1CD2\u1CD4-\u1CE8\u1CED\u1CF4\u1CF7-\u1CF9\u1DC0-\u1DFF\u200C\u200D\u203F\u2040\u2054\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2CEF-\u2CF1\u2D7F\u2DE0-\u2DFF\u302A-\u302F\u3099\u309A\u30FB\uA620-\uA629\uA66F\uA674-\uA67D\uA69E\uA69F\uA6F0\uA6F1\uA802\uA806\uA80B\uA823-\uA827\uA82C\uA880\uA881\uA8B4-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F1\uA8FF-\uA909\uA926-\uA92D\uA947-\uA953\uA980-\uA983\uA9B3-\uA9C0\uA9D0-\uA9D9\uA9E5\uA9F0-\uA9F9\uAA29-\uAA36\uAA43\uAA4C\uAA4D\uAA50-\uAA59\uAA7B-\uAA7D\uAAB0\uAAB2-\uAAB4\uAAB7\uAAB8\uAABE\uAABF\uAAC1\uAAEB-\uAAEF\uAAF5\uAAF6\uABE3-\uABEA\uABEC\uABED\uABF0-\uABF9\uFB1E\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFF10-\uFF19\uFF3F\uFF65";
  var nonASCIIidentifierStartChars = "\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0558\u0559\u0560-\u0588\u058B\u058C\u05D0-\u05EA\u05EF-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u0870-\u0887\u0889-\u088F\u08A0-\u08C9\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C5C\u0C5D\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDC-\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D04-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E86-\u0E8A\u0E8C-\u0EA3\u0EA5\u0EA7-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u1711\u171F-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1878\u1880-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4C\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C8A\u1C90-\u1CBA\u1CBD-\u1CBF\u1CE9-\u1CEC\u1CEE-\u1CF3\u1CF5\u1CF6\u1CFA\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u208F-\u209F\u2102\u2107\u210A-\u2113\u2115\u2118-\u211D\u2124\u2126\u2128\u212A-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309B-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312F\u3131-\u318E\u31A0-\u31BF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7DD\uA7E2\uA7F1-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA8FE\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB69\uAB6C\uAB6D\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC";
  var reservedWords = {
    3: "abstract boolean byte char class double enum export extends final float goto implements import int interface long native package private protected public short static super synchronized throws transient volatile",
    5: "class enum extends super const export import",
    6: "enum",
    strict: "implements interface let package private protected public static yield",
    strictBind: "eval arguments"
  };
  var ecma5AndLessKeywords = "break case catch continue debugger default do else finally for function if return switch throw try var while with null true false instanceof typeof void delete new in this";
  var keywords$1 = {
    5: ecma5AndLessKeywords,
    "5module": ecma5AndLessKeywords + " export import",
    6: ecma5AndLessKeywords + " const class extends export import super"
  };
  var keywordRelationalOperator = /^in(stanceof)?$/;
  var nonASCIIidentifierStart = new RegExp("[" + nonASCIIidentifierStartChars + "]");
  var nonASCIIidentifier = new RegExp("[" + nonASCIIidentifierStartChars + nonASCIIidentifierChars + "]");
  function isInAstralSet(code, set) {
    var pos = 65536;
    for (var i = 0; i < set.length; i += 2) {
      pos += set[i];
      if (pos > code) {
        return false;
      }
      pos += set[i + 1];
      if (pos >= code) {
        return true;
      }
    }
    return false;
  }
  function isIdentifierStart(code, astral) {
    if (code < 65) {
      return code === 36;
    }
    if (code < 91) {
      return true;
    }
    if (code < 97) {
      return code === 95;
    }
    if (code < 123) {
      return true;
    }
    if (code <= 65535) {
      return code >= 170 && nonASCIIidentifierStart.test(String.fromCharCode(code));
    }
    if (astral === false) {
      return false;
    }
    return isInAstralSet(code, astralIdentifierStartCodes);
  }
  function isIdentifierChar(code, astral) {
    if (code < 48) {
      return code === 36;
    }
    if (code < 58) {
      return true;
    }
    if (code < 65) {
      return false;
    }
    if (code < 91) {
      return true;
    }
    if (code < 97) {
      return code === 95;
    }
    if (code < 123) {
      return true;
    }
    if (code <= 65535) {
      return code >= 170 && nonASCIIidentifier.test(String.fromCharCode(code));
    }
    if (astral === false) {
      return false;
    }
    return isInAstralSet(code, astralIdentifierStartCodes) || isInAstralSet(code, astralIdentifierCodes);
  }
  var TokenType = function TokenType2(label, conf) {
    if (conf === void 0) conf = {};
    this.label = label;
    this.keyword = conf.keyword;
    this.beforeExpr = !!conf.beforeExpr;
    this.startsExpr = !!conf.startsExpr;
    this.isLoop = !!conf.isLoop;
    this.isAssign = !!conf.isAssign;
    this.prefix = !!conf.prefix;
    this.postfix = !!conf.postfix;
    this.binop = conf.binop || null;
    this.updateContext = null;
  };
  function binop(name, prec) {
    return new TokenType(name, { beforeExpr: true, binop: prec });
  }
  var beforeExpr = { beforeExpr: true };
  var startsExpr = { startsExpr: true };
  var keywords = {};
  function kw(name, options) {
    if (options === void 0) options = {};
    options.keyword = name;
    return keywords[name] = new TokenType(name, options);
  }
  var types$1 = {
    num: new TokenType("num", startsExpr),
    regexp: new TokenType("regexp", startsExpr),
    string: new TokenType("string", startsExpr),
    name: new TokenType("name", startsExpr),
    privateId: new TokenType("privateId", startsExpr),
    eof: new TokenType("eof"),
    // Punctuation token types.
    bracketL: new TokenType("[", { beforeExpr: true, startsExpr: true }),
    bracketR: new TokenType("]"),
    braceL: new TokenType("{", { beforeExpr: true, startsExpr: true }),
    braceR: new TokenType("}"),
    parenL: new TokenType("(", { beforeExpr: true, startsExpr: true }),
    parenR: new TokenType(")"),
    comma: new TokenType(",", beforeExpr),
    semi: new TokenType(";", beforeExpr),
    colon: new TokenType(":", beforeExpr),
    dot: new TokenType("."),
    question: new TokenType("?", beforeExpr),
    questionDot: new TokenType("?."),
    arrow: new TokenType("=>", beforeExpr),
    template: new TokenType("template"),
    invalidTemplate: new TokenType("invalidTemplate"),
    ellipsis: new TokenType("...", beforeExpr),
    backQuote: new TokenType("`", startsExpr),
    dollarBraceL: new TokenType("${", { beforeExpr: true, startsExpr: true }),
    // Operators. These carry several kinds of properties to help the
    // parser use them properly (the presence of these properties is
    // what categorizes them as operators).
    //
    // `binop`, when present, specifies that this operator is a binary
    // operator, and will refer to its precedence.
    //
    // `prefix` and `postfix` mark the operator as a prefix or postfix
    // unary operator.
    //
    // `isAssign` marks all of `=`, `+=`, `-=` etcetera, which act as
    // binary operators with a very low precedence, that should result
    // in AssignmentExpression nodes.
    eq: new TokenType("=", { beforeExpr: true, isAssign: true }),
    assign: new TokenType("_=", { beforeExpr: true, isAssign: true }),
    incDec: new TokenType("++/--", { prefix: true, postfix: true, startsExpr: true }),
    prefix: new TokenType("!/~", { beforeExpr: true, prefix: true, startsExpr: true }),
    logicalOR: binop("||", 1),
    logicalAND: binop("&&", 2),
    bitwiseOR: binop("|", 3),
    bitwiseXOR: binop("^", 4),
    bitwiseAND: binop("&", 5),
    equality: binop("==/!=/===/!==", 6),
    relational: binop("</>/<=/>=", 7),
    bitShift: binop("<</>>/>>>", 8),
    plusMin: new TokenType("+/-", { beforeExpr: true, binop: 9, prefix: true, startsExpr: true }),
    modulo: binop("%", 10),
    star: binop("*", 10),
    slash: binop("/", 10),
    starstar: new TokenType("**", { beforeExpr: true }),
    coalesce: binop("??", 1),
    // Keyword token types.
    _break: kw("break"),
    _case: kw("case", beforeExpr),
    _catch: kw("catch"),
    _continue: kw("continue"),
    _debugger: kw("debugger"),
    _default: kw("default", beforeExpr),
    _do: kw("do", { isLoop: true, beforeExpr: true }),
    _else: kw("else", beforeExpr),
    _finally: kw("finally"),
    _for: kw("for", { isLoop: true }),
    _function: kw("function", startsExpr),
    _if: kw("if"),
    _return: kw("return", beforeExpr),
    _switch: kw("switch"),
    _throw: kw("throw", beforeExpr),
    _try: kw("try"),
    _var: kw("var"),
    _const: kw("const"),
    _while: kw("while", { isLoop: true }),
    _with: kw("with"),
    _new: kw("new", { beforeExpr: true, startsExpr: true }),
    _this: kw("this", startsExpr),
    _super: kw("super", startsExpr),
    _class: kw("class", startsExpr),
    _extends: kw("extends", beforeExpr),
    _export: kw("export"),
    _import: kw("import", startsExpr),
    _null: kw("null", startsExpr),
    _true: kw("true", startsExpr),
    _false: kw("false", startsExpr),
    _in: kw("in", { beforeExpr: true, binop: 7 }),
    _instanceof: kw("instanceof", { beforeExpr: true, binop: 7 }),
    _typeof: kw("typeof", { beforeExpr: true, prefix: true, startsExpr: true }),
    _void: kw("void", { beforeExpr: true, prefix: true, startsExpr: true }),
    _delete: kw("delete", { beforeExpr: true, prefix: true, startsExpr: true })
  };
  var lineBreak = /\r\n?|\n|\u2028|\u2029/;
  var lineBreakG = new RegExp(lineBreak.source, "g");
  function isNewLine(code) {
    return code === 10 || code === 13 || code === 8232 || code === 8233;
  }
  function nextLineBreak(code, from, end) {
    if (end === void 0) end = code.length;
    for (var i = from; i < end; i++) {
      var next = code.charCodeAt(i);
      if (isNewLine(next)) {
        return i < end - 1 && next === 13 && code.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      }
    }
    return -1;
  }
  var nonASCIIwhitespace = /[\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/;
  var skipWhiteSpace = /(?:\s|\/\/.*|\/\*[^]*?\*\/)*/g;
  var ref = Object.prototype;
  var hasOwnProperty = ref.hasOwnProperty;
  var toString = ref.toString;
  var hasOwn = Object.hasOwn || (function(obj, propName) {
    return hasOwnProperty.call(obj, propName);
  });
  var isArray = Array.isArray || (function(obj) {
    return toString.call(obj) === "[object Array]";
  });
  var regexpCache = /* @__PURE__ */ Object.create(null);
  function wordsRegexp(words) {
    return regexpCache[words] || (regexpCache[words] = new RegExp("^(?:" + words.replace(/ /g, "|") + ")$"));
  }
  function codePointToString(code) {
    if (code <= 65535) {
      return String.fromCharCode(code);
    }
    code -= 65536;
    return String.fromCharCode((code >> 10) + 55296, (code & 1023) + 56320);
  }
  var loneSurrogate = /(?:[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF])/;
  var Position = function Position2(line, col) {
    this.line = line;
    this.column = col;
  };
  Position.prototype.offset = function offset(n) {
    return new Position(this.line, this.column + n);
  };
  var SourceLocation = function SourceLocation2(p, start, end) {
    this.start = start;
    this.end = end;
    if (p.sourceFile !== null) {
      this.source = p.sourceFile;
    }
  };
  function getLineInfo(input, offset2) {
    for (var line = 1, cur = 0; ; ) {
      var nextBreak = nextLineBreak(input, cur, offset2);
      if (nextBreak < 0) {
        return new Position(line, offset2 - cur);
      }
      ++line;
      cur = nextBreak;
    }
  }
  var defaultOptions = {
    // `ecmaVersion` indicates the ECMAScript version to parse. Must be
    // either 3, 5, 6 (or 2015), 7 (2016), 8 (2017), 9 (2018), 10
    // (2019), 11 (2020), 12 (2021), 13 (2022), 14 (2023), or `"latest"`
    // (the latest version the library supports). This influences
    // support for strict mode, the set of reserved words, and support
    // for new syntax features.
    ecmaVersion: null,
    // `sourceType` indicates the mode the code should be parsed in.
    // Can be either `"script"`, `"module"` or `"commonjs"`. This influences global
    // strict mode and parsing of `import` and `export` declarations.
    sourceType: "script",
    // When set to true, enable strict parsing mode even if `sourceType`
    // is `"script"`.
    strict: false,
    // `onInsertedSemicolon` can be a callback that will be called when
    // a semicolon is automatically inserted. It will be passed the
    // position of the inserted semicolon as an offset, and if
    // `locations` is enabled, it is given the location as a `{line,
    // column}` object as second argument.
    onInsertedSemicolon: null,
    // `onTrailingComma` is similar to `onInsertedSemicolon`, but for
    // trailing commas.
    onTrailingComma: null,
    // By default, reserved words are only enforced if ecmaVersion >= 5.
    // Set `allowReserved` to a boolean value to explicitly turn this on
    // an off. When this option has the value "never", reserved words
    // and keywords can also not be used as property names.
    allowReserved: null,
    // When enabled, a return at the top level is not considered an
    // error.
    allowReturnOutsideFunction: false,
    // When enabled, import/export statements are not constrained to
    // appearing at the top of the program, and an import.meta expression
    // in a script isn't considered an error.
    allowImportExportEverywhere: false,
    // By default, await identifiers are allowed to appear at the top-level scope only if ecmaVersion >= 2022.
    // When enabled, await identifiers are allowed to appear at the top-level scope,
    // but they are still not allowed in non-async functions.
    allowAwaitOutsideFunction: null,
    // When enabled, super identifiers are not constrained to
    // appearing in methods and do not raise an error when they appear elsewhere.
    allowSuperOutsideMethod: null,
    // When enabled, hashbang directive in the beginning of file is
    // allowed and treated as a line comment. Enabled by default when
    // `ecmaVersion` >= 2023.
    allowHashBang: false,
    // By default, the parser will verify that private properties are
    // only used in places where they are valid and have been declared.
    // Set this to false to turn such checks off.
    checkPrivateFields: true,
    // When `locations` is on, `loc` properties holding objects with
    // `start` and `end` properties in `{line, column}` form (with
    // line being 1-based and column 0-based) will be attached to the
    // nodes.
    locations: false,
    // Pass an optional `{line, column}` object to use for the start of
    // the parse. This is mostly useful when using `parseExpressionAt`
    // with `locations: true`, to prevent the parser from having to
    // determine the line position at the start position.
    startLocation: null,
    // A function can be passed as `onToken` option, which will
    // cause Acorn to call that function with object in the same
    // format as tokens returned from `tokenizer().getToken()`. Note
    // that you are not allowed to call the parser from the
    // callback—that will corrupt its internal state.
    onToken: null,
    // A function can be passed as `onComment` option, which will
    // cause Acorn to call that function with `(block, text, start,
    // end)` parameters whenever a comment is skipped. `block` is a
    // boolean indicating whether this is a block (`/* */`) comment,
    // `text` is the content of the comment, and `start` and `end` are
    // character offsets that denote the start and end of the comment.
    // When the `locations` option is on, two more parameters are
    // passed, the full `{line, column}` locations of the start and
    // end of the comments. Note that you are not allowed to call the
    // parser from the callback—that will corrupt its internal state.
    // When this option has an array as value, objects representing the
    // comments are pushed to it.
    onComment: null,
    // Nodes have their start and end characters offsets recorded in
    // `start` and `end` properties (directly on the node, rather than
    // the `loc` object, which holds line/column data. To also add a
    // [semi-standardized][range] `range` property holding a `[start,
    // end]` array with the same numbers, set the `ranges` option to
    // `true`.
    //
    // [range]: https://bugzilla.mozilla.org/show_bug.cgi?id=745678
    ranges: false,
    // It is possible to parse multiple files into a single AST by
    // passing the tree produced by parsing the first file as
    // `program` option in subsequent parses. This will add the
    // toplevel forms of the parsed file to the `Program` (top) node
    // of an existing parse tree.
    program: null,
    // When `locations` is on, you can pass this to record the source
    // file in every node's `loc` object.
    sourceFile: null,
    // This value, if given, is stored in every node, whether
    // `locations` is on or off.
    directSourceFile: null,
    // When enabled, parenthesized expressions are represented by
    // (non-standard) ParenthesizedExpression nodes
    preserveParens: false
  };
  var warnedAboutEcmaVersion = false;
  function getOptions(opts) {
    var options = {};
    for (var opt in defaultOptions) {
      options[opt] = opts && hasOwn(opts, opt) ? opts[opt] : defaultOptions[opt];
    }
    if (options.ecmaVersion === "latest") {
      options.ecmaVersion = 1e8;
    } else if (options.ecmaVersion == null) {
      if (!warnedAboutEcmaVersion && typeof console === "object" && console.warn) {
        warnedAboutEcmaVersion = true;
        console.warn("Since Acorn 8.0.0, options.ecmaVersion is required.\nDefaulting to 2020, but this will stop working in the future.");
      }
      options.ecmaVersion = 11;
    } else if (options.ecmaVersion >= 2015) {
      options.ecmaVersion -= 2009;
    }
    if (options.allowReserved == null) {
      options.allowReserved = options.ecmaVersion < 5;
    }
    if (!opts || opts.allowHashBang == null) {
      options.allowHashBang = options.ecmaVersion >= 14;
    }
    if (isArray(options.onToken)) {
      var tokens = options.onToken;
      options.onToken = function(token) {
        return tokens.push(token);
      };
    }
    if (isArray(options.onComment)) {
      options.onComment = pushComment(options, options.onComment);
    }
    if (options.sourceType === "commonjs" && options.allowAwaitOutsideFunction) {
      throw new Error("Cannot use allowAwaitOutsideFunction with sourceType: commonjs");
    }
    return options;
  }
  function pushComment(options, array) {
    return function(block, text, start, end, startLoc, endLoc) {
      var comment = {
        type: block ? "Block" : "Line",
        value: text,
        start,
        end
      };
      if (options.locations) {
        comment.loc = new SourceLocation(this, startLoc, endLoc);
      }
      if (options.ranges) {
        comment.range = [start, end];
      }
      array.push(comment);
    };
  }
  var SCOPE_TOP = 1;
  var SCOPE_FUNCTION = 2;
  var SCOPE_ASYNC = 4;
  var SCOPE_GENERATOR = 8;
  var SCOPE_ARROW = 16;
  var SCOPE_SIMPLE_CATCH = 32;
  var SCOPE_SUPER = 64;
  var SCOPE_DIRECT_SUPER = 128;
  var SCOPE_CLASS_STATIC_BLOCK = 256;
  var SCOPE_CLASS_FIELD_INIT = 512;
  var SCOPE_SWITCH = 1024;
  var SCOPE_VAR = SCOPE_TOP | SCOPE_FUNCTION | SCOPE_CLASS_STATIC_BLOCK;
  function functionFlags(async, generator) {
    return SCOPE_FUNCTION | (async ? SCOPE_ASYNC : 0) | (generator ? SCOPE_GENERATOR : 0);
  }
  var BIND_NONE = 0;
  var BIND_VAR = 1;
  var BIND_LEXICAL = 2;
  var BIND_FUNCTION = 3;
  var BIND_SIMPLE_CATCH = 4;
  var BIND_OUTSIDE = 5;
  var Parser = function Parser2(options, input, startPos) {
    this.options = options = getOptions(options);
    this.sourceFile = options.sourceFile;
    this.keywords = wordsRegexp(keywords$1[options.ecmaVersion >= 6 ? 6 : options.sourceType === "module" ? "5module" : 5]);
    var reserved = "";
    if (options.allowReserved !== true) {
      reserved = reservedWords[options.ecmaVersion >= 6 ? 6 : options.ecmaVersion === 5 ? 5 : 3];
      if (options.sourceType === "module") {
        reserved += " await";
      }
    }
    this.reservedWords = wordsRegexp(reserved);
    var reservedStrict = (reserved ? reserved + " " : "") + reservedWords.strict;
    this.reservedWordsStrict = wordsRegexp(reservedStrict);
    this.reservedWordsStrictBind = wordsRegexp(reservedStrict + " " + reservedWords.strictBind);
    this.input = String(input);
    this.containsEsc = false;
    this.pos = startPos || 0;
    this.curLine = 1;
    if (options.startLocation) {
      this.lineStart = this.pos - options.startLocation.column;
      this.curLine = options.startLocation.line;
    } else if (startPos) {
      this.lineStart = this.input.lastIndexOf("\n", startPos - 1) + 1;
      if (this.options.locations) {
        this.curLine = this.input.slice(0, this.lineStart).split(lineBreak).length;
      }
    } else {
      this.lineStart = 0;
    }
    this.type = types$1.eof;
    this.value = null;
    this.start = this.end = this.pos;
    this.startLoc = this.endLoc = this.curPosition();
    this.lastTokEndLoc = this.lastTokStartLoc = null;
    this.lastTokStart = this.lastTokEnd = this.pos;
    this.context = this.initialContext();
    this.exprAllowed = true;
    this.inModule = options.sourceType === "module";
    this.strict = this.inModule || options.strict === true || this.strictDirective(this.pos);
    this.potentialArrowAt = -1;
    this.potentialArrowInForAwait = false;
    this.yieldPos = this.awaitPos = this.awaitIdentPos = 0;
    this.labels = [];
    this.undefinedExports = /* @__PURE__ */ Object.create(null);
    if (this.pos === 0 && options.allowHashBang && this.input.slice(0, 2) === "#!") {
      this.skipLineComment(2);
    }
    this.scopeStack = [];
    this.enterScope(
      this.options.sourceType === "commonjs" ? SCOPE_FUNCTION : SCOPE_TOP
    );
    this.regexpState = null;
    this.privateNameStack = [];
  };
  var prototypeAccessors = { inFunction: { configurable: true }, inGenerator: { configurable: true }, inAsync: { configurable: true }, canAwait: { configurable: true }, allowReturn: { configurable: true }, allowSuper: { configurable: true }, allowDirectSuper: { configurable: true }, treatFunctionsAsVar: { configurable: true }, allowNewDotTarget: { configurable: true }, allowUsing: { configurable: true }, inClassStaticBlock: { configurable: true } };
  Parser.prototype.parse = function parse() {
    var this$1$1 = this;
    var node = this.options.program || this.startNode();
    this.nextToken();
    return this.catchStackOverflow(function() {
      return this$1$1.parseTopLevel(node);
    });
  };
  prototypeAccessors.inFunction.get = function() {
    return (this.currentVarScope().flags & SCOPE_FUNCTION) > 0;
  };
  prototypeAccessors.inGenerator.get = function() {
    return (this.currentVarScope().flags & SCOPE_GENERATOR) > 0;
  };
  prototypeAccessors.inAsync.get = function() {
    return (this.currentVarScope().flags & SCOPE_ASYNC) > 0;
  };
  prototypeAccessors.canAwait.get = function() {
    for (var i = this.scopeStack.length - 1; i >= 0; i--) {
      var ref2 = this.scopeStack[i];
      var flags = ref2.flags;
      if (flags & (SCOPE_CLASS_STATIC_BLOCK | SCOPE_CLASS_FIELD_INIT)) {
        return false;
      }
      if (flags & SCOPE_FUNCTION) {
        return (flags & SCOPE_ASYNC) > 0;
      }
    }
    return this.inModule && this.options.ecmaVersion >= 13 || this.options.allowAwaitOutsideFunction;
  };
  prototypeAccessors.allowReturn.get = function() {
    if (this.inFunction) {
      return true;
    }
    if (this.options.allowReturnOutsideFunction && this.currentVarScope().flags & SCOPE_TOP) {
      return true;
    }
    return false;
  };
  prototypeAccessors.allowSuper.get = function() {
    var ref2 = this.currentThisScope();
    var flags = ref2.flags;
    return (flags & SCOPE_SUPER) > 0 || this.options.allowSuperOutsideMethod;
  };
  prototypeAccessors.allowDirectSuper.get = function() {
    return (this.currentThisScope().flags & SCOPE_DIRECT_SUPER) > 0;
  };
  prototypeAccessors.treatFunctionsAsVar.get = function() {
    return this.treatFunctionsAsVarInScope(this.currentScope());
  };
  prototypeAccessors.allowNewDotTarget.get = function() {
    for (var i = this.scopeStack.length - 1; i >= 0; i--) {
      var ref2 = this.scopeStack[i];
      var flags = ref2.flags;
      if (flags & (SCOPE_CLASS_STATIC_BLOCK | SCOPE_CLASS_FIELD_INIT) || flags & SCOPE_FUNCTION && !(flags & SCOPE_ARROW)) {
        return true;
      }
    }
    return false;
  };
  prototypeAccessors.allowUsing.get = function() {
    var ref2 = this.currentScope();
    var flags = ref2.flags;
    if (flags & SCOPE_SWITCH) {
      return false;
    }
    if (!this.inModule && flags & SCOPE_TOP) {
      return false;
    }
    return true;
  };
  prototypeAccessors.inClassStaticBlock.get = function() {
    return (this.currentVarScope().flags & SCOPE_CLASS_STATIC_BLOCK) > 0;
  };
  Parser.extend = function extend() {
    var plugins = [], len = arguments.length;
    while (len--) plugins[len] = arguments[len];
    var cls = this;
    for (var i = 0; i < plugins.length; i++) {
      cls = plugins[i](cls);
    }
    return cls;
  };
  Parser.parse = function parse2(input, options) {
    return new this(options, input).parse();
  };
  Parser.parseExpressionAt = function parseExpressionAt(input, pos, options) {
    var parser = new this(options, input, pos);
    parser.nextToken();
    return parser.parseExpression();
  };
  Parser.tokenizer = function tokenizer(input, options) {
    return new this(options, input);
  };
  Object.defineProperties(Parser.prototype, prototypeAccessors);
  var pp$9 = Parser.prototype;
  var literal = /^(?:'((?:\\[^]|[^'\\])*?)'|"((?:\\[^]|[^"\\])*?)")/;
  pp$9.strictDirective = function(start) {
    if (this.options.ecmaVersion < 5) {
      return false;
    }
    for (; ; ) {
      skipWhiteSpace.lastIndex = start;
      start += skipWhiteSpace.exec(this.input)[0].length;
      var match = literal.exec(this.input.slice(start));
      if (!match) {
        return false;
      }
      if ((match[1] || match[2]) === "use strict") {
        skipWhiteSpace.lastIndex = start + match[0].length;
        var spaceAfter = skipWhiteSpace.exec(this.input), end = spaceAfter.index + spaceAfter[0].length;
        var next = this.input.charAt(end);
        return next === ";" || next === "}" || lineBreak.test(spaceAfter[0]) && !(/[(`.[+\-/*%<>=,?^&]/.test(next) || next === "!" && this.input.charAt(end + 1) === "=" || next === "i" && keywordOpAt(this, end));
      }
      start += match[0].length;
      skipWhiteSpace.lastIndex = start;
      start += skipWhiteSpace.exec(this.input)[0].length;
      if (this.input[start] === ";") {
        start++;
      }
    }
  };
  function keywordOpAt(parser, pos) {
    var end = pos + 1, stop = Math.min(parser.input.length, pos + 11);
    while (end < stop) {
      var ch = parser.fullCharCodeAt(end);
      if (!isIdentifierChar(ch, true)) {
        break;
      }
      end += ch <= 65535 ? 1 : 2;
    }
    return end === pos + 2 && parser.input.slice(pos, end) === "in" || end === pos + 10 && parser.input.slice(pos, end) === "instanceof";
  }
  pp$9.eat = function(type) {
    if (this.type === type) {
      this.next();
      return true;
    } else {
      return false;
    }
  };
  pp$9.isContextual = function(name) {
    return this.type === types$1.name && this.value === name && !this.containsEsc;
  };
  pp$9.eatContextual = function(name) {
    if (!this.isContextual(name)) {
      return false;
    }
    this.next();
    return true;
  };
  pp$9.catchStackOverflow = function(f) {
    try {
      return f();
    } catch (e) {
      if (e instanceof Error && (/\bstack\b.*\b(exceeded|overflow)\b/i.test(e.message) || /\btoo much recursion\b/i.test(e.message))) {
        this.raise(this.start, "Not enough stack space to parse input");
      } else {
        throw e;
      }
    }
  };
  pp$9.expectContextual = function(name) {
    if (!this.eatContextual(name)) {
      this.unexpected();
    }
  };
  pp$9.canInsertSemicolon = function() {
    return this.type === types$1.eof || this.type === types$1.braceR || lineBreak.test(this.input.slice(this.lastTokEnd, this.start));
  };
  pp$9.insertSemicolon = function() {
    if (this.canInsertSemicolon()) {
      if (this.options.onInsertedSemicolon) {
        this.options.onInsertedSemicolon(this.lastTokEnd, this.lastTokEndLoc);
      }
      return true;
    }
  };
  pp$9.semicolon = function() {
    if (!this.eat(types$1.semi) && !this.insertSemicolon()) {
      this.unexpected();
    }
  };
  pp$9.afterTrailingComma = function(tokType, notNext) {
    if (this.type === tokType) {
      if (this.options.onTrailingComma) {
        this.options.onTrailingComma(this.lastTokStart, this.lastTokStartLoc);
      }
      if (!notNext) {
        this.next();
      }
      return true;
    }
  };
  pp$9.expect = function(type) {
    this.eat(type) || this.unexpected();
  };
  pp$9.unexpected = function(pos) {
    this.raise(pos != null ? pos : this.start, "Unexpected token");
  };
  var DestructuringErrors = function DestructuringErrors2() {
    this.shorthandAssign = this.trailingComma = this.parenthesizedAssign = this.parenthesizedBind = this.doubleProto = -1;
  };
  pp$9.checkPatternErrors = function(refDestructuringErrors, isAssign) {
    if (!refDestructuringErrors) {
      return;
    }
    if (refDestructuringErrors.trailingComma > -1) {
      this.raiseRecoverable(refDestructuringErrors.trailingComma, "Comma is not permitted after the rest element");
    }
    var parens = isAssign ? refDestructuringErrors.parenthesizedAssign : refDestructuringErrors.parenthesizedBind;
    if (parens > -1) {
      this.raiseRecoverable(parens, isAssign ? "Assigning to rvalue" : "Parenthesized pattern");
    }
  };
  pp$9.checkExpressionErrors = function(refDestructuringErrors, andThrow) {
    if (!refDestructuringErrors) {
      return false;
    }
    var shorthandAssign = refDestructuringErrors.shorthandAssign;
    var doubleProto = refDestructuringErrors.doubleProto;
    if (!andThrow) {
      return shorthandAssign >= 0 || doubleProto >= 0;
    }
    if (shorthandAssign >= 0) {
      this.raise(shorthandAssign, "Shorthand property assignments are valid only in destructuring patterns");
    }
    if (doubleProto >= 0) {
      this.raiseRecoverable(doubleProto, "Redefinition of __proto__ property");
    }
  };
  pp$9.checkYieldAwaitInDefaultParams = function() {
    if (this.yieldPos && (!this.awaitPos || this.yieldPos < this.awaitPos)) {
      this.raise(this.yieldPos, "Yield expression cannot be a default value");
    }
    if (this.awaitPos) {
      this.raise(this.awaitPos, "Await expression cannot be a default value");
    }
  };
  pp$9.isSimpleAssignTarget = function(expr) {
    if (expr.type === "ParenthesizedExpression") {
      return this.isSimpleAssignTarget(expr.expression);
    }
    return expr.type === "Identifier" || expr.type === "MemberExpression";
  };
  var pp$8 = Parser.prototype;
  pp$8.parseTopLevel = function(node) {
    var exports$1 = /* @__PURE__ */ Object.create(null);
    if (!node.body) {
      node.body = [];
    }
    while (this.type !== types$1.eof) {
      var stmt = this.parseStatement(null, true, exports$1);
      node.body.push(stmt);
    }
    if (this.inModule) {
      for (var i = 0, list = Object.keys(this.undefinedExports); i < list.length; i += 1) {
        var name = list[i];
        this.raiseRecoverable(this.undefinedExports[name].start, "Export '" + name + "' is not defined");
      }
    }
    this.adaptDirectivePrologue(node.body);
    this.next();
    node.sourceType = this.options.sourceType === "commonjs" ? "script" : this.options.sourceType;
    return this.finishNode(node, "Program");
  };
  var loopLabel = { kind: "loop" };
  var switchLabel = { kind: "switch" };
  pp$8.isLet = function(context) {
    if (this.options.ecmaVersion < 6 || !this.isContextual("let")) {
      return false;
    }
    skipWhiteSpace.lastIndex = this.pos;
    var skip = skipWhiteSpace.exec(this.input);
    var next = this.pos + skip[0].length, nextCh = this.fullCharCodeAt(next);
    if (nextCh === 91 || nextCh === 92) {
      return true;
    }
    if (context) {
      return false;
    }
    if (nextCh === 123) {
      return true;
    }
    if (isIdentifierStart(nextCh)) {
      var start = next;
      do {
        next += nextCh <= 65535 ? 1 : 2;
      } while (isIdentifierChar(nextCh = this.fullCharCodeAt(next)));
      if (nextCh === 92) {
        return true;
      }
      var ident = this.input.slice(start, next);
      if (!keywordRelationalOperator.test(ident)) {
        return true;
      }
    }
    return false;
  };
  pp$8.isAsyncFunction = function() {
    if (this.options.ecmaVersion < 8 || !this.isContextual("async")) {
      return false;
    }
    skipWhiteSpace.lastIndex = this.pos;
    var skip = skipWhiteSpace.exec(this.input);
    var next = this.pos + skip[0].length, after;
    return !lineBreak.test(this.input.slice(this.pos, next)) && this.input.slice(next, next + 8) === "function" && (next + 8 === this.input.length || !(isIdentifierChar(after = this.fullCharCodeAt(next + 8)) || after === 92));
  };
  pp$8.isUsingKeyword = function(isAwaitUsing, isFor) {
    if (this.options.ecmaVersion < 17 || !this.isContextual(isAwaitUsing ? "await" : "using")) {
      return false;
    }
    skipWhiteSpace.lastIndex = this.pos;
    var skip = skipWhiteSpace.exec(this.input);
    var next = this.pos + skip[0].length;
    if (lineBreak.test(this.input.slice(this.pos, next))) {
      return false;
    }
    if (isAwaitUsing) {
      var usingEndPos = next + 5, after;
      if (this.input.slice(next, usingEndPos) !== "using" || usingEndPos === this.input.length || isIdentifierChar(after = this.fullCharCodeAt(usingEndPos)) || after === 92) {
        return false;
      }
      skipWhiteSpace.lastIndex = usingEndPos;
      var skipAfterUsing = skipWhiteSpace.exec(this.input);
      next = usingEndPos + skipAfterUsing[0].length;
      if (skipAfterUsing && lineBreak.test(this.input.slice(usingEndPos, next))) {
        return false;
      }
    }
    var ch = this.fullCharCodeAt(next);
    if (!isIdentifierStart(ch) && ch !== 92) {
      return false;
    }
    var idStart = next;
    do {
      next += ch <= 65535 ? 1 : 2;
    } while (isIdentifierChar(ch = this.fullCharCodeAt(next)));
    if (ch === 92) {
      return true;
    }
    var id = this.input.slice(idStart, next);
    if (keywordRelationalOperator.test(id)) {
      return false;
    }
    if (isFor && !isAwaitUsing && id === "of") {
      skipWhiteSpace.lastIndex = next;
      var skipAfterOf = skipWhiteSpace.exec(this.input);
      next = next + skipAfterOf[0].length;
      if (this.input.charCodeAt(next) !== 61 || // Check for ==, === and => operators
      (ch = this.input.charCodeAt(next + 1)) === 61 || ch === 62) {
        return false;
      }
    }
    return true;
  };
  pp$8.isAwaitUsing = function(isFor) {
    return this.isUsingKeyword(true, isFor);
  };
  pp$8.isUsing = function(isFor) {
    return this.isUsingKeyword(false, isFor);
  };
  pp$8.parseStatement = function(context, topLevel, exports$1) {
    var starttype = this.type, node = this.startNode(), kind;
    if (this.isLet(context)) {
      starttype = types$1._var;
      kind = "let";
    }
    switch (starttype) {
      case types$1._break:
      case types$1._continue:
        return this.parseBreakContinueStatement(node, starttype.keyword);
      case types$1._debugger:
        return this.parseDebuggerStatement(node);
      case types$1._do:
        return this.parseDoStatement(node);
      case types$1._for:
        return this.parseForStatement(node);
      case types$1._function:
        if (context && (this.strict || context !== "if" && context !== "label") && this.options.ecmaVersion >= 6) {
          this.unexpected();
        }
        return this.parseFunctionStatement(node, false, !context);
      case types$1._class:
        if (context) {
          this.unexpected();
        }
        return this.parseClass(node, true);
      case types$1._if:
        return this.parseIfStatement(node);
      case types$1._return:
        return this.parseReturnStatement(node);
      case types$1._switch:
        return this.parseSwitchStatement(node);
      case types$1._throw:
        return this.parseThrowStatement(node);
      case types$1._try:
        return this.parseTryStatement(node);
      case types$1._const:
      case types$1._var:
        kind = kind || this.value;
        if (context && kind !== "var") {
          this.unexpected();
        }
        return this.parseVarStatement(node, kind);
      case types$1._while:
        return this.parseWhileStatement(node);
      case types$1._with:
        return this.parseWithStatement(node);
      case types$1.braceL:
        return this.parseBlock(true, node);
      case types$1.semi:
        return this.parseEmptyStatement(node);
      case types$1._export:
      case types$1._import:
        if (this.options.ecmaVersion > 10 && starttype === types$1._import) {
          skipWhiteSpace.lastIndex = this.pos;
          var skip = skipWhiteSpace.exec(this.input);
          var next = this.pos + skip[0].length, nextCh = this.input.charCodeAt(next);
          if (nextCh === 40 || nextCh === 46) {
            return this.parseExpressionStatement(node, this.parseExpression());
          }
        }
        if (!this.options.allowImportExportEverywhere) {
          if (!topLevel) {
            this.raise(this.start, "'import' and 'export' may only appear at the top level");
          }
          if (!this.inModule) {
            this.raise(this.start, "'import' and 'export' may appear only with 'sourceType: module'");
          }
        }
        return starttype === types$1._import ? this.parseImport(node) : this.parseExport(node, exports$1);
      // If the statement does not start with a statement keyword or a
      // brace, it's an ExpressionStatement or LabeledStatement. We
      // simply start parsing an expression, and afterwards, if the
      // next token is a colon and the expression was a simple
      // Identifier node, we switch to interpreting it as a label.
      default:
        if (this.isAsyncFunction()) {
          if (context) {
            this.unexpected();
          }
          this.next();
          return this.parseFunctionStatement(node, true, !context);
        }
        var usingKind = this.isAwaitUsing(false) ? "await using" : this.isUsing(false) ? "using" : null;
        if (usingKind) {
          if (!this.allowUsing) {
            this.raise(this.start, "Using declaration cannot appear in the top level when source type is `script` or in the bare case statement");
          }
          if (context) {
            this.raise(this.start, "Using declaration is not allowed in single-statement positions");
          }
          if (usingKind === "await using") {
            if (!this.canAwait) {
              this.raise(this.start, "Await using cannot appear outside of async function");
            }
            this.next();
          }
          this.next();
          this.parseVar(node, false, usingKind);
          this.semicolon();
          return this.finishNode(node, "VariableDeclaration");
        }
        var maybeName = this.value, expr = this.parseExpression();
        if (starttype === types$1.name && expr.type === "Identifier" && this.eat(types$1.colon)) {
          return this.parseLabeledStatement(node, maybeName, expr, context);
        } else {
          return this.parseExpressionStatement(node, expr);
        }
    }
  };
  pp$8.parseBreakContinueStatement = function(node, keyword) {
    var isBreak = keyword === "break";
    this.next();
    if (this.eat(types$1.semi) || this.insertSemicolon()) {
      node.label = null;
    } else if (this.type !== types$1.name) {
      this.unexpected();
    } else {
      node.label = this.parseIdent();
      this.semicolon();
    }
    var i = 0;
    for (; i < this.labels.length; ++i) {
      var lab = this.labels[i];
      if (node.label == null || lab.name === node.label.name) {
        if (lab.kind != null && (isBreak || lab.kind === "loop")) {
          break;
        }
        if (node.label && isBreak) {
          break;
        }
      }
    }
    if (i === this.labels.length) {
      this.raise(node.start, "Unsyntactic " + keyword);
    }
    return this.finishNode(node, isBreak ? "BreakStatement" : "ContinueStatement");
  };
  pp$8.parseDebuggerStatement = function(node) {
    this.next();
    this.semicolon();
    return this.finishNode(node, "DebuggerStatement");
  };
  pp$8.parseDoStatement = function(node) {
    this.next();
    this.labels.push(loopLabel);
    node.body = this.parseStatement("do");
    this.labels.pop();
    this.expect(types$1._while);
    node.test = this.parseParenExpression();
    if (this.options.ecmaVersion >= 6) {
      this.eat(types$1.semi);
    } else {
      this.semicolon();
    }
    return this.finishNode(node, "DoWhileStatement");
  };
  pp$8.parseForStatement = function(node) {
    this.next();
    var awaitAt = this.options.ecmaVersion >= 9 && this.canAwait && this.eatContextual("await") ? this.lastTokStart : -1;
    this.labels.push(loopLabel);
    this.enterScope(0);
    this.expect(types$1.parenL);
    if (this.type === types$1.semi) {
      if (awaitAt > -1) {
        this.unexpected(awaitAt);
      }
      return this.parseFor(node, null);
    }
    var isLet = this.isLet();
    if (this.type === types$1._var || this.type === types$1._const || isLet) {
      var init$1 = this.startNode(), kind = isLet ? "let" : this.value;
      this.next();
      this.parseVar(init$1, true, kind);
      this.finishNode(init$1, "VariableDeclaration");
      return this.parseForAfterInit(node, init$1, awaitAt);
    }
    var startsWithLet = this.isContextual("let"), isForOf = false;
    var usingKind = this.isUsing(true) ? "using" : this.isAwaitUsing(true) ? "await using" : null;
    if (usingKind) {
      var init$2 = this.startNode();
      this.next();
      if (usingKind === "await using") {
        if (!this.canAwait) {
          this.raise(this.start, "Await using cannot appear outside of async function");
        }
        this.next();
      }
      this.parseVar(init$2, true, usingKind);
      this.finishNode(init$2, "VariableDeclaration");
      return this.parseForAfterInit(node, init$2, awaitAt);
    }
    var containsEsc = this.containsEsc;
    var refDestructuringErrors = new DestructuringErrors();
    var initPos = this.start;
    var init = awaitAt > -1 ? this.parseExprSubscripts(refDestructuringErrors, "await") : this.parseExpression(true, refDestructuringErrors);
    if (this.type === types$1._in || (isForOf = this.options.ecmaVersion >= 6 && this.isContextual("of"))) {
      if (awaitAt > -1) {
        if (this.type === types$1._in) {
          this.unexpected(awaitAt);
        }
        node.await = true;
      } else if (isForOf && this.options.ecmaVersion >= 8) {
        if (init.start === initPos && !containsEsc && init.type === "Identifier" && init.name === "async") {
          this.unexpected();
        } else if (this.options.ecmaVersion >= 9) {
          node.await = false;
        }
      }
      if (startsWithLet && isForOf) {
        this.raise(init.start, "The left-hand side of a for-of loop may not start with 'let'.");
      }
      this.toAssignable(init, false, refDestructuringErrors);
      this.checkLValPattern(init);
      return this.parseForIn(node, init);
    } else {
      this.checkExpressionErrors(refDestructuringErrors, true);
    }
    if (awaitAt > -1) {
      this.unexpected(awaitAt);
    }
    return this.parseFor(node, init);
  };
  pp$8.parseForAfterInit = function(node, init, awaitAt) {
    if ((this.type === types$1._in || this.options.ecmaVersion >= 6 && this.isContextual("of")) && init.declarations.length === 1) {
      if (this.type === types$1._in) {
        if ((init.kind === "using" || init.kind === "await using") && !init.declarations[0].init) {
          this.raise(this.start, "Using declaration is not allowed in for-in loops");
        }
        if (this.options.ecmaVersion >= 9 && awaitAt > -1) {
          this.unexpected(awaitAt);
        }
      } else if (this.options.ecmaVersion >= 9) {
        node.await = awaitAt > -1;
      }
      return this.parseForIn(node, init);
    }
    if (awaitAt > -1) {
      this.unexpected(awaitAt);
    }
    return this.parseFor(node, init);
  };
  pp$8.parseFunctionStatement = function(node, isAsync, declarationPosition) {
    this.next();
    return this.parseFunction(node, FUNC_STATEMENT | (declarationPosition ? 0 : FUNC_HANGING_STATEMENT), false, isAsync);
  };
  pp$8.parseIfStatement = function(node) {
    this.next();
    node.test = this.parseParenExpression();
    node.consequent = this.parseStatement("if");
    node.alternate = this.eat(types$1._else) ? this.parseStatement("if") : null;
    return this.finishNode(node, "IfStatement");
  };
  pp$8.parseReturnStatement = function(node) {
    if (!this.allowReturn) {
      this.raise(this.start, "'return' outside of function");
    }
    this.next();
    if (this.eat(types$1.semi) || this.insertSemicolon()) {
      node.argument = null;
    } else {
      node.argument = this.parseExpression();
      this.semicolon();
    }
    return this.finishNode(node, "ReturnStatement");
  };
  pp$8.parseSwitchStatement = function(node) {
    this.next();
    node.discriminant = this.parseParenExpression();
    node.cases = [];
    this.expect(types$1.braceL);
    this.labels.push(switchLabel);
    this.enterScope(SCOPE_SWITCH);
    var cur;
    for (var sawDefault = false; this.type !== types$1.braceR; ) {
      if (this.type === types$1._case || this.type === types$1._default) {
        var isCase = this.type === types$1._case;
        if (cur) {
          this.finishNode(cur, "SwitchCase");
        }
        node.cases.push(cur = this.startNode());
        cur.consequent = [];
        this.next();
        if (isCase) {
          cur.test = this.parseExpression();
        } else {
          if (sawDefault) {
            this.raiseRecoverable(this.lastTokStart, "Multiple default clauses");
          }
          sawDefault = true;
          cur.test = null;
        }
        this.expect(types$1.colon);
      } else {
        if (!cur) {
          this.unexpected();
        }
        cur.consequent.push(this.parseStatement(null));
      }
    }
    this.exitScope();
    if (cur) {
      this.finishNode(cur, "SwitchCase");
    }
    this.next();
    this.labels.pop();
    return this.finishNode(node, "SwitchStatement");
  };
  pp$8.parseThrowStatement = function(node) {
    this.next();
    if (lineBreak.test(this.input.slice(this.lastTokEnd, this.start))) {
      this.raise(this.lastTokEnd, "Illegal newline after throw");
    }
    node.argument = this.parseExpression();
    this.semicolon();
    return this.finishNode(node, "ThrowStatement");
  };
  var empty$1 = [];
  pp$8.parseCatchClauseParam = function() {
    var param = this.parseBindingAtom();
    var simple = param.type === "Identifier";
    this.enterScope(simple ? SCOPE_SIMPLE_CATCH : 0);
    this.checkLValPattern(param, simple ? BIND_SIMPLE_CATCH : BIND_LEXICAL);
    this.expect(types$1.parenR);
    return param;
  };
  pp$8.parseTryStatement = function(node) {
    this.next();
    node.block = this.parseBlock();
    node.handler = null;
    if (this.type === types$1._catch) {
      var clause = this.startNode();
      this.next();
      if (this.eat(types$1.parenL)) {
        clause.param = this.parseCatchClauseParam();
      } else {
        if (this.options.ecmaVersion < 10) {
          this.unexpected();
        }
        clause.param = null;
        this.enterScope(0);
      }
      clause.body = this.parseBlock(false);
      this.exitScope();
      node.handler = this.finishNode(clause, "CatchClause");
    }
    node.finalizer = this.eat(types$1._finally) ? this.parseBlock() : null;
    if (!node.handler && !node.finalizer) {
      this.raise(node.start, "Missing catch or finally clause");
    }
    return this.finishNode(node, "TryStatement");
  };
  pp$8.parseVarStatement = function(node, kind, allowMissingInitializer) {
    this.next();
    this.parseVar(node, false, kind, allowMissingInitializer);
    this.semicolon();
    return this.finishNode(node, "VariableDeclaration");
  };
  pp$8.parseWhileStatement = function(node) {
    this.next();
    node.test = this.parseParenExpression();
    this.labels.push(loopLabel);
    node.body = this.parseStatement("while");
    this.labels.pop();
    return this.finishNode(node, "WhileStatement");
  };
  pp$8.parseWithStatement = function(node) {
    if (this.strict) {
      this.raise(this.start, "'with' in strict mode");
    }
    this.next();
    node.object = this.parseParenExpression();
    node.body = this.parseStatement("with");
    return this.finishNode(node, "WithStatement");
  };
  pp$8.parseEmptyStatement = function(node) {
    this.next();
    return this.finishNode(node, "EmptyStatement");
  };
  pp$8.parseLabeledStatement = function(node, maybeName, expr, context) {
    for (var i$1 = 0, list = this.labels; i$1 < list.length; i$1 += 1) {
      var label = list[i$1];
      if (label.name === maybeName) {
        this.raise(expr.start, "Label '" + maybeName + "' is already declared");
      }
    }
    var kind = this.type.isLoop ? "loop" : this.type === types$1._switch ? "switch" : null;
    for (var i = this.labels.length - 1; i >= 0; i--) {
      var label$1 = this.labels[i];
      if (label$1.statementStart === node.start) {
        label$1.statementStart = this.start;
        label$1.kind = kind;
      } else {
        break;
      }
    }
    this.labels.push({ name: maybeName, kind, statementStart: this.start });
    node.body = this.parseStatement(context ? context.indexOf("label") === -1 ? context + "label" : context : "label");
    this.labels.pop();
    node.label = expr;
    return this.finishNode(node, "LabeledStatement");
  };
  pp$8.parseExpressionStatement = function(node, expr) {
    node.expression = expr;
    this.semicolon();
    return this.finishNode(node, "ExpressionStatement");
  };
  pp$8.parseBlock = function(createNewLexicalScope, node, exitStrict) {
    if (createNewLexicalScope === void 0) createNewLexicalScope = true;
    if (node === void 0) node = this.startNode();
    node.body = [];
    this.expect(types$1.braceL);
    if (createNewLexicalScope) {
      this.enterScope(0);
    }
    while (this.type !== types$1.braceR) {
      var stmt = this.parseStatement(null);
      node.body.push(stmt);
    }
    if (exitStrict) {
      this.strict = false;
    }
    this.next();
    if (createNewLexicalScope) {
      this.exitScope();
    }
    return this.finishNode(node, "BlockStatement");
  };
  pp$8.parseFor = function(node, init) {
    node.init = init;
    this.expect(types$1.semi);
    node.test = this.type === types$1.semi ? null : this.parseExpression();
    this.expect(types$1.semi);
    node.update = this.type === types$1.parenR ? null : this.parseExpression();
    this.expect(types$1.parenR);
    node.body = this.parseStatement("for");
    this.exitScope();
    this.labels.pop();
    return this.finishNode(node, "ForStatement");
  };
  pp$8.parseForIn = function(node, init) {
    var isForIn = this.type === types$1._in;
    this.next();
    if (init.type === "VariableDeclaration" && init.declarations[0].init != null && (!isForIn || this.options.ecmaVersion < 8 || this.strict || init.kind !== "var" || init.declarations[0].id.type !== "Identifier")) {
      this.raise(
        init.start,
        (isForIn ? "for-in" : "for-of") + " loop variable declaration may not have an initializer"
      );
    }
    node.left = init;
    node.right = isForIn ? this.parseExpression() : this.parseMaybeAssign();
    this.expect(types$1.parenR);
    node.body = this.parseStatement("for");
    this.exitScope();
    this.labels.pop();
    return this.finishNode(node, isForIn ? "ForInStatement" : "ForOfStatement");
  };
  pp$8.parseVar = function(node, isFor, kind, allowMissingInitializer) {
    node.declarations = [];
    node.kind = kind;
    for (; ; ) {
      var decl = this.startNode();
      this.parseVarId(decl, kind);
      if (this.eat(types$1.eq)) {
        decl.init = this.parseMaybeAssign(isFor);
      } else if (!allowMissingInitializer && kind === "const" && !(this.type === types$1._in || this.options.ecmaVersion >= 6 && this.isContextual("of"))) {
        this.unexpected();
      } else if (!allowMissingInitializer && (kind === "using" || kind === "await using") && this.options.ecmaVersion >= 17 && this.type !== types$1._in && !this.isContextual("of")) {
        this.raise(this.lastTokEnd, "Missing initializer in " + kind + " declaration");
      } else if (!allowMissingInitializer && decl.id.type !== "Identifier" && !(isFor && (this.type === types$1._in || this.isContextual("of")))) {
        this.raise(this.lastTokEnd, "Complex binding patterns require an initialization value");
      } else {
        decl.init = null;
      }
      node.declarations.push(this.finishNode(decl, "VariableDeclarator"));
      if (!this.eat(types$1.comma)) {
        break;
      }
    }
    return node;
  };
  pp$8.parseVarId = function(decl, kind) {
    decl.id = kind === "using" || kind === "await using" ? this.parseIdent() : this.parseBindingAtom();
    this.checkLValPattern(decl.id, kind === "var" ? BIND_VAR : BIND_LEXICAL, false);
  };
  var FUNC_STATEMENT = 1;
  var FUNC_HANGING_STATEMENT = 2;
  var FUNC_NULLABLE_ID = 4;
  pp$8.parseFunction = function(node, statement, allowExpressionBody, isAsync, forInit) {
    this.initFunction(node);
    if (this.options.ecmaVersion >= 9 || this.options.ecmaVersion >= 6 && !isAsync) {
      if (this.type === types$1.star && statement & FUNC_HANGING_STATEMENT) {
        this.unexpected();
      }
      node.generator = this.eat(types$1.star);
    }
    if (this.options.ecmaVersion >= 8) {
      node.async = !!isAsync;
    }
    if (statement & FUNC_STATEMENT) {
      node.id = statement & FUNC_NULLABLE_ID && this.type !== types$1.name ? null : this.parseIdent();
      if (node.id && !(statement & FUNC_HANGING_STATEMENT)) {
        this.checkLValSimple(node.id, this.strict || node.generator || node.async ? this.treatFunctionsAsVar ? BIND_VAR : BIND_LEXICAL : BIND_FUNCTION);
      }
    }
    var oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, oldAwaitIdentPos = this.awaitIdentPos;
    this.yieldPos = 0;
    this.awaitPos = 0;
    this.awaitIdentPos = 0;
    this.enterScope(functionFlags(node.async, node.generator));
    if (!(statement & FUNC_STATEMENT)) {
      node.id = this.type === types$1.name ? this.parseIdent() : null;
    }
    this.parseFunctionParams(node);
    this.parseFunctionBody(node, allowExpressionBody, false, forInit);
    this.yieldPos = oldYieldPos;
    this.awaitPos = oldAwaitPos;
    this.awaitIdentPos = oldAwaitIdentPos;
    return this.finishNode(node, statement & FUNC_STATEMENT ? "FunctionDeclaration" : "FunctionExpression");
  };
  pp$8.parseFunctionParams = function(node) {
    this.expect(types$1.parenL);
    node.params = this.parseBindingList(types$1.parenR, false, this.options.ecmaVersion >= 8);
    this.checkYieldAwaitInDefaultParams();
  };
  pp$8.parseClass = function(node, isStatement) {
    this.next();
    var oldStrict = this.strict;
    this.strict = true;
    this.parseClassId(node, isStatement);
    this.parseClassSuper(node);
    var privateNameMap = this.enterClassBody();
    var classBody = this.startNode();
    var hadConstructor = false;
    classBody.body = [];
    this.expect(types$1.braceL);
    while (this.type !== types$1.braceR) {
      var element = this.parseClassElement(node.superClass !== null);
      if (element) {
        classBody.body.push(element);
        if (element.type === "MethodDefinition" && element.kind === "constructor") {
          if (hadConstructor) {
            this.raiseRecoverable(element.start, "Duplicate constructor in the same class");
          }
          hadConstructor = true;
        } else if (element.key && element.key.type === "PrivateIdentifier" && isPrivateNameConflicted(privateNameMap, element)) {
          this.raiseRecoverable(element.key.start, "Identifier '#" + element.key.name + "' has already been declared");
        }
      }
    }
    this.strict = oldStrict;
    this.next();
    node.body = this.finishNode(classBody, "ClassBody");
    this.exitClassBody();
    return this.finishNode(node, isStatement ? "ClassDeclaration" : "ClassExpression");
  };
  pp$8.parseClassElement = function(constructorAllowsSuper) {
    if (this.eat(types$1.semi)) {
      return null;
    }
    var ecmaVersion = this.options.ecmaVersion;
    var node = this.startNode();
    var keyName = "";
    var isGenerator = false;
    var isAsync = false;
    var kind = "method";
    var isStatic = false;
    if (this.eatContextual("static")) {
      if (ecmaVersion >= 13 && this.eat(types$1.braceL)) {
        this.parseClassStaticBlock(node);
        return node;
      }
      if (this.isClassElementNameStart() || this.type === types$1.star) {
        isStatic = true;
      } else {
        keyName = "static";
      }
    }
    node.static = isStatic;
    if (!keyName && ecmaVersion >= 8 && this.eatContextual("async")) {
      if ((this.isClassElementNameStart() || this.type === types$1.star) && !this.canInsertSemicolon()) {
        isAsync = true;
      } else {
        keyName = "async";
      }
    }
    if (!keyName && (ecmaVersion >= 9 || !isAsync) && this.eat(types$1.star)) {
      isGenerator = true;
    }
    if (!keyName && !isAsync && !isGenerator) {
      var lastValue = this.value;
      if (this.eatContextual("get") || this.eatContextual("set")) {
        if (this.isClassElementNameStart()) {
          kind = lastValue;
        } else {
          keyName = lastValue;
        }
      }
    }
    if (keyName) {
      node.computed = false;
      node.key = this.startNodeAt(this.lastTokStart, this.lastTokStartLoc);
      node.key.name = keyName;
      this.finishNode(node.key, "Identifier");
    } else {
      this.parseClassElementName(node);
    }
    if (ecmaVersion < 13 || this.type === types$1.parenL || kind !== "method" || isGenerator || isAsync) {
      var isConstructor = !node.static && checkKeyName(node, "constructor");
      var allowsDirectSuper = isConstructor && constructorAllowsSuper;
      if (isConstructor && kind !== "method") {
        this.raise(node.key.start, "Constructor can't have get/set modifier");
      }
      node.kind = isConstructor ? "constructor" : kind;
      this.parseClassMethod(node, isGenerator, isAsync, allowsDirectSuper);
    } else {
      this.parseClassField(node);
    }
    return node;
  };
  pp$8.isClassElementNameStart = function() {
    return this.type === types$1.name || this.type === types$1.privateId || this.type === types$1.num || this.type === types$1.string || this.type === types$1.bracketL || this.type.keyword;
  };
  pp$8.parseClassElementName = function(element) {
    if (this.type === types$1.privateId) {
      if (this.value === "constructor") {
        this.raise(this.start, "Classes can't have an element named '#constructor'");
      }
      element.computed = false;
      element.key = this.parsePrivateIdent();
    } else {
      this.parsePropertyName(element);
    }
  };
  pp$8.parseClassMethod = function(method, isGenerator, isAsync, allowsDirectSuper) {
    var key = method.key;
    if (method.kind === "constructor") {
      if (isGenerator) {
        this.raise(key.start, "Constructor can't be a generator");
      }
      if (isAsync) {
        this.raise(key.start, "Constructor can't be an async method");
      }
    } else if (method.static && checkKeyName(method, "prototype")) {
      this.raise(key.start, "Classes may not have a static property named prototype");
    }
    var value = method.value = this.parseMethod(isGenerator, isAsync, allowsDirectSuper);
    if (method.kind === "get" && value.params.length !== 0) {
      this.raiseRecoverable(value.start, "getter should have no params");
    }
    if (method.kind === "set" && value.params.length !== 1) {
      this.raiseRecoverable(value.start, "setter should have exactly one param");
    }
    if (method.kind === "set" && value.params[0].type === "RestElement") {
      this.raiseRecoverable(value.params[0].start, "Setter cannot use rest params");
    }
    return this.finishNode(method, "MethodDefinition");
  };
  pp$8.parseClassField = function(field) {
    if (checkKeyName(field, "constructor")) {
      this.raise(field.key.start, "Classes can't have a field named 'constructor'");
    } else if (field.static && checkKeyName(field, "prototype")) {
      this.raise(field.key.start, "Classes can't have a static field named 'prototype'");
    }
    if (this.eat(types$1.eq)) {
      this.enterScope(SCOPE_CLASS_FIELD_INIT | SCOPE_SUPER);
      field.value = this.parseMaybeAssign();
      this.exitScope();
    } else {
      field.value = null;
    }
    this.semicolon();
    return this.finishNode(field, "PropertyDefinition");
  };
  pp$8.parseClassStaticBlock = function(node) {
    node.body = [];
    var oldLabels = this.labels;
    this.labels = [];
    this.enterScope(SCOPE_CLASS_STATIC_BLOCK | SCOPE_SUPER);
    while (this.type !== types$1.braceR) {
      var stmt = this.parseStatement(null);
      node.body.push(stmt);
    }
    this.next();
    this.exitScope();
    this.labels = oldLabels;
    return this.finishNode(node, "StaticBlock");
  };
  pp$8.parseClassId = function(node, isStatement) {
    if (this.type === types$1.name) {
      node.id = this.parseIdent();
      if (isStatement) {
        this.checkLValSimple(node.id, BIND_LEXICAL, false);
      }
    } else {
      if (isStatement === true) {
        this.unexpected();
      }
      node.id = null;
    }
  };
  pp$8.parseClassSuper = function(node) {
    node.superClass = this.eat(types$1._extends) ? this.parseExprSubscripts(null, false) : null;
  };
  pp$8.enterClassBody = function() {
    var element = { declared: /* @__PURE__ */ Object.create(null), used: [] };
    this.privateNameStack.push(element);
    return element.declared;
  };
  pp$8.exitClassBody = function() {
    var ref2 = this.privateNameStack.pop();
    var declared = ref2.declared;
    var used = ref2.used;
    if (!this.options.checkPrivateFields) {
      return;
    }
    var len = this.privateNameStack.length;
    var parent = len === 0 ? null : this.privateNameStack[len - 1];
    for (var i = 0; i < used.length; ++i) {
      var id = used[i];
      if (!hasOwn(declared, id.name)) {
        if (parent) {
          parent.used.push(id);
        } else {
          this.raiseRecoverable(id.start, "Private field '#" + id.name + "' must be declared in an enclosing class");
        }
      }
    }
  };
  function isPrivateNameConflicted(privateNameMap, element) {
    var name = element.key.name;
    var curr = privateNameMap[name];
    var next = "true";
    if (element.type === "MethodDefinition" && (element.kind === "get" || element.kind === "set")) {
      next = (element.static ? "s" : "i") + element.kind;
    }
    if (curr === "iget" && next === "iset" || curr === "iset" && next === "iget" || curr === "sget" && next === "sset" || curr === "sset" && next === "sget") {
      privateNameMap[name] = "true";
      return false;
    } else if (!curr) {
      privateNameMap[name] = next;
      return false;
    } else {
      return true;
    }
  }
  function checkKeyName(node, name) {
    var computed = node.computed;
    var key = node.key;
    return !computed && (key.type === "Identifier" && key.name === name || key.type === "Literal" && key.value === name);
  }
  pp$8.parseExportAllDeclaration = function(node, exports$1) {
    if (this.options.ecmaVersion >= 11) {
      if (this.eatContextual("as")) {
        node.exported = this.parseModuleExportName();
        this.checkExport(exports$1, node.exported, this.lastTokStart);
      } else {
        node.exported = null;
      }
    }
    this.expectContextual("from");
    if (this.type !== types$1.string) {
      this.unexpected();
    }
    node.source = this.parseExprAtom();
    if (this.options.ecmaVersion >= 16) {
      node.attributes = this.parseWithClause();
    }
    this.semicolon();
    return this.finishNode(node, "ExportAllDeclaration");
  };
  pp$8.parseExport = function(node, exports$1) {
    this.next();
    if (this.eat(types$1.star)) {
      return this.parseExportAllDeclaration(node, exports$1);
    }
    if (this.eat(types$1._default)) {
      this.checkExport(exports$1, "default", this.lastTokStart);
      node.declaration = this.parseExportDefaultDeclaration();
      return this.finishNode(node, "ExportDefaultDeclaration");
    }
    if (this.shouldParseExportStatement()) {
      node.declaration = this.parseExportDeclaration(node);
      if (node.declaration.type === "VariableDeclaration") {
        this.checkVariableExport(exports$1, node.declaration.declarations);
      } else {
        this.checkExport(exports$1, node.declaration.id, node.declaration.id.start);
      }
      node.specifiers = [];
      node.source = null;
      if (this.options.ecmaVersion >= 16) {
        node.attributes = [];
      }
    } else {
      node.declaration = null;
      node.specifiers = this.parseExportSpecifiers(exports$1);
      if (this.eatContextual("from")) {
        if (this.type !== types$1.string) {
          this.unexpected();
        }
        node.source = this.parseExprAtom();
        if (this.options.ecmaVersion >= 16) {
          node.attributes = this.parseWithClause();
        }
      } else {
        for (var i = 0, list = node.specifiers; i < list.length; i += 1) {
          var spec = list[i];
          this.checkUnreserved(spec.local);
          this.checkLocalExport(spec.local);
          if (spec.local.type === "Literal") {
            this.raise(spec.local.start, "A string literal cannot be used as an exported binding without `from`.");
          }
        }
        node.source = null;
        if (this.options.ecmaVersion >= 16) {
          node.attributes = [];
        }
      }
      this.semicolon();
    }
    return this.finishNode(node, "ExportNamedDeclaration");
  };
  pp$8.parseExportDeclaration = function(node) {
    return this.parseStatement(null);
  };
  pp$8.parseExportDefaultDeclaration = function() {
    var isAsync;
    if (this.type === types$1._function || (isAsync = this.isAsyncFunction())) {
      var fNode = this.startNode();
      this.next();
      if (isAsync) {
        this.next();
      }
      return this.parseFunction(fNode, FUNC_STATEMENT | FUNC_NULLABLE_ID, false, isAsync);
    } else if (this.type === types$1._class) {
      var cNode = this.startNode();
      return this.parseClass(cNode, "nullableID");
    } else {
      var declaration = this.parseMaybeAssign();
      this.semicolon();
      return declaration;
    }
  };
  pp$8.checkExport = function(exports$1, name, pos) {
    if (!exports$1) {
      return;
    }
    if (typeof name !== "string") {
      name = name.type === "Identifier" ? name.name : name.value;
    }
    if (hasOwn(exports$1, name)) {
      this.raiseRecoverable(pos, "Duplicate export '" + name + "'");
    }
    exports$1[name] = true;
  };
  pp$8.checkPatternExport = function(exports$1, pat) {
    var type = pat.type;
    if (type === "Identifier") {
      this.checkExport(exports$1, pat, pat.start);
    } else if (type === "ObjectPattern") {
      for (var i = 0, list = pat.properties; i < list.length; i += 1) {
        var prop = list[i];
        this.checkPatternExport(exports$1, prop);
      }
    } else if (type === "ArrayPattern") {
      for (var i$1 = 0, list$1 = pat.elements; i$1 < list$1.length; i$1 += 1) {
        var elt = list$1[i$1];
        if (elt) {
          this.checkPatternExport(exports$1, elt);
        }
      }
    } else if (type === "Property") {
      this.checkPatternExport(exports$1, pat.value);
    } else if (type === "AssignmentPattern") {
      this.checkPatternExport(exports$1, pat.left);
    } else if (type === "RestElement") {
      this.checkPatternExport(exports$1, pat.argument);
    }
  };
  pp$8.checkVariableExport = function(exports$1, decls) {
    if (!exports$1) {
      return;
    }
    for (var i = 0, list = decls; i < list.length; i += 1) {
      var decl = list[i];
      this.checkPatternExport(exports$1, decl.id);
    }
  };
  pp$8.shouldParseExportStatement = function() {
    return this.type.keyword === "var" || this.type.keyword === "const" || this.type.keyword === "class" || this.type.keyword === "function" || this.isLet() || this.isAsyncFunction();
  };
  pp$8.parseExportSpecifier = function(exports$1) {
    var node = this.startNode();
    node.local = this.parseModuleExportName();
    node.exported = this.eatContextual("as") ? this.parseModuleExportName() : node.local;
    this.checkExport(
      exports$1,
      node.exported,
      node.exported.start
    );
    return this.finishNode(node, "ExportSpecifier");
  };
  pp$8.parseExportSpecifiers = function(exports$1) {
    var nodes = [], first = true;
    this.expect(types$1.braceL);
    while (!this.eat(types$1.braceR)) {
      if (!first) {
        this.expect(types$1.comma);
        if (this.afterTrailingComma(types$1.braceR)) {
          break;
        }
      } else {
        first = false;
      }
      nodes.push(this.parseExportSpecifier(exports$1));
    }
    return nodes;
  };
  pp$8.parseImport = function(node) {
    this.next();
    if (this.type === types$1.string) {
      node.specifiers = empty$1;
      node.source = this.parseExprAtom();
    } else {
      node.specifiers = this.parseImportSpecifiers();
      this.expectContextual("from");
      node.source = this.type === types$1.string ? this.parseExprAtom() : this.unexpected();
    }
    if (this.options.ecmaVersion >= 16) {
      node.attributes = this.parseWithClause();
    }
    this.semicolon();
    return this.finishNode(node, "ImportDeclaration");
  };
  pp$8.parseImportSpecifier = function() {
    var node = this.startNode();
    node.imported = this.parseModuleExportName();
    if (this.eatContextual("as")) {
      node.local = this.parseIdent();
    } else {
      this.checkUnreserved(node.imported);
      node.local = node.imported;
    }
    this.checkLValSimple(node.local, BIND_LEXICAL);
    return this.finishNode(node, "ImportSpecifier");
  };
  pp$8.parseImportDefaultSpecifier = function() {
    var node = this.startNode();
    node.local = this.parseIdent();
    this.checkLValSimple(node.local, BIND_LEXICAL);
    return this.finishNode(node, "ImportDefaultSpecifier");
  };
  pp$8.parseImportNamespaceSpecifier = function() {
    var node = this.startNode();
    this.next();
    this.expectContextual("as");
    node.local = this.parseIdent();
    this.checkLValSimple(node.local, BIND_LEXICAL);
    return this.finishNode(node, "ImportNamespaceSpecifier");
  };
  pp$8.parseImportSpecifiers = function() {
    var nodes = [], first = true;
    if (this.type === types$1.name) {
      nodes.push(this.parseImportDefaultSpecifier());
      if (!this.eat(types$1.comma)) {
        return nodes;
      }
    }
    if (this.type === types$1.star) {
      nodes.push(this.parseImportNamespaceSpecifier());
      return nodes;
    }
    this.expect(types$1.braceL);
    while (!this.eat(types$1.braceR)) {
      if (!first) {
        this.expect(types$1.comma);
        if (this.afterTrailingComma(types$1.braceR)) {
          break;
        }
      } else {
        first = false;
      }
      nodes.push(this.parseImportSpecifier());
    }
    return nodes;
  };
  pp$8.parseWithClause = function() {
    var nodes = [];
    if (!this.eat(types$1._with)) {
      return nodes;
    }
    this.expect(types$1.braceL);
    var attributeKeys = {};
    var first = true;
    while (!this.eat(types$1.braceR)) {
      if (!first) {
        this.expect(types$1.comma);
        if (this.afterTrailingComma(types$1.braceR)) {
          break;
        }
      } else {
        first = false;
      }
      var attr = this.parseImportAttribute();
      var keyName = attr.key.type === "Identifier" ? attr.key.name : attr.key.value;
      if (hasOwn(attributeKeys, keyName)) {
        this.raiseRecoverable(attr.key.start, "Duplicate attribute key '" + keyName + "'");
      }
      attributeKeys[keyName] = true;
      nodes.push(attr);
    }
    return nodes;
  };
  pp$8.parseImportAttribute = function() {
    var node = this.startNode();
    node.key = this.type === types$1.string ? this.parseExprAtom() : this.parseIdent(this.options.allowReserved !== "never");
    this.expect(types$1.colon);
    if (this.type !== types$1.string) {
      this.unexpected();
    }
    node.value = this.parseExprAtom();
    return this.finishNode(node, "ImportAttribute");
  };
  pp$8.parseModuleExportName = function() {
    if (this.options.ecmaVersion >= 13 && this.type === types$1.string) {
      var stringLiteral = this.parseLiteral(this.value);
      if (loneSurrogate.test(stringLiteral.value)) {
        this.raise(stringLiteral.start, "An export name cannot include a lone surrogate.");
      }
      return stringLiteral;
    }
    return this.parseIdent(true);
  };
  pp$8.adaptDirectivePrologue = function(statements) {
    for (var i = 0; i < statements.length && this.isDirectiveCandidate(statements[i]); ++i) {
      statements[i].directive = statements[i].expression.raw.slice(1, -1);
    }
  };
  pp$8.isDirectiveCandidate = function(statement) {
    return this.options.ecmaVersion >= 5 && statement.type === "ExpressionStatement" && statement.expression.type === "Literal" && typeof statement.expression.value === "string" && // Reject parenthesized strings.
    (this.input[statement.start] === '"' || this.input[statement.start] === "'");
  };
  var pp$7 = Parser.prototype;
  pp$7.toAssignable = function(node, isBinding, refDestructuringErrors) {
    if (this.options.ecmaVersion >= 6 && node) {
      switch (node.type) {
        case "Identifier":
          if (this.inAsync && node.name === "await") {
            this.raise(node.start, "Cannot use 'await' as identifier inside an async function");
          }
          break;
        case "ObjectPattern":
        case "ArrayPattern":
        case "AssignmentPattern":
        case "RestElement":
          break;
        case "ObjectExpression":
          node.type = "ObjectPattern";
          if (refDestructuringErrors) {
            this.checkPatternErrors(refDestructuringErrors, true);
          }
          for (var i = 0, list = node.properties; i < list.length; i += 1) {
            var prop = list[i];
            this.toAssignable(prop, isBinding);
            if (prop.type === "RestElement" && (prop.argument.type === "ArrayPattern" || prop.argument.type === "ObjectPattern")) {
              this.raise(prop.argument.start, "Unexpected token");
            }
          }
          break;
        case "Property":
          if (node.kind !== "init") {
            this.raise(node.key.start, "Object pattern can't contain getter or setter");
          }
          this.toAssignable(node.value, isBinding);
          break;
        case "ArrayExpression":
          node.type = "ArrayPattern";
          if (refDestructuringErrors) {
            this.checkPatternErrors(refDestructuringErrors, true);
          }
          this.toAssignableList(node.elements, isBinding);
          break;
        case "SpreadElement":
          node.type = "RestElement";
          this.toAssignable(node.argument, isBinding);
          if (node.argument.type === "AssignmentPattern") {
            this.raise(node.argument.start, "Rest elements cannot have a default value");
          }
          break;
        case "AssignmentExpression":
          if (node.operator !== "=") {
            this.raise(node.left.end, "Only '=' operator can be used for specifying default value.");
          }
          node.type = "AssignmentPattern";
          delete node.operator;
          this.toAssignable(node.left, isBinding);
          break;
        case "ParenthesizedExpression":
          this.toAssignable(node.expression, isBinding, refDestructuringErrors);
          break;
        case "ChainExpression":
          this.raiseRecoverable(node.start, "Optional chaining cannot appear in left-hand side");
          break;
        case "MemberExpression":
          if (!isBinding) {
            break;
          }
        default:
          this.raise(node.start, "Assigning to rvalue");
      }
    } else if (refDestructuringErrors) {
      this.checkPatternErrors(refDestructuringErrors, true);
    }
    return node;
  };
  pp$7.toAssignableList = function(exprList, isBinding) {
    var end = exprList.length;
    for (var i = 0; i < end; i++) {
      var elt = exprList[i];
      if (elt) {
        this.toAssignable(elt, isBinding);
      }
    }
    if (end) {
      var last = exprList[end - 1];
      if (this.options.ecmaVersion === 6 && isBinding && last && last.type === "RestElement" && last.argument.type !== "Identifier") {
        this.unexpected(last.argument.start);
      }
    }
    return exprList;
  };
  pp$7.parseSpread = function(refDestructuringErrors) {
    var node = this.startNode();
    this.next();
    node.argument = this.parseMaybeAssign(false, refDestructuringErrors);
    return this.finishNode(node, "SpreadElement");
  };
  pp$7.parseRestBinding = function() {
    var node = this.startNode();
    this.next();
    if (this.options.ecmaVersion === 6 && this.type !== types$1.name) {
      this.unexpected();
    }
    node.argument = this.parseBindingAtom();
    return this.finishNode(node, "RestElement");
  };
  pp$7.parseBindingAtom = function() {
    if (this.options.ecmaVersion >= 6) {
      switch (this.type) {
        case types$1.bracketL:
          var node = this.startNode();
          this.next();
          node.elements = this.parseBindingList(types$1.bracketR, true, true);
          return this.finishNode(node, "ArrayPattern");
        case types$1.braceL:
          return this.parseObj(true);
      }
    }
    return this.parseIdent();
  };
  pp$7.parseBindingList = function(close, allowEmpty, allowTrailingComma, allowModifiers) {
    var elts = [], first = true;
    while (!this.eat(close)) {
      if (first) {
        first = false;
      } else {
        this.expect(types$1.comma);
      }
      if (allowEmpty && this.type === types$1.comma) {
        elts.push(null);
      } else if (allowTrailingComma && this.afterTrailingComma(close)) {
        break;
      } else if (this.type === types$1.ellipsis) {
        var rest = this.parseRestBinding();
        this.parseBindingListItem(rest);
        elts.push(rest);
        if (this.type === types$1.comma) {
          this.raiseRecoverable(this.start, "Comma is not permitted after the rest element");
        }
        this.expect(close);
        break;
      } else {
        elts.push(this.parseAssignableListItem(allowModifiers));
      }
    }
    return elts;
  };
  pp$7.parseAssignableListItem = function(allowModifiers) {
    var elem = this.parseMaybeDefault(this.start, this.startLoc);
    this.parseBindingListItem(elem);
    return elem;
  };
  pp$7.parseBindingListItem = function(param) {
    return param;
  };
  pp$7.parseMaybeDefault = function(startPos, startLoc, left) {
    left = left || this.parseBindingAtom();
    if (this.options.ecmaVersion < 6 || !this.eat(types$1.eq)) {
      return left;
    }
    var node = this.startNodeAt(startPos, startLoc);
    node.left = left;
    node.right = this.parseMaybeAssign();
    return this.finishNode(node, "AssignmentPattern");
  };
  pp$7.checkLValSimple = function(expr, bindingType, checkClashes) {
    if (bindingType === void 0) bindingType = BIND_NONE;
    var isBind = bindingType !== BIND_NONE;
    switch (expr.type) {
      case "Identifier":
        if (this.strict && this.reservedWordsStrictBind.test(expr.name)) {
          this.raiseRecoverable(expr.start, (isBind ? "Binding " : "Assigning to ") + expr.name + " in strict mode");
        }
        if (isBind) {
          if (bindingType === BIND_LEXICAL && expr.name === "let") {
            this.raiseRecoverable(expr.start, "let is disallowed as a lexically bound name");
          }
          if (checkClashes) {
            if (hasOwn(checkClashes, expr.name)) {
              this.raiseRecoverable(expr.start, "Argument name clash");
            }
            checkClashes[expr.name] = true;
          }
          if (bindingType !== BIND_OUTSIDE) {
            this.declareName(expr.name, bindingType, expr.start);
          }
        }
        break;
      case "ChainExpression":
        this.raiseRecoverable(expr.start, "Optional chaining cannot appear in left-hand side");
        break;
      case "MemberExpression":
        if (isBind) {
          this.raiseRecoverable(expr.start, "Binding member expression");
        }
        break;
      case "ParenthesizedExpression":
        if (isBind) {
          this.raiseRecoverable(expr.start, "Binding parenthesized expression");
        }
        return this.checkLValSimple(expr.expression, bindingType, checkClashes);
      default:
        this.raise(expr.start, (isBind ? "Binding" : "Assigning to") + " rvalue");
    }
  };
  pp$7.checkLValPattern = function(expr, bindingType, checkClashes) {
    if (bindingType === void 0) bindingType = BIND_NONE;
    switch (expr.type) {
      case "ObjectPattern":
        for (var i = 0, list = expr.properties; i < list.length; i += 1) {
          var prop = list[i];
          this.checkLValInnerPattern(prop, bindingType, checkClashes);
        }
        break;
      case "ArrayPattern":
        for (var i$1 = 0, list$1 = expr.elements; i$1 < list$1.length; i$1 += 1) {
          var elem = list$1[i$1];
          if (elem) {
            this.checkLValInnerPattern(elem, bindingType, checkClashes);
          }
        }
        break;
      default:
        this.checkLValSimple(expr, bindingType, checkClashes);
    }
  };
  pp$7.checkLValInnerPattern = function(expr, bindingType, checkClashes) {
    if (bindingType === void 0) bindingType = BIND_NONE;
    switch (expr.type) {
      case "Property":
        this.checkLValInnerPattern(expr.value, bindingType, checkClashes);
        break;
      case "AssignmentPattern":
        this.checkLValPattern(expr.left, bindingType, checkClashes);
        break;
      case "RestElement":
        this.checkLValPattern(expr.argument, bindingType, checkClashes);
        break;
      default:
        this.checkLValPattern(expr, bindingType, checkClashes);
    }
  };
  var TokContext = function TokContext2(token, isExpr, preserveSpace, override, generator) {
    this.token = token;
    this.isExpr = !!isExpr;
    this.preserveSpace = !!preserveSpace;
    this.override = override;
    this.generator = !!generator;
  };
  var types = {
    b_stat: new TokContext("{", false),
    b_expr: new TokContext("{", true),
    b_tmpl: new TokContext("${", false),
    p_stat: new TokContext("(", false),
    p_expr: new TokContext("(", true),
    q_tmpl: new TokContext("`", true, true, function(p) {
      return p.tryReadTemplateToken();
    }),
    f_stat: new TokContext("function", false),
    f_expr: new TokContext("function", true),
    f_expr_gen: new TokContext("function", true, false, null, true),
    f_gen: new TokContext("function", false, false, null, true)
  };
  var pp$6 = Parser.prototype;
  pp$6.initialContext = function() {
    return [types.b_stat];
  };
  pp$6.curContext = function() {
    return this.context[this.context.length - 1];
  };
  pp$6.braceIsBlock = function(prevType) {
    var parent = this.curContext();
    if (parent === types.f_expr || parent === types.f_stat) {
      return true;
    }
    if (prevType === types$1.colon && (parent === types.b_stat || parent === types.b_expr)) {
      return !parent.isExpr;
    }
    if (prevType === types$1._return || prevType === types$1.name && this.exprAllowed) {
      return lineBreak.test(this.input.slice(this.lastTokEnd, this.start));
    }
    if (prevType === types$1._else || prevType === types$1.semi || prevType === types$1.eof || prevType === types$1.parenR || prevType === types$1.arrow) {
      return true;
    }
    if (prevType === types$1.braceL) {
      return parent === types.b_stat;
    }
    if (prevType === types$1._var || prevType === types$1._const || prevType === types$1.name) {
      return false;
    }
    return !this.exprAllowed;
  };
  pp$6.inGeneratorContext = function() {
    for (var i = this.context.length - 1; i >= 1; i--) {
      var context = this.context[i];
      if (context.token === "function") {
        return context.generator;
      }
    }
    return false;
  };
  pp$6.updateContext = function(prevType) {
    var update, type = this.type;
    if (type.keyword && prevType === types$1.dot) {
      this.exprAllowed = false;
    } else if (update = type.updateContext) {
      update.call(this, prevType);
    } else {
      this.exprAllowed = type.beforeExpr;
    }
  };
  pp$6.overrideContext = function(tokenCtx) {
    if (this.curContext() !== tokenCtx) {
      this.context[this.context.length - 1] = tokenCtx;
    }
  };
  types$1.parenR.updateContext = types$1.braceR.updateContext = function() {
    if (this.context.length === 1) {
      this.exprAllowed = true;
      return;
    }
    var out = this.context.pop();
    if (out === types.b_stat && this.curContext().token === "function") {
      out = this.context.pop();
    }
    this.exprAllowed = !out.isExpr;
  };
  types$1.braceL.updateContext = function(prevType) {
    this.context.push(this.braceIsBlock(prevType) ? types.b_stat : types.b_expr);
    this.exprAllowed = true;
  };
  types$1.dollarBraceL.updateContext = function() {
    this.context.push(types.b_tmpl);
    this.exprAllowed = true;
  };
  types$1.parenL.updateContext = function(prevType) {
    var statementParens = prevType === types$1._if || prevType === types$1._for || prevType === types$1._with || prevType === types$1._while;
    this.context.push(statementParens ? types.p_stat : types.p_expr);
    this.exprAllowed = true;
  };
  types$1.incDec.updateContext = function() {
  };
  types$1._function.updateContext = types$1._class.updateContext = function(prevType) {
    if (prevType.beforeExpr && prevType !== types$1._else && !(prevType === types$1.semi && this.curContext() !== types.p_stat) && !(prevType === types$1._return && lineBreak.test(this.input.slice(this.lastTokEnd, this.start))) && !((prevType === types$1.colon || prevType === types$1.braceL) && this.curContext() === types.b_stat)) {
      this.context.push(types.f_expr);
    } else {
      this.context.push(types.f_stat);
    }
    this.exprAllowed = false;
  };
  types$1.colon.updateContext = function() {
    if (this.curContext().token === "function") {
      this.context.pop();
    }
    this.exprAllowed = true;
  };
  types$1.backQuote.updateContext = function() {
    if (this.curContext() === types.q_tmpl) {
      this.context.pop();
    } else {
      this.context.push(types.q_tmpl);
    }
    this.exprAllowed = false;
  };
  types$1.star.updateContext = function(prevType) {
    if (prevType === types$1._function) {
      var index = this.context.length - 1;
      if (this.context[index] === types.f_expr) {
        this.context[index] = types.f_expr_gen;
      } else {
        this.context[index] = types.f_gen;
      }
    }
    this.exprAllowed = true;
  };
  types$1.name.updateContext = function(prevType) {
    var allowed = false;
    if (this.options.ecmaVersion >= 6 && prevType !== types$1.dot) {
      if (this.value === "of" && !this.exprAllowed || this.value === "yield" && this.inGeneratorContext()) {
        allowed = true;
      }
    }
    this.exprAllowed = allowed;
  };
  var pp$5 = Parser.prototype;
  pp$5.checkPropClash = function(prop, propHash, refDestructuringErrors) {
    if (this.options.ecmaVersion >= 9 && prop.type === "SpreadElement") {
      return;
    }
    if (this.options.ecmaVersion >= 6 && (prop.computed || prop.method || prop.shorthand)) {
      return;
    }
    var key = prop.key;
    var name;
    switch (key.type) {
      case "Identifier":
        name = key.name;
        break;
      case "Literal":
        name = String(key.value);
        break;
      default:
        return;
    }
    var kind = prop.kind;
    if (this.options.ecmaVersion >= 6) {
      if (name === "__proto__" && kind === "init") {
        if (propHash.proto) {
          if (refDestructuringErrors) {
            if (refDestructuringErrors.doubleProto < 0) {
              refDestructuringErrors.doubleProto = key.start;
            }
          } else {
            this.raiseRecoverable(key.start, "Redefinition of __proto__ property");
          }
        }
        propHash.proto = true;
      }
      return;
    }
    name = "$" + name;
    var other = propHash[name];
    if (other) {
      var redefinition;
      if (kind === "init") {
        redefinition = this.strict && other.init || other.get || other.set;
      } else {
        redefinition = other.init || other[kind];
      }
      if (redefinition) {
        this.raiseRecoverable(key.start, "Redefinition of property");
      }
    } else {
      other = propHash[name] = {
        init: false,
        get: false,
        set: false
      };
    }
    other[kind] = true;
  };
  pp$5.parseExpression = function(forInit, refDestructuringErrors) {
    var this$1$1 = this;
    return this.catchStackOverflow(function() {
      var startPos = this$1$1.start, startLoc = this$1$1.startLoc;
      var expr = this$1$1.parseMaybeAssign(forInit, refDestructuringErrors);
      if (this$1$1.type === types$1.comma) {
        var node = this$1$1.startNodeAt(startPos, startLoc);
        node.expressions = [expr];
        while (this$1$1.eat(types$1.comma)) {
          node.expressions.push(this$1$1.parseMaybeAssign(forInit, refDestructuringErrors));
        }
        return this$1$1.finishNode(node, "SequenceExpression");
      }
      return expr;
    });
  };
  pp$5.parseMaybeAssign = function(forInit, refDestructuringErrors, afterLeftParse) {
    if (this.isContextual("yield")) {
      if (this.inGenerator) {
        return this.parseYield(forInit);
      } else {
        this.exprAllowed = false;
      }
    }
    var ownDestructuringErrors = false, oldParenAssign = -1, oldTrailingComma = -1, oldDoubleProto = -1;
    if (refDestructuringErrors) {
      oldParenAssign = refDestructuringErrors.parenthesizedAssign;
      oldTrailingComma = refDestructuringErrors.trailingComma;
      oldDoubleProto = refDestructuringErrors.doubleProto;
      refDestructuringErrors.parenthesizedAssign = refDestructuringErrors.trailingComma = -1;
    } else {
      refDestructuringErrors = new DestructuringErrors();
      ownDestructuringErrors = true;
    }
    var startPos = this.start, startLoc = this.startLoc;
    if (this.type === types$1.parenL || this.type === types$1.name) {
      this.potentialArrowAt = this.start;
      this.potentialArrowInForAwait = forInit === "await";
    }
    var left = this.parseMaybeConditional(forInit, refDestructuringErrors);
    if (afterLeftParse) {
      left = afterLeftParse.call(this, left, startPos, startLoc);
    }
    if (this.type.isAssign) {
      var node = this.startNodeAt(startPos, startLoc);
      node.operator = this.value;
      if (this.type === types$1.eq) {
        left = this.toAssignable(left, false, refDestructuringErrors);
      }
      if (!ownDestructuringErrors) {
        refDestructuringErrors.parenthesizedAssign = refDestructuringErrors.trailingComma = -1;
        if (refDestructuringErrors.shorthandAssign >= left.start) {
          refDestructuringErrors.shorthandAssign = -1;
        }
        if (refDestructuringErrors.doubleProto >= left.start) {
          refDestructuringErrors.doubleProto = -1;
        }
      }
      if (this.type === types$1.eq) {
        this.checkLValPattern(left);
      } else {
        this.checkLValSimple(left);
      }
      node.left = left;
      this.next();
      node.right = this.parseMaybeAssign(forInit);
      if (oldDoubleProto > -1) {
        refDestructuringErrors.doubleProto = oldDoubleProto;
      }
      return this.finishNode(node, "AssignmentExpression");
    } else {
      if (ownDestructuringErrors) {
        this.checkExpressionErrors(refDestructuringErrors, true);
      }
    }
    if (oldParenAssign > -1) {
      refDestructuringErrors.parenthesizedAssign = oldParenAssign;
    }
    if (oldTrailingComma > -1) {
      refDestructuringErrors.trailingComma = oldTrailingComma;
    }
    return left;
  };
  pp$5.parseMaybeConditional = function(forInit, refDestructuringErrors) {
    var startPos = this.start, startLoc = this.startLoc;
    var expr = this.parseExprOps(forInit, refDestructuringErrors);
    if (this.checkExpressionErrors(refDestructuringErrors)) {
      return expr;
    }
    if (!(expr.type === "ArrowFunctionExpression" && expr.start === startPos) && this.eat(types$1.question)) {
      var node = this.startNodeAt(startPos, startLoc);
      node.test = expr;
      node.consequent = this.parseMaybeAssign();
      this.expect(types$1.colon);
      node.alternate = this.parseMaybeAssign(forInit);
      return this.finishNode(node, "ConditionalExpression");
    }
    return expr;
  };
  pp$5.parseExprOps = function(forInit, refDestructuringErrors) {
    var startPos = this.start, startLoc = this.startLoc;
    var expr = this.parseMaybeUnary(refDestructuringErrors, false, false, forInit);
    if (this.checkExpressionErrors(refDestructuringErrors)) {
      return expr;
    }
    return expr.start === startPos && expr.type === "ArrowFunctionExpression" ? expr : this.parseExprOp(expr, startPos, startLoc, -1, forInit);
  };
  pp$5.parseExprOp = function(left, leftStartPos, leftStartLoc, minPrec, forInit) {
    var prec = this.type.binop;
    if (prec != null && (!forInit || this.type !== types$1._in)) {
      if (prec > minPrec) {
        var logical = this.type === types$1.logicalOR || this.type === types$1.logicalAND;
        var coalesce = this.type === types$1.coalesce;
        if (coalesce) {
          prec = types$1.logicalAND.binop;
        }
        var op = this.value;
        this.next();
        var startPos = this.start, startLoc = this.startLoc;
        var right = this.parseExprOp(this.parseMaybeUnary(null, false, false, forInit), startPos, startLoc, prec, forInit);
        var node = this.buildBinary(leftStartPos, leftStartLoc, left, right, op, logical || coalesce);
        if (logical && this.type === types$1.coalesce || coalesce && (this.type === types$1.logicalOR || this.type === types$1.logicalAND)) {
          this.raiseRecoverable(this.start, "Logical expressions and coalesce expressions cannot be mixed. Wrap either by parentheses");
        }
        return this.parseExprOp(node, leftStartPos, leftStartLoc, minPrec, forInit);
      }
    }
    return left;
  };
  pp$5.buildBinary = function(startPos, startLoc, left, right, op, logical) {
    if (right.type === "PrivateIdentifier") {
      this.raise(right.start, "Private identifier can only be left side of binary expression");
    }
    var node = this.startNodeAt(startPos, startLoc);
    node.left = left;
    node.operator = op;
    node.right = right;
    return this.finishNode(node, logical ? "LogicalExpression" : "BinaryExpression");
  };
  pp$5.parseMaybeUnary = function(refDestructuringErrors, sawUnary, incDec, forInit) {
    var startPos = this.start, startLoc = this.startLoc, expr;
    if (this.isContextual("await") && this.canAwait) {
      expr = this.parseAwait(forInit);
      sawUnary = true;
    } else if (this.type.prefix) {
      var node = this.startNode(), update = this.type === types$1.incDec;
      node.operator = this.value;
      node.prefix = true;
      this.next();
      node.argument = this.parseMaybeUnary(null, true, update, forInit);
      this.checkExpressionErrors(refDestructuringErrors, true);
      if (update) {
        this.checkLValSimple(node.argument);
      } else if (this.strict && node.operator === "delete" && isLocalVariableAccess(node.argument)) {
        this.raiseRecoverable(node.start, "Deleting local variable in strict mode");
      } else if (node.operator === "delete" && isPrivateFieldAccess(node.argument)) {
        this.raiseRecoverable(node.start, "Private fields can not be deleted");
      } else {
        sawUnary = true;
      }
      expr = this.finishNode(node, update ? "UpdateExpression" : "UnaryExpression");
    } else if (!sawUnary && this.type === types$1.privateId) {
      if ((forInit || this.privateNameStack.length === 0) && this.options.checkPrivateFields) {
        this.unexpected();
      }
      expr = this.parsePrivateIdent();
      if (this.type !== types$1._in) {
        this.unexpected();
      }
    } else {
      expr = this.parseExprSubscripts(refDestructuringErrors, forInit);
      if (this.checkExpressionErrors(refDestructuringErrors)) {
        return expr;
      }
      while (this.type.postfix && !this.canInsertSemicolon()) {
        var node$1 = this.startNodeAt(startPos, startLoc);
        node$1.operator = this.value;
        node$1.prefix = false;
        node$1.argument = expr;
        this.checkLValSimple(expr);
        this.next();
        expr = this.finishNode(node$1, "UpdateExpression");
      }
    }
    if (!incDec && !(expr.type === "ArrowFunctionExpression" && expr.start === startPos) && this.eat(types$1.starstar)) {
      if (sawUnary) {
        this.unexpected(this.lastTokStart);
      } else {
        return this.buildBinary(startPos, startLoc, expr, this.parseMaybeUnary(null, false, false, forInit), "**", false);
      }
    } else {
      return expr;
    }
  };
  function isLocalVariableAccess(node) {
    return node.type === "Identifier" || node.type === "ParenthesizedExpression" && isLocalVariableAccess(node.expression);
  }
  function isPrivateFieldAccess(node) {
    return node.type === "MemberExpression" && node.property.type === "PrivateIdentifier" || node.type === "ChainExpression" && isPrivateFieldAccess(node.expression) || node.type === "ParenthesizedExpression" && isPrivateFieldAccess(node.expression);
  }
  pp$5.parseExprSubscripts = function(refDestructuringErrors, forInit) {
    var startPos = this.start, startLoc = this.startLoc;
    var oldDoubleProto = -1, oldShorthandAssign = -1;
    if (refDestructuringErrors) {
      oldDoubleProto = refDestructuringErrors.doubleProto;
      oldShorthandAssign = refDestructuringErrors.shorthandAssign;
      refDestructuringErrors.doubleProto = refDestructuringErrors.shorthandAssign = -1;
    }
    var expr = this.parseExprAtom(refDestructuringErrors, forInit);
    if (expr.type === "ArrowFunctionExpression" && this.input.slice(this.lastTokStart, this.lastTokEnd) !== ")") {
      return expr;
    }
    var result = this.parseSubscripts(expr, startPos, startLoc, false, forInit);
    if (refDestructuringErrors) {
      if (result.end > expr.end) {
        this.checkExpressionErrors(refDestructuringErrors, true);
        if (refDestructuringErrors.parenthesizedAssign >= result.start) {
          refDestructuringErrors.parenthesizedAssign = -1;
        }
        if (refDestructuringErrors.parenthesizedBind >= result.start) {
          refDestructuringErrors.parenthesizedBind = -1;
        }
        if (refDestructuringErrors.trailingComma >= result.start) {
          refDestructuringErrors.trailingComma = -1;
        }
      }
      if (oldDoubleProto > -1) {
        refDestructuringErrors.doubleProto = oldDoubleProto;
      }
      if (oldShorthandAssign > -1) {
        refDestructuringErrors.shorthandAssign = oldShorthandAssign;
      }
    }
    return result;
  };
  pp$5.parseSubscripts = function(base2, startPos, startLoc, noCalls, forInit) {
    var maybeAsyncArrow = this.options.ecmaVersion >= 8 && base2.type === "Identifier" && base2.name === "async" && this.lastTokEnd === base2.end && !this.canInsertSemicolon() && base2.end - base2.start === 5 && this.potentialArrowAt === base2.start;
    var optionalChained = false;
    while (true) {
      var element = this.parseSubscript(base2, startPos, startLoc, noCalls, maybeAsyncArrow, optionalChained, forInit);
      if (element.optional) {
        optionalChained = true;
      }
      if (element.end === base2.end || element.type === "ArrowFunctionExpression") {
        if (optionalChained) {
          var chainNode = this.startNodeAt(startPos, startLoc);
          chainNode.expression = element;
          element = this.finishNode(chainNode, "ChainExpression");
        }
        return element;
      }
      base2 = element;
      maybeAsyncArrow = false;
    }
  };
  pp$5.shouldParseAsyncArrow = function() {
    return !this.canInsertSemicolon() && this.eat(types$1.arrow);
  };
  pp$5.parseSubscriptAsyncArrow = function(startPos, startLoc, exprList, forInit) {
    return this.parseArrowExpression(this.startNodeAt(startPos, startLoc), exprList, true, forInit);
  };
  pp$5.parseSubscript = function(base2, startPos, startLoc, noCalls, maybeAsyncArrow, optionalChained, forInit) {
    var optionalSupported = this.options.ecmaVersion >= 11;
    var optional = optionalSupported && this.eat(types$1.questionDot);
    if (noCalls && optional) {
      this.raise(this.lastTokStart, "Optional chaining cannot appear in the callee of new expressions");
    }
    var computed = this.eat(types$1.bracketL);
    if (computed || optional && this.type !== types$1.parenL && this.type !== types$1.backQuote || this.eat(types$1.dot)) {
      var node = this.startNodeAt(startPos, startLoc);
      node.object = base2;
      if (computed) {
        node.property = this.parseExpression();
        this.expect(types$1.bracketR);
      } else if (this.type === types$1.privateId && base2.type !== "Super") {
        node.property = this.parsePrivateIdent();
      } else {
        node.property = this.parseIdent(this.options.allowReserved !== "never");
      }
      node.computed = !!computed;
      if (optionalSupported) {
        node.optional = optional;
      }
      base2 = this.finishNode(node, "MemberExpression");
    } else if (!noCalls && this.eat(types$1.parenL)) {
      var refDestructuringErrors = new DestructuringErrors(), oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, oldAwaitIdentPos = this.awaitIdentPos;
      this.yieldPos = 0;
      this.awaitPos = 0;
      this.awaitIdentPos = 0;
      var exprList = this.parseExprList(types$1.parenR, this.options.ecmaVersion >= 8, false, refDestructuringErrors);
      if (maybeAsyncArrow && !optional && this.shouldParseAsyncArrow()) {
        this.checkPatternErrors(refDestructuringErrors, false);
        this.checkYieldAwaitInDefaultParams();
        if (this.awaitIdentPos > 0) {
          this.raise(this.awaitIdentPos, "Cannot use 'await' as identifier inside an async function");
        }
        this.yieldPos = oldYieldPos;
        this.awaitPos = oldAwaitPos;
        this.awaitIdentPos = oldAwaitIdentPos;
        return this.parseSubscriptAsyncArrow(startPos, startLoc, exprList, forInit);
      }
      this.checkExpressionErrors(refDestructuringErrors, true);
      this.yieldPos = oldYieldPos || this.yieldPos;
      this.awaitPos = oldAwaitPos || this.awaitPos;
      this.awaitIdentPos = oldAwaitIdentPos || this.awaitIdentPos;
      var node$1 = this.startNodeAt(startPos, startLoc);
      node$1.callee = base2;
      node$1.arguments = exprList;
      if (optionalSupported) {
        node$1.optional = optional;
      }
      base2 = this.finishNode(node$1, "CallExpression");
    } else if (this.type === types$1.backQuote) {
      if (optional || optionalChained) {
        this.raise(this.start, "Optional chaining cannot appear in the tag of tagged template expressions");
      }
      var node$2 = this.startNodeAt(startPos, startLoc);
      node$2.tag = base2;
      node$2.quasi = this.parseTemplate({ isTagged: true });
      base2 = this.finishNode(node$2, "TaggedTemplateExpression");
    }
    return base2;
  };
  pp$5.parseExprAtom = function(refDestructuringErrors, forInit, forNew) {
    if (this.type === types$1.slash) {
      this.readRegexp();
    }
    var node, canBeArrow = this.potentialArrowAt === this.start;
    switch (this.type) {
      case types$1._super:
        if (!this.allowSuper) {
          this.raise(this.start, "'super' keyword outside a method");
        }
        node = this.startNode();
        this.next();
        if (this.type === types$1.parenL && !this.allowDirectSuper) {
          this.raise(node.start, "super() call outside constructor of a subclass");
        }
        if (this.type !== types$1.dot && this.type !== types$1.bracketL && this.type !== types$1.parenL) {
          this.unexpected();
        }
        return this.finishNode(node, "Super");
      case types$1._this:
        node = this.startNode();
        this.next();
        return this.finishNode(node, "ThisExpression");
      case types$1.name:
        var startPos = this.start, startLoc = this.startLoc, containsEsc = this.containsEsc;
        var id = this.parseIdent(false);
        if (this.options.ecmaVersion >= 8 && !containsEsc && id.name === "async" && !this.canInsertSemicolon() && this.eat(types$1._function)) {
          this.overrideContext(types.f_expr);
          return this.parseFunction(this.startNodeAt(startPos, startLoc), 0, false, true, forInit);
        }
        if (canBeArrow && !this.canInsertSemicolon()) {
          if (this.eat(types$1.arrow)) {
            return this.parseArrowExpression(this.startNodeAt(startPos, startLoc), [id], false, forInit);
          }
          if (this.options.ecmaVersion >= 8 && id.name === "async" && this.type === types$1.name && !containsEsc && (!this.potentialArrowInForAwait || this.value !== "of" || this.containsEsc)) {
            id = this.parseIdent(false);
            if (this.canInsertSemicolon() || !this.eat(types$1.arrow)) {
              this.unexpected();
            }
            return this.parseArrowExpression(this.startNodeAt(startPos, startLoc), [id], true, forInit);
          }
        }
        return id;
      case types$1.regexp:
        var value = this.value;
        node = this.parseLiteral(value.value);
        node.regex = { pattern: value.pattern, flags: value.flags };
        return node;
      case types$1.num:
      case types$1.string:
        return this.parseLiteral(this.value);
      case types$1._null:
      case types$1._true:
      case types$1._false:
        node = this.startNode();
        node.value = this.type === types$1._null ? null : this.type === types$1._true;
        node.raw = this.type.keyword;
        this.next();
        return this.finishNode(node, "Literal");
      case types$1.parenL:
        var start = this.start, expr = this.parseParenAndDistinguishExpression(canBeArrow, forInit);
        if (refDestructuringErrors) {
          if (refDestructuringErrors.parenthesizedAssign < 0 && !this.isSimpleAssignTarget(expr)) {
            refDestructuringErrors.parenthesizedAssign = start;
          }
          if (refDestructuringErrors.parenthesizedBind < 0) {
            refDestructuringErrors.parenthesizedBind = start;
          }
        }
        return expr;
      case types$1.bracketL:
        node = this.startNode();
        this.next();
        node.elements = this.parseExprList(types$1.bracketR, true, true, refDestructuringErrors);
        return this.finishNode(node, "ArrayExpression");
      case types$1.braceL:
        this.overrideContext(types.b_expr);
        return this.parseObj(false, refDestructuringErrors);
      case types$1._function:
        node = this.startNode();
        this.next();
        return this.parseFunction(node, 0);
      case types$1._class:
        return this.parseClass(this.startNode(), false);
      case types$1._new:
        return this.parseNew();
      case types$1.backQuote:
        return this.parseTemplate();
      case types$1._import:
        if (this.options.ecmaVersion >= 11) {
          return this.parseExprImport(forNew);
        } else {
          return this.unexpected();
        }
      default:
        return this.parseExprAtomDefault();
    }
  };
  pp$5.parseExprAtomDefault = function() {
    this.unexpected();
  };
  pp$5.parseExprImport = function(forNew) {
    var node = this.startNode();
    if (this.containsEsc) {
      this.raiseRecoverable(this.start, "Escape sequence in keyword import");
    }
    this.next();
    if (this.type === types$1.parenL && !forNew) {
      return this.parseDynamicImport(node);
    } else if (this.type === types$1.dot) {
      var meta = this.startNodeAt(node.start, node.loc && node.loc.start);
      meta.name = "import";
      node.meta = this.finishNode(meta, "Identifier");
      return this.parseImportMeta(node);
    } else {
      this.unexpected();
    }
  };
  pp$5.parseDynamicImport = function(node) {
    this.next();
    node.source = this.parseMaybeAssign();
    if (this.options.ecmaVersion >= 16) {
      if (!this.eat(types$1.parenR)) {
        this.expect(types$1.comma);
        if (!this.afterTrailingComma(types$1.parenR)) {
          node.options = this.parseMaybeAssign();
          if (!this.eat(types$1.parenR)) {
            this.expect(types$1.comma);
            if (!this.afterTrailingComma(types$1.parenR)) {
              this.unexpected();
            }
          }
        } else {
          node.options = null;
        }
      } else {
        node.options = null;
      }
    } else {
      if (!this.eat(types$1.parenR)) {
        var errorPos = this.start;
        if (this.eat(types$1.comma) && this.eat(types$1.parenR)) {
          this.raiseRecoverable(errorPos, "Trailing comma is not allowed in import()");
        } else {
          this.unexpected(errorPos);
        }
      }
    }
    return this.finishNode(node, "ImportExpression");
  };
  pp$5.parseImportMeta = function(node) {
    this.next();
    var containsEsc = this.containsEsc;
    node.property = this.parseIdent(true);
    if (node.property.name !== "meta") {
      this.raiseRecoverable(node.property.start, "The only valid meta property for import is 'import.meta'");
    }
    if (containsEsc) {
      this.raiseRecoverable(node.start, "'import.meta' must not contain escaped characters");
    }
    if (this.options.sourceType !== "module" && !this.options.allowImportExportEverywhere) {
      this.raiseRecoverable(node.start, "Cannot use 'import.meta' outside a module");
    }
    return this.finishNode(node, "MetaProperty");
  };
  pp$5.parseLiteral = function(value) {
    var node = this.startNode();
    node.value = value;
    node.raw = this.input.slice(this.start, this.end);
    if (node.raw.charCodeAt(node.raw.length - 1) === 110) {
      node.bigint = node.value != null ? node.value.toString() : node.raw.slice(0, -1).replace(/_/g, "");
    }
    this.next();
    return this.finishNode(node, "Literal");
  };
  pp$5.parseParenExpression = function() {
    this.expect(types$1.parenL);
    var val = this.parseExpression();
    this.expect(types$1.parenR);
    return val;
  };
  pp$5.shouldParseArrow = function(exprList) {
    return !this.canInsertSemicolon();
  };
  pp$5.parseParenAndDistinguishExpression = function(canBeArrow, forInit) {
    var startPos = this.start, startLoc = this.startLoc, val, allowTrailingComma = this.options.ecmaVersion >= 8;
    if (this.options.ecmaVersion >= 6) {
      this.next();
      var innerStartPos = this.start, innerStartLoc = this.startLoc;
      var exprList = [], first = true, lastIsComma = false;
      var refDestructuringErrors = new DestructuringErrors(), oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, spreadStart;
      this.yieldPos = 0;
      this.awaitPos = 0;
      while (this.type !== types$1.parenR) {
        first ? first = false : this.expect(types$1.comma);
        if (allowTrailingComma && this.afterTrailingComma(types$1.parenR, true)) {
          lastIsComma = true;
          break;
        } else if (this.type === types$1.ellipsis) {
          spreadStart = this.start;
          exprList.push(this.parseParenItem(this.parseRestBinding()));
          if (this.type === types$1.comma) {
            this.raiseRecoverable(
              this.start,
              "Comma is not permitted after the rest element"
            );
          }
          break;
        } else {
          exprList.push(this.parseMaybeAssign(false, refDestructuringErrors, this.parseParenItem));
        }
      }
      var innerEndPos = this.lastTokEnd, innerEndLoc = this.lastTokEndLoc;
      this.expect(types$1.parenR);
      if (canBeArrow && this.shouldParseArrow(exprList) && this.eat(types$1.arrow)) {
        this.checkPatternErrors(refDestructuringErrors, false);
        this.checkYieldAwaitInDefaultParams();
        this.yieldPos = oldYieldPos;
        this.awaitPos = oldAwaitPos;
        return this.parseParenArrowList(startPos, startLoc, exprList, forInit);
      }
      if (!exprList.length || lastIsComma) {
        this.unexpected(this.lastTokStart);
      }
      if (spreadStart) {
        this.unexpected(spreadStart);
      }
      this.checkExpressionErrors(refDestructuringErrors, true);
      this.yieldPos = oldYieldPos || this.yieldPos;
      this.awaitPos = oldAwaitPos || this.awaitPos;
      if (exprList.length > 1) {
        val = this.startNodeAt(innerStartPos, innerStartLoc);
        val.expressions = exprList;
        this.finishNodeAt(val, "SequenceExpression", innerEndPos, innerEndLoc);
      } else {
        val = exprList[0];
      }
    } else {
      val = this.parseParenExpression();
    }
    if (this.options.preserveParens) {
      var par = this.startNodeAt(startPos, startLoc);
      par.expression = val;
      return this.finishNode(par, "ParenthesizedExpression");
    } else {
      return val;
    }
  };
  pp$5.parseParenItem = function(item) {
    return item;
  };
  pp$5.parseParenArrowList = function(startPos, startLoc, exprList, forInit) {
    return this.parseArrowExpression(this.startNodeAt(startPos, startLoc), exprList, false, forInit);
  };
  var empty = [];
  pp$5.parseNew = function() {
    if (this.containsEsc) {
      this.raiseRecoverable(this.start, "Escape sequence in keyword new");
    }
    var node = this.startNode();
    this.next();
    if (this.options.ecmaVersion >= 6 && this.type === types$1.dot) {
      var meta = this.startNodeAt(node.start, node.loc && node.loc.start);
      meta.name = "new";
      node.meta = this.finishNode(meta, "Identifier");
      this.next();
      var containsEsc = this.containsEsc;
      node.property = this.parseIdent(true);
      if (node.property.name !== "target") {
        this.raiseRecoverable(node.property.start, "The only valid meta property for new is 'new.target'");
      }
      if (containsEsc) {
        this.raiseRecoverable(node.start, "'new.target' must not contain escaped characters");
      }
      if (!this.allowNewDotTarget) {
        this.raiseRecoverable(node.start, "'new.target' can only be used in functions and class static block");
      }
      return this.finishNode(node, "MetaProperty");
    }
    var startPos = this.start, startLoc = this.startLoc;
    node.callee = this.parseSubscripts(this.parseExprAtom(null, false, true), startPos, startLoc, true, false);
    if (node.callee.type === "Super") {
      this.raiseRecoverable(startPos, "Invalid use of 'super'");
    }
    if (this.eat(types$1.parenL)) {
      node.arguments = this.parseExprList(types$1.parenR, this.options.ecmaVersion >= 8, false);
    } else {
      node.arguments = empty;
    }
    return this.finishNode(node, "NewExpression");
  };
  pp$5.parseTemplateElement = function(ref2) {
    var isTagged = ref2.isTagged;
    var elem = this.startNode();
    if (this.type === types$1.invalidTemplate) {
      if (!isTagged) {
        this.raiseRecoverable(this.start, "Bad escape sequence in untagged template literal");
      }
      elem.value = {
        raw: this.value.replace(/\r\n?/g, "\n"),
        cooked: null
      };
    } else {
      elem.value = {
        raw: this.input.slice(this.start, this.end).replace(/\r\n?/g, "\n"),
        cooked: this.value
      };
    }
    this.next();
    elem.tail = this.type === types$1.backQuote;
    return this.finishNode(elem, "TemplateElement");
  };
  pp$5.parseTemplate = function(ref2) {
    if (ref2 === void 0) ref2 = {};
    var isTagged = ref2.isTagged;
    if (isTagged === void 0) isTagged = false;
    var node = this.startNode();
    this.next();
    node.expressions = [];
    var curElt = this.parseTemplateElement({ isTagged });
    node.quasis = [curElt];
    while (!curElt.tail) {
      if (this.type === types$1.eof) {
        this.raise(this.pos, "Unterminated template literal");
      }
      this.expect(types$1.dollarBraceL);
      node.expressions.push(this.parseExpression());
      this.expect(types$1.braceR);
      node.quasis.push(curElt = this.parseTemplateElement({ isTagged }));
    }
    this.next();
    return this.finishNode(node, "TemplateLiteral");
  };
  pp$5.isAsyncProp = function(prop) {
    return !prop.computed && prop.key.type === "Identifier" && prop.key.name === "async" && (this.type === types$1.name || this.type === types$1.num || this.type === types$1.string || this.type === types$1.bracketL || this.type.keyword || this.options.ecmaVersion >= 9 && this.type === types$1.star) && !lineBreak.test(this.input.slice(this.lastTokEnd, this.start));
  };
  pp$5.parseObj = function(isPattern, refDestructuringErrors) {
    var node = this.startNode(), first = true, propHash = {};
    node.properties = [];
    this.next();
    while (!this.eat(types$1.braceR)) {
      if (!first) {
        this.expect(types$1.comma);
        if (this.options.ecmaVersion >= 5 && this.afterTrailingComma(types$1.braceR)) {
          break;
        }
      } else {
        first = false;
      }
      var prop = this.parseProperty(isPattern, refDestructuringErrors);
      if (!isPattern) {
        this.checkPropClash(prop, propHash, refDestructuringErrors);
      }
      node.properties.push(prop);
    }
    return this.finishNode(node, isPattern ? "ObjectPattern" : "ObjectExpression");
  };
  pp$5.parseProperty = function(isPattern, refDestructuringErrors) {
    var prop = this.startNode(), isGenerator, isAsync, startPos, startLoc;
    if (this.options.ecmaVersion >= 9 && this.eat(types$1.ellipsis)) {
      if (isPattern) {
        prop.argument = this.parseIdent(false);
        if (this.type === types$1.comma) {
          this.raiseRecoverable(this.start, "Comma is not permitted after the rest element");
        }
        return this.finishNode(prop, "RestElement");
      }
      prop.argument = this.parseMaybeAssign(false, refDestructuringErrors);
      if (this.type === types$1.comma && refDestructuringErrors && refDestructuringErrors.trailingComma < 0) {
        refDestructuringErrors.trailingComma = this.start;
      }
      return this.finishNode(prop, "SpreadElement");
    }
    if (this.options.ecmaVersion >= 6) {
      prop.method = false;
      prop.shorthand = false;
      if (isPattern || refDestructuringErrors) {
        startPos = this.start;
        startLoc = this.startLoc;
      }
      if (!isPattern) {
        isGenerator = this.eat(types$1.star);
      }
    }
    var containsEsc = this.containsEsc;
    this.parsePropertyName(prop);
    if (!isPattern && !containsEsc && this.options.ecmaVersion >= 8 && !isGenerator && this.isAsyncProp(prop)) {
      isAsync = true;
      isGenerator = this.options.ecmaVersion >= 9 && this.eat(types$1.star);
      this.parsePropertyName(prop);
    } else {
      isAsync = false;
    }
    this.parsePropertyValue(prop, isPattern, isGenerator, isAsync, startPos, startLoc, refDestructuringErrors, containsEsc);
    return this.finishNode(prop, "Property");
  };
  pp$5.parseGetterSetter = function(prop) {
    var kind = prop.key.name;
    this.parsePropertyName(prop);
    prop.value = this.parseMethod(false);
    prop.kind = kind;
    var paramCount = prop.kind === "get" ? 0 : 1;
    if (prop.value.params.length !== paramCount) {
      var start = prop.value.start;
      if (prop.kind === "get") {
        this.raiseRecoverable(start, "getter should have no params");
      } else {
        this.raiseRecoverable(start, "setter should have exactly one param");
      }
    } else {
      if (prop.kind === "set" && prop.value.params[0].type === "RestElement") {
        this.raiseRecoverable(prop.value.params[0].start, "Setter cannot use rest params");
      }
    }
  };
  pp$5.parsePropertyValue = function(prop, isPattern, isGenerator, isAsync, startPos, startLoc, refDestructuringErrors, containsEsc) {
    if ((isGenerator || isAsync) && this.type === types$1.colon) {
      this.unexpected();
    }
    if (this.eat(types$1.colon)) {
      prop.value = isPattern ? this.parseMaybeDefault(this.start, this.startLoc) : this.parseMaybeAssign(false, refDestructuringErrors);
      prop.kind = "init";
    } else if (this.options.ecmaVersion >= 6 && this.type === types$1.parenL) {
      if (isPattern) {
        this.unexpected();
      }
      prop.method = true;
      prop.value = this.parseMethod(isGenerator, isAsync);
      prop.kind = "init";
    } else if (!isPattern && !containsEsc && this.options.ecmaVersion >= 5 && !prop.computed && prop.key.type === "Identifier" && (prop.key.name === "get" || prop.key.name === "set") && (this.type !== types$1.comma && this.type !== types$1.braceR && this.type !== types$1.eq)) {
      if (isGenerator || isAsync) {
        this.unexpected();
      }
      this.parseGetterSetter(prop);
    } else if (this.options.ecmaVersion >= 6 && !prop.computed && prop.key.type === "Identifier") {
      if (isGenerator || isAsync) {
        this.unexpected();
      }
      this.checkUnreserved(prop.key);
      if (prop.key.name === "await" && !this.awaitIdentPos) {
        this.awaitIdentPos = startPos;
      }
      if (isPattern) {
        prop.value = this.parseMaybeDefault(startPos, startLoc, this.copyNode(prop.key));
      } else if (this.type === types$1.eq && refDestructuringErrors) {
        if (refDestructuringErrors.shorthandAssign < 0) {
          refDestructuringErrors.shorthandAssign = this.start;
        }
        prop.value = this.parseMaybeDefault(startPos, startLoc, this.copyNode(prop.key));
      } else {
        prop.value = this.copyNode(prop.key);
      }
      prop.kind = "init";
      prop.shorthand = true;
    } else {
      this.unexpected();
    }
  };
  pp$5.parsePropertyName = function(prop) {
    if (this.options.ecmaVersion >= 6) {
      if (this.eat(types$1.bracketL)) {
        prop.computed = true;
        prop.key = this.parseMaybeAssign();
        this.expect(types$1.bracketR);
        return prop.key;
      } else {
        prop.computed = false;
      }
    }
    return prop.key = this.type === types$1.num || this.type === types$1.string ? this.parseExprAtom() : this.parseIdent(this.options.allowReserved !== "never");
  };
  pp$5.initFunction = function(node) {
    node.id = null;
    if (this.options.ecmaVersion >= 6) {
      node.generator = node.expression = false;
    }
    if (this.options.ecmaVersion >= 8) {
      node.async = false;
    }
  };
  pp$5.parseMethod = function(isGenerator, isAsync, allowDirectSuper) {
    var node = this.startNode(), oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, oldAwaitIdentPos = this.awaitIdentPos;
    this.initFunction(node);
    if (this.options.ecmaVersion >= 6) {
      node.generator = isGenerator;
    }
    if (this.options.ecmaVersion >= 8) {
      node.async = !!isAsync;
    }
    this.yieldPos = 0;
    this.awaitPos = 0;
    this.awaitIdentPos = 0;
    this.enterScope(functionFlags(isAsync, node.generator) | SCOPE_SUPER | (allowDirectSuper ? SCOPE_DIRECT_SUPER : 0));
    this.expect(types$1.parenL);
    node.params = this.parseBindingList(types$1.parenR, false, this.options.ecmaVersion >= 8);
    this.checkYieldAwaitInDefaultParams();
    this.parseFunctionBody(node, false, true, false);
    this.yieldPos = oldYieldPos;
    this.awaitPos = oldAwaitPos;
    this.awaitIdentPos = oldAwaitIdentPos;
    return this.finishNode(node, "FunctionExpression");
  };
  pp$5.parseArrowExpression = function(node, params, isAsync, forInit) {
    var oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, oldAwaitIdentPos = this.awaitIdentPos;
    this.enterScope(functionFlags(isAsync, false) | SCOPE_ARROW);
    this.initFunction(node);
    if (this.options.ecmaVersion >= 8) {
      node.async = !!isAsync;
    }
    this.yieldPos = 0;
    this.awaitPos = 0;
    this.awaitIdentPos = 0;
    node.params = this.toAssignableList(params, true);
    this.parseFunctionBody(node, true, false, forInit);
    this.yieldPos = oldYieldPos;
    this.awaitPos = oldAwaitPos;
    this.awaitIdentPos = oldAwaitIdentPos;
    return this.finishNode(node, "ArrowFunctionExpression");
  };
  pp$5.parseFunctionBody = function(node, isArrowFunction, isMethod, forInit) {
    var isExpression = isArrowFunction && this.type !== types$1.braceL;
    var oldStrict = this.strict, useStrict = false;
    if (isExpression) {
      node.body = this.parseMaybeAssign(forInit);
      node.expression = true;
      this.checkParams(node, false);
    } else {
      var nonSimple = this.options.ecmaVersion >= 7 && !this.isSimpleParamList(node.params);
      if (!oldStrict || nonSimple) {
        useStrict = this.strictDirective(this.end);
        if (useStrict && nonSimple) {
          this.raiseRecoverable(node.start, "Illegal 'use strict' directive in function with non-simple parameter list");
        }
      }
      var oldLabels = this.labels;
      this.labels = [];
      if (useStrict) {
        this.strict = true;
      }
      this.checkParams(node, !oldStrict && !useStrict && !isArrowFunction && !isMethod && this.isSimpleParamList(node.params));
      if (this.strict && node.id) {
        this.checkLValSimple(node.id, BIND_OUTSIDE);
      }
      node.body = this.parseBlock(false, void 0, useStrict && !oldStrict);
      node.expression = false;
      this.adaptDirectivePrologue(node.body.body);
      this.labels = oldLabels;
    }
    this.exitScope();
  };
  pp$5.isSimpleParamList = function(params) {
    for (var i = 0, list = params; i < list.length; i += 1) {
      var param = list[i];
      if (param.type !== "Identifier") {
        return false;
      }
    }
    return true;
  };
  pp$5.checkParams = function(node, allowDuplicates) {
    var nameHash = /* @__PURE__ */ Object.create(null);
    for (var i = 0, list = node.params; i < list.length; i += 1) {
      var param = list[i];
      this.checkLValInnerPattern(param, BIND_VAR, allowDuplicates ? null : nameHash);
    }
  };
  pp$5.parseExprList = function(close, allowTrailingComma, allowEmpty, refDestructuringErrors) {
    var elts = [], first = true;
    while (!this.eat(close)) {
      if (!first) {
        this.expect(types$1.comma);
        if (allowTrailingComma && this.afterTrailingComma(close)) {
          break;
        }
      } else {
        first = false;
      }
      var elt = void 0;
      if (allowEmpty && this.type === types$1.comma) {
        elt = null;
      } else if (this.type === types$1.ellipsis) {
        elt = this.parseSpread(refDestructuringErrors);
        if (refDestructuringErrors && this.type === types$1.comma && refDestructuringErrors.trailingComma < 0) {
          refDestructuringErrors.trailingComma = this.start;
        }
      } else {
        elt = this.parseMaybeAssign(false, refDestructuringErrors);
      }
      elts.push(elt);
    }
    return elts;
  };
  pp$5.checkUnreserved = function(ref2) {
    var start = ref2.start;
    var end = ref2.end;
    var name = ref2.name;
    if (this.inGenerator && name === "yield") {
      this.raiseRecoverable(start, "Cannot use 'yield' as identifier inside a generator");
    }
    if (this.inAsync && name === "await") {
      this.raiseRecoverable(start, "Cannot use 'await' as identifier inside an async function");
    }
    if (!(this.currentThisScope().flags & SCOPE_VAR) && name === "arguments") {
      this.raiseRecoverable(start, "Cannot use 'arguments' in class field initializer");
    }
    if (this.inClassStaticBlock && (name === "arguments" || name === "await")) {
      this.raise(start, "Cannot use " + name + " in class static initialization block");
    }
    if (this.keywords.test(name)) {
      this.raise(start, "Unexpected keyword '" + name + "'");
    }
    if (this.options.ecmaVersion < 6 && this.input.slice(start, end).indexOf("\\") !== -1) {
      return;
    }
    var re = this.strict ? this.reservedWordsStrict : this.reservedWords;
    if (re.test(name)) {
      if (!this.inAsync && name === "await") {
        this.raiseRecoverable(start, "Cannot use keyword 'await' outside an async function");
      }
      this.raiseRecoverable(start, "The keyword '" + name + "' is reserved");
    }
  };
  pp$5.parseIdent = function(liberal) {
    var node = this.parseIdentNode();
    this.next(!!liberal);
    this.finishNode(node, "Identifier");
    if (!liberal) {
      this.checkUnreserved(node);
      if (node.name === "await" && !this.awaitIdentPos) {
        this.awaitIdentPos = node.start;
      }
    }
    return node;
  };
  pp$5.parseIdentNode = function() {
    var node = this.startNode();
    if (this.type === types$1.name) {
      node.name = this.value;
    } else if (this.type.keyword) {
      node.name = this.type.keyword;
      if ((node.name === "class" || node.name === "function") && (this.lastTokEnd !== this.lastTokStart + 1 || this.input.charCodeAt(this.lastTokStart) !== 46)) {
        this.context.pop();
      }
      this.type = types$1.name;
    } else {
      this.unexpected();
    }
    return node;
  };
  pp$5.parsePrivateIdent = function() {
    var node = this.startNode();
    if (this.type === types$1.privateId) {
      node.name = this.value;
    } else {
      this.unexpected();
    }
    this.next();
    this.finishNode(node, "PrivateIdentifier");
    if (this.options.checkPrivateFields) {
      if (this.privateNameStack.length === 0) {
        this.raise(node.start, "Private field '#" + node.name + "' must be declared in an enclosing class");
      } else {
        this.privateNameStack[this.privateNameStack.length - 1].used.push(node);
      }
    }
    return node;
  };
  pp$5.parseYield = function(forInit) {
    if (!this.yieldPos) {
      this.yieldPos = this.start;
    }
    var node = this.startNode();
    this.next();
    if (this.type === types$1.semi || this.canInsertSemicolon() || this.type !== types$1.star && !this.type.startsExpr) {
      node.delegate = false;
      node.argument = null;
    } else {
      node.delegate = this.eat(types$1.star);
      node.argument = this.parseMaybeAssign(forInit);
    }
    return this.finishNode(node, "YieldExpression");
  };
  pp$5.parseAwait = function(forInit) {
    if (!this.awaitPos) {
      this.awaitPos = this.start;
    }
    var node = this.startNode();
    this.next();
    node.argument = this.parseMaybeUnary(null, true, false, forInit);
    return this.finishNode(node, "AwaitExpression");
  };
  var pp$4 = Parser.prototype;
  pp$4.raise = function(pos, message) {
    var loc = getLineInfo(this.input, pos);
    message += " (" + loc.line + ":" + loc.column + ")";
    if (this.sourceFile) {
      message += " in " + this.sourceFile;
    }
    var err = new SyntaxError(message);
    err.pos = pos;
    err.loc = loc;
    err.raisedAt = this.pos;
    throw err;
  };
  pp$4.raiseRecoverable = pp$4.raise;
  pp$4.curPosition = function() {
    if (this.options.locations) {
      return new Position(this.curLine, this.pos - this.lineStart);
    }
  };
  var pp$3 = Parser.prototype;
  var Scope = function Scope2(flags) {
    this.flags = flags;
    this.var = [];
    this.lexical = [];
    this.functions = [];
  };
  pp$3.enterScope = function(flags) {
    this.scopeStack.push(new Scope(flags));
  };
  pp$3.exitScope = function() {
    this.scopeStack.pop();
  };
  pp$3.treatFunctionsAsVarInScope = function(scope) {
    return scope.flags & SCOPE_FUNCTION || !this.inModule && scope.flags & SCOPE_TOP;
  };
  pp$3.declareName = function(name, bindingType, pos) {
    var redeclared = false;
    if (bindingType === BIND_LEXICAL) {
      var scope = this.currentScope();
      redeclared = scope.lexical.indexOf(name) > -1 || scope.functions.indexOf(name) > -1 || scope.var.indexOf(name) > -1;
      scope.lexical.push(name);
      if (this.inModule && scope.flags & SCOPE_TOP) {
        delete this.undefinedExports[name];
      }
    } else if (bindingType === BIND_SIMPLE_CATCH) {
      var scope$1 = this.currentScope();
      scope$1.lexical.push(name);
    } else if (bindingType === BIND_FUNCTION) {
      var scope$2 = this.currentScope();
      if (this.treatFunctionsAsVar) {
        redeclared = scope$2.lexical.indexOf(name) > -1;
      } else {
        redeclared = scope$2.lexical.indexOf(name) > -1 || scope$2.var.indexOf(name) > -1;
      }
      scope$2.functions.push(name);
    } else {
      for (var i = this.scopeStack.length - 1; i >= 0; --i) {
        var scope$3 = this.scopeStack[i];
        if (scope$3.lexical.indexOf(name) > -1 && !(scope$3.flags & SCOPE_SIMPLE_CATCH && scope$3.lexical[0] === name) || !this.treatFunctionsAsVarInScope(scope$3) && scope$3.functions.indexOf(name) > -1) {
          redeclared = true;
          break;
        }
        scope$3.var.push(name);
        if (this.inModule && scope$3.flags & SCOPE_TOP) {
          delete this.undefinedExports[name];
        }
        if (scope$3.flags & SCOPE_VAR) {
          break;
        }
      }
    }
    if (redeclared) {
      this.raiseRecoverable(pos, "Identifier '" + name + "' has already been declared");
    }
  };
  pp$3.checkLocalExport = function(id) {
    if (this.scopeStack[0].lexical.indexOf(id.name) === -1 && this.scopeStack[0].var.indexOf(id.name) === -1) {
      this.undefinedExports[id.name] = id;
    }
  };
  pp$3.currentScope = function() {
    return this.scopeStack[this.scopeStack.length - 1];
  };
  pp$3.currentVarScope = function() {
    for (var i = this.scopeStack.length - 1; ; i--) {
      var scope = this.scopeStack[i];
      if (scope.flags & (SCOPE_VAR | SCOPE_CLASS_FIELD_INIT | SCOPE_CLASS_STATIC_BLOCK)) {
        return scope;
      }
    }
  };
  pp$3.currentThisScope = function() {
    for (var i = this.scopeStack.length - 1; ; i--) {
      var scope = this.scopeStack[i];
      if (scope.flags & (SCOPE_VAR | SCOPE_CLASS_FIELD_INIT | SCOPE_CLASS_STATIC_BLOCK) && !(scope.flags & SCOPE_ARROW)) {
        return scope;
      }
    }
  };
  var Node = function Node2(parser, pos, loc) {
    this.type = "";
    this.start = pos;
    this.end = 0;
    if (parser.options.locations) {
      this.loc = new SourceLocation(parser, loc);
    }
    if (parser.options.directSourceFile) {
      this.sourceFile = parser.options.directSourceFile;
    }
    if (parser.options.ranges) {
      this.range = [pos, 0];
    }
  };
  var pp$2 = Parser.prototype;
  pp$2.startNode = function() {
    return new Node(this, this.start, this.startLoc);
  };
  pp$2.startNodeAt = function(pos, loc) {
    return new Node(this, pos, loc);
  };
  function finishNodeAt(node, type, pos, loc) {
    node.type = type;
    node.end = pos;
    if (this.options.locations) {
      node.loc.end = loc;
    }
    if (this.options.ranges) {
      node.range[1] = pos;
    }
    return node;
  }
  pp$2.finishNode = function(node, type) {
    return finishNodeAt.call(this, node, type, this.lastTokEnd, this.lastTokEndLoc);
  };
  pp$2.finishNodeAt = function(node, type, pos, loc) {
    return finishNodeAt.call(this, node, type, pos, loc);
  };
  pp$2.copyNode = function(node) {
    var newNode = new Node(this, node.start, this.startLoc);
    for (var prop in node) {
      newNode[prop] = node[prop];
    }
    return newNode;
  };
  var scriptValuesAddedInUnicode = "Berf Beria_Erfe Gara Garay Gukh Gurung_Khema Hrkt Katakana_Or_Hiragana Kawi Kirat_Rai Krai Nag_Mundari Nagm Ol_Onal Onao Sidetic Sidt Sunu Sunuwar Tai_Yo Tayo Todhri Todr Tolong_Siki Tols Tulu_Tigalari Tutg Unknown Zzzz";
  var ecma9BinaryProperties = "ASCII ASCII_Hex_Digit AHex Alphabetic Alpha Any Assigned Bidi_Control Bidi_C Bidi_Mirrored Bidi_M Case_Ignorable CI Cased Changes_When_Casefolded CWCF Changes_When_Casemapped CWCM Changes_When_Lowercased CWL Changes_When_NFKC_Casefolded CWKCF Changes_When_Titlecased CWT Changes_When_Uppercased CWU Dash Default_Ignorable_Code_Point DI Deprecated Dep Diacritic Dia Emoji Emoji_Component Emoji_Modifier Emoji_Modifier_Base Emoji_Presentation Extender Ext Grapheme_Base Gr_Base Grapheme_Extend Gr_Ext Hex_Digit Hex IDS_Binary_Operator IDSB IDS_Trinary_Operator IDST ID_Continue IDC ID_Start IDS Ideographic Ideo Join_Control Join_C Logical_Order_Exception LOE Lowercase Lower Math Noncharacter_Code_Point NChar Pattern_Syntax Pat_Syn Pattern_White_Space Pat_WS Quotation_Mark QMark Radical Regional_Indicator RI Sentence_Terminal STerm Soft_Dotted SD Terminal_Punctuation Term Unified_Ideograph UIdeo Uppercase Upper Variation_Selector VS White_Space space XID_Continue XIDC XID_Start XIDS";
  var ecma10BinaryProperties = ecma9BinaryProperties + " Extended_Pictographic";
  var ecma11BinaryProperties = ecma10BinaryProperties;
  var ecma12BinaryProperties = ecma11BinaryProperties + " EBase EComp EMod EPres ExtPict";
  var ecma13BinaryProperties = ecma12BinaryProperties;
  var ecma14BinaryProperties = ecma13BinaryProperties;
  var unicodeBinaryProperties = {
    9: ecma9BinaryProperties,
    10: ecma10BinaryProperties,
    11: ecma11BinaryProperties,
    12: ecma12BinaryProperties,
    13: ecma13BinaryProperties,
    14: ecma14BinaryProperties
  };
  var ecma14BinaryPropertiesOfStrings = "Basic_Emoji Emoji_Keycap_Sequence RGI_Emoji_Modifier_Sequence RGI_Emoji_Flag_Sequence RGI_Emoji_Tag_Sequence RGI_Emoji_ZWJ_Sequence RGI_Emoji";
  var unicodeBinaryPropertiesOfStrings = {
    9: "",
    10: "",
    11: "",
    12: "",
    13: "",
    14: ecma14BinaryPropertiesOfStrings
  };
  var unicodeGeneralCategoryValues = "Cased_Letter LC Close_Punctuation Pe Connector_Punctuation Pc Control Cc cntrl Currency_Symbol Sc Dash_Punctuation Pd Decimal_Number Nd digit Enclosing_Mark Me Final_Punctuation Pf Format Cf Initial_Punctuation Pi Letter L Letter_Number Nl Line_Separator Zl Lowercase_Letter Ll Mark M Combining_Mark Math_Symbol Sm Modifier_Letter Lm Modifier_Symbol Sk Nonspacing_Mark Mn Number N Open_Punctuation Ps Other C Other_Letter Lo Other_Number No Other_Punctuation Po Other_Symbol So Paragraph_Separator Zp Private_Use Co Punctuation P punct Separator Z Space_Separator Zs Spacing_Mark Mc Surrogate Cs Symbol S Titlecase_Letter Lt Unassigned Cn Uppercase_Letter Lu";
  var ecma9ScriptValues = "Adlam Adlm Ahom Anatolian_Hieroglyphs Hluw Arabic Arab Armenian Armn Avestan Avst Balinese Bali Bamum Bamu Bassa_Vah Bass Batak Batk Bengali Beng Bhaiksuki Bhks Bopomofo Bopo Brahmi Brah Braille Brai Buginese Bugi Buhid Buhd Canadian_Aboriginal Cans Carian Cari Caucasian_Albanian Aghb Chakma Cakm Cham Cham Cherokee Cher Common Zyyy Coptic Copt Qaac Cuneiform Xsux Cypriot Cprt Cyrillic Cyrl Deseret Dsrt Devanagari Deva Duployan Dupl Egyptian_Hieroglyphs Egyp Elbasan Elba Ethiopic Ethi Georgian Geor Glagolitic Glag Gothic Goth Grantha Gran Greek Grek Gujarati Gujr Gurmukhi Guru Han Hani Hangul Hang Hanunoo Hano Hatran Hatr Hebrew Hebr Hiragana Hira Imperial_Aramaic Armi Inherited Zinh Qaai Inscriptional_Pahlavi Phli Inscriptional_Parthian Prti Javanese Java Kaithi Kthi Kannada Knda Katakana Kana Kayah_Li Kali Kharoshthi Khar Khmer Khmr Khojki Khoj Khudawadi Sind Lao Laoo Latin Latn Lepcha Lepc Limbu Limb Linear_A Lina Linear_B Linb Lisu Lisu Lycian Lyci Lydian Lydi Mahajani Mahj Malayalam Mlym Mandaic Mand Manichaean Mani Marchen Marc Masaram_Gondi Gonm Meetei_Mayek Mtei Mende_Kikakui Mend Meroitic_Cursive Merc Meroitic_Hieroglyphs Mero Miao Plrd Modi Mongolian Mong Mro Mroo Multani Mult Myanmar Mymr Nabataean Nbat New_Tai_Lue Talu Newa Newa Nko Nkoo Nushu Nshu Ogham Ogam Ol_Chiki Olck Old_Hungarian Hung Old_Italic Ital Old_North_Arabian Narb Old_Permic Perm Old_Persian Xpeo Old_South_Arabian Sarb Old_Turkic Orkh Oriya Orya Osage Osge Osmanya Osma Pahawh_Hmong Hmng Palmyrene Palm Pau_Cin_Hau Pauc Phags_Pa Phag Phoenician Phnx Psalter_Pahlavi Phlp Rejang Rjng Runic Runr Samaritan Samr Saurashtra Saur Sharada Shrd Shavian Shaw Siddham Sidd SignWriting Sgnw Sinhala Sinh Sora_Sompeng Sora Soyombo Soyo Sundanese Sund Syloti_Nagri Sylo Syriac Syrc Tagalog Tglg Tagbanwa Tagb Tai_Le Tale Tai_Tham Lana Tai_Viet Tavt Takri Takr Tamil Taml Tangut Tang Telugu Telu Thaana Thaa Thai Thai Tibetan Tibt Tifinagh Tfng Tirhuta Tirh Ugaritic Ugar Vai Vaii Warang_Citi Wara Yi Yiii Zanabazar_Square Zanb";
  var ecma10ScriptValues = ecma9ScriptValues + " Dogra Dogr Gunjala_Gondi Gong Hanifi_Rohingya Rohg Makasar Maka Medefaidrin Medf Old_Sogdian Sogo Sogdian Sogd";
  var ecma11ScriptValues = ecma10ScriptValues + " Elymaic Elym Nandinagari Nand Nyiakeng_Puachue_Hmong Hmnp Wancho Wcho";
  var ecma12ScriptValues = ecma11ScriptValues + " Chorasmian Chrs Diak Dives_Akuru Khitan_Small_Script Kits Yezi Yezidi";
  var ecma13ScriptValues = ecma12ScriptValues + " Cypro_Minoan Cpmn Old_Uyghur Ougr Tangsa Tnsa Toto Vithkuqi Vith";
  var ecma14ScriptValues = ecma13ScriptValues + " " + scriptValuesAddedInUnicode;
  var unicodeScriptValues = {
    9: ecma9ScriptValues,
    10: ecma10ScriptValues,
    11: ecma11ScriptValues,
    12: ecma12ScriptValues,
    13: ecma13ScriptValues,
    14: ecma14ScriptValues
  };
  var data = {};
  function buildUnicodeData(ecmaVersion) {
    var d = data[ecmaVersion] = {
      binary: wordsRegexp(unicodeBinaryProperties[ecmaVersion] + " " + unicodeGeneralCategoryValues),
      binaryOfStrings: wordsRegexp(unicodeBinaryPropertiesOfStrings[ecmaVersion]),
      nonBinary: {
        General_Category: wordsRegexp(unicodeGeneralCategoryValues),
        Script: wordsRegexp(unicodeScriptValues[ecmaVersion])
      }
    };
    d.nonBinary.Script_Extensions = d.nonBinary.Script;
    d.nonBinary.gc = d.nonBinary.General_Category;
    d.nonBinary.sc = d.nonBinary.Script;
    d.nonBinary.scx = d.nonBinary.Script_Extensions;
  }
  for (i = 0, list = [9, 10, 11, 12, 13, 14]; i < list.length; i += 1) {
    ecmaVersion = list[i];
    buildUnicodeData(ecmaVersion);
  }
  var ecmaVersion;
  var i;
  var list;
  var pp$1 = Parser.prototype;
  var BranchID = function BranchID2(parent, base2) {
    this.parent = parent;
    this.base = base2 || this;
  };
  BranchID.prototype.separatedFrom = function separatedFrom(alt) {
    for (var self2 = this; self2; self2 = self2.parent) {
      for (var other = alt; other; other = other.parent) {
        if (self2.base === other.base && self2 !== other) {
          return true;
        }
      }
    }
    return false;
  };
  BranchID.prototype.sibling = function sibling() {
    return new BranchID(this.parent, this.base);
  };
  var RegExpValidationState = function RegExpValidationState2(parser) {
    this.parser = parser;
    this.validFlags = "gim" + (parser.options.ecmaVersion >= 6 ? "uy" : "") + (parser.options.ecmaVersion >= 9 ? "s" : "") + (parser.options.ecmaVersion >= 13 ? "d" : "") + (parser.options.ecmaVersion >= 15 ? "v" : "");
    this.unicodeProperties = data[parser.options.ecmaVersion >= 14 ? 14 : parser.options.ecmaVersion];
    this.source = "";
    this.flags = "";
    this.start = 0;
    this.switchU = false;
    this.switchV = false;
    this.switchN = false;
    this.pos = 0;
    this.lastIntValue = 0;
    this.lastStringValue = "";
    this.lastAssertionIsQuantifiable = false;
    this.numCapturingParens = 0;
    this.maxBackReference = 0;
    this.groupNames = /* @__PURE__ */ Object.create(null);
    this.backReferenceNames = [];
    this.branchID = null;
  };
  RegExpValidationState.prototype.reset = function reset(start, pattern, flags) {
    var unicodeSets = flags.indexOf("v") !== -1;
    var unicode = flags.indexOf("u") !== -1;
    this.start = start | 0;
    this.source = pattern + "";
    this.flags = flags;
    if (unicodeSets && this.parser.options.ecmaVersion >= 15) {
      this.switchU = true;
      this.switchV = true;
      this.switchN = true;
    } else {
      this.switchU = unicode && this.parser.options.ecmaVersion >= 6;
      this.switchV = false;
      this.switchN = unicode && this.parser.options.ecmaVersion >= 9;
    }
  };
  RegExpValidationState.prototype.raise = function raise(message) {
    this.parser.raiseRecoverable(this.start, "Invalid regular expression: /" + this.source + "/: " + message);
  };
  RegExpValidationState.prototype.at = function at(i, forceU) {
    if (forceU === void 0) forceU = false;
    var s = this.source;
    var l = s.length;
    if (i >= l) {
      return -1;
    }
    var c = s.charCodeAt(i);
    if (!(forceU || this.switchU) || c <= 55295 || c >= 57344 || i + 1 >= l) {
      return c;
    }
    var next = s.charCodeAt(i + 1);
    return next >= 56320 && next <= 57343 ? (c << 10) + next - 56613888 : c;
  };
  RegExpValidationState.prototype.nextIndex = function nextIndex(i, forceU) {
    if (forceU === void 0) forceU = false;
    var s = this.source;
    var l = s.length;
    if (i >= l) {
      return l;
    }
    var c = s.charCodeAt(i), next;
    if (!(forceU || this.switchU) || c <= 55295 || c >= 57344 || i + 1 >= l || (next = s.charCodeAt(i + 1)) < 56320 || next > 57343) {
      return i + 1;
    }
    return i + 2;
  };
  RegExpValidationState.prototype.current = function current(forceU) {
    if (forceU === void 0) forceU = false;
    return this.at(this.pos, forceU);
  };
  RegExpValidationState.prototype.lookahead = function lookahead(forceU) {
    if (forceU === void 0) forceU = false;
    return this.at(this.nextIndex(this.pos, forceU), forceU);
  };
  RegExpValidationState.prototype.advance = function advance(forceU) {
    if (forceU === void 0) forceU = false;
    this.pos = this.nextIndex(this.pos, forceU);
  };
  RegExpValidationState.prototype.eat = function eat(ch, forceU) {
    if (forceU === void 0) forceU = false;
    if (this.current(forceU) === ch) {
      this.advance(forceU);
      return true;
    }
    return false;
  };
  RegExpValidationState.prototype.eatChars = function eatChars(chs, forceU) {
    if (forceU === void 0) forceU = false;
    var pos = this.pos;
    for (var i = 0, list = chs; i < list.length; i += 1) {
      var ch = list[i];
      var current2 = this.at(pos, forceU);
      if (current2 === -1 || current2 !== ch) {
        return false;
      }
      pos = this.nextIndex(pos, forceU);
    }
    this.pos = pos;
    return true;
  };
  pp$1.validateRegExpFlags = function(state) {
    var validFlags = state.validFlags;
    var flags = state.flags;
    var u = false;
    var v = false;
    for (var i = 0; i < flags.length; i++) {
      var flag = flags.charAt(i);
      if (validFlags.indexOf(flag) === -1) {
        this.raise(state.start, "Invalid regular expression flag");
      }
      if (flags.indexOf(flag, i + 1) > -1) {
        this.raise(state.start, "Duplicate regular expression flag");
      }
      if (flag === "u") {
        u = true;
      }
      if (flag === "v") {
        v = true;
      }
    }
    if (this.options.ecmaVersion >= 15 && u && v) {
      this.raise(state.start, "Invalid regular expression flag");
    }
  };
  function hasProp(obj) {
    for (var _ in obj) {
      return true;
    }
    return false;
  }
  pp$1.validateRegExpPattern = function(state) {
    this.regexp_pattern(state);
    if (!state.switchN && this.options.ecmaVersion >= 9 && hasProp(state.groupNames)) {
      state.switchN = true;
      this.regexp_pattern(state);
    }
  };
  pp$1.regexp_pattern = function(state) {
    state.pos = 0;
    state.lastIntValue = 0;
    state.lastStringValue = "";
    state.lastAssertionIsQuantifiable = false;
    state.numCapturingParens = 0;
    state.maxBackReference = 0;
    state.groupNames = /* @__PURE__ */ Object.create(null);
    state.backReferenceNames.length = 0;
    state.branchID = null;
    this.regexp_disjunction(state);
    if (state.pos !== state.source.length) {
      if (state.eat(
        41
        /* ) */
      )) {
        state.raise("Unmatched ')'");
      }
      if (state.eat(
        93
        /* ] */
      ) || state.eat(
        125
        /* } */
      )) {
        state.raise("Lone quantifier brackets");
      }
    }
    if (state.maxBackReference > state.numCapturingParens) {
      state.raise("Invalid escape");
    }
    for (var i = 0, list = state.backReferenceNames; i < list.length; i += 1) {
      var name = list[i];
      if (!state.groupNames[name]) {
        state.raise("Invalid named capture referenced");
      }
    }
  };
  pp$1.regexp_disjunction = function(state) {
    var trackDisjunction = this.options.ecmaVersion >= 16;
    if (trackDisjunction) {
      state.branchID = new BranchID(state.branchID, null);
    }
    this.regexp_alternative(state);
    while (state.eat(
      124
      /* | */
    )) {
      if (trackDisjunction) {
        state.branchID = state.branchID.sibling();
      }
      this.regexp_alternative(state);
    }
    if (trackDisjunction) {
      state.branchID = state.branchID.parent;
    }
    if (this.regexp_eatQuantifier(state, true)) {
      state.raise("Nothing to repeat");
    }
    if (state.eat(
      123
      /* { */
    )) {
      state.raise("Lone quantifier brackets");
    }
  };
  pp$1.regexp_alternative = function(state) {
    while (state.pos < state.source.length && this.regexp_eatTerm(state)) {
    }
  };
  pp$1.regexp_eatTerm = function(state) {
    if (this.regexp_eatAssertion(state)) {
      if (state.lastAssertionIsQuantifiable && this.regexp_eatQuantifier(state)) {
        if (state.switchU) {
          state.raise("Invalid quantifier");
        }
      }
      return true;
    }
    if (state.switchU ? this.regexp_eatAtom(state) : this.regexp_eatExtendedAtom(state)) {
      this.regexp_eatQuantifier(state);
      return true;
    }
    return false;
  };
  pp$1.regexp_eatAssertion = function(state) {
    var start = state.pos;
    state.lastAssertionIsQuantifiable = false;
    if (state.eat(
      94
      /* ^ */
    ) || state.eat(
      36
      /* $ */
    )) {
      return true;
    }
    if (state.eat(
      92
      /* \ */
    )) {
      if (state.eat(
        66
        /* B */
      ) || state.eat(
        98
        /* b */
      )) {
        return true;
      }
      state.pos = start;
    }
    if (state.eat(
      40
      /* ( */
    ) && state.eat(
      63
      /* ? */
    )) {
      var lookbehind = false;
      if (this.options.ecmaVersion >= 9) {
        lookbehind = state.eat(
          60
          /* < */
        );
      }
      if (state.eat(
        61
        /* = */
      ) || state.eat(
        33
        /* ! */
      )) {
        this.regexp_disjunction(state);
        if (!state.eat(
          41
          /* ) */
        )) {
          state.raise("Unterminated group");
        }
        state.lastAssertionIsQuantifiable = !lookbehind;
        return true;
      }
    }
    state.pos = start;
    return false;
  };
  pp$1.regexp_eatQuantifier = function(state, noError) {
    if (noError === void 0) noError = false;
    if (this.regexp_eatQuantifierPrefix(state, noError)) {
      state.eat(
        63
        /* ? */
      );
      return true;
    }
    return false;
  };
  pp$1.regexp_eatQuantifierPrefix = function(state, noError) {
    return state.eat(
      42
      /* * */
    ) || state.eat(
      43
      /* + */
    ) || state.eat(
      63
      /* ? */
    ) || this.regexp_eatBracedQuantifier(state, noError);
  };
  pp$1.regexp_eatBracedQuantifier = function(state, noError) {
    var start = state.pos;
    if (state.eat(
      123
      /* { */
    )) {
      var min = 0, max = -1;
      if (this.regexp_eatDecimalDigits(state)) {
        min = state.lastIntValue;
        if (state.eat(
          44
          /* , */
        ) && this.regexp_eatDecimalDigits(state)) {
          max = state.lastIntValue;
        }
        if (state.eat(
          125
          /* } */
        )) {
          if (max !== -1 && max < min && !noError) {
            state.raise("numbers out of order in {} quantifier");
          }
          return true;
        }
      }
      if (state.switchU && !noError) {
        state.raise("Incomplete quantifier");
      }
      state.pos = start;
    }
    return false;
  };
  pp$1.regexp_eatAtom = function(state) {
    return this.regexp_eatPatternCharacters(state) || state.eat(
      46
      /* . */
    ) || this.regexp_eatReverseSolidusAtomEscape(state) || this.regexp_eatCharacterClass(state) || this.regexp_eatUncapturingGroup(state) || this.regexp_eatCapturingGroup(state);
  };
  pp$1.regexp_eatReverseSolidusAtomEscape = function(state) {
    var start = state.pos;
    if (state.eat(
      92
      /* \ */
    )) {
      if (this.regexp_eatAtomEscape(state)) {
        return true;
      }
      state.pos = start;
    }
    return false;
  };
  pp$1.regexp_eatUncapturingGroup = function(state) {
    var start = state.pos;
    if (state.eat(
      40
      /* ( */
    )) {
      if (state.eat(
        63
        /* ? */
      )) {
        if (this.options.ecmaVersion >= 16) {
          var addModifiers = this.regexp_eatModifiers(state);
          var hasHyphen = state.eat(
            45
            /* - */
          );
          if (addModifiers || hasHyphen) {
            for (var i = 0; i < addModifiers.length; i++) {
              var modifier = addModifiers.charAt(i);
              if (addModifiers.indexOf(modifier, i + 1) > -1) {
                state.raise("Duplicate regular expression modifiers");
              }
            }
            if (hasHyphen) {
              var removeModifiers = this.regexp_eatModifiers(state);
              if (!addModifiers && !removeModifiers && state.current() === 58) {
                state.raise("Invalid regular expression modifiers");
              }
              for (var i$1 = 0; i$1 < removeModifiers.length; i$1++) {
                var modifier$1 = removeModifiers.charAt(i$1);
                if (removeModifiers.indexOf(modifier$1, i$1 + 1) > -1 || addModifiers.indexOf(modifier$1) > -1) {
                  state.raise("Duplicate regular expression modifiers");
                }
              }
            }
          }
        }
        if (state.eat(
          58
          /* : */
        )) {
          this.regexp_disjunction(state);
          if (state.eat(
            41
            /* ) */
          )) {
            return true;
          }
          state.raise("Unterminated group");
        }
      }
      state.pos = start;
    }
    return false;
  };
  pp$1.regexp_eatCapturingGroup = function(state) {
    if (state.eat(
      40
      /* ( */
    )) {
      if (this.options.ecmaVersion >= 9) {
        this.regexp_groupSpecifier(state);
      } else if (state.current() === 63) {
        state.raise("Invalid group");
      }
      this.regexp_disjunction(state);
      if (state.eat(
        41
        /* ) */
      )) {
        state.numCapturingParens += 1;
        return true;
      }
      state.raise("Unterminated group");
    }
    return false;
  };
  pp$1.regexp_eatModifiers = function(state) {
    var modifiers = "";
    var ch = 0;
    while ((ch = state.current()) !== -1 && isRegularExpressionModifier(ch)) {
      modifiers += codePointToString(ch);
      state.advance();
    }
    return modifiers;
  };
  function isRegularExpressionModifier(ch) {
    return ch === 105 || ch === 109 || ch === 115;
  }
  pp$1.regexp_eatExtendedAtom = function(state) {
    return state.eat(
      46
      /* . */
    ) || this.regexp_eatReverseSolidusAtomEscape(state) || this.regexp_eatCharacterClass(state) || this.regexp_eatUncapturingGroup(state) || this.regexp_eatCapturingGroup(state) || this.regexp_eatInvalidBracedQuantifier(state) || this.regexp_eatExtendedPatternCharacter(state);
  };
  pp$1.regexp_eatInvalidBracedQuantifier = function(state) {
    if (this.regexp_eatBracedQuantifier(state, true)) {
      state.raise("Nothing to repeat");
    }
    return false;
  };
  pp$1.regexp_eatSyntaxCharacter = function(state) {
    var ch = state.current();
    if (isSyntaxCharacter(ch)) {
      state.lastIntValue = ch;
      state.advance();
      return true;
    }
    return false;
  };
  function isSyntaxCharacter(ch) {
    return ch === 36 || ch >= 40 && ch <= 43 || ch === 46 || ch === 63 || ch >= 91 && ch <= 94 || ch >= 123 && ch <= 125;
  }
  pp$1.regexp_eatPatternCharacters = function(state) {
    var start = state.pos;
    var ch = 0;
    while ((ch = state.current()) !== -1 && !isSyntaxCharacter(ch)) {
      state.advance();
    }
    return state.pos !== start;
  };
  pp$1.regexp_eatExtendedPatternCharacter = function(state) {
    var ch = state.current();
    if (ch !== -1 && ch !== 36 && !(ch >= 40 && ch <= 43) && ch !== 46 && ch !== 63 && ch !== 91 && ch !== 94 && ch !== 124) {
      state.advance();
      return true;
    }
    return false;
  };
  pp$1.regexp_groupSpecifier = function(state) {
    if (state.eat(
      63
      /* ? */
    )) {
      if (!this.regexp_eatGroupName(state)) {
        state.raise("Invalid group");
      }
      var trackDisjunction = this.options.ecmaVersion >= 16;
      var known = state.groupNames[state.lastStringValue];
      if (known) {
        if (trackDisjunction) {
          for (var i = 0, list = known; i < list.length; i += 1) {
            var altID = list[i];
            if (!altID.separatedFrom(state.branchID)) {
              state.raise("Duplicate capture group name");
            }
          }
        } else {
          state.raise("Duplicate capture group name");
        }
      }
      if (trackDisjunction) {
        (known || (state.groupNames[state.lastStringValue] = [])).push(state.branchID);
      } else {
        state.groupNames[state.lastStringValue] = true;
      }
    }
  };
  pp$1.regexp_eatGroupName = function(state) {
    state.lastStringValue = "";
    if (state.eat(
      60
      /* < */
    )) {
      if (this.regexp_eatRegExpIdentifierName(state) && state.eat(
        62
        /* > */
      )) {
        return true;
      }
      state.raise("Invalid capture group name");
    }
    return false;
  };
  pp$1.regexp_eatRegExpIdentifierName = function(state) {
    state.lastStringValue = "";
    if (this.regexp_eatRegExpIdentifierStart(state)) {
      state.lastStringValue += codePointToString(state.lastIntValue);
      while (this.regexp_eatRegExpIdentifierPart(state)) {
        state.lastStringValue += codePointToString(state.lastIntValue);
      }
      return true;
    }
    return false;
  };
  pp$1.regexp_eatRegExpIdentifierStart = function(state) {
    var start = state.pos;
    var forceU = this.options.ecmaVersion >= 11;
    var ch = state.current(forceU);
    state.advance(forceU);
    if (ch === 92 && this.regexp_eatRegExpUnicodeEscapeSequence(state, forceU)) {
      ch = state.lastIntValue;
    }
    if (isRegExpIdentifierStart(ch)) {
      state.lastIntValue = ch;
      return true;
    }
    state.pos = start;
    return false;
  };
  function isRegExpIdentifierStart(ch) {
    return isIdentifierStart(ch, true) || ch === 36 || ch === 95;
  }
  pp$1.regexp_eatRegExpIdentifierPart = function(state) {
    var start = state.pos;
    var forceU = this.options.ecmaVersion >= 11;
    var ch = state.current(forceU);
    state.advance(forceU);
    if (ch === 92 && this.regexp_eatRegExpUnicodeEscapeSequence(state, forceU)) {
      ch = state.lastIntValue;
    }
    if (isRegExpIdentifierPart(ch)) {
      state.lastIntValue = ch;
      return true;
    }
    state.pos = start;
    return false;
  };
  function isRegExpIdentifierPart(ch) {
    return isIdentifierChar(ch, true) || ch === 36 || ch === 95 || ch === 8204 || ch === 8205;
  }
  pp$1.regexp_eatAtomEscape = function(state) {
    if (this.regexp_eatBackReference(state) || this.regexp_eatCharacterClassEscape(state) || this.regexp_eatCharacterEscape(state) || state.switchN && this.regexp_eatKGroupName(state)) {
      return true;
    }
    if (state.switchU) {
      if (state.current() === 99) {
        state.raise("Invalid unicode escape");
      }
      state.raise("Invalid escape");
    }
    return false;
  };
  pp$1.regexp_eatBackReference = function(state) {
    var start = state.pos;
    if (this.regexp_eatDecimalEscape(state)) {
      var n = state.lastIntValue;
      if (state.switchU) {
        if (n > state.maxBackReference) {
          state.maxBackReference = n;
        }
        return true;
      }
      if (n <= state.numCapturingParens) {
        return true;
      }
      state.pos = start;
    }
    return false;
  };
  pp$1.regexp_eatKGroupName = function(state) {
    if (state.eat(
      107
      /* k */
    )) {
      if (this.regexp_eatGroupName(state)) {
        state.backReferenceNames.push(state.lastStringValue);
        return true;
      }
      state.raise("Invalid named reference");
    }
    return false;
  };
  pp$1.regexp_eatCharacterEscape = function(state) {
    return this.regexp_eatControlEscape(state) || this.regexp_eatCControlLetter(state) || this.regexp_eatZero(state) || this.regexp_eatHexEscapeSequence(state) || this.regexp_eatRegExpUnicodeEscapeSequence(state, false) || !state.switchU && this.regexp_eatLegacyOctalEscapeSequence(state) || this.regexp_eatIdentityEscape(state);
  };
  pp$1.regexp_eatCControlLetter = function(state) {
    var start = state.pos;
    if (state.eat(
      99
      /* c */
    )) {
      if (this.regexp_eatControlLetter(state)) {
        return true;
      }
      state.pos = start;
    }
    return false;
  };
  pp$1.regexp_eatZero = function(state) {
    if (state.current() === 48 && !isDecimalDigit(state.lookahead())) {
      state.lastIntValue = 0;
      state.advance();
      return true;
    }
    return false;
  };
  pp$1.regexp_eatControlEscape = function(state) {
    var ch = state.current();
    if (ch === 116) {
      state.lastIntValue = 9;
      state.advance();
      return true;
    }
    if (ch === 110) {
      state.lastIntValue = 10;
      state.advance();
      return true;
    }
    if (ch === 118) {
      state.lastIntValue = 11;
      state.advance();
      return true;
    }
    if (ch === 102) {
      state.lastIntValue = 12;
      state.advance();
      return true;
    }
    if (ch === 114) {
      state.lastIntValue = 13;
      state.advance();
      return true;
    }
    return false;
  };
  pp$1.regexp_eatControlLetter = function(state) {
    var ch = state.current();
    if (isControlLetter(ch)) {
      state.lastIntValue = ch % 32;
      state.advance();
      return true;
    }
    return false;
  };
  function isControlLetter(ch) {
    return ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122;
  }
  pp$1.regexp_eatRegExpUnicodeEscapeSequence = function(state, forceU) {
    if (forceU === void 0) forceU = false;
    var start = state.pos;
    var switchU = forceU || state.switchU;
    if (state.eat(
      117
      /* u */
    )) {
      if (this.regexp_eatFixedHexDigits(state, 4)) {
        var lead = state.lastIntValue;
        if (switchU && lead >= 55296 && lead <= 56319) {
          var leadSurrogateEnd = state.pos;
          if (state.eat(
            92
            /* \ */
          ) && state.eat(
            117
            /* u */
          ) && this.regexp_eatFixedHexDigits(state, 4)) {
            var trail = state.lastIntValue;
            if (trail >= 56320 && trail <= 57343) {
              state.lastIntValue = (lead - 55296) * 1024 + (trail - 56320) + 65536;
              return true;
            }
          }
          state.pos = leadSurrogateEnd;
          state.lastIntValue = lead;
        }
        return true;
      }
      if (switchU && state.eat(
        123
        /* { */
      ) && this.regexp_eatHexDigits(state) && state.eat(
        125
        /* } */
      ) && isValidUnicode(state.lastIntValue)) {
        return true;
      }
      if (switchU) {
        state.raise("Invalid unicode escape");
      }
      state.pos = start;
    }
    return false;
  };
  function isValidUnicode(ch) {
    return ch >= 0 && ch <= 1114111;
  }
  pp$1.regexp_eatIdentityEscape = function(state) {
    if (state.switchU) {
      if (this.regexp_eatSyntaxCharacter(state)) {
        return true;
      }
      if (state.eat(
        47
        /* / */
      )) {
        state.lastIntValue = 47;
        return true;
      }
      return false;
    }
    var ch = state.current();
    if (ch !== 99 && (!state.switchN || ch !== 107)) {
      state.lastIntValue = ch;
      state.advance();
      return true;
    }
    return false;
  };
  pp$1.regexp_eatDecimalEscape = function(state) {
    state.lastIntValue = 0;
    var ch = state.current();
    if (ch >= 49 && ch <= 57) {
      do {
        state.lastIntValue = 10 * state.lastIntValue + (ch - 48);
        state.advance();
      } while ((ch = state.current()) >= 48 && ch <= 57);
      return true;
    }
    return false;
  };
  var CharSetNone = 0;
  var CharSetOk = 1;
  var CharSetString = 2;
  pp$1.regexp_eatCharacterClassEscape = function(state) {
    var ch = state.current();
    if (isCharacterClassEscape(ch)) {
      state.lastIntValue = -1;
      state.advance();
      return CharSetOk;
    }
    var negate = false;
    if (state.switchU && this.options.ecmaVersion >= 9 && ((negate = ch === 80) || ch === 112)) {
      state.lastIntValue = -1;
      state.advance();
      var result;
      if (state.eat(
        123
        /* { */
      ) && (result = this.regexp_eatUnicodePropertyValueExpression(state)) && state.eat(
        125
        /* } */
      )) {
        if (negate && result === CharSetString) {
          state.raise("Invalid property name");
        }
        return result;
      }
      state.raise("Invalid property name");
    }
    return CharSetNone;
  };
  function isCharacterClassEscape(ch) {
    return ch === 100 || ch === 68 || ch === 115 || ch === 83 || ch === 119 || ch === 87;
  }
  pp$1.regexp_eatUnicodePropertyValueExpression = function(state) {
    var start = state.pos;
    if (this.regexp_eatUnicodePropertyName(state) && state.eat(
      61
      /* = */
    )) {
      var name = state.lastStringValue;
      if (this.regexp_eatUnicodePropertyValue(state)) {
        var value = state.lastStringValue;
        this.regexp_validateUnicodePropertyNameAndValue(state, name, value);
        return CharSetOk;
      }
    }
    state.pos = start;
    if (this.regexp_eatLoneUnicodePropertyNameOrValue(state)) {
      var nameOrValue = state.lastStringValue;
      return this.regexp_validateUnicodePropertyNameOrValue(state, nameOrValue);
    }
    return CharSetNone;
  };
  pp$1.regexp_validateUnicodePropertyNameAndValue = function(state, name, value) {
    if (!hasOwn(state.unicodeProperties.nonBinary, name)) {
      state.raise("Invalid property name");
    }
    if (!state.unicodeProperties.nonBinary[name].test(value)) {
      state.raise("Invalid property value");
    }
  };
  pp$1.regexp_validateUnicodePropertyNameOrValue = function(state, nameOrValue) {
    if (state.unicodeProperties.binary.test(nameOrValue)) {
      return CharSetOk;
    }
    if (state.switchV && state.unicodeProperties.binaryOfStrings.test(nameOrValue)) {
      return CharSetString;
    }
    state.raise("Invalid property name");
  };
  pp$1.regexp_eatUnicodePropertyName = function(state) {
    var ch = 0;
    state.lastStringValue = "";
    while (isUnicodePropertyNameCharacter(ch = state.current())) {
      state.lastStringValue += codePointToString(ch);
      state.advance();
    }
    return state.lastStringValue !== "";
  };
  function isUnicodePropertyNameCharacter(ch) {
    return isControlLetter(ch) || ch === 95;
  }
  pp$1.regexp_eatUnicodePropertyValue = function(state) {
    var ch = 0;
    state.lastStringValue = "";
    while (isUnicodePropertyValueCharacter(ch = state.current())) {
      state.lastStringValue += codePointToString(ch);
      state.advance();
    }
    return state.lastStringValue !== "";
  };
  function isUnicodePropertyValueCharacter(ch) {
    return isUnicodePropertyNameCharacter(ch) || isDecimalDigit(ch);
  }
  pp$1.regexp_eatLoneUnicodePropertyNameOrValue = function(state) {
    return this.regexp_eatUnicodePropertyValue(state);
  };
  pp$1.regexp_eatCharacterClass = function(state) {
    if (state.eat(
      91
      /* [ */
    )) {
      var negate = state.eat(
        94
        /* ^ */
      );
      var result = this.regexp_classContents(state);
      if (!state.eat(
        93
        /* ] */
      )) {
        state.raise("Unterminated character class");
      }
      if (negate && result === CharSetString) {
        state.raise("Negated character class may contain strings");
      }
      return true;
    }
    return false;
  };
  pp$1.regexp_classContents = function(state) {
    if (state.current() === 93) {
      return CharSetOk;
    }
    if (state.switchV) {
      return this.regexp_classSetExpression(state);
    }
    this.regexp_nonEmptyClassRanges(state);
    return CharSetOk;
  };
  pp$1.regexp_nonEmptyClassRanges = function(state) {
    while (this.regexp_eatClassAtom(state)) {
      var left = state.lastIntValue;
      if (state.eat(
        45
        /* - */
      ) && this.regexp_eatClassAtom(state)) {
        var right = state.lastIntValue;
        if (state.switchU && (left === -1 || right === -1)) {
          state.raise("Invalid character class");
        }
        if (left !== -1 && right !== -1 && left > right) {
          state.raise("Range out of order in character class");
        }
      }
    }
  };
  pp$1.regexp_eatClassAtom = function(state) {
    var start = state.pos;
    if (state.eat(
      92
      /* \ */
    )) {
      if (this.regexp_eatClassEscape(state)) {
        return true;
      }
      if (state.switchU) {
        var ch$1 = state.current();
        if (ch$1 === 99 || isOctalDigit(ch$1)) {
          state.raise("Invalid class escape");
        }
        state.raise("Invalid escape");
      }
      state.pos = start;
    }
    var ch = state.current();
    if (ch !== 93) {
      state.lastIntValue = ch;
      state.advance();
      return true;
    }
    return false;
  };
  pp$1.regexp_eatClassEscape = function(state) {
    var start = state.pos;
    if (state.eat(
      98
      /* b */
    )) {
      state.lastIntValue = 8;
      return true;
    }
    if (state.switchU && state.eat(
      45
      /* - */
    )) {
      state.lastIntValue = 45;
      return true;
    }
    if (!state.switchU && state.eat(
      99
      /* c */
    )) {
      if (this.regexp_eatClassControlLetter(state)) {
        return true;
      }
      state.pos = start;
    }
    return this.regexp_eatCharacterClassEscape(state) || this.regexp_eatCharacterEscape(state);
  };
  pp$1.regexp_classSetExpression = function(state) {
    var result = CharSetOk, subResult;
    if (this.regexp_eatClassSetRange(state)) ;
    else if (subResult = this.regexp_eatClassSetOperand(state)) {
      if (subResult === CharSetString) {
        result = CharSetString;
      }
      var start = state.pos;
      while (state.eatChars(
        [38, 38]
        /* && */
      )) {
        if (state.current() !== 38 && (subResult = this.regexp_eatClassSetOperand(state))) {
          if (subResult !== CharSetString) {
            result = CharSetOk;
          }
          continue;
        }
        state.raise("Invalid character in character class");
      }
      if (start !== state.pos) {
        return result;
      }
      while (state.eatChars(
        [45, 45]
        /* -- */
      )) {
        if (this.regexp_eatClassSetOperand(state)) {
          continue;
        }
        state.raise("Invalid character in character class");
      }
      if (start !== state.pos) {
        return result;
      }
    } else {
      state.raise("Invalid character in character class");
    }
    for (; ; ) {
      if (this.regexp_eatClassSetRange(state)) {
        continue;
      }
      subResult = this.regexp_eatClassSetOperand(state);
      if (!subResult) {
        return result;
      }
      if (subResult === CharSetString) {
        result = CharSetString;
      }
    }
  };
  pp$1.regexp_eatClassSetRange = function(state) {
    var start = state.pos;
    if (this.regexp_eatClassSetCharacter(state)) {
      var left = state.lastIntValue;
      if (state.eat(
        45
        /* - */
      ) && this.regexp_eatClassSetCharacter(state)) {
        var right = state.lastIntValue;
        if (left !== -1 && right !== -1 && left > right) {
          state.raise("Range out of order in character class");
        }
        return true;
      }
      state.pos = start;
    }
    return false;
  };
  pp$1.regexp_eatClassSetOperand = function(state) {
    if (this.regexp_eatClassSetCharacter(state)) {
      return CharSetOk;
    }
    return this.regexp_eatClassStringDisjunction(state) || this.regexp_eatNestedClass(state);
  };
  pp$1.regexp_eatNestedClass = function(state) {
    var start = state.pos;
    if (state.eat(
      91
      /* [ */
    )) {
      var negate = state.eat(
        94
        /* ^ */
      );
      var result = this.regexp_classContents(state);
      if (state.eat(
        93
        /* ] */
      )) {
        if (negate && result === CharSetString) {
          state.raise("Negated character class may contain strings");
        }
        return result;
      }
      state.pos = start;
    }
    if (state.eat(
      92
      /* \ */
    )) {
      var result$1 = this.regexp_eatCharacterClassEscape(state);
      if (result$1) {
        return result$1;
      }
      state.pos = start;
    }
    return null;
  };
  pp$1.regexp_eatClassStringDisjunction = function(state) {
    var start = state.pos;
    if (state.eatChars(
      [92, 113]
      /* \q */
    )) {
      if (state.eat(
        123
        /* { */
      )) {
        var result = this.regexp_classStringDisjunctionContents(state);
        if (state.eat(
          125
          /* } */
        )) {
          return result;
        }
      } else {
        state.raise("Invalid escape");
      }
      state.pos = start;
    }
    return null;
  };
  pp$1.regexp_classStringDisjunctionContents = function(state) {
    var result = this.regexp_classString(state);
    while (state.eat(
      124
      /* | */
    )) {
      if (this.regexp_classString(state) === CharSetString) {
        result = CharSetString;
      }
    }
    return result;
  };
  pp$1.regexp_classString = function(state) {
    var count = 0;
    while (this.regexp_eatClassSetCharacter(state)) {
      count++;
    }
    return count === 1 ? CharSetOk : CharSetString;
  };
  pp$1.regexp_eatClassSetCharacter = function(state) {
    var start = state.pos;
    if (state.eat(
      92
      /* \ */
    )) {
      if (this.regexp_eatCharacterEscape(state) || this.regexp_eatClassSetReservedPunctuator(state)) {
        return true;
      }
      if (state.eat(
        98
        /* b */
      )) {
        state.lastIntValue = 8;
        return true;
      }
      state.pos = start;
      return false;
    }
    var ch = state.current();
    if (ch < 0 || ch === state.lookahead() && isClassSetReservedDoublePunctuatorCharacter(ch)) {
      return false;
    }
    if (isClassSetSyntaxCharacter(ch)) {
      return false;
    }
    state.advance();
    state.lastIntValue = ch;
    return true;
  };
  function isClassSetReservedDoublePunctuatorCharacter(ch) {
    return ch === 33 || ch >= 35 && ch <= 38 || ch >= 42 && ch <= 44 || ch === 46 || ch >= 58 && ch <= 64 || ch === 94 || ch === 96 || ch === 126;
  }
  function isClassSetSyntaxCharacter(ch) {
    return ch === 40 || ch === 41 || ch === 45 || ch === 47 || ch >= 91 && ch <= 93 || ch >= 123 && ch <= 125;
  }
  pp$1.regexp_eatClassSetReservedPunctuator = function(state) {
    var ch = state.current();
    if (isClassSetReservedPunctuator(ch)) {
      state.lastIntValue = ch;
      state.advance();
      return true;
    }
    return false;
  };
  function isClassSetReservedPunctuator(ch) {
    return ch === 33 || ch === 35 || ch === 37 || ch === 38 || ch === 44 || ch === 45 || ch >= 58 && ch <= 62 || ch === 64 || ch === 96 || ch === 126;
  }
  pp$1.regexp_eatClassControlLetter = function(state) {
    var ch = state.current();
    if (isDecimalDigit(ch) || ch === 95) {
      state.lastIntValue = ch % 32;
      state.advance();
      return true;
    }
    return false;
  };
  pp$1.regexp_eatHexEscapeSequence = function(state) {
    var start = state.pos;
    if (state.eat(
      120
      /* x */
    )) {
      if (this.regexp_eatFixedHexDigits(state, 2)) {
        return true;
      }
      if (state.switchU) {
        state.raise("Invalid escape");
      }
      state.pos = start;
    }
    return false;
  };
  pp$1.regexp_eatDecimalDigits = function(state) {
    var start = state.pos;
    var ch = 0;
    state.lastIntValue = 0;
    while (isDecimalDigit(ch = state.current())) {
      state.lastIntValue = 10 * state.lastIntValue + (ch - 48);
      state.advance();
    }
    return state.pos !== start;
  };
  function isDecimalDigit(ch) {
    return ch >= 48 && ch <= 57;
  }
  pp$1.regexp_eatHexDigits = function(state) {
    var start = state.pos;
    var ch = 0;
    state.lastIntValue = 0;
    while (isHexDigit(ch = state.current())) {
      state.lastIntValue = 16 * state.lastIntValue + hexToInt(ch);
      state.advance();
    }
    return state.pos !== start;
  };
  function isHexDigit(ch) {
    return ch >= 48 && ch <= 57 || ch >= 65 && ch <= 70 || ch >= 97 && ch <= 102;
  }
  function hexToInt(ch) {
    if (ch >= 65 && ch <= 70) {
      return 10 + (ch - 65);
    }
    if (ch >= 97 && ch <= 102) {
      return 10 + (ch - 97);
    }
    return ch - 48;
  }
  pp$1.regexp_eatLegacyOctalEscapeSequence = function(state) {
    if (this.regexp_eatOctalDigit(state)) {
      var n1 = state.lastIntValue;
      if (this.regexp_eatOctalDigit(state)) {
        var n2 = state.lastIntValue;
        if (n1 <= 3 && this.regexp_eatOctalDigit(state)) {
          state.lastIntValue = n1 * 64 + n2 * 8 + state.lastIntValue;
        } else {
          state.lastIntValue = n1 * 8 + n2;
        }
      } else {
        state.lastIntValue = n1;
      }
      return true;
    }
    return false;
  };
  pp$1.regexp_eatOctalDigit = function(state) {
    var ch = state.current();
    if (isOctalDigit(ch)) {
      state.lastIntValue = ch - 48;
      state.advance();
      return true;
    }
    state.lastIntValue = 0;
    return false;
  };
  function isOctalDigit(ch) {
    return ch >= 48 && ch <= 55;
  }
  pp$1.regexp_eatFixedHexDigits = function(state, length) {
    var start = state.pos;
    state.lastIntValue = 0;
    for (var i = 0; i < length; ++i) {
      var ch = state.current();
      if (!isHexDigit(ch)) {
        state.pos = start;
        return false;
      }
      state.lastIntValue = 16 * state.lastIntValue + hexToInt(ch);
      state.advance();
    }
    return true;
  };
  var Token = function Token2(p) {
    this.type = p.type;
    this.value = p.value;
    this.start = p.start;
    this.end = p.end;
    if (p.options.locations) {
      this.loc = new SourceLocation(p, p.startLoc, p.endLoc);
    }
    if (p.options.ranges) {
      this.range = [p.start, p.end];
    }
  };
  var pp = Parser.prototype;
  pp.next = function(ignoreEscapeSequenceInKeyword) {
    if (!ignoreEscapeSequenceInKeyword && this.type.keyword && this.containsEsc) {
      this.raiseRecoverable(this.start, "Escape sequence in keyword " + this.type.keyword);
    }
    if (this.options.onToken) {
      this.options.onToken(new Token(this));
    }
    this.lastTokEnd = this.end;
    this.lastTokStart = this.start;
    this.lastTokEndLoc = this.endLoc;
    this.lastTokStartLoc = this.startLoc;
    this.nextToken();
  };
  pp.getToken = function() {
    this.next();
    return new Token(this);
  };
  if (typeof Symbol !== "undefined") {
    pp[Symbol.iterator] = function() {
      var this$1$1 = this;
      return {
        next: function() {
          var token = this$1$1.getToken();
          return {
            done: token.type === types$1.eof,
            value: token
          };
        }
      };
    };
  }
  pp.nextToken = function() {
    var curContext = this.curContext();
    if (!curContext || !curContext.preserveSpace) {
      this.skipSpace();
    }
    this.start = this.pos;
    if (this.options.locations) {
      this.startLoc = this.curPosition();
    }
    if (this.pos >= this.input.length) {
      return this.finishToken(types$1.eof);
    }
    if (curContext.override) {
      return curContext.override(this);
    } else {
      this.readToken(this.fullCharCodeAtPos());
    }
  };
  pp.readToken = function(code) {
    if (isIdentifierStart(code, this.options.ecmaVersion >= 6) || code === 92) {
      return this.readWord();
    }
    return this.getTokenFromCode(code);
  };
  pp.fullCharCodeAt = function(pos) {
    var code = this.input.charCodeAt(pos);
    if (code <= 55295 || code >= 56320) {
      return code;
    }
    var next = this.input.charCodeAt(pos + 1);
    return next <= 56319 || next >= 57344 ? code : (code << 10) + next - 56613888;
  };
  pp.fullCharCodeAtPos = function() {
    return this.fullCharCodeAt(this.pos);
  };
  pp.skipBlockComment = function() {
    var startLoc = this.options.onComment && this.curPosition();
    var start = this.pos, end = this.input.indexOf("*/", this.pos += 2);
    if (end === -1) {
      this.raise(this.pos - 2, "Unterminated comment");
    }
    this.pos = end + 2;
    if (this.options.locations) {
      for (var nextBreak = void 0, pos = start; (nextBreak = nextLineBreak(this.input, pos, this.pos)) > -1; ) {
        ++this.curLine;
        pos = this.lineStart = nextBreak;
      }
    }
    if (this.options.onComment) {
      this.options.onComment(
        true,
        this.input.slice(start + 2, end),
        start,
        this.pos,
        startLoc,
        this.curPosition()
      );
    }
  };
  pp.skipLineComment = function(startSkip) {
    var start = this.pos;
    var startLoc = this.options.onComment && this.curPosition();
    var ch = this.input.charCodeAt(this.pos += startSkip);
    while (this.pos < this.input.length && !isNewLine(ch)) {
      ch = this.input.charCodeAt(++this.pos);
    }
    if (this.options.onComment) {
      this.options.onComment(
        false,
        this.input.slice(start + startSkip, this.pos),
        start,
        this.pos,
        startLoc,
        this.curPosition()
      );
    }
  };
  pp.skipSpace = function() {
    loop: while (this.pos < this.input.length) {
      var ch = this.input.charCodeAt(this.pos);
      switch (ch) {
        case 32:
        case 160:
          ++this.pos;
          break;
        case 13:
          if (this.input.charCodeAt(this.pos + 1) === 10) {
            ++this.pos;
          }
        case 10:
        case 8232:
        case 8233:
          ++this.pos;
          if (this.options.locations) {
            ++this.curLine;
            this.lineStart = this.pos;
          }
          break;
        case 47:
          switch (this.input.charCodeAt(this.pos + 1)) {
            case 42:
              this.skipBlockComment();
              break;
            case 47:
              this.skipLineComment(2);
              break;
            default:
              break loop;
          }
          break;
        default:
          if (ch > 8 && ch < 14 || ch >= 5760 && nonASCIIwhitespace.test(String.fromCharCode(ch))) {
            ++this.pos;
          } else {
            break loop;
          }
      }
    }
  };
  pp.finishToken = function(type, val) {
    this.end = this.pos;
    if (this.options.locations) {
      this.endLoc = this.curPosition();
    }
    var prevType = this.type;
    this.type = type;
    this.value = val;
    this.updateContext(prevType);
  };
  pp.readToken_dot = function() {
    var next = this.input.charCodeAt(this.pos + 1);
    if (next >= 48 && next <= 57) {
      return this.readNumber(true);
    }
    var next2 = this.input.charCodeAt(this.pos + 2);
    if (this.options.ecmaVersion >= 6 && next === 46 && next2 === 46) {
      this.pos += 3;
      return this.finishToken(types$1.ellipsis);
    } else {
      ++this.pos;
      return this.finishToken(types$1.dot);
    }
  };
  pp.readToken_slash = function() {
    var next = this.input.charCodeAt(this.pos + 1);
    if (this.exprAllowed) {
      ++this.pos;
      return this.readRegexp();
    }
    if (next === 61) {
      return this.finishOp(types$1.assign, 2);
    }
    return this.finishOp(types$1.slash, 1);
  };
  pp.readToken_mult_modulo_exp = function(code) {
    var next = this.input.charCodeAt(this.pos + 1);
    var size = 1;
    var tokentype = code === 42 ? types$1.star : types$1.modulo;
    if (this.options.ecmaVersion >= 7 && code === 42 && next === 42) {
      ++size;
      tokentype = types$1.starstar;
      next = this.input.charCodeAt(this.pos + 2);
    }
    if (next === 61) {
      return this.finishOp(types$1.assign, size + 1);
    }
    return this.finishOp(tokentype, size);
  };
  pp.readToken_pipe_amp = function(code) {
    var next = this.input.charCodeAt(this.pos + 1);
    if (next === code) {
      if (this.options.ecmaVersion >= 12) {
        var next2 = this.input.charCodeAt(this.pos + 2);
        if (next2 === 61) {
          return this.finishOp(types$1.assign, 3);
        }
      }
      return this.finishOp(code === 124 ? types$1.logicalOR : types$1.logicalAND, 2);
    }
    if (next === 61) {
      return this.finishOp(types$1.assign, 2);
    }
    return this.finishOp(code === 124 ? types$1.bitwiseOR : types$1.bitwiseAND, 1);
  };
  pp.readToken_caret = function() {
    var next = this.input.charCodeAt(this.pos + 1);
    if (next === 61) {
      return this.finishOp(types$1.assign, 2);
    }
    return this.finishOp(types$1.bitwiseXOR, 1);
  };
  pp.readToken_plus_min = function(code) {
    var next = this.input.charCodeAt(this.pos + 1);
    if (next === code) {
      if (next === 45 && !this.inModule && this.input.charCodeAt(this.pos + 2) === 62 && (this.lastTokEnd === 0 || lineBreak.test(this.input.slice(this.lastTokEnd, this.pos)))) {
        this.skipLineComment(3);
        this.skipSpace();
        return this.nextToken();
      }
      return this.finishOp(types$1.incDec, 2);
    }
    if (next === 61) {
      return this.finishOp(types$1.assign, 2);
    }
    return this.finishOp(types$1.plusMin, 1);
  };
  pp.readToken_lt_gt = function(code) {
    var next = this.input.charCodeAt(this.pos + 1);
    var size = 1;
    if (next === code) {
      size = code === 62 && this.input.charCodeAt(this.pos + 2) === 62 ? 3 : 2;
      if (this.input.charCodeAt(this.pos + size) === 61) {
        return this.finishOp(types$1.assign, size + 1);
      }
      return this.finishOp(types$1.bitShift, size);
    }
    if (next === 33 && code === 60 && !this.inModule && this.input.charCodeAt(this.pos + 2) === 45 && this.input.charCodeAt(this.pos + 3) === 45) {
      this.skipLineComment(4);
      this.skipSpace();
      return this.nextToken();
    }
    if (next === 61) {
      size = 2;
    }
    return this.finishOp(types$1.relational, size);
  };
  pp.readToken_eq_excl = function(code) {
    var next = this.input.charCodeAt(this.pos + 1);
    if (next === 61) {
      return this.finishOp(types$1.equality, this.input.charCodeAt(this.pos + 2) === 61 ? 3 : 2);
    }
    if (code === 61 && next === 62 && this.options.ecmaVersion >= 6) {
      this.pos += 2;
      return this.finishToken(types$1.arrow);
    }
    return this.finishOp(code === 61 ? types$1.eq : types$1.prefix, 1);
  };
  pp.readToken_question = function() {
    var ecmaVersion = this.options.ecmaVersion;
    if (ecmaVersion >= 11) {
      var next = this.input.charCodeAt(this.pos + 1);
      if (next === 46) {
        var next2 = this.input.charCodeAt(this.pos + 2);
        if (next2 < 48 || next2 > 57) {
          return this.finishOp(types$1.questionDot, 2);
        }
      }
      if (next === 63) {
        if (ecmaVersion >= 12) {
          var next2$1 = this.input.charCodeAt(this.pos + 2);
          if (next2$1 === 61) {
            return this.finishOp(types$1.assign, 3);
          }
        }
        return this.finishOp(types$1.coalesce, 2);
      }
    }
    return this.finishOp(types$1.question, 1);
  };
  pp.readToken_numberSign = function() {
    var ecmaVersion = this.options.ecmaVersion;
    var code = 35;
    if (ecmaVersion >= 13) {
      ++this.pos;
      code = this.fullCharCodeAtPos();
      if (isIdentifierStart(code, true) || code === 92) {
        return this.finishToken(types$1.privateId, this.readWord1());
      }
    }
    this.raise(this.pos, "Unexpected character '" + codePointToString(code) + "'");
  };
  pp.getTokenFromCode = function(code) {
    switch (code) {
      // The interpretation of a dot depends on whether it is followed
      // by a digit or another two dots.
      case 46:
        return this.readToken_dot();
      // Punctuation tokens.
      case 40:
        ++this.pos;
        return this.finishToken(types$1.parenL);
      case 41:
        ++this.pos;
        return this.finishToken(types$1.parenR);
      case 59:
        ++this.pos;
        return this.finishToken(types$1.semi);
      case 44:
        ++this.pos;
        return this.finishToken(types$1.comma);
      case 91:
        ++this.pos;
        return this.finishToken(types$1.bracketL);
      case 93:
        ++this.pos;
        return this.finishToken(types$1.bracketR);
      case 123:
        ++this.pos;
        return this.finishToken(types$1.braceL);
      case 125:
        ++this.pos;
        return this.finishToken(types$1.braceR);
      case 58:
        ++this.pos;
        return this.finishToken(types$1.colon);
      case 96:
        if (this.options.ecmaVersion < 6) {
          break;
        }
        ++this.pos;
        return this.finishToken(types$1.backQuote);
      case 48:
        var next = this.input.charCodeAt(this.pos + 1);
        if (next === 120 || next === 88) {
          return this.readRadixNumber(16);
        }
        if (this.options.ecmaVersion >= 6) {
          if (next === 111 || next === 79) {
            return this.readRadixNumber(8);
          }
          if (next === 98 || next === 66) {
            return this.readRadixNumber(2);
          }
        }
      // Anything else beginning with a digit is an integer, octal
      // number, or float.
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        return this.readNumber(false);
      // Quotes produce strings.
      case 34:
      case 39:
        return this.readString(code);
      // Operators are parsed inline in tiny state machines. '=' (61) is
      // often referred to. `finishOp` simply skips the amount of
      // characters it is given as second argument, and returns a token
      // of the type given by its first argument.
      case 47:
        return this.readToken_slash();
      case 37:
      case 42:
        return this.readToken_mult_modulo_exp(code);
      case 124:
      case 38:
        return this.readToken_pipe_amp(code);
      case 94:
        return this.readToken_caret();
      case 43:
      case 45:
        return this.readToken_plus_min(code);
      case 60:
      case 62:
        return this.readToken_lt_gt(code);
      case 61:
      case 33:
        return this.readToken_eq_excl(code);
      case 63:
        return this.readToken_question();
      case 126:
        return this.finishOp(types$1.prefix, 1);
      case 35:
        return this.readToken_numberSign();
    }
    this.raise(this.pos, "Unexpected character '" + codePointToString(code) + "'");
  };
  pp.finishOp = function(type, size) {
    var str = this.input.slice(this.pos, this.pos + size);
    this.pos += size;
    return this.finishToken(type, str);
  };
  pp.readRegexp = function() {
    var escaped, inClass, start = this.pos;
    for (; ; ) {
      if (this.pos >= this.input.length) {
        this.raise(start, "Unterminated regular expression");
      }
      var ch = this.input.charAt(this.pos);
      if (lineBreak.test(ch)) {
        this.raise(start, "Unterminated regular expression");
      }
      if (!escaped) {
        if (ch === "[") {
          inClass = true;
        } else if (ch === "]" && inClass) {
          inClass = false;
        } else if (ch === "/" && !inClass) {
          break;
        }
        escaped = ch === "\\";
      } else {
        escaped = false;
      }
      ++this.pos;
    }
    var pattern = this.input.slice(start, this.pos);
    ++this.pos;
    var flagsStart = this.pos;
    var flags = this.readWord1();
    if (this.containsEsc) {
      this.unexpected(flagsStart);
    }
    var state = this.regexpState || (this.regexpState = new RegExpValidationState(this));
    state.reset(start, pattern, flags);
    this.validateRegExpFlags(state);
    this.validateRegExpPattern(state);
    var value = null;
    try {
      value = new RegExp(pattern, flags);
    } catch (e) {
    }
    return this.finishToken(types$1.regexp, { pattern, flags, value });
  };
  pp.readInt = function(radix, len, maybeLegacyOctalNumericLiteral) {
    var allowSeparators = this.options.ecmaVersion >= 12 && len === void 0;
    var isLegacyOctalNumericLiteral = maybeLegacyOctalNumericLiteral && this.input.charCodeAt(this.pos) === 48;
    var start = this.pos, total = 0, lastCode = 0;
    for (var i = 0, e = len == null ? Infinity : len; i < e; ++i, ++this.pos) {
      var code = this.input.charCodeAt(this.pos), val = void 0;
      if (allowSeparators && code === 95) {
        if (isLegacyOctalNumericLiteral) {
          this.raiseRecoverable(this.pos, "Numeric separator is not allowed in legacy octal numeric literals");
        }
        if (lastCode === 95) {
          this.raiseRecoverable(this.pos, "Numeric separator must be exactly one underscore");
        }
        if (i === 0) {
          this.raiseRecoverable(this.pos, "Numeric separator is not allowed at the first of digits");
        }
        lastCode = code;
        continue;
      }
      if (code >= 97) {
        val = code - 97 + 10;
      } else if (code >= 65) {
        val = code - 65 + 10;
      } else if (code >= 48 && code <= 57) {
        val = code - 48;
      } else {
        val = Infinity;
      }
      if (val >= radix) {
        break;
      }
      lastCode = code;
      total = total * radix + val;
    }
    if (allowSeparators && lastCode === 95) {
      this.raiseRecoverable(this.pos - 1, "Numeric separator is not allowed at the last of digits");
    }
    if (this.pos === start || len != null && this.pos - start !== len) {
      return null;
    }
    return total;
  };
  function stringToNumber(str, isLegacyOctalNumericLiteral) {
    if (isLegacyOctalNumericLiteral) {
      return parseInt(str, 8);
    }
    return parseFloat(str.replace(/_/g, ""));
  }
  function stringToBigInt(str) {
    if (typeof BigInt !== "function") {
      return null;
    }
    return BigInt(str.replace(/_/g, ""));
  }
  pp.readRadixNumber = function(radix) {
    var start = this.pos;
    this.pos += 2;
    var val = this.readInt(radix);
    if (val == null) {
      this.raise(this.start + 2, "Expected number in radix " + radix);
    }
    if (this.options.ecmaVersion >= 11 && this.input.charCodeAt(this.pos) === 110) {
      val = stringToBigInt(this.input.slice(start, this.pos));
      ++this.pos;
    } else if (isIdentifierStart(this.fullCharCodeAtPos())) {
      this.raise(this.pos, "Identifier directly after number");
    }
    return this.finishToken(types$1.num, val);
  };
  pp.readNumber = function(startsWithDot) {
    var start = this.pos;
    if (!startsWithDot && this.readInt(10, void 0, true) === null) {
      this.raise(start, "Invalid number");
    }
    var octal = this.pos - start >= 2 && this.input.charCodeAt(start) === 48;
    if (octal && this.strict) {
      this.raise(start, "Invalid number");
    }
    var next = this.input.charCodeAt(this.pos);
    if (!octal && !startsWithDot && this.options.ecmaVersion >= 11 && next === 110) {
      var val$1 = stringToBigInt(this.input.slice(start, this.pos));
      ++this.pos;
      if (isIdentifierStart(this.fullCharCodeAtPos())) {
        this.raise(this.pos, "Identifier directly after number");
      }
      return this.finishToken(types$1.num, val$1);
    }
    if (octal && /[89]/.test(this.input.slice(start, this.pos))) {
      octal = false;
    }
    if (next === 46 && !octal) {
      ++this.pos;
      this.readInt(10);
      next = this.input.charCodeAt(this.pos);
    }
    if ((next === 69 || next === 101) && !octal) {
      next = this.input.charCodeAt(++this.pos);
      if (next === 43 || next === 45) {
        ++this.pos;
      }
      if (this.readInt(10) === null) {
        this.raise(start, "Invalid number");
      }
    }
    if (isIdentifierStart(this.fullCharCodeAtPos())) {
      this.raise(this.pos, "Identifier directly after number");
    }
    var val = stringToNumber(this.input.slice(start, this.pos), octal);
    return this.finishToken(types$1.num, val);
  };
  pp.readCodePoint = function() {
    var ch = this.input.charCodeAt(this.pos), code;
    if (ch === 123) {
      if (this.options.ecmaVersion < 6) {
        this.unexpected();
      }
      var codePos = ++this.pos;
      code = this.readHexChar(this.input.indexOf("}", this.pos) - this.pos);
      ++this.pos;
      if (code > 1114111) {
        this.invalidStringToken(codePos, "Code point out of bounds");
      }
    } else {
      code = this.readHexChar(4);
    }
    return code;
  };
  pp.readString = function(quote) {
    var out = "", chunkStart = ++this.pos;
    for (; ; ) {
      if (this.pos >= this.input.length) {
        this.raise(this.start, "Unterminated string constant");
      }
      var ch = this.input.charCodeAt(this.pos);
      if (ch === quote) {
        break;
      }
      if (ch === 92) {
        out += this.input.slice(chunkStart, this.pos);
        out += this.readEscapedChar(false);
        chunkStart = this.pos;
      } else if (ch === 8232 || ch === 8233) {
        if (this.options.ecmaVersion < 10) {
          this.raise(this.start, "Unterminated string constant");
        }
        ++this.pos;
        if (this.options.locations) {
          this.curLine++;
          this.lineStart = this.pos;
        }
      } else {
        if (isNewLine(ch)) {
          this.raise(this.start, "Unterminated string constant");
        }
        ++this.pos;
      }
    }
    out += this.input.slice(chunkStart, this.pos++);
    return this.finishToken(types$1.string, out);
  };
  var INVALID_TEMPLATE_ESCAPE_ERROR = {};
  pp.tryReadTemplateToken = function() {
    this.inTemplateElement = true;
    try {
      this.readTmplToken();
    } catch (err) {
      if (err === INVALID_TEMPLATE_ESCAPE_ERROR) {
        this.readInvalidTemplateToken();
      } else {
        throw err;
      }
    }
    this.inTemplateElement = false;
  };
  pp.invalidStringToken = function(position, message) {
    if (this.inTemplateElement && this.options.ecmaVersion >= 9) {
      throw INVALID_TEMPLATE_ESCAPE_ERROR;
    } else {
      this.raise(position, message);
    }
  };
  pp.readTmplToken = function() {
    var out = "", chunkStart = this.pos;
    for (; ; ) {
      if (this.pos >= this.input.length) {
        this.raise(this.start, "Unterminated template");
      }
      var ch = this.input.charCodeAt(this.pos);
      if (ch === 96 || ch === 36 && this.input.charCodeAt(this.pos + 1) === 123) {
        if (this.pos === this.start && (this.type === types$1.template || this.type === types$1.invalidTemplate)) {
          if (ch === 36) {
            this.pos += 2;
            return this.finishToken(types$1.dollarBraceL);
          } else {
            ++this.pos;
            return this.finishToken(types$1.backQuote);
          }
        }
        out += this.input.slice(chunkStart, this.pos);
        return this.finishToken(types$1.template, out);
      }
      if (ch === 92) {
        out += this.input.slice(chunkStart, this.pos);
        out += this.readEscapedChar(true);
        chunkStart = this.pos;
      } else if (isNewLine(ch)) {
        out += this.input.slice(chunkStart, this.pos);
        ++this.pos;
        switch (ch) {
          case 13:
            if (this.input.charCodeAt(this.pos) === 10) {
              ++this.pos;
            }
          case 10:
            out += "\n";
            break;
          default:
            out += String.fromCharCode(ch);
            break;
        }
        if (this.options.locations) {
          ++this.curLine;
          this.lineStart = this.pos;
        }
        chunkStart = this.pos;
      } else {
        ++this.pos;
      }
    }
  };
  pp.readInvalidTemplateToken = function() {
    for (; this.pos < this.input.length; this.pos++) {
      switch (this.input[this.pos]) {
        case "\\":
          ++this.pos;
          break;
        case "$":
          if (this.input[this.pos + 1] !== "{") {
            break;
          }
        // fall through
        case "`":
          return this.finishToken(types$1.invalidTemplate, this.input.slice(this.start, this.pos));
        case "\r":
          if (this.input[this.pos + 1] === "\n") {
            ++this.pos;
          }
        // fall through
        case "\n":
        case "\u2028":
        case "\u2029":
          ++this.curLine;
          this.lineStart = this.pos + 1;
          break;
      }
    }
    this.raise(this.start, "Unterminated template");
  };
  pp.readEscapedChar = function(inTemplate) {
    var ch = this.input.charCodeAt(++this.pos);
    ++this.pos;
    switch (ch) {
      case 110:
        return "\n";
      // 'n' -> '\n'
      case 114:
        return "\r";
      // 'r' -> '\r'
      case 120:
        return String.fromCharCode(this.readHexChar(2));
      // 'x'
      case 117:
        return codePointToString(this.readCodePoint());
      // 'u'
      case 116:
        return "	";
      // 't' -> '\t'
      case 98:
        return "\b";
      // 'b' -> '\b'
      case 118:
        return "\v";
      // 'v' -> '\u000b'
      case 102:
        return "\f";
      // 'f' -> '\f'
      case 13:
        if (this.input.charCodeAt(this.pos) === 10) {
          ++this.pos;
        }
      // '\r\n'
      case 10:
        if (this.options.locations) {
          this.lineStart = this.pos;
          ++this.curLine;
        }
        return "";
      case 56:
      case 57:
        if (this.strict) {
          this.invalidStringToken(
            this.pos - 1,
            "Invalid escape sequence"
          );
        }
        if (inTemplate) {
          var codePos = this.pos - 1;
          this.invalidStringToken(
            codePos,
            "Invalid escape sequence in template string"
          );
        }
      default:
        if (ch >= 48 && ch <= 55) {
          var octalStr = this.input.substr(this.pos - 1, 3).match(/^[0-7]+/)[0];
          var octal = parseInt(octalStr, 8);
          if (octal > 255) {
            octalStr = octalStr.slice(0, -1);
            octal = parseInt(octalStr, 8);
          }
          this.pos += octalStr.length - 1;
          ch = this.input.charCodeAt(this.pos);
          if ((octalStr !== "0" || ch === 56 || ch === 57) && (this.strict || inTemplate)) {
            this.invalidStringToken(
              this.pos - 1 - octalStr.length,
              inTemplate ? "Octal literal in template string" : "Octal literal in strict mode"
            );
          }
          return String.fromCharCode(octal);
        }
        if (isNewLine(ch)) {
          if (this.options.locations) {
            this.lineStart = this.pos;
            ++this.curLine;
          }
          return "";
        }
        return String.fromCharCode(ch);
    }
  };
  pp.readHexChar = function(len) {
    var codePos = this.pos;
    var n = this.readInt(16, len);
    if (n === null) {
      this.invalidStringToken(codePos, "Bad character escape sequence");
    }
    return n;
  };
  pp.readWord1 = function() {
    this.containsEsc = false;
    var word = "", first = true, chunkStart = this.pos;
    var astral = this.options.ecmaVersion >= 6;
    while (this.pos < this.input.length) {
      var ch = this.fullCharCodeAtPos();
      if (isIdentifierChar(ch, astral)) {
        this.pos += ch <= 65535 ? 1 : 2;
      } else if (ch === 92) {
        this.containsEsc = true;
        word += this.input.slice(chunkStart, this.pos);
        var escStart = this.pos;
        if (this.input.charCodeAt(++this.pos) !== 117) {
          this.invalidStringToken(this.pos, "Expecting Unicode escape sequence \\uXXXX");
        }
        ++this.pos;
        var esc = this.readCodePoint();
        if (!(first ? isIdentifierStart : isIdentifierChar)(esc, astral)) {
          this.invalidStringToken(escStart, "Invalid Unicode escape");
        }
        word += codePointToString(esc);
        chunkStart = this.pos;
      } else {
        break;
      }
      first = false;
    }
    return word + this.input.slice(chunkStart, this.pos);
  };
  pp.readWord = function() {
    var word = this.readWord1();
    var type = types$1.name;
    if (this.keywords.test(word)) {
      type = keywords[word];
    }
    return this.finishToken(type, word);
  };
  var version = "8.19.0";
  Parser.acorn = {
    Parser,
    version,
    defaultOptions,
    Position,
    SourceLocation,
    getLineInfo,
    Node,
    TokenType,
    tokTypes: types$1,
    keywordTypes: keywords,
    TokContext,
    tokContexts: types,
    isIdentifierChar,
    isIdentifierStart,
    Token,
    isNewLine,
    lineBreak,
    lineBreakG,
    nonASCIIwhitespace
  };
  function parseExpressionAt2(input, pos, options) {
    return Parser.parseExpressionAt(input, pos, options);
  }
  function tokenizer2(input, options) {
    return Parser.tokenizer(input, options);
  }

  // ../../node_modules/acorn-walk/dist/walk.mjs
  function full(node, callback, baseVisitor, state, override) {
    if (!baseVisitor) {
      baseVisitor = base;
    }
    var last;
    (function c(node2, st, override2) {
      var type = override2 || node2.type;
      visitNode(baseVisitor, type, node2, st, c);
      if (last !== node2) {
        callback(node2, st, type);
        last = node2;
      }
    })(node, state, override);
  }
  function skipThrough(node, st, c) {
    c(node, st);
  }
  function ignore(_node, _st, _c) {
  }
  function visitNode(baseVisitor, type, node, st, c) {
    if (baseVisitor[type] == null) {
      throw new Error("No walker function defined for node type " + type);
    }
    baseVisitor[type](node, st, c);
  }
  var base = {};
  base.Program = base.BlockStatement = base.StaticBlock = function(node, st, c) {
    for (var i = 0, list = node.body; i < list.length; i += 1) {
      var stmt = list[i];
      c(stmt, st, "Statement");
    }
  };
  base.Statement = skipThrough;
  base.EmptyStatement = ignore;
  base.ExpressionStatement = base.ParenthesizedExpression = base.ChainExpression = function(node, st, c) {
    return c(node.expression, st, "Expression");
  };
  base.IfStatement = function(node, st, c) {
    c(node.test, st, "Expression");
    c(node.consequent, st, "Statement");
    if (node.alternate) {
      c(node.alternate, st, "Statement");
    }
  };
  base.LabeledStatement = function(node, st, c) {
    return c(node.body, st, "Statement");
  };
  base.BreakStatement = base.ContinueStatement = ignore;
  base.WithStatement = function(node, st, c) {
    c(node.object, st, "Expression");
    c(node.body, st, "Statement");
  };
  base.SwitchStatement = function(node, st, c) {
    c(node.discriminant, st, "Expression");
    for (var i = 0, list = node.cases; i < list.length; i += 1) {
      var cs = list[i];
      c(cs, st);
    }
  };
  base.SwitchCase = function(node, st, c) {
    if (node.test) {
      c(node.test, st, "Expression");
    }
    for (var i = 0, list = node.consequent; i < list.length; i += 1) {
      var cons = list[i];
      c(cons, st, "Statement");
    }
  };
  base.ReturnStatement = base.YieldExpression = base.AwaitExpression = function(node, st, c) {
    if (node.argument) {
      c(node.argument, st, "Expression");
    }
  };
  base.ThrowStatement = base.SpreadElement = function(node, st, c) {
    return c(node.argument, st, "Expression");
  };
  base.TryStatement = function(node, st, c) {
    c(node.block, st, "Statement");
    if (node.handler) {
      c(node.handler, st);
    }
    if (node.finalizer) {
      c(node.finalizer, st, "Statement");
    }
  };
  base.CatchClause = function(node, st, c) {
    if (node.param) {
      c(node.param, st, "Pattern");
    }
    c(node.body, st, "Statement");
  };
  base.WhileStatement = base.DoWhileStatement = function(node, st, c) {
    c(node.test, st, "Expression");
    c(node.body, st, "Statement");
  };
  base.ForStatement = function(node, st, c) {
    if (node.init) {
      c(node.init, st, "ForInit");
    }
    if (node.test) {
      c(node.test, st, "Expression");
    }
    if (node.update) {
      c(node.update, st, "Expression");
    }
    c(node.body, st, "Statement");
  };
  base.ForInStatement = base.ForOfStatement = function(node, st, c) {
    c(node.left, st, "ForInit");
    c(node.right, st, "Expression");
    c(node.body, st, "Statement");
  };
  base.ForInit = function(node, st, c) {
    if (node.type === "VariableDeclaration") {
      c(node, st);
    } else {
      c(node, st, "Expression");
    }
  };
  base.DebuggerStatement = ignore;
  base.FunctionDeclaration = function(node, st, c) {
    return c(node, st, "Function");
  };
  base.VariableDeclaration = function(node, st, c) {
    for (var i = 0, list = node.declarations; i < list.length; i += 1) {
      var decl = list[i];
      c(decl, st);
    }
  };
  base.VariableDeclarator = function(node, st, c) {
    c(node.id, st, "Pattern");
    if (node.init) {
      c(node.init, st, "Expression");
    }
  };
  base.Function = function(node, st, c) {
    if (node.id) {
      c(node.id, st, "Pattern");
    }
    for (var i = 0, list = node.params; i < list.length; i += 1) {
      var param = list[i];
      c(param, st, "Pattern");
    }
    c(node.body, st, node.expression ? "Expression" : "Statement");
  };
  base.Pattern = function(node, st, c) {
    if (node.type === "Identifier") {
      c(node, st, "VariablePattern");
    } else if (node.type === "MemberExpression") {
      c(node, st, "MemberPattern");
    } else {
      c(node, st);
    }
  };
  base.VariablePattern = ignore;
  base.MemberPattern = skipThrough;
  base.RestElement = function(node, st, c) {
    return c(node.argument, st, "Pattern");
  };
  base.ArrayPattern = function(node, st, c) {
    for (var i = 0, list = node.elements; i < list.length; i += 1) {
      var elt = list[i];
      if (elt) {
        c(elt, st, "Pattern");
      }
    }
  };
  base.ObjectPattern = function(node, st, c) {
    for (var i = 0, list = node.properties; i < list.length; i += 1) {
      var prop = list[i];
      if (prop.type === "Property") {
        if (prop.computed) {
          c(prop.key, st, "Expression");
        }
        c(prop.value, st, "Pattern");
      } else if (prop.type === "RestElement") {
        c(prop.argument, st, "Pattern");
      }
    }
  };
  base.Expression = skipThrough;
  base.ThisExpression = base.Super = base.MetaProperty = ignore;
  base.ArrayExpression = function(node, st, c) {
    for (var i = 0, list = node.elements; i < list.length; i += 1) {
      var elt = list[i];
      if (elt) {
        c(elt, st, "Expression");
      }
    }
  };
  base.ObjectExpression = function(node, st, c) {
    for (var i = 0, list = node.properties; i < list.length; i += 1) {
      var prop = list[i];
      c(prop, st);
    }
  };
  base.FunctionExpression = base.ArrowFunctionExpression = base.FunctionDeclaration;
  base.SequenceExpression = function(node, st, c) {
    for (var i = 0, list = node.expressions; i < list.length; i += 1) {
      var expr = list[i];
      c(expr, st, "Expression");
    }
  };
  base.TemplateLiteral = function(node, st, c) {
    for (var i = 0, list = node.quasis; i < list.length; i += 1) {
      var quasi = list[i];
      c(quasi, st);
    }
    for (var i$1 = 0, list$1 = node.expressions; i$1 < list$1.length; i$1 += 1) {
      var expr = list$1[i$1];
      c(expr, st, "Expression");
    }
  };
  base.TemplateElement = ignore;
  base.UnaryExpression = base.UpdateExpression = function(node, st, c) {
    c(node.argument, st, "Expression");
  };
  base.BinaryExpression = base.LogicalExpression = function(node, st, c) {
    c(node.left, st, "Expression");
    c(node.right, st, "Expression");
  };
  base.AssignmentExpression = base.AssignmentPattern = function(node, st, c) {
    c(node.left, st, "Pattern");
    c(node.right, st, "Expression");
  };
  base.ConditionalExpression = function(node, st, c) {
    c(node.test, st, "Expression");
    c(node.consequent, st, "Expression");
    c(node.alternate, st, "Expression");
  };
  base.NewExpression = base.CallExpression = function(node, st, c) {
    c(node.callee, st, "Expression");
    if (node.arguments) {
      for (var i = 0, list = node.arguments; i < list.length; i += 1) {
        var arg = list[i];
        c(arg, st, "Expression");
      }
    }
  };
  base.MemberExpression = function(node, st, c) {
    c(node.object, st, "Expression");
    if (node.computed) {
      c(node.property, st, "Expression");
    }
  };
  base.ExportNamedDeclaration = base.ExportDefaultDeclaration = function(node, st, c) {
    if (node.declaration) {
      c(node.declaration, st, node.type === "ExportNamedDeclaration" || node.declaration.id ? "Statement" : "Expression");
    }
    if (node.source) {
      c(node.source, st, "Expression");
    }
    if (node.attributes) {
      for (var i = 0, list = node.attributes; i < list.length; i += 1) {
        var attr = list[i];
        c(attr, st);
      }
    }
  };
  base.ExportAllDeclaration = function(node, st, c) {
    if (node.exported) {
      c(node.exported, st);
    }
    c(node.source, st, "Expression");
    if (node.attributes) {
      for (var i = 0, list = node.attributes; i < list.length; i += 1) {
        var attr = list[i];
        c(attr, st);
      }
    }
  };
  base.ImportAttribute = function(node, st, c) {
    c(node.value, st, "Expression");
  };
  base.ImportDeclaration = function(node, st, c) {
    for (var i = 0, list = node.specifiers; i < list.length; i += 1) {
      var spec = list[i];
      c(spec, st);
    }
    c(node.source, st, "Expression");
    if (node.attributes) {
      for (var i$1 = 0, list$1 = node.attributes; i$1 < list$1.length; i$1 += 1) {
        var attr = list$1[i$1];
        c(attr, st);
      }
    }
  };
  base.ImportExpression = function(node, st, c) {
    c(node.source, st, "Expression");
    if (node.options) {
      c(node.options, st, "Expression");
    }
  };
  base.ImportSpecifier = base.ImportDefaultSpecifier = base.ImportNamespaceSpecifier = base.Identifier = base.PrivateIdentifier = base.Literal = ignore;
  base.TaggedTemplateExpression = function(node, st, c) {
    c(node.tag, st, "Expression");
    c(node.quasi, st, "Expression");
  };
  base.ClassDeclaration = base.ClassExpression = function(node, st, c) {
    return c(node, st, "Class");
  };
  base.Class = function(node, st, c) {
    if (node.id) {
      c(node.id, st, "Pattern");
    }
    if (node.superClass) {
      c(node.superClass, st, "Expression");
    }
    c(node.body, st);
  };
  base.ClassBody = function(node, st, c) {
    for (var i = 0, list = node.body; i < list.length; i += 1) {
      var elt = list[i];
      c(elt, st);
    }
  };
  base.MethodDefinition = base.PropertyDefinition = base.Property = function(node, st, c) {
    if (node.computed) {
      c(node.key, st, "Expression");
    }
    if (node.value) {
      c(node.value, st, "Expression");
    }
  };

  // src/linemap.ts
  function applyEdits(source, edits) {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start));
    const parts = [];
    const segments = [];
    let cursor = 0;
    let generated = 0;
    for (const edit of sorted) {
      if (edit.start < cursor) throw new Error(`overlapping edits at offset ${edit.start}`);
      parts.push(source.slice(cursor, edit.start));
      generated += edit.start - cursor;
      segments.push([edit.start, edit.end, generated, generated + edit.text.length]);
      parts.push(edit.text);
      generated += edit.text.length;
      cursor = edit.end;
    }
    parts.push(source.slice(cursor));
    return { code: parts.join(""), segments };
  }

  // src/transform.ts
  var TransformError = class extends SyntaxError {
    constructor(message, line, column) {
      super(message);
      this.line = line;
      this.column = column;
      this.name = "TransformError";
    }
  };
  function parseFunction(source) {
    let node;
    try {
      node = parseExpressionAt2(source, 0, { ecmaVersion: 2022, locations: true });
    } catch (error) {
      const e = error;
      throw new TransformError(`The source does not parse: ${e.message}`, e.loc?.line ?? 1, (e.loc?.column ?? 0) + 1);
    }
    if (node.type !== "ArrowFunctionExpression" && node.type !== "FunctionExpression") {
      throw new TransformError("The source must be one function, e.g. `async (db, id) => { ... }`", 1, 1);
    }
    const rest = source.slice(node.end).replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, "").trim();
    if (rest !== "") {
      throw new TransformError("Only one function may be sent; found more code after it", 1, node.end + 1);
    }
    return node;
  }
  function rewriteRoot(source, root, edits) {
    const body = root.body;
    const params = root.params;
    const tokens = [];
    for (const token of tokenizer2(source, { ecmaVersion: 2022 })) {
      if (token.start >= body.start) break;
      if (token.start >= root.start) tokens.push(token);
    }
    if (root.type !== "ArrowFunctionExpression") {
      const fn = tokens.find((t) => t.type === types$1._function);
      edits.push({ start: root.start, end: fn.start, text: "" });
      edits.push({ start: fn.end, end: fn.end, text: "*" });
      return;
    }
    edits.push({ start: root.start, end: root.start + 5, text: "function*" });
    const first = params[0];
    const last = params[params.length - 1];
    if (first !== void 0 && !tokens.some((t) => t.type === types$1.parenL && t.end <= first.start)) {
      edits.push({ start: first.start, end: first.start, text: "(" });
      edits.push({ start: last.end, end: last.end, text: ")" });
    }
    const arrow = tokens.find((t) => t.type === types$1.arrow);
    edits.push({ start: arrow.start, end: arrow.end, text: "" });
    if (body.type !== "BlockStatement") {
      edits.push({ start: arrow.end, end: arrow.end, text: "{ return " });
      edits.push({ start: root.end, end: root.end, text: "; }" });
    }
  }
  function transformAsync(source) {
    const root = parseFunction(source);
    const edits = [];
    const methodValues = /* @__PURE__ */ new Set();
    full(root, (raw) => {
      const node = raw;
      if ((node.type === "Property" || node.type === "MethodDefinition") && node.value?.async) {
        const head = source.slice(node.start, node.key.start);
        const at2 = head.search(/\basync\b/);
        if (at2 >= 0) edits.push({ start: node.start + at2, end: node.start + at2 + 5, text: "" });
        methodValues.add(node.value);
      }
      if (node.type === "ForOfStatement" && node.await) {
        throw new TransformError(
          "`for await` is not supported in remote functions; use a plain for...of with await inside",
          node.loc.start.line,
          node.loc.start.column + 1
        );
      }
    });
    full(root, (raw) => {
      const node = raw;
      const isFunction = node.type === "ArrowFunctionExpression" || node.type === "FunctionExpression" || node.type === "FunctionDeclaration";
      if (isFunction && node.async) {
        if (node.generator) {
          throw new TransformError(
            "async generator functions are not supported in remote functions",
            node.loc.start.line,
            node.loc.start.column + 1
          );
        }
        if (node === root) {
          rewriteRoot(source, node, edits);
          return;
        }
        if (!methodValues.has(node)) edits.push({ start: node.start, end: node.start + 5, text: "" });
        const invoke = node.type === "ArrowFunctionExpression" ? ".call(this)" : ".apply(this, arguments)";
        const body = node.body;
        if (body.type === "BlockStatement") {
          edits.push({ start: body.start + 1, end: body.start + 1, text: " return __wh_async(function* () {" });
          edits.push({ start: body.end - 1, end: body.end - 1, text: `}${invoke}); ` });
        } else {
          edits.push({ start: body.start, end: body.start, text: "__wh_async(function* () { return " });
          edits.push({ start: body.end, end: body.end, text: `; }${invoke})` });
        }
      }
      if (node.type === "AwaitExpression") {
        edits.push({ start: node.start, end: node.argument.start, text: "(yield " });
        edits.push({ start: node.argument.end, end: node.argument.end, text: ")" });
      }
    });
    const { code, segments } = applyEdits(source, edits);
    return { code, segments, isAsync: Boolean(root.async) };
  }

  // src/installer.ts
  var import_validator = __toESM(require_dist());

  // src/arity.ts
  function toStoredArity(info) {
    return info.hasRestParameter ? -1 : info.arity + 1;
  }

  // src/installer.ts
  var pendingRejects = [];
  function fail(code, message, hint, detail) {
    throw { sqlerrcode: code, message, hint, detail: detail ? JSON.stringify({ wormhole: 1, ...detail }) : void 0 };
  }
  function readPolicy() {
    return plv8.execute("SELECT version, allowed_globals, allowed_modules, max_source_length, max_depth, max_functions_per_role FROM wormhole.policy")[0];
  }
  function sha256(source) {
    return plv8.execute("SELECT encode(sha256(convert_to($1, 'UTF8')), 'hex') AS h", [source])[0].h;
  }
  function audit(role, action, hash, outcome, detail) {
    plv8.execute(
      "INSERT INTO wormhole.audit (role, action, hash, outcome, detail) VALUES ($1, $2, $3, $4, $5)",
      [role, action, hash, outcome, detail]
    );
  }
  function flushRejects() {
    while (pendingRejects.length > 0) {
      const r = pendingRejects[0];
      audit(r.role, "reject", r.hash, "rejected", r.detail);
      pendingRejects.shift();
    }
  }
  function lineFrame(source, line, column) {
    const gutter = `${line} | `;
    return `> ${gutter}${source.split("\n")[line - 1] ?? ""}
  ${" ".repeat(gutter.length - 2)}| ${" ".repeat(Math.max(0, column - 1))}^`;
  }
  function check(source, policy, role, hash) {
    const overrides = {};
    if (policy.allowed_globals !== null) overrides.allowedGlobals = policy.allowed_globals;
    if (policy.allowed_modules !== null) overrides.allowedModules = policy.allowed_modules;
    overrides.maxSourceLength = policy.max_source_length;
    overrides.maxDepth = policy.max_depth;
    let merged;
    try {
      merged = (0, import_validator.mergePolicy)(overrides);
    } catch (error) {
      fail(
        "22023",
        `The wormhole policy is invalid: ${error.message}`,
        "Correct it with wormhole.set_policy(...) as the DBA"
      );
    }
    const result = (0, import_validator.validate)(source, merged);
    let diagnostics = result.diagnostics;
    let transformed = null;
    if (result.ok && result.info) {
      try {
        transformed = { ...transformAsync(source), info: result.info };
      } catch (error) {
        if (!(error instanceof TransformError)) throw error;
        diagnostics = [{
          rule: "unsupported-syntax",
          message: error.message,
          line: error.line,
          column: error.column,
          frame: lineFrame(source, error.line, error.column)
        }];
      }
    }
    if (transformed === null) {
      pendingRejects.push({ role, hash, detail: (0, import_validator.formatDiagnostics)(diagnostics) });
      fail(
        "WH001",
        `The function was rejected by the server's validator:
${(0, import_validator.formatDiagnostics)(diagnostics)}`,
        "Fix the listed problems, or ask the DBA to change the policy (wormhole.set_policy)",
        { kind: "validation", diagnostics }
      );
    }
    return transformed;
  }
  function install(source, name, role) {
    if (typeof source !== "string" || source.length === 0) {
      fail("WH004", "wormhole.install: source must be non-empty text", "Pass the function source, e.g. String(fn)");
    }
    if (name !== null && typeof name !== "string") fail("WH004", "wormhole.install: name must be text or NULL", "Pass a label such as 'transfer'");
    const policy = readPolicy();
    if (source.length > policy.max_source_length) {
      pendingRejects.push({ role, hash: null, detail: `source of ${source.length} characters` });
      fail(
        "WH002",
        `The source is ${source.length} characters; the policy allows ${policy.max_source_length}`,
        "Make the function smaller, or ask the DBA to raise max_source_length with wormhole.set_policy"
      );
    }
    const hash = sha256(source);
    const existing = plv8.execute("SELECT policy_version FROM wormhole.functions WHERE hash = $1", [hash]);
    if (existing.length > 0 && existing[0].policy_version === policy.version) {
      flushRejects();
      return hash;
    }
    if (existing.length === 0) {
      const count = plv8.execute("SELECT count(*)::int AS n FROM wormhole.functions WHERE installed_by = $1", [role])[0].n;
      if (count >= policy.max_functions_per_role) {
        pendingRejects.push({ role, hash, detail: `limit of ${policy.max_functions_per_role} functions` });
        fail(
          "WH002",
          `Role ${role} already has ${count} installed functions; the policy allows ${policy.max_functions_per_role}`,
          "Delete unused functions from wormhole.functions (as the DBA), or raise max_functions_per_role with wormhole.set_policy"
        );
      }
    }
    const t = check(source, policy, role, hash);
    plv8.execute(
      `INSERT INTO wormhole.functions (hash, name, source, compiled, segments, arity, is_async, installed_by, policy_version, size)
      VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7, $8, $9, $10)
      ON CONFLICT (hash) DO UPDATE SET compiled = EXCLUDED.compiled, segments = EXCLUDED.segments, policy_version = EXCLUDED.policy_version`,
      [hash, name, source, t.code, JSON.stringify(t.segments), toStoredArity(t.info), t.isAsync, role, policy.version, source.length]
    );
    audit(role, existing.length === 0 ? "install" : "revalidate", hash, "ok", name);
    flushRejects();
    return hash;
  }
  function revalidate(hash, role) {
    const rows = plv8.execute("SELECT source, name FROM wormhole.functions WHERE hash = $1", [hash]);
    if (rows.length === 0) return;
    install(rows[0].source, rows[0].name, role);
  }
  globalThis.__wormhole_installer = Object.freeze({
    version: __WORMHOLE_VERSION__,
    install,
    revalidate,
    flushRejects,
    validate: import_validator.validate,
    mergePolicy: import_validator.mergePolicy
  });
})();

$wormhole_bundle$;

-- Entry points stay tiny: find the runtime of this extension version (load it when missing or
-- older, e.g. after ALTER EXTENSION UPDATE in a long-lived backend), then call it.
CREATE FUNCTION wormhole.call(hash text, args text) RETURNS text
LANGUAGE plv8 VOLATILE SECURITY INVOKER AS $$
  var w = globalThis.__wormhole;
  if (w === undefined || w.version !== '0.1.0') {
    globalThis.__WORMHOLE_VERSION__ = '0.1.0';
    plv8.execute('SELECT wormhole._load_runtime()');
    w = globalThis.__wormhole;
  }
  return w.call(hash, args, null, null);
$$;

CREATE FUNCTION wormhole.call(hash text, args text, source text, name text DEFAULT NULL) RETURNS text
LANGUAGE plv8 VOLATILE SECURITY INVOKER AS $$
  var w = globalThis.__wormhole;
  if (w === undefined || w.version !== '0.1.0') {
    globalThis.__WORMHOLE_VERSION__ = '0.1.0';
    plv8.execute('SELECT wormhole._load_runtime()');
    w = globalThis.__wormhole;
  }
  return w.call(hash, args, source, name);
$$;

CREATE FUNCTION wormhole.flush_stats() RETURNS boolean
LANGUAGE plv8 VOLATILE SECURITY INVOKER AS $$
  var w = globalThis.__wormhole;
  if (w === undefined) return false;
  return w.flushStats();
$$;

-- Installing writes the tables, so it runs as the extension owner (SECURITY DEFINER, fixed
-- search_path). `role` defaults to the caller's current_user (defaults are evaluated at the call
-- site); a caller may only name a role its session belongs to.
CREATE FUNCTION wormhole._install(source text, name text, role name DEFAULT current_user) RETURNS text
LANGUAGE plv8 VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  var ok = plv8.execute("SELECT pg_catalog.pg_has_role(session_user, $1, 'MEMBER') AS ok", [role])[0].ok;
  if (!ok) throw { sqlerrcode: '42501', message: 'wormhole: cannot install on behalf of role ' + role, hint: 'Omit the role argument' };
  if (globalThis.__wormhole_installer === undefined || globalThis.__wormhole_installer.version !== '0.1.0') {
    globalThis.__WORMHOLE_VERSION__ = '0.1.0';
    plv8.execute('SELECT wormhole._load_installer()');
  }
  return globalThis.__wormhole_installer.install(source, name, role);
$$;

CREATE FUNCTION wormhole.install(source text, name text DEFAULT NULL) RETURNS text
LANGUAGE sql VOLATILE SECURITY INVOKER AS $$
  SELECT wormhole._install(source, name, current_user)
$$;

CREATE FUNCTION wormhole._revalidate(hash text, role name DEFAULT current_user) RETURNS void
LANGUAGE plv8 VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  var ok = plv8.execute("SELECT pg_catalog.pg_has_role(session_user, $1, 'MEMBER') AS ok", [role])[0].ok;
  if (!ok) throw { sqlerrcode: '42501', message: 'wormhole: cannot revalidate on behalf of role ' + role, hint: 'Omit the role argument' };
  if (globalThis.__wormhole_installer === undefined || globalThis.__wormhole_installer.version !== '0.1.0') {
    globalThis.__WORMHOLE_VERSION__ = '0.1.0';
    plv8.execute('SELECT wormhole._load_installer()');
  }
  globalThis.__wormhole_installer.revalidate(hash, role);
$$;

-- Batched statistics (and call audit rows when the policy asks for them) from a backend's runtime.
-- Returns the policy's audit_calls so the runtime follows it without a query per call.
CREATE FUNCTION wormhole._flush_stats(batch jsonb, role name DEFAULT current_user) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
#variable_conflict use_column
BEGIN
  IF NOT pg_catalog.pg_has_role(session_user, _flush_stats.role, 'MEMBER') THEN
    RAISE EXCEPTION 'wormhole: cannot record statistics on behalf of role %', _flush_stats.role USING ERRCODE = '42501';
  END IF;
  INSERT INTO wormhole.call_stats AS s (hash, role, calls, errors, total_ms, last_called_at)
    SELECT b.hash, _flush_stats.role, b.calls, b.errors, b.total_ms, b.last_called_at
      FROM jsonb_to_recordset(batch -> 'stats')
           AS b(hash text, calls bigint, errors bigint, total_ms double precision, last_called_at timestamptz)
  ON CONFLICT (hash, role) DO UPDATE
    SET calls = s.calls + EXCLUDED.calls, errors = s.errors + EXCLUDED.errors,
        total_ms = s.total_ms + EXCLUDED.total_ms,
        last_called_at = greatest(s.last_called_at, EXCLUDED.last_called_at);
  INSERT INTO wormhole.audit (at, role, action, hash, outcome)
    SELECT a.at, _flush_stats.role, 'call', a.hash, a.outcome
      FROM jsonb_to_recordset(batch -> 'audit') AS a(at timestamptz, hash text, outcome text);
  RETURN (SELECT audit_calls FROM wormhole.policy);
END
$$;

-- DBA only (no EXECUTE for PUBLIC / wormhole_user; it also needs UPDATE on the policy table).
-- NULL arguments keep the current value. Returns the new policy version.
CREATE FUNCTION wormhole.set_policy(
  allowed_globals text[] DEFAULT NULL, allowed_modules text[] DEFAULT NULL,
  max_source_length integer DEFAULT NULL, max_depth integer DEFAULT NULL,
  max_functions_per_role integer DEFAULT NULL, audit_calls boolean DEFAULT NULL
) RETURNS integer LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  new_version integer;
BEGIN
  UPDATE wormhole.policy p SET
    allowed_globals = coalesce(set_policy.allowed_globals, p.allowed_globals),
    allowed_modules = coalesce(set_policy.allowed_modules, p.allowed_modules),
    max_source_length = coalesce(set_policy.max_source_length, p.max_source_length),
    max_depth = coalesce(set_policy.max_depth, p.max_depth),
    max_functions_per_role = coalesce(set_policy.max_functions_per_role, p.max_functions_per_role),
    audit_calls = coalesce(set_policy.audit_calls, p.audit_calls),
    version = p.version + 1,
    updated_at = now()
  RETURNING p.version INTO new_version;
  INSERT INTO wormhole.audit (role, action, outcome, detail)
    VALUES (current_user, 'policy', 'version ' || new_version,
            (SELECT row_to_json(p)::text FROM wormhole.policy p));
  RETURN new_version;
END
$$;

-- Privileges: everyone in wormhole_user may read the tables and call/install; only the owner
-- (through the SECURITY DEFINER functions above) writes them.
REVOKE ALL ON ALL TABLES IN SCHEMA wormhole FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA wormhole FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA wormhole FROM PUBLIC;
GRANT USAGE ON SCHEMA wormhole TO wormhole_user;
GRANT SELECT ON wormhole.policy, wormhole.functions, wormhole.call_stats, wormhole.audit,
  wormhole.function_stats TO wormhole_user;
GRANT EXECUTE ON FUNCTION wormhole.call(text, text), wormhole.call(text, text, text, text),
  wormhole.install(text, text), wormhole.flush_stats(), wormhole._load_runtime(),
  wormhole._install(text, text, name), wormhole._revalidate(text, name), wormhole._flush_stats(jsonb, name)
  TO wormhole_user;
