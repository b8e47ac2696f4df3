/**
 * The R reference docs for the whole catalog: each of the 361 models is loaded once (not timed), then its
 * docs are emitted three times; the figure is the sum over models of the median emit time (target: all
 * models in under 20 s). Baselines from the same run: loading and resolving the same models, and a bare
 * `JSON.parse` of their files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emitDocs } from '../generator/emit/docs/index.js';
import { contextOf, loadAndResolve } from '../generator/pipeline.js';
import { GeneratorSession } from '../generator/context/session.js';
import { awsModelsDir } from '../generator/paths.js';
import { fmt, median, targetLine } from './stats.js';

const ROUNDS = 3;

let cpuMs = 0;

/** Wall time of `f` in ms; its CPU time (user + system) is added to `cpuMs` (steadier on a busy machine). */
function time(f: () => unknown): number {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  f();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  cpuMs += (c.user + c.system) / 1000;
  return wall;
}

export async function run(): Promise<void> {
  const files = readdirSync(awsModelsDir).filter((f) => f.endsWith('.normal.json')).sort().map((f) => join(awsModelsDir, f));
  let docsMs = 0;
  let loadMs = 0;
  let parseMs = 0;
  let pages = 0;
  let docsCpuMs = 0;
  const perModel: number[] = [];
  const session = new GeneratorSession();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    parseMs += time(() => JSON.parse(text));
    let service: ReturnType<typeof loadAndResolve>['service'];
    loadMs += time(() => (service = loadAndResolve(file, session).service));
    if (!service) throw new Error(`${file} does not load`);
    const s = service;
    const rounds: number[] = [];
    let count = 0;
    const cpuBefore = cpuMs;
    const ctx = contextOf(s, session);
    for (let i = 0; i < ROUNDS; i++) rounds.push(time(() => (count = emitDocs(ctx).length)));
    docsCpuMs += (cpuMs - cpuBefore) / ROUNDS;
    pages += count;
    const m = median(rounds);
    perModel.push(m);
    docsMs += m;
  }
  console.log(`docs: ${files.length} models, ${pages} files (Rd, md, txt), median of ${ROUNDS} rounds per model`);
  console.log(targetLine('docs for all models', docsMs / 1000, 's', 20, 'lower'));
  console.log(`docs CPU time (user+system, mean of rounds): ${fmt(docsCpuMs / 1000)} s`);
  console.log(`per model: median ${fmt(median(perModel))} ms, max ${fmt(Math.max(...perModel))} ms; ${fmt(pages / (docsMs / 1000), 0)} files/s`);
  console.log(`baseline load+resolve of the same models: ${fmt(loadMs / 1000)} s (docs/load = ${fmt(docsMs / loadMs)}x)`);
  console.log(`baseline JSON.parse of the same files: ${fmt(parseMs / 1000)} s (docs/parse = ${fmt(docsMs / parseMs)}x)`);
}
