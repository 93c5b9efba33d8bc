/**
 * `wormhole deploy <entry>`: loads the app's entry module the way the app starts (its remote()
 * calls run and are validated), collects every function it defines, and installs each one on the
 * server ahead of time. With the app connecting `{ deployed: true }`, production then sends hashes
 * only, never source.
 */
import { existsSync } from 'fs';
import { createRequire } from 'module';
import { extname, resolve } from 'path';
import { pathToFileURL } from 'url';
import type { Client } from 'pg';
import { CollectedDefinition, DEPLOY_COLLECTOR } from '../definition';
import { CliError, EXIT } from './output';
import { Progress } from './progress';

export interface DeployedFunction {
  name: string;
  hash: string;
  /** installed: new on the server; present: it had it already; refused: the server said no (error). */
  status: 'installed' | 'present' | 'refused';
  error?: string;
}

/** Loads `entry` and answers the functions it defined (waiting `settleMs` for definitions made after startup). */
export async function collectDefinitions(entry: string, settleMs: number): Promise<CollectedDefinition[]> {
  const file = resolve(entry);
  if (!existsSync(file)) throw new CliError(`deploy: ${entry} does not exist (resolved to ${file})`, EXIT.USAGE);
  const found = new Map<string, CollectedDefinition>();
  (globalThis as Record<symbol, unknown>)[DEPLOY_COLLECTOR] = (def: CollectedDefinition) => {
    if (!found.has(def.hash)) found.set(def.hash, def);
  };
  // A remote() refused after an awaited connect() rejects a promise nobody handles: it is a
  // failure of this deploy, not a crash.
  let failure: unknown;
  const onRejection = (reason: unknown) => {
    failure ??= reason;
  };
  process.on('unhandledRejection', onRejection);
  try {
    await load(file);
    // Apps often define functions after an awaited connect(): give them a moment to run.
    let count = -1;
    while (count !== found.size && failure === undefined) {
      count = found.size;
      await new Promise((r) => setTimeout(r, settleMs));
    }
    if (failure !== undefined) throw failure;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    // A ValidationError from the app's own remote() is a refusal like the server's.
    const refused = (error as { name?: string })?.name === 'ValidationError';
    throw new CliError(`deploy: loading ${entry} failed: ${message}`, refused ? EXIT.REFUSED : EXIT.FAILED);
  } finally {
    process.off('unhandledRejection', onRejection);
  }
  return [...found.values()];
}

async function load(file: string): Promise<void> {
  const ext = extname(file);
  const fromApp = createRequire(file);
  if (['.ts', '.mts', '.cts', '.tsx'].includes(ext)) {
    // TypeScript entries load through tsx or ts-node, whichever the app has installed.
    if (tryResolve(fromApp, 'tsx/cjs/api')) {
      fromApp('tsx/cjs/api').register();
    } else if (tryResolve(fromApp, 'ts-node')) {
      fromApp('ts-node').register({ transpileOnly: true });
    } else {
      throw new CliError(`deploy: ${file} is TypeScript; install tsx (npm i -D tsx) or ts-node, or deploy the compiled .js entry`, EXIT.USAGE);
    }
    fromApp(file);
    return;
  }
  if (ext === '.mjs') {
    await import(pathToFileURL(file).href);
    return;
  }
  try {
    fromApp(file);
  } catch (error) {
    // An ES module entry (.js with "type": "module") cannot be required.
    if ((error as { code?: string })?.code !== 'ERR_REQUIRE_ESM') throw error;
    await import(pathToFileURL(file).href);
  }
}

function tryResolve(req: NodeRequire, id: string): boolean {
  try {
    req.resolve(id);
    return true;
  } catch {
    return false;
  }
}

/** Installs each definition the server does not have; refusals are reported, not thrown. */
export async function installAll(client: Client, defs: CollectedDefinition[], progress: Progress): Promise<DeployedFunction[]> {
  const { rows } = await client.query<{ hash: string }>('SELECT hash FROM wormhole.functions WHERE hash = ANY($1::text[])', [
    defs.map((d) => d.hash),
  ]);
  const present = new Set(rows.map((r) => r.hash));
  const out: DeployedFunction[] = [];
  progress.start(defs.length);
  for (const def of defs) {
    if (present.has(def.hash)) {
      out.push({ name: def.name, hash: def.hash, status: 'present' });
    } else {
      try {
        await client.query('SELECT wormhole.install($1, $2)', [def.source, def.name]);
        out.push({ name: def.name, hash: def.hash, status: 'installed' });
      } catch (error) {
        out.push({ name: def.name, hash: def.hash, status: 'refused', error: (error as Error).message });
      }
    }
    progress.tick(def.name);
  }
  progress.stop();
  return out;
}
