/**
 * Names of the helpers TypeScript (tslib), Babel and esbuild insert when they compile modern syntax
 * down to an older target. They live in the client's module, so a function that references one
 * cannot run anywhere else. The fix depends on the tool and on the syntax the helper stands for:
 * each message names both, so that it never recommends a target the user already has (tsc ES2017
 * emits `__rest` for object rest, which is ES2018 syntax).
 *
 * esbuild's `__name` (keepNames, always on under tsx) and Istanbul's counters are not here: they
 * are removed by stripInstrumentation (instrumentation.ts) before validation.
 */

type Tool = 'tsc' | 'esbuild' | 'babel';

interface Helper {
  tool: Tool;
  /** The syntax the helper replaces, and the first ECMAScript edition that has it. */
  feature: string;
  edition: number;
}

const ASYNC = { feature: 'async functions', edition: 2017 };
const GENERATORS = { feature: 'generators and for-of', edition: 2015 };
const SPREAD = { feature: 'array spread and iteration', edition: 2015 };
const OBJECT_REST = { feature: 'object rest (`const { a, ...rest } = obj`)', edition: 2018 };
const OBJECT_SPREAD = { feature: 'object spread (`{ ...obj }`)', edition: 2018 };
const ASYNC_ITERATION = { feature: 'async iteration (`for await`, async generators)', edition: 2018 };
const CLASSES = { feature: 'classes', edition: 2015 };
const CLASS_FIELDS = { feature: 'class fields and private members', edition: 2022 };
const TEMPLATES = { feature: 'tagged templates', edition: 2015 };
const DECORATORS = { feature: 'decorators', edition: 2022 };
const MODULES = { feature: 'imports', edition: 2015 };
const USING = { feature: '`using` declarations', edition: 2022 };

const TABLE: Record<string, Helper> = {};
function add(tool: Tool, what: { feature: string; edition: number }, names: string[]): void {
  for (const n of names) TABLE[n] = { tool, ...what };
}
add('tsc', ASYNC, ['__awaiter']);
add('tsc', GENERATORS, ['__generator', '__values', '__read']);
add('tsc', SPREAD, ['__spreadArray', '__spread', '__spreadArrays']);
add('tsc', OBJECT_REST, ['__rest']);
add('tsc', OBJECT_SPREAD, ['__assign']);
add('tsc', ASYNC_ITERATION, ['__await', '__asyncGenerator', '__asyncDelegator', '__asyncValues']);
add('tsc', CLASSES, ['__extends', '__setFunctionName', '__propKey']);
add('tsc', CLASS_FIELDS, ['__classPrivateFieldGet', '__classPrivateFieldSet', '__classPrivateFieldIn']);
add('tsc', DECORATORS, ['__decorate', '__param', '__metadata', '__esDecorate', '__runInitializers']);
add('tsc', TEMPLATES, ['__makeTemplateObject']);
add('tsc', MODULES, ['__importStar', '__importDefault', '__createBinding', '__exportStar', '__rewriteRelativeImportExtension', 'tslib', '_tslib']);
add('tsc', USING, ['__addDisposableResource', '__disposeResources']);
add('esbuild', ASYNC, ['__async']);
add('esbuild', GENERATORS, ['__forAwait', '__yieldStar']);
add('esbuild', OBJECT_SPREAD, ['__spreadValues', '__spreadProps']);
add('esbuild', OBJECT_REST, ['__objRest']);
add('esbuild', CLASS_FIELDS, ['__publicField', '__privateGet', '__privateSet', '__privateAdd']);
add('esbuild', MODULES, ['__toESM', '__toCommonJS', '__require', '__commonJS']);
add('esbuild', { feature: 'function names (keepNames, which tsx turns on)', edition: 2015 }, ['__name']);
add('babel', ASYNC, ['_asyncToGenerator']);
add('babel', GENERATORS, [
  '_regeneratorRuntime',
  'regeneratorRuntime',
  '_regenerator',
  '_createForOfIteratorHelper',
  '_createForOfIteratorHelperLoose',
  '_iterableToArray',
  '_arrayLikeToArray',
  '_unsupportedIterableToArray',
  '_arrayWithHoles',
  '_nonIterableRest',
  '_iterableToArrayLimit',
  '_slicedToArray',
]);
add('babel', SPREAD, ['_toConsumableArray', '_arrayWithoutHoles', '_nonIterableSpread']);
add('babel', OBJECT_SPREAD, ['_defineProperty', '_objectSpread', '_objectSpread2', '_extends', '_toPropertyKey', '_toPrimitive']);
add('babel', OBJECT_REST, ['_objectWithoutProperties', '_objectWithoutPropertiesLoose']);
add('babel', CLASSES, [
  '_classCallCheck',
  '_createClass',
  '_inherits',
  '_createSuper',
  '_callSuper',
  '_possibleConstructorReturn',
  '_getPrototypeOf',
  '_setPrototypeOf',
  '_assertThisInitialized',
  '_wrapNativeSuper',
  '_isNativeReflectConstruct',
  '_superPropGet',
  '_get',
  '_typeof',
]);
add('babel', CLASS_FIELDS, ['_classPrivateFieldGet', '_classPrivateFieldSet']);
add('babel', ASYNC_ITERATION, ['_asyncIterator', '_awaitAsyncGenerator', '_wrapAsyncGenerator']);
add('babel', TEMPLATES, ['_taggedTemplateLiteral']);
add('babel', MODULES, ['_interopRequireDefault', '_interopRequireWildcard']);

/** `tslib_1` is how TypeScript names the tslib import under importHelpers; Babel uses `_babel_runtime…`. */
const PATTERNS: Array<[RegExp, Helper]> = [
  [/^tslib_\d+$/, { tool: 'tsc', ...MODULES }],
  [/^_babel_?runtime/i, { tool: 'babel', ...ASYNC }],
  [/^_?regenerator(Runtime)?\d*$/, { tool: 'babel', ...GENERATORS }],
];

function lookup(name: string): Helper | undefined {
  if (Object.prototype.hasOwnProperty.call(TABLE, name)) return TABLE[name];
  return PATTERNS.find(([p]) => p.test(name))?.[1];
}

export function isTranspilerHelper(name: string): boolean {
  return lookup(name) !== undefined;
}

/** The exact setting that makes each tool emit the syntax itself (messages stay under 400 characters). */
function fix(h: Helper): string {
  switch (h.tool) {
    case 'tsc':
      return `Fix (TypeScript: tsc, ts-node, ts-jest): tsconfig "target": "ES${Math.max(h.edition, 2018)}" or later`;
    case 'esbuild':
      return h.feature.startsWith('function names')
        ? 'Fix (esbuild --keep-names, tsx): pg-wormhole strips the usual __name(fn, "name") wrappers; this one has another shape, so build without keepNames'
        : 'Fix (esbuild, tsx, vitest): --target=es2022 (or tsconfig "target" for tsx)';
    case 'babel':
      return "Fix (Babel, babel-jest): presets: [['@babel/preset-env', { targets: { node: 'current' } }]]";
  }
}

export function transpilerHelperMessage(name: string): string {
  const h = lookup(name) as Helper;
  return (
    `\`${name}\` is a helper ${TOOL_NAMES[h.tool]} inserted for ${h.feature} (ES${h.edition}) when compiling for an older target; ` +
    `it stays in your module. ${fix(h)}`
  );
}

const TOOL_NAMES: Record<Tool, string> = { tsc: 'TypeScript', esbuild: 'esbuild', babel: 'Babel' };

/**
 * Babel's async wrapper: with preset-env's default targets, `async (db, x) => { … }` becomes
 * `function (_x, _x2) { return _ref.apply(this, arguments); }` and the body moves into a closure
 * variable `_ref` (or `_fn`, `_name`) of the module, so nothing of the function is left to send.
 */
export const BABEL_WRAPPER = /^_(ref|fn|[A-Za-z]+)\d*$/;

export function babelWrapperMessage(name: string): string {
  return (
    `\`${name}\` is where Babel moved this function's body (preset-env compiled async functions for old engines): ` +
    'the function only forwards to it, so there is nothing to send. ' +
    fix({ tool: 'babel', ...ASYNC })
  );
}
