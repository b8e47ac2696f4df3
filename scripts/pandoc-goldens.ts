/**
 * Refreshes pandoc's committed answers (test/fixtures/pandoc-goldens/): runs pandoc 2.17 (`$PANDOC`, or
 * `pandoc` on the PATH) on every input of every set in scripts/pandoc/inputs.ts, or of the sets named on
 * the command line, and rewrites their golden files. R (for Rd2HTML) comes from webR, as in the tests.
 * Run it when an input changes (the tests then fail with `missing`): `npm run goldens:pandoc [set...]`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { goldenPath, readGolden, writeGolden, type GoldenFile } from './pandoc/golden.js';
import { PANDOC_SETS, pandocSet, type PandocSet } from './pandoc/inputs.js';
import { startR, type RSession } from './r/webr.js';

const PANDOC_VERSION = /^pandoc(?:\.exe)? 2\.17(\.|\s|$)/;

function findPandoc(): { path: string; version: string } {
  const path = process.env.PANDOC ?? 'pandoc';
  const run = spawnSync(path, ['--version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) throw new Error(`pandoc was not found (${path}): install pandoc 2.17 (Debian: apt-get install pandoc) or set PANDOC.`);
  const version = run.stdout.split('\n')[0].trim();
  if (!PANDOC_VERSION.test(version)) throw new Error(`${path} is ${version}; the goldens are pandoc 2.17's answers (the reference's pandoc).`);
  return { path, version };
}

function pandoc(path: string, args: readonly string[], input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(path, [...args]);
    let out = '';
    let err = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`pandoc exited ${code}: ${err}`))));
    p.stdin.end(input);
  });
}

async function answers(path: string, set: PandocSet, inputs: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(inputs)];
  const result = new Map<string, string>();
  let next = 0;
  const worker = async () => {
    while (next < unique.length) {
      const input = unique[next++];
      result.set(input, set.expected(await pandoc(path, set.args, input)));
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return result;
}

function changes(before: GoldenFile | undefined, after: GoldenFile): string {
  const old = before?.outputs ?? {};
  const keys = Object.keys(after.outputs);
  const added = keys.filter((k) => !(k in old)).length;
  const changed = keys.filter((k) => k in old && old[k] !== after.outputs[k]).length;
  const removed = Object.keys(old).filter((k) => !(k in after.outputs)).length;
  return `${keys.length} answers (${added} new, ${changed} changed, ${removed} dropped)`;
}

async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const sets = names.length > 0 ? names.map(pandocSet) : PANDOC_SETS;
  const { path, version } = findPandoc();
  let r: RSession | undefined;
  try {
    for (const set of sets) {
      if (set.needsR && !r) r = await startR('4.3');
      const inputs = await set.inputs(r);
      let before: GoldenFile | undefined;
      try {
        before = existsSync(goldenPath(set)) ? readGolden(set) : undefined;
      } catch {
        before = undefined;
      }
      const after = writeGolden(set, version, await answers(path, set, inputs));
      process.stdout.write(`${set.name}: ${inputs.length} inputs, ${changes(before, after)} -> ${goldenPath(set)}\n`);
    }
    process.stdout.write(`pandoc goldens written with ${version}${r ? `, Rd2HTML by ${r.description}` : ''}\n`);
  } finally {
    r?.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    process.stderr.write(`goldens:pandoc: ${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}
