/**
 * The only module that writes to the disk. A run's changes are one atomic commit (see journal.ts): the
 * new files are staged in full, then a journal switches them in, so a failed or interrupted run leaves the
 * previous output whole or the next run completes the new one; unchanged files are not touched; removal is
 * limited to what `planOutput` proved generated.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GeneratedFile } from '../emit/types.js';
import { realDisk, type Disk } from './disk.js';
import { commitOutput, recoverOutput } from './journal.js';
import { planOutput, type OutputPlan, type PlanOptions } from './plan.js';

export interface WriteReport {
  readonly written: string[];
  readonly unchanged: string[];
  readonly removed: string[];
  /** Files left alone although the models no longer produce them: nothing proves they are generated. */
  readonly kept: string[];
}

export interface WriteOptions {
  /** The file operations (default: the real ones); tests count them to interrupt a run at each. */
  readonly disk?: Disk;
  /** Folders already staged whole during the run (stager.ts): folder -> name in the staging folder. */
  readonly prestaged?: ReadonlyMap<string, string>;
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Writes `files` under `outDir` (no manifest, no removal); files with the same contents are skipped. */
export function writeFiles(outDir: string, files: readonly GeneratedFile[], opts: WriteOptions = {}): WriteReport {
  const changed: GeneratedFile[] = [];
  const unchanged: string[] = [];
  for (const f of files) {
    if (readIfExists(resolve(outDir, f.path)) === f.contents) unchanged.push(f.path);
    else changed.push(f);
  }
  commitOutput(opts.disk ?? realDisk, outDir, changed, []);
  return { written: changed.map((f) => f.path), unchanged, removed: [], kept: [] };
}

/** Applies a plan: writes what is missing or stale and removes the stale generated files and leftovers, in one commit. */
export function applyPlan(plan: OutputPlan, opts: WriteOptions = {}): WriteReport {
  const files = [...plan.create, ...plan.update];
  const removed = [...plan.remove, ...plan.leftovers];
  commitOutput(opts.disk ?? realDisk, plan.outDir, files, removed, opts.prestaged);
  return { written: files.map((f) => f.path).sort(), unchanged: plan.unchanged, removed, kept: plan.keep };
}

/** The whole output step of `generate`: finish any interrupted commit, plan against the disk, then apply. */
export function syncOutput(outDir: string, files: readonly GeneratedFile[], opts: WriteOptions & PlanOptions = {}): WriteReport {
  recoverOutput(opts.disk ?? realDisk, outDir);
  return applyPlan(planOutput(outDir, files, opts), opts);
}
