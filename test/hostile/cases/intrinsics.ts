/**
 * Every intrinsic reachable from the global object is frozen for remote functions: an attempt to
 * patch one is refused (WH001 by the validator, or a TypeError in strict code: WH010), and a later,
 * unrelated call sees the pristine behaviour.
 */
import { WH } from '../support/expectations';
import type { Case, Step } from '../support/harness';

// A later call by the same role on the same connection that exercises every patched path.
const probe: Step = {
  fn: `(db) => {
    const it = [...new Set([1, 2])].concat([...new Map([[3, 4]]).keys()], [...'ab'], [...'x1y2'.matchAll(/\\d/g)].map((m) => m[0]));
    return {
      it, typed: Array.from(new Int16Array([7])), json: JSON.stringify({ a: 1 }), max: Math.max(1, 5), keys: Object.keys({ k: 1 }),
      str: String(12), num: (5).toFixed(1), date: typeof Date.now(), poll: ({}).polluted === undefined && [].polluted === undefined,
      agg: new AggregateError([], 'm').message, sym: typeof Symbol.iterator, prom: typeof Promise.resolve(1).then,
      cons: typeof console, re: /a/.test('a'), err: new Error('e').message,
      seg: [...new Intl.Segmenter().segment('ab')].map((s) => s.segment).concat(new Intl.Segmenter().segment('ab').containing(1).segment),
    };
  }`,
  expect: {
    ok: true,
    value: {
      it: [1, 2, 3, 'a', 'b', '1', '2'],
      typed: [7],
      json: '{"a":1}',
      max: 5,
      keys: ['k'],
      str: '12',
      num: '5.0',
      date: 'number',
      poll: true,
      agg: 'm',
      sym: 'symbol',
      prom: 'function',
      cons: 'object',
      re: true,
      err: 'e',
      seg: ['a', 'b', 'b'],
    },
  },
};

const PATCHES: Array<[string, string]> = [
  ['%MapIteratorPrototype%.next', `Object.getPrototypeOf(new Map().keys()).next = () => ({ done: true })`],
  ['%SetIteratorPrototype%.next', `Object.getPrototypeOf(new Set().values()).next = () => ({ done: true })`],
  ['%StringIteratorPrototype%.next', `Object.getPrototypeOf(''[Symbol.iterator]()).next = () => ({ done: true })`],
  ['%RegExpStringIteratorPrototype%.next', `Object.getPrototypeOf('a'.matchAll(/a/g)).next = () => ({ done: true })`],
  ['%ArrayIteratorPrototype%.next', `Object.getPrototypeOf([][Symbol.iterator]()).next = () => ({ done: true })`],
  [
    '%IteratorPrototype%[Symbol.iterator]',
    `Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))[Symbol.iterator] = () => [][Symbol.iterator]()`,
  ],
  ['%TypedArray%.from', `Object.getPrototypeOf(Int16Array).from = () => [0]`],
  ['Int16Array.prototype via getPrototypeOf', `Object.getPrototypeOf(new Int16Array(1)).fill = () => 0`],
  ['Float64Array.BYTES_PER_ELEMENT via defineProperty', `Object.defineProperty(Float64Array, 'from', { value: () => 0 })`],
  ['console.log', `console.log = () => 0`],
  ['console via defineProperty', `Object.defineProperty(console, 'x', { value: 1 })`],
  ['AggregateError.prototype.message', `Object.getPrototypeOf(new AggregateError([])).message = 'x'`],
  ['Array.prototype.concat', `[].concat.call; Object.getPrototypeOf([]).concat = () => []`],
  ['Object.prototype pollution via a literal', `Object.getPrototypeOf({}).polluted = 1`],
  ['Object.prototype pollution via __proto__', `({}).__proto__.polluted = 1`],
  ['Object.prototype via Object.assign', `Object.assign(Object.getPrototypeOf({}), { polluted: 1 })`],
  ['Object.keys', `Object.keys = () => []`],
  ['Symbol.iterator replaced', `Object.defineProperty(Symbol, 'iterator', { value: Symbol('x') })`],
  ['Promise.prototype.then', `Object.getPrototypeOf(Promise.resolve()).then = () => 0`],
  ['JSON.stringify', `JSON.stringify = () => '{}'`],
  ['Math.max', `Math.max = () => 0`],
  ['Number.prototype.toFixed', `Object.getPrototypeOf(5).toFixed = () => 'x'`],
  ['String constructor property', `String.fromCharCode = () => 'x'`],
  ['RegExp.prototype.test', `Object.getPrototypeOf(/a/).test = () => false`],
  ['RegExp.prototype[Symbol.matchAll]', `Object.getPrototypeOf(/a/)[Symbol.matchAll] = () => [][Symbol.iterator]()`],
  ['Date.now', `Date.now = () => 'x'`],
  ['Error.prototype.message', `Object.getPrototypeOf(new Error()).message = 'x'`],
  ['Reflect.defineProperty on Array.prototype', `Reflect.defineProperty(Object.getPrototypeOf([]), 'polluted', { value: 1 })`],
  ['Object.setPrototypeOf of an intrinsic', `Object.setPrototypeOf(Object.getPrototypeOf([]), null)`],
  ['Object.preventExtensions of an intrinsic (denial for later calls)', `Object.preventExtensions(Math)`],
  // Only an Intl.Segmenter's segments lead to these two; the private realm freezes them on the first segment() call.
  ['%SegmentsPrototype%.containing', `Object.getPrototypeOf(new Intl.Segmenter().segment('ab')).containing = () => ({ segment: 'x' })`],
  ['%SegmentIteratorPrototype%.next', `Object.getPrototypeOf(new Intl.Segmenter().segment('ab')[Symbol.iterator]()).next = () => ({ done: true })`],
  ['Intl.Segmenter.prototype.segment', `Intl.Segmenter.prototype.segment = () => []`],
];

// Reflect.* reports a refused change by returning false instead of throwing.
const QUIET = /^Reflect\./;
export const cases: Case[] = PATCHES.map(([name, code]): Case => ({
  name: `remote function patches ${name}`,
  steps: [
    {
      fn: `(db) => { ${code}; return 'patched'; }`,
      expect: QUIET.test(name) ? { okOrCode: [WH.validation, WH.threw] } : { code: [WH.validation, WH.threw] },
    },
    probe,
  ],
}));
