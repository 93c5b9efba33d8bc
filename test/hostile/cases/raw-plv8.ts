/**
 * Raw PL/v8 reached from a validated function (db.query of DO / CREATE FUNCTION … LANGUAGE plv8) or
 * run directly: it may run with the role's rights, but cannot replace or observe Wormhole's runtime,
 * so a later call — by the same role on the same pooled connection, or by another role — returns its
 * own result and leaves nothing for the implant to read.
 */
import type { Case, Role, Step } from '../support/harness';
import { doJs } from './helpers';

const SECRET = 'alice-secret-7f3a';
// The victim: another request on the same connection, with a secret argument and a Set iteration.
const victim = (as?: Role): Step => ({
  as,
  fn: `(db, secret) => { const s = new Set([secret]); const out = []; for (const v of s) out.push(v); return { echoed: out[0], n: [1, 2, 3].map((x) => x * 2) }; }`,
  args: JSON.stringify([SECRET]),
  expect: { ok: true, value: { echoed: SECRET, n: [2, 4, 6] } },
});
// Reads whatever the implant recorded (raw PL/v8 in the role's context) and fails if the secret is there.
const spyCheck = (as?: Role): Step => ({
  as,
  sql: doJs(`var seen = JSON.stringify(globalThis.__spy || []) + JSON.stringify(globalThis.__spy2 || []);
    if (seen.indexOf('${SECRET}') >= 0) throw new Error('the implant observed another call: ' + seen.slice(0, 200));`),
  expect: { ok: true },
});
// Wormhole's runtime is loaded before the implant runs, as it would be in a warm pool.
const warm = (as?: Role): Step => ({ as, fn: `(db) => 1`, expect: { ok: true, value: 1 } });

const IMPLANTS: Array<[string, string]> = [
  [
    'replaces globalThis.__wormhole with a logging wrapper',
    `globalThis.__spy = []; var w = globalThis.__wormhole;
     try { globalThis.__wormhole = { version: w && w.version, call: function (h, a, s, n) { __spy.push(a); return w.call(h, a, s, n); } }; } catch (e) {}`,
  ],
  [
    'wraps __wormhole.call in place',
    `globalThis.__spy = []; var w = globalThis.__wormhole;
     try { var orig = w.call; w.call = function (h, a, s, n) { __spy.push(a); return orig.apply(w, arguments); }; } catch (e) {}`,
  ],
  [
    'redefines __wormhole with Object.defineProperty',
    `globalThis.__spy = []; var w = globalThis.__wormhole;
     try { Object.defineProperty(globalThis, '__wormhole', { value: { version: w && w.version, call: function (h, a) { __spy.push(a); return '"pwned"'; } } }); } catch (e) {}`,
  ],
  [
    'deletes __wormhole and installs a getter that logs',
    `globalThis.__spy = []; var w = globalThis.__wormhole;
     try { delete globalThis.__wormhole; Object.defineProperty(globalThis, '__wormhole', { get: function () { __spy.push('read'); return w; }, configurable: true }); } catch (e) {}`,
  ],
  [
    'patches %SetIteratorPrototype%.next to record values',
    `globalThis.__spy = []; try { var p = Object.getPrototypeOf(new Set().values()); var n = p.next; p.next = function () { var r = n.call(this); __spy.push(r.value); return r; }; } catch (e) {}`,
  ],
  [
    'patches Array.prototype.map to record and alter',
    `globalThis.__spy = []; try { var m = Array.prototype.map; Array.prototype.map = function (f) { __spy.push(JSON.stringify(this)); return m.call(this, function () { return 'pwned'; }); }; } catch (e) {}`,
  ],
  [
    'patches JSON.parse (argument decoding) and JSON.stringify (result encoding)',
    `globalThis.__spy = []; try { var p = JSON.parse, s = JSON.stringify; JSON.parse = function (t) { __spy.push(t); return p.apply(JSON, arguments); }; JSON.stringify = function (v) { __spy2 = (globalThis.__spy2 || []).concat([s(v)]); return s.apply(JSON, arguments); }; } catch (e) {}`,
  ],
  [
    'patches Object.prototype with a setter trap',
    `globalThis.__spy = []; try { Object.defineProperty(Object.prototype, 'echoed', { set: function (v) { __spy.push(v); }, configurable: true }); } catch (e) {}`,
  ],
  [
    'patches Function.prototype.call and apply',
    `globalThis.__spy = []; try { var c = Function.prototype.call, a = Function.prototype.apply; Function.prototype.apply = function (t, args) { try { __spy.push(JSON.stringify(args)); } catch (e) {} return c.call(a, this, t, args); }; } catch (e) {}`,
  ],
  [
    'patches plv8.execute to record query parameters',
    `globalThis.__spy = []; try { var ex = plv8.execute; plv8.execute = function (q, p) { __spy.push(JSON.stringify(p)); return ex.apply(plv8, arguments); }; } catch (e) {}`,
  ],
];

const viaDo = (body: string): Step => ({ sql: doJs(body), expect: { contained: "the implant may run in the role's own PL/v8 context" } });
const viaRemote = (body: string, as?: Role): Step => ({
  as,
  fn: `async (db) => { await db.query(${JSON.stringify(doJs(body))}); return 1; }`,
  expect: { contained: 'raw PL/v8 through db.query may be refused (USAGE revoked) or run apart from the runtime' },
});
const viaTempFunction = (body: string): Step => ({
  sql: `CREATE OR REPLACE FUNCTION pg_temp.implant() RETURNS void LANGUAGE plv8 AS $implant$ ${body} $implant$; SELECT pg_temp.implant()`,
  expect: { contained: "a temporary plv8 function may run in the role's context" },
});

export const cases: Case[] = [
  ...IMPLANTS.map(([name, body]): Case => ({ name: `DO: ${name}`, steps: [warm(), viaDo(body), victim(), spyCheck()] })),
  ...IMPLANTS.slice(0, 4).map(([name, body]): Case => ({
    name: `remote function via db.query(DO): ${name}`,
    steps: [warm(), viaRemote(body), victim(), spyCheck()],
  })),
  ...IMPLANTS.slice(0, 3).map(([name, body]): Case => ({
    name: `CREATE FUNCTION pg_temp … LANGUAGE plv8: ${name}`,
    steps: [warm(), viaTempFunction(body), victim(), spyCheck()],
  })),
  // Pooled: one role for every request; one bad request must not spy on the next ones.
  ...IMPLANTS.slice(0, 3).map(([name, body]): Case => ({
    name: `pooled app role: ${name}, then other users' requests`,
    role: 'app',
    steps: [warm(), viaRemote(body), victim(), victim(), spyCheck()],
  })),
  {
    name: 'the implant does not survive plv8_reset() into later calls',
    steps: [warm(), viaDo(IMPLANTS[0][1]), { sql: 'SELECT plv8_reset()', expect: { contained: 'plv8_reset may not exist' } }, victim(), spyCheck()],
  },
  {
    name: "raw PL/v8 cannot call the runtime on behalf of another role (alice's connection is untouched)",
    steps: [warm(), viaDo(IMPLANTS[0][1]), victim('alice'), spyCheck('alice'), spyCheck()],
  },
  {
    name: "one backend, two roles (SET ROLE by a superuser pool): mallory's implant does not reach alice",
    role: 'postgres',
    steps: [
      { sql: 'SET ROLE mallory', expect: { ok: true } },
      warm('postgres'),
      viaDo(IMPLANTS[0][1]),
      viaDo(IMPLANTS[4][1]),
      { sql: 'RESET ROLE; SET ROLE alice', expect: { ok: true } },
      victim('postgres'),
      spyCheck('postgres'),
      { sql: 'RESET ROLE', expect: { ok: true } },
    ],
  },
  {
    // The runtime runs a function that queries and cannot catch through plv8.without_statement_subtransactions
    // (packages/plv8-runtime/src/direct-statements.ts), and a batch call through plv8.subtransaction: it took
    // both from its own private context at load, so patching them in the role's context sees nothing.
    name: 'patches plv8.without_statement_subtransactions and plv8.subtransaction to run spying code inside them',
    steps: [
      warm(),
      viaDo(
        `globalThis.__spy = []; try { ['without_statement_subtransactions', 'subtransaction'].forEach(function (k) { var orig = plv8[k];
           plv8[k] = function (fn) { __spy.push(k); try { __spy.push(JSON.stringify(plv8.execute('SELECT current_setting($1, true) AS s', ['application_name']))); } catch (e) {} return orig.call(plv8, fn); }; }); } catch (e) {}`,
      ),
      {
        fn: `async (db, secret) => (await db.queryOne('SELECT $1::text AS echoed', [secret])).echoed`,
        args: JSON.stringify([SECRET]),
        expect: { ok: true, value: SECRET },
      },
      {
        sql: doJs(
          `if ((globalThis.__spy || []).length > 0) throw new Error('the runtime went through the patched plv8: ' + JSON.stringify(globalThis.__spy).slice(0, 200));`,
        ),
        expect: { ok: true },
      },
    ],
  },
  {
    name: "find_function from raw PL/v8 cannot reach the runtime's entry points to rebind them",
    steps: [
      warm(),
      viaDo(
        `globalThis.__spy = []; try { var f = plv8.find_function('wormhole.call'); globalThis.__wormhole = { call: function (h, a) { __spy.push(a); return f(h, a); } }; } catch (e) {}`,
      ),
      victim(),
      spyCheck(),
    ],
  },
  {
    name: "raw PL/v8 reads the runtime's caches (compiled functions, plans) for other calls' data",
    steps: [
      victim(),
      {
        sql: doJs(`var w = globalThis.__wormhole; var seen = '';
        try { for (var k in w) { try { seen += k + '=' + JSON.stringify(w[k]) + ';'; } catch (e) {} } } catch (e) {}
        if (seen.indexOf('alice-secret-7f3a') >= 0) throw new Error('runtime state leaked: ' + seen.slice(0, 200));`),
        expect: { ok: true },
      },
    ],
  },
];
