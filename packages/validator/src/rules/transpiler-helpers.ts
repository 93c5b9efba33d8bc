/**
 * Names of the helpers TypeScript (tslib), Babel and esbuild insert when they compile modern syntax
 * down to an older target. They live in the client's module, so a function that references one
 * cannot run anywhere else; the fix is a newer compile target, not passing the helper along.
 */

const HELPERS = new Set([
  // TypeScript / tslib
  '__awaiter', '__generator', '__assign', '__spreadArray', '__spread', '__spreadArrays', '__rest', '__values',
  '__read', '__extends', '__decorate', '__param', '__metadata', '__await', '__asyncGenerator', '__asyncDelegator',
  '__asyncValues', '__makeTemplateObject', '__importStar', '__importDefault', '__createBinding', '__exportStar',
  '__classPrivateFieldGet', '__classPrivateFieldSet', '__classPrivateFieldIn', '__esDecorate', '__runInitializers',
  '__setFunctionName', '__propKey', '__addDisposableResource', '__disposeResources', '__rewriteRelativeImportExtension',
  // esbuild
  '__async', '__spreadValues', '__spreadProps', '__objRest', '__publicField', '__privateGet', '__privateSet',
  '__privateAdd', '__name', '__toESM', '__toCommonJS', '__require', '__commonJS', '__forAwait', '__yieldStar',
  // Babel
  '_asyncToGenerator', '_regeneratorRuntime', 'regeneratorRuntime', '_regenerator', '_defineProperty', '_objectSpread',
  '_objectSpread2', '_objectWithoutProperties', '_objectWithoutPropertiesLoose', '_slicedToArray', '_toConsumableArray',
  '_classCallCheck', '_createClass', '_inherits', '_createSuper', '_callSuper', '_possibleConstructorReturn',
  '_getPrototypeOf', '_setPrototypeOf', '_assertThisInitialized', '_typeof', '_extends', '_interopRequireDefault',
  '_interopRequireWildcard', '_asyncIterator', '_awaitAsyncGenerator', '_wrapAsyncGenerator', '_createForOfIteratorHelper',
  '_createForOfIteratorHelperLoose', '_classPrivateFieldGet', '_classPrivateFieldSet', '_taggedTemplateLiteral',
  '_toPropertyKey', '_toPrimitive', '_iterableToArray', '_arrayLikeToArray', '_unsupportedIterableToArray',
  '_arrayWithHoles', '_nonIterableRest', '_iterableToArrayLimit', '_arrayWithoutHoles', '_nonIterableSpread',
  '_wrapNativeSuper', '_isNativeReflectConstruct', '_superPropGet', '_get',
  // helper modules imported as a whole
  'tslib', '_tslib',
]);

/** `tslib_1` is how TypeScript names the tslib import under importHelpers; Babel uses `_babel_runtime…`. */
const HELPER_PATTERNS = [/^tslib_\d+$/, /^_babel_?runtime/i, /^_?regenerator(Runtime)?\d*$/];

export function isTranspilerHelper(name: string): boolean {
  return HELPERS.has(name) || HELPER_PATTERNS.some((p) => p.test(name));
}

export function transpilerHelperMessage(name: string): string {
  return `\`${name}\` is a helper your compiler inserted when it compiled this function down to an older JavaScript version; ` +
    'the helper lives in your module and does not travel to the database. Compile to ES2017 or later ' +
    '(tsconfig "target": "ES2017" or newer; Babel/esbuild: target node18) so async functions, spread and classes are emitted natively';
}
