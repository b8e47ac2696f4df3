/**
 * The workflow's costs: writing generated output cold, re-running on unchanged output (the common case
 * in watch mode and CI), the `--check` comparison, and `shapegen diff` on a large model. Medians of
 * several runs; ratios against the cold write measured in the same run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { diffServices } from '../generator/diff/model-diff.js';
import { contextOf, loadAndResolve } from '../generator/pipeline.js';
import { GeneratorSession } from '../generator/context/session.js';
import { generateAll } from '../generator/scale/generate.js';
import { awsModelsDir, schemaDir } from '../generator/paths.js';
import { planOutput } from '../generator/write/plan.js';
import { syncOutput } from '../generator/write/writer.js';
import type { IRService, IRString } from '../generator/ir/types.js';
import { fmt, median } from './stats.js';

const RUNS = 5;
const MODELS = ['dynamodb-2012-08-10', 'kms-2014-11-01', 'logs-2014-03-28', 'secretsmanager-2017-10-17', 'ssm-2014-11-06'];

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function mutated(service: IRService): IRService {
  const shapes = new Map(service.shapes);
  const [name, shape] = [...shapes].find((e): e is [string, IRString] => e[1].type === 'string' && (e[1].enum?.length ?? 0) > 1)!;
  shapes.set(name, { ...shape, enum: shape.enum!.slice(1) });
  return { ...service, shapes, shape: (n: string) => shapes.get(n)! };
}

export async function run(): Promise<void> {
  const models = [join(schemaDir, 'voiceid.yaml'), ...MODELS.map((m) => join(awsModelsDir, `${m}.normal.json`))];
  const files = await generateAll(models, undefined, undefined, { cacheDir: false });
  const bytes = files.reduce((n, f) => n + f.contents.length, 0);
  console.log(`output: ${models.length} models, ${files.length} files, ${fmt(bytes / 1e6)} MB`);

  const dirs: string[] = [];
  const cold = median(Array.from({ length: RUNS }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-workflow-'));
    dirs.push(dir);
    return time(() => syncOutput(dir, files));
  }));
  const unchanged = median(Array.from({ length: RUNS }, () => time(() => syncOutput(dirs[0], files))));
  const check = median(Array.from({ length: RUNS }, () => time(() => planOutput(dirs[0], files))));
  const oneChanged = median(Array.from({ length: RUNS }, (_, i) => {
    const next = files.map((f, j) => (j === 0 ? { ...f, contents: `${f.contents}// ${i}\n` } : f));
    return time(() => syncOutput(dirs[0], next));
  }));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  console.log(`write, cold:          ${fmt(cold)} ms (baseline)`);
  console.log(`write, unchanged:     ${fmt(unchanged)} ms (${fmt(unchanged / cold)}x cold)`);
  console.log(`write, one changed:   ${fmt(oneChanged)} ms (${fmt(oneChanged / cold)}x cold)`);
  console.log(`--check comparison:   ${fmt(check)} ms (${fmt(check / cold)}x cold)`);

  const ec2 = loadAndResolve(join(awsModelsDir, 'ec2-2016-11-15.normal.json'), new GeneratorSession()).service!;
  const changed = mutated(ec2);
  let found = 0;
  const [a, b] = [contextOf(ec2), contextOf(changed)];
  const diff = median(Array.from({ length: RUNS }, () => time(() => (found = diffServices(a, b).length))));
  console.log(`API diff, EC2 (${ec2.operations.length} operations, ${ec2.shapes.size} shapes): ${fmt(diff)} ms, ${found} change(s)`);
}
