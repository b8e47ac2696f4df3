/**
 * The whole AWS catalog through `shapegen generate` (a child process per run, as a user runs it):
 * cold (empty cache and output), nothing changed, one model changed, one service alone, and peak memory.
 * Targets on the 2-core machine: cold < 60 s, unchanged < 1 s, one changed < 5 s, peak < 2 GB.
 * With `BENCH_BASELINE=<git rev>` the cold run of that revision is measured too, alternating with ours
 * run by run, and the ratio of the medians is printed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { awsModelsDir, projectRoot } from '../generator/paths.js';
import { buildBaseline } from './baseline.js';
import { fmt, median, targetLine } from './stats.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const child = resolve(projectRoot, 'dist', 'bench', 'child.js');

interface Timing { seconds: number; maxRssMiB: number }

/**
 * Writes back what earlier runs left in the page cache (a cold run writes 600 MB): without this, a run
 * paid for the write-back of the one before it, and the baseline and this tree, measured in turn, were not
 * measured alike.
 */
function flushDisk(): void {
  const r = spawnSync('sync');
  if (r.error || r.status !== 0) throw new Error(`bench: \`sync\` failed (${r.error?.message ?? r.status}); the catalog bench needs it to measure runs alike`);
}

function generate(models: string[], out: string, cache: string | false, script = child): Timing {
  flushDisk();
  const args = [script, 'generate', ...models, '--out', out, ...(cache ? ['--cache-dir', cache] : ['--no-cache'])];
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`generate failed (${r.status}):\n${r.stderr.slice(-4000)}`);
  const rss = /maxrss-kib (\d+)/.exec(r.stderr);
  return { seconds, maxRssMiB: rss ? Number(rss[1]) / 1024 : NaN };
}

/** A copy of the catalog in a temp folder, so that one model can be changed without touching ../shared. */
function copyCatalog(dir: string): string[] {
  for (const f of readdirSync(awsModelsDir)) copyFileSync(join(awsModelsDir, f), join(dir, f));
  return readdirSync(dir).filter((f) => f.endsWith('.normal.json')).sort().map((f) => join(dir, f));
}

function touchModel(file: string, n: number): void {
  const model = JSON.parse(readFileSync(file, 'utf8'));
  model.documentation = `${model.documentation ?? ''}<p>Changed for benchmark run ${n}.</p>`;
  writeFileSync(file, JSON.stringify(model));
}

export async function run(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'shapegen-bench-'));
  try {
    const modelsDir = join(work, 'models');
    mkdirSync(modelsDir);
    const models = copyCatalog(modelsDir);
    const changed = models.find((m) => m.endsWith('voice-id-2021-09-27.normal.json'))!;
    const cold: Timing[] = [];
    const warm: Timing[] = [];
    const oneChanged: Timing[] = [];
    const single: Timing[] = [];
    const baselineCold: Timing[] = [];
    const baseline = process.env.BENCH_BASELINE ? buildBaseline(process.env.BENCH_BASELINE) : undefined;
    try {
    for (let i = 0; i < RUNS; i++) {
      if (baseline) {
        const out = join(work, `base-out-${i}`);
        baselineCold.push(generate(models, out, join(work, `base-cache-${i}`), baseline.child));
        rmSync(out, { recursive: true, force: true });
        rmSync(join(work, `base-cache-${i}`), { recursive: true, force: true });
      }
      const out = join(work, `out-${i}`);
      const cache = join(work, `cache-${i}`);
      cold.push(generate(models, out, cache));
      warm.push(generate(models, out, cache));
      touchModel(changed, i);
      oneChanged.push(generate(models, out, cache));
      single.push(generate([changed], join(work, `single-${i}`), false));
      rmSync(out, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
      const base = baseline ? `, baseline cold ${fmt(baselineCold[i].seconds)} s` : '';
      console.log(`  run ${i + 1}/${RUNS}: cold ${fmt(cold[i].seconds)} s, unchanged ${fmt(warm[i].seconds)} s, one changed ${fmt(oneChanged[i].seconds)} s, one service ${fmt(single[i].seconds)} s${base}`);
    }
    } finally {
      baseline?.remove();
    }
    const s = (t: Timing[]) => median(t.map((x) => x.seconds));
    const peak = Math.max(...[...cold, ...warm, ...oneChanged].map((t) => t.maxRssMiB));
    console.log(`models: ${models.length}; runs: ${RUNS} (medians)`);
    console.log(targetLine('catalog cold', s(cold), 's', 60, 'lower'));
    console.log(targetLine('catalog unchanged', s(warm), 's', 1, 'lower'));
    console.log(targetLine('catalog, one model changed', s(oneChanged), 's', 5, 'lower'));
    console.log(`one service alone (Voice ID, no cache): ${fmt(s(single))} s; cold catalog / one service = ${fmt(s(cold) / s(single), 1)}x`);
    console.log(targetLine('peak memory (max RSS of any run)', peak, 'MiB', 2048, 'lower'));
    if (baseline) {
      console.log(`baseline ${baseline.rev}: cold ${fmt(s(baselineCold))} s (median); this tree / baseline = ${fmt(s(cold) / s(baselineCold))}x`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
