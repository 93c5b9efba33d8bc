/**
 * Functions that must pass: the shapes people write (and compilers emit) for remote functions.
 * Shared by valid.test.ts and children.test.ts (part of the corpus the child enumeration is
 * checked on).
 */
export const VALID: Record<string, string> = {
  arrow: `(db) => db.query('select 1')`,
  'async arrow': `async (db, id) => { const r = await db.query('select $1::int as id', [id]); return r.rows[0]; }`,
  'arrow with an unparenthesised parameter': `db => 1`,
  'function expression': `function (db) { return 1; }`,
  'named function expression calling itself': `function fact(db, n) { return n <= 1 ? 1 : n * fact(db, n - 1); }`,
  'async function expression': `async function (db) { return await db.query('select 1'); }`,
  'destructured parameters after db': `async (db, { id, name = 'x' }, [first, ...others], ...rest) => ({ id, name, first, others, rest })`,
  'default parameter using an earlier one': `(db, a, b = a * 2) => a + b`,
  'class inside, with this, super, fields and static blocks': `(db) => {
    class Base { constructor(x) { this.x = x; } get double() { return this.x * 2; } }
    class Point extends Base {
      y = this.x + 1;
      #secret = 3;
      static origin;
      static { this.origin = new Point(0); }
      constructor(x) { super(x); }
      sum() { return this.x + this.y + this.#secret + super.double; }
    }
    return new Point(1).sum() + Point.origin.x;
  }`,
  'closures and hoisted function declarations': `(db) => { return helper(2); function helper(n) { const k = n; return () => k + later; } var later = 1; }`,
  'object methods using this': `(db) => { const o = { n: 1, inc() { this.n++; return this; }, get v() { return this.n; }, f: function () { return this.n; } }; return o.inc().v + o.f(); }`,
  "arrow inside a method keeps the method's this": `(db) => ({ n: 2, m() { return [1].map(() => this.n); } }).m()`,
  'try/catch/finally, with and without a binding': `(db) => { try { throw new Error('x'); } catch (e) { return e.message; } finally { } try { } catch { } }`,
  'loops: for, for-in, for-of, for await, while, do-while': `async (db, xs) => {
    let t = 0;
    for (let i = 0; i < 3; i++) t += i;
    for (const k in { a: 1 }) t += k.length;
    for (const [a, b] of [[1, 2]]) t += a + b;
    for await (const x of xs) t += x;
    while (t > 100) t--;
    do { t++; } while (false);
    var v; for (v of xs) t += v;
    return t;
  }`,
  'labels, break and continue': `(db) => { outer: for (const a of [1]) { inner: for (const b of [2]) { if (b) continue outer; break inner; } } return 1; }`,
  'switch with block-scoped declarations': `(db, x) => { switch (x) { case 1: { const y = 1; return y; } case 2: let z = 2; return z; default: return 0; } }`,
  'generators inside': `(db) => { function* g() { yield 1; yield* [2, 3]; } return [...g()]; }`,
  'template literals and tagged templates':
    "(db, name) => { const tag = (s, ...v) => s.raw.join('') + v.join(''); return tag`hi ${name}` + `x${1}y` + String.raw`a\\nb`; }",
  'optional chaining and nullish coalescing': `(db, o) => o?.a?.[0]?.(1) ?? o?.b ?? null`,
  'spread, rest and destructuring assignment': `(db, o) => { let a, b; ({ a, ...b } = o); [a, b] = [b, a]; return { ...o, arr: [...[1, 2]] }; }`,
  'standard globals': `(db) => [Math.max(1, 2), JSON.stringify({}), new Date(0), new Map(), new Set(), Promise.resolve(1), Number.isFinite(1), parseInt('1'), Symbol.iterator, BigInt(1), new Uint8Array(2), Reflect.ownKeys({}), new Proxy({}, {}), Intl, console.log, undefined, NaN, Infinity, Object.getPrototypeOf({}), Object.keys({}), Array.isArray([]), new Error('x'), encodeURIComponent('a')]`,
  'new.target and regexes': `(db) => { function F() { return new.target; } return [F(), /a(b)c/g.test('abc')] }`,
  'shadowing globals and forbidden names with locals': `(db) => { const plv8 = 1; let self = 2; const require = (x) => x; return plv8 + self + require('anything'); }`,
  'a string containing forbidden words': `(db) => db.query("select prototype_id, 'constructor is fine in text', eval_count from t")`,
  'object literals with keys named like forbidden properties': `(db) => ({ constructor: 1, prototype: 2, ['__proto__']: 3, 'eval': 4 })`,
  'a class with a constructor and a computed constructor key': `(db) => class { constructor() {} ['constructor']() {} }`,
  'trailing semicolon, whitespace and comments': `  /* leading */ async (db) => 1 ; // trailing comment\n  /* block */ \n`,
  'comments mentioning eval and plv8': `(db) => { // eval(plv8) would be bad\n /* this.constructor */ return 1; }`,
  'async generator inside and await in loops': `async (db) => { async function* g() { yield 1; } const out = []; for await (const x of g()) out.push(x); return out; }`,
  'Unicode identifiers and strings': `(db, café) => { const ñ = '→'; return café + ñ; }`,
  'assignment to local variables and parameters': `(db, n) => { n += 1; let m = 0; m++; const o = {}; o.x = 1; delete o.x; return n + m; }`,
  'var declared after use (hoisting)': `function (db) { x = 1; return x; var x; }`,
  'catch parameter destructuring': `(db) => { try { throw { code: 1 }; } catch ({ code }) { return code; } }`,
  'exponent, bigint, numeric separators': `(db) => 2 ** 10 + Number(10n) + 1_000`,
  'logical assignment': `(db, o) => { o.a ||= 1; o.b &&= 2; o.c ??= 3; return o; }`,
  'allowed class field arrow with this': `(db) => new (class { n = 1; get = () => this.n; })().get()`,
};
