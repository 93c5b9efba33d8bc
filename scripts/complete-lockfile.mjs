// Adds lock entries for turbo's macOS/Windows binaries when npm left them out.
//
// Why: the registry this project is built against serves only turbo's Linux binaries, so
// `npm install` writes a package-lock.json without @turbo/darwin-* and @turbo/windows-*, and
// `npm ci` then refuses the lock as "out of sync". The entries are optional and platform-bound,
// so npm never downloads them on Linux; they only have to be present. Run after `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const linux = lock.packages['node_modules/@turbo/linux-64'];
if (!linux) throw new Error('package-lock.json has no @turbo/linux-64 entry: run npm install first');

const foreign = { 'darwin-64': ['darwin', 'x64'], 'darwin-arm64': ['darwin', 'arm64'], 'windows-64': ['win32', 'x64'], 'windows-arm64': ['win32', 'arm64'] };
let added = 0;
for (const [name, [os, cpu]] of Object.entries(foreign)) {
  const key = `node_modules/@turbo/${name}`;
  if (lock.packages[key]) continue;
  lock.packages[key] = { version: linux.version, cpu: [cpu], dev: true, license: linux.license, optional: true, os: [os] };
  added++;
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
console.log(added ? `added ${added} turbo platform entries to package-lock.json` : 'package-lock.json already complete');
