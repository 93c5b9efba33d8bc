// Lays out the extension's versioned install/upgrade scripts in dist/:
//   sql/wormhole--*.sql      released scripts, frozen with the bundles they shipped: copied as they are
//   sql/wormhole--*.sql.in   the unreleased version's template: the esbuild bundles of
//                            @wormhole/plv8-runtime are substituted (run `npm run build` there first;
//                            turbo does, since this workspace depends on it)
// Releasing a version = committing the generated dist/ file in place of its template (see README).
//
// Placeholders: @VERSION@, the policy's defaults and limits (@DEFAULT_MAX_DEPTH@ ...), the most hashes
// one usage report takes (@REPORT_USE_MAX_HASHES@, from @wormhole/protocol), @RUNTIME_BUNDLE@
// (the call path), @INSTALLER_BUNDLE@ (validator + async rewrite), @RUNTIME@ (this version's runtime,
// loaded on first use: the entry points' one loader) and @INSTALLER@ (this version's installer), and
// @RUNTIME_CONTEXT@ / @INSTALLER_CONTEXT@ (the first line of a plv8 body that names the private
// context it runs in, one per version: the runtime's, and the installer's of the extension owner),
// and @RAISE_OBJECT_FIELDS@ / @RAISE_OBJECT_FIELD_OPTIONS@ (the object fields wormhole._raise raises,
// from @wormhole/protocol).
// Each bundle goes into a plv8 function body quoted with $wormhole_bundle$.
import { copyFileSync, readFileSync, readdirSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const runtimeDir = dirname(require.resolve('@wormhole/plv8-runtime/package.json'));
const QUOTE = '$wormhole_bundle$';

function bundle(file) {
  const path = join(runtimeDir, 'dist', file);
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${path} is missing: build the runtime first (npm run build -w @wormhole/plv8-runtime)`);
  }
  if (text.includes(QUOTE)) throw new Error(`${file} contains ${QUOTE}, which would end the function body early`);
  return text;
}

// The policy table's defaults and bounds are the validator's (one owner: validator/src/policy.ts),
// so a value the SQL accepts is always one the validator can honour.
const { DEFAULT_POLICY, MAX_DEPTH_LIMIT, MAX_SOURCE_LENGTH_LIMIT } = require('@wormhole/validator');
const policyLimits = {
  '@DEFAULT_MAX_SOURCE_LENGTH@': String(DEFAULT_POLICY.maxSourceLength),
  '@DEFAULT_MAX_DEPTH@': String(DEFAULT_POLICY.maxDepth),
  '@MAX_SOURCE_LENGTH_LIMIT@': String(MAX_SOURCE_LENGTH_LIMIT),
  '@MAX_DEPTH_LIMIT@': String(MAX_DEPTH_LIMIT),
};
// The most hashes one wormhole.report_use call takes: the SDK splits its reports by the same number.
const usageLimits = { '@REPORT_USE_MAX_HASHES@': String(require('@wormhole/protocol').USAGE_REPORT_LIMITS.maxHashes) };
/**
 * How an entry point reaches this version's runtime or installer in the realm, said once here rather
 * than in every function body: the runtime bundle defines `__wormhole@<version>` when
 * wormhole._load_runtime() runs (on a backend's first call), the installer `__wormhole_installer@<version>`.
 */
function loaders(version) {
  const runtime = `globalThis['__wormhole@${version}']`;
  return {
    '@RUNTIME@': `(${runtime} || (plv8.execute('SELECT wormhole._load_runtime()'), ${runtime}))`,
    '@INSTALLER@': `globalThis['__wormhole_installer@${version}']`,
    '@RUNTIME_CONTEXT@': `// plv8:context wormhole-${version}`,
    '@INSTALLER_CONTEXT@': `// plv8:context wormhole-install-${version}`,
  };
}
/**
 * The object fields (schema_name…) that wormhole._raise, the upstream PL/v8 wrapper, raises from the
 * error the runtime returns as data: @wormhole/protocol's OBJECT_FIELDS, the list the runtime copies
 * onto that error (raisedFieldsOf), so the two cannot drift. Each is the RAISE option of its name.
 */
function raiseObjectFields() {
  const { OBJECT_FIELDS } = require('@wormhole/protocol');
  const RAISE_OPTIONS = ['SCHEMA', 'TABLE', 'COLUMN', 'DATATYPE', 'CONSTRAINT']; // PL/pgSQL's RAISE ... USING
  const names = Object.values(OBJECT_FIELDS);
  const options = names.map((name) => {
    const option = name.replace(/_name$/, '').toUpperCase();
    if (!RAISE_OPTIONS.includes(option)) {
      throw new Error(`@wormhole/protocol OBJECT_FIELDS has ${name}, which no RAISE option (${RAISE_OPTIONS.join(', ')}) sets: wormhole._raise could not raise it`);
    }
    return `${option} = coalesce(e->>'${name}', '')`;
  });
  return {
    '@RAISE_OBJECT_FIELDS@': `ARRAY[${names.map((name) => `'${name}'`).join(', ')}]`,
    '@RAISE_OBJECT_FIELD_OPTIONS@': options.join(',\n      '),
  };
}
const bundles = { '@RUNTIME_BUNDLE@': bundle('runtime.bundle.js'), '@INSTALLER_BUNDLE@': bundle('installer.bundle.js') };
const out = join(here, 'dist');
rmSync(out, { recursive: true, force: true });
mkdirSync(out);
const scripts = readdirSync(join(here, 'sql'));
const frozen = scripts.filter((f) => /^wormhole--[\d.]+(--[\d.]+)?\.sql$/.test(f));
for (const file of frozen) copyFileSync(join(here, 'sql', file), join(out, file));
const templates = scripts.filter((f) => /^wormhole--[\d.]+(--[\d.]+)?\.sql\.in$/.test(f));
for (const template of templates) {
  if (frozen.includes(template.replace(/\.in$/, ''))) throw new Error(`${template}: that version is released (frozen); add an upgrade script instead`);
  // @VERSION@ is the version the script installs or upgrades to, from its name: the one owner of it.
  const version = /--([\d.]+)\.sql\.in$/.exec(template)[1];
  let sql = readFileSync(join(here, 'sql', template), 'utf8').split('@VERSION@').join(version);
  for (const [placeholder, text] of Object.entries({ ...policyLimits, ...usageLimits })) sql = sql.split(placeholder).join(text);
  for (const [placeholder, text] of Object.entries(loaders(version))) sql = sql.split(placeholder).join(text);
  for (const [placeholder, text] of Object.entries(raiseObjectFields())) sql = sql.split(placeholder).join(text);
  for (const [placeholder, text] of Object.entries(bundles)) sql = sql.split(placeholder).join(text);
  const left = /@[A-Z_]+@/.exec(sql);
  if (left) throw new Error(`${template}: unknown placeholder ${left[0]}`);
  writeFileSync(join(out, template.replace(/\.in$/, '')), sql);
}
console.log(`extension: copied ${frozen.join(', ')}; generated ${templates.map((t) => t.replace(/\.in$/, '')).join(', ')} in dist/`);
