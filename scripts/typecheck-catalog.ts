/**
 * Catalog conformance of the generated TypeScript: generates every model of ../shared/models, then runs
 * `tsc --noEmit --strict` over the package of every model whose protocol the serializer supports, in batches
 * on both cores. `generate` emits the newest API version per service folder; the older versions it
 * superseded are generated alone and written under `_older/<model>/` here, so that every model's package is
 * compiled. Also counts the R pages produced against the operations.
 * Prints the counts; exits 1 on any type error or missing page.
 *
 *   npm run conformance:tsc [-- --keep DIR] [--only REGEX (model file names; a subset, for a quick look)]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { generate, type GenerateResult } from '../generator/scale/generate.js';
import type { GeneratedFile } from '../generator/emit/types.js';
import { writeFiles } from '../generator/write/writer.js';
import { projectRoot } from '../generator/paths.js';
import { catalogFiles } from './conformance.js';
import { loadAndResolve } from '../generator/pipeline.js';
import { GeneratorSession } from '../generator/context/session.js';

const BATCH = 12;
const tscBin = resolve(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc');

function tsc(dir: string, packages: string[], batch: number): Promise<{ code: number; output: string }> {
  const config = join(dir, `tsconfig.batch-${batch}.json`);
  writeFileSync(config, JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', skipLibCheck: true, types: [] , lib: ['ES2022', 'DOM'] },
    include: packages.map((p) => `${p}/src/**/*.ts`),
  }));
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--max-old-space-size=4096', tscBin, '-p', config], { cwd: dir });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

/**
 * The package of every superseded (older API version) model, under `_older/<model file's base name>/`: its
 * folders and TypeScript. A run emits only the newest model of a folder, so each is generated alone.
 */
async function olderPackages(result: GenerateResult, cacheDir: string, session: GeneratorSession): Promise<{ folders: string[]; files: GeneratedFile[] }> {
  const kept = new Set(result.kept);
  const folders: string[] = [];
  const files: GeneratedFile[] = [];
  for (const [i, o] of result.outputs.entries()) {
    if (kept.has(i) || o.prefix === '') continue;
    const alone = await generate({ models: [o.file], cacheDir, session });
    if (alone.kept.length !== 1) throw new Error(`${o.file} generated alone gave no package`);
    const folder = `_older/${basename(o.file).replace(/\.normal\.json$/, '')}`;
    folders.push(folder);
    for (const f of alone.files) if (f.path.endsWith('.ts')) files.push({ ...f, path: `${folder}/${f.path.slice(o.prefix.length + 1)}` });
  }
  return { folders: folders.sort(), files };
}

async function main(): Promise<void> {
  const keep = process.argv.indexOf('--keep');
  const dir = keep > 0 ? resolve(process.argv[keep + 1]) : mkdtempSync(join(tmpdir(), 'shapegen-tsc-'));
  try {
    const cacheDir = join(projectRoot, 'node_modules', '.cache', 'shapegen');
    const session = new GeneratorSession();
    const only = process.argv.indexOf('--only');
    const models = catalogFiles().filter((f) => only < 0 || new RegExp(process.argv[only + 1]).test(basename(f)));
    const result = await generate({ models, cacheDir });
    const older = await olderPackages(result, cacheDir, session);
    writeFiles(dir, [...result.files, ...older.files]);
    // The packages' own dependencies (the XML parser of rest-xml, query and ec2) resolve from the project's.
    if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const folders = new Map<string, string[]>();
    for (const f of result.files) {
      const [folder] = f.path.split('/');
      if (!folders.has(folder)) folders.set(folder, []);
      folders.get(folder)!.push(f.path);
    }
    const packages = [...folders].filter(([, paths]) => paths.some((p) => p.endsWith('/src/protocol.ts'))).map(([f]) => f).sort();
    packages.push(...older.folders);
    const pages = result.files.filter((f) => /\/docs\/[^/]+\.(Rd|md|txt)$/.test(f.path)).length;
    // Every operation and the service itself get three pages (Rd, md, txt).
    const expectedPages = result.kept.reduce((sum, i) => sum + 3 * (loadAndResolve(result.outputs[i].file, session).service!.operations.length + 1), 0);
    const batches: string[][] = [];
    for (let i = 0; i < packages.length; i += BATCH) batches.push(packages.slice(i, i + BATCH));
    let failed = 0;
    let next = 0;
    const worker = async () => {
      while (next < batches.length) {
        const i = next++;
        const r = await tsc(dir, batches[i], i);
        if (r.code !== 0) {
          failed += batches[i].length;
          process.stdout.write(`tsc errors in ${batches[i].join(', ')}:\n${r.output.split('\n').slice(0, 20).join('\n')}\n`);
        }
      }
    };
    await Promise.all([worker(), worker()]);
    console.log(`services: ${folders.size}; superseded older versions: ${result.superseded.length}`);
    console.log(`tsc --strict: ${packages.length - failed}/${packages.length} generated packages (${packages.length - older.folders.length} services + ${older.folders.length} older API versions) compile with no error (batches with an error count whole)`);
    console.log(`R pages produced: ${pages} of ${expectedPages} expected (3 per operation and per service)`);
    if (failed > 0 || packages.length === 0 || pages !== expectedPages) process.exitCode = 1;
  } finally {
    if (keep < 0) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
