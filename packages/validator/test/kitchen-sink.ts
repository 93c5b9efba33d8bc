/**
 * Syntax kitchen sinks: between them, every ESTree node type acorn can produce (ES2022 and
 * later included), in most of the positions it can take. They only need to parse, not run: they
 * are the corpus children.test.ts checks child enumeration on, and that test also checks they
 * cover every node type acorn's type definitions declare.
 */

/** Parsed as a module (import/export, import.meta, top-level await, `using`). */
export const MODULE_SINK = `
import def, { a as b, c, 'str' as d } from 'mod';
import * as ns from 'mod2' with { type: 'json' };
import 'side-effect';
export { b as e, c };
export { x as 'string name' } from 'mod3';
export * from 'mod4';
export * as ns2 from 'mod5' with { type: 'json' };
export default class extends Base { static #count = 0; }
export const exported = 1, [ea, ...eb] = [], { ec, ed: { ee } = {} } = {};
export function exportedFn() { return import.meta.url; }
export async function* exportedGen() { yield* await import('mod6', { with: { type: 'json' } }); }
const loaded = await import(\`./\${def}.js\`);
for await (const chunk of ns) loaded.push(chunk);
{ using res = open(); await using ares = openAsync(); }
for (using r of resources) r.use();
`;

/** Parsed as a sloppy script (with, labels, legacy forms), and again with preserveParens. */
export const SCRIPT_SINK = `
'use client';
var v = 1, w;
let l = (1, 2);
const { k1, k2: [k3 = 1, , ...k4], ['k' + 5]: k5, ...k6 } = obj, [[deep]] = arr;
function decl(p1, { p2 } = {}, [p3] = [], ...p4) { return arguments.length + new.target; }
function* gen() { const got = yield; yield* other(); return got; }
async function af() { 'use strict'; await af(); for await (const x of y) {} }
async function* agen() { yield await 1; }
const arrow = async (a, b = a) => ({ a, b, ...rest, [computed]: 1, 'quoted': 2, 3: 4, get g() { return this.a; }, set s(v) {}, m() { super.m(); }, async *am() {} });
class C extends (Base ?? Object) {
  static s = 1;
  #priv = 2;
  'string key' = 3;
  [computedField] = 4;
  static #sp;
  uninitialised;
  static { this.s++; var inStatic = C.#sp; }
  constructor(...args) { super(...args); this.#priv += 1; }
  get #getter() { return this.#priv; }
  set value(v) { this.#priv = v; }
  static async *[Symbol.iterator]() {}
  has(o) { return #priv in o; }
}
const ce = class Named { m() { return Named; } };
label: for (let i = 0; i < 3; i++) { if (i) continue label; else break label; }
outer: { break outer; }
for (const key in obj) ;
for (key of list) {}
for (var vi = 0, vj; ; ) break;
while (w) w--;
do w++; while (w < 2);
switch (v) { case 1: case 2: { let inCase; break; } default: v = 0; }
try { throw new Error('e'); } catch ({ message }) { } finally { }
try { } catch { }
with (obj) { prop; }
debugger;
if (a) b; else if (c) d; else { }
;
x = y, x += 1, x ||= 2, x &&= 3, x ??= 4, x **= 2, x >>>= 1;
[x, y] = [y, x];
({ x, y: { z } = {} } = o);
x++; --x; !x; ~x; -x; +x; typeof x; void x; delete x.y;
a ? b : c;
(a && b || c) ?? d;
a?.b?.[c]?.(d)?.e;
(a?.b).c;
new Foo;
new Foo.Bar(...args);
tag\`head \${value} tail \${other}\`;
\`plain \${1 + 1} \${\`nested \${deep}\`}\`;
String.raw\`\\unicode\`;
/re(g)ex/giu.test('x');
/[\\p{L}--[a-z]]/v;
0x1F + 0o17 + 0b11 + 1_000_000 + 1e3 + .5 + 10n + null + true + 'str';
(function named() {})();
(() => {})();
(function () { return this; }).call(o);
`;
