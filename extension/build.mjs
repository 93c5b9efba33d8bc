// Generates the extension's versioned install/upgrade scripts into dist/ from the frozen templates
// in sql/ and the esbuild bundles of @wormhole/plv8-runtime (run `npm run build` there first;
// turbo does, since this workspace depends on it).
//
// Placeholders: @RUNTIME_BUNDLE@ (the call path), @INSTALLER_BUNDLE@ (validator + async rewrite).
// Each bundle goes into a plv8 function body quoted with $wormhole_bundle$.
import { readFileSync, readdirSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
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

const bundles = { '@RUNTIME_BUNDLE@': bundle('runtime.bundle.js'), '@INSTALLER_BUNDLE@': bundle('installer.bundle.js') };
const out = join(here, 'dist');
rmSync(out, { recursive: true, force: true });
mkdirSync(out);
const templates = readdirSync(join(here, 'sql')).filter((f) => /^wormhole--[\d.]+(--[\d.]+)?\.sql\.in$/.test(f));
for (const template of templates) {
  let sql = readFileSync(join(here, 'sql', template), 'utf8');
  for (const [placeholder, text] of Object.entries(bundles)) sql = sql.split(placeholder).join(text);
  const left = /@[A-Z_]+@/.exec(sql);
  if (left) throw new Error(`${template}: unknown placeholder ${left[0]}`);
  writeFileSync(join(out, template.replace(/\.in$/, '')), sql);
}
console.log(`extension: generated ${templates.map((t) => t.replace(/\.in$/, '')).join(', ')} in dist/`);
