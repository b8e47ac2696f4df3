/**
 * `npm run bench`: runs every benchmark module in `bench/` (each exports `run()`), or only those named on the
 * command line (`npm run bench -- catalog validate`). Each prints its own figures: medians of several runs,
 * with ratios against baselines measured in the same run.
 */
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// Helpers, not benchmarks.
const skip = new Set(['run.js', 'stats.js', 'child.js', 'baseline.js']);
const wanted = process.argv.slice(2);
const modules = readdirSync(here)
  .filter((f) => f.endsWith('.js') && !skip.has(f))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.js$/, '')))
  .sort();

if (modules.length === 0) {
  console.error(`bench: no benchmark matches ${wanted.join(', ')}`);
  process.exit(2);
}
for (const m of modules) {
  console.log(`\n=== bench ${m.replace(/\.js$/, '')} ===`);
  const mod = (await import(new URL(m, import.meta.url).href)) as { run?: () => Promise<void> };
  if (typeof mod.run !== 'function') throw new Error(`bench/${m} does not export run()`);
  await mod.run();
}
