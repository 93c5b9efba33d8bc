// Prints how long validation takes for typical and worst-case inputs (run after `npm run build`).
// Figures only; no assertions (speed is not tested, it is measured).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { validate } = require('./dist/index.js');

const typical = `async (db, userId, { limit = 20 } = {}) => {
  const { rows } = await db.query('select id, title, tags from posts where author = $1 order by id desc limit $2', [userId, limit]);
  const byTag = new Map();
  for (const row of rows) {
    for (const tag of row.tags ?? []) {
      const list = byTag.get(tag) ?? [];
      list.push({ id: row.id, title: row.title.trim() });
      byTag.set(tag, list);
    }
  }
  return Object.fromEntries([...byTag].map(([tag, posts]) => [tag, posts.length]));
}`;
const statement = `  total += items[i].price * items[i].qty; if (total > max) { max = total; }\n`;
const large = `(db, items) => {\n  let total = 0, max = 0;\n  for (let i = 0; i < items.length; i++) {\n${statement.repeat(Math.floor(95_000 / statement.length))}  }\n  return max;\n}`;
const deep = `(db) => ${'['.repeat(100_000)}${']'.repeat(100_000)}`;
const deepUnary = `(db) => ${'!'.repeat(100_000)}1`;

function measure(name, source, policy, iterations) {
  for (let i = 0; i < Math.min(iterations, 20); i++) validate(source, policy); // warm up
  const start = performance.now();
  let result;
  for (let i = 0; i < iterations; i++) result = validate(source, policy);
  const ms = (performance.now() - start) / iterations;
  const rules = [...new Set(result.diagnostics.map((d) => d.rule))].join(',') || 'ok';
  console.log(`${name.padEnd(44)} ${String(source.length).padStart(7)} chars  ${ms.toFixed(3).padStart(9)} ms/validate  (${rules})`);
}

measure('typical remote function', typical, undefined, 2000);
measure('~95 KB function', large, undefined, 20);
measure('100,000 nested brackets (prescan)', deep, { maxSourceLength: 1_000_000 }, 20);
measure('100,000 nested unary ops (parser overflow)', deepUnary, { maxSourceLength: 1_000_000 }, 5);
measure('200 KB source (size check only)', 'x'.repeat(200_000), undefined, 200);

const bundle = readFileSync(new URL('./dist/validator.iife.js', import.meta.url), 'utf8');
const t0 = performance.now();
new Function(`${bundle}; return WormholeValidator;`)();
console.log(`${'evaluate dist/validator.iife.js once'.padEnd(44)} ${String(bundle.length).padStart(7)} chars  ${(performance.now() - t0).toFixed(3).padStart(9)} ms`);
