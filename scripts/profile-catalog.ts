/**
 * Where a cold catalog run spends its time: generates the models (no cache) on the worker pool and sums
 * each stage's milliseconds (load, each emitter, format) over all models, with the slowest models.
 *
 *   node dist/scripts/profile-catalog.js [--every N] [--jobs N]
 */
import { basename } from 'node:path';
import { generate } from '../generator/scale/generate.js';
import { catalogFiles } from './conformance.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const every = arg('--every', 1);
const files = catalogFiles().filter((_f, i) => i % every === 0);
const start = performance.now();
const result = await generate({ models: files, jobs: arg('--jobs', 2), cacheDir: false });
const wall = (performance.now() - start) / 1000;
const totals = new Map<string, number>();
for (const o of result.outputs) for (const [stage, ms] of Object.entries(o.timings ?? {})) totals.set(stage, (totals.get(stage) ?? 0) + ms);
const cpu = [...totals.values()].reduce((a, b) => a + b, 0);
console.log(`models: ${files.length}; wall ${wall.toFixed(1)} s; summed stage time ${(cpu / 1000).toFixed(1)} s`);
for (const [stage, ms] of [...totals].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${stage.padEnd(24)} ${(ms / 1000).toFixed(1).padStart(7)} s  ${((ms / cpu) * 100).toFixed(0).padStart(3)}%`);
}
const slowest = [...result.outputs]
  .map((o) => ({ name: basename(o.file), ms: Object.values(o.timings ?? {}).reduce((a, b) => a + b, 0) }))
  .sort((a, b) => b.ms - a.ms)
  .slice(0, 8);
console.log('slowest models: ' + slowest.map((s) => `${s.name} ${(s.ms / 1000).toFixed(1)} s`).join(', '));
