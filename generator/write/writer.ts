/**
 * The only module that writes to the disk. Writes are staged (every new content goes to a temp file beside
 * its target first, then all are renamed), so a failed or interrupted run leaves every previous file whole;
 * unchanged files are not touched; removal is limited to what `planOutput` proved generated.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { GeneratedFile } from '../emit/types.js';
import { MANIFEST_NAME } from './manifest.js';
import { planOutput, TEMP_MARK, type OutputPlan, type PlanOptions } from './plan.js';

export interface WriteReport {
  readonly written: string[];
  readonly unchanged: string[];
  readonly removed: string[];
  /** Files left alone although the models no longer produce them: nothing proves they are generated. */
  readonly kept: string[];
}

export interface WriteOptions {
  /** Called after each file is staged (before anything is renamed); a throw aborts the run. Used by tests. */
  readonly onStaged?: (path: string, count: number) => void;
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Stages then commits `files` (written unconditionally). Manifests are renamed last, so an interrupted
 * commit never leaves a manifest vouching for files that were not written.
 */
function commit(outDir: string, files: readonly GeneratedFile[], opts: WriteOptions): string[] {
  const ordered = [...files].sort((a, b) => Number(a.path.endsWith(MANIFEST_NAME)) - Number(b.path.endsWith(MANIFEST_NAME)));
  const staged: { temp: string; target: string; path: string }[] = [];
  try {
    for (const file of ordered) {
      const target = resolve(outDir, file.path);
      mkdirSync(dirname(target), { recursive: true });
      const temp = `${target}${TEMP_MARK}${process.pid}`;
      staged.push({ temp, target, path: file.path });
      writeFileSync(temp, file.contents);
      opts.onStaged?.(file.path, staged.length);
    }
    for (const s of staged) renameSync(s.temp, s.target);
  } catch (e) {
    for (const s of staged) if (existsSync(s.temp)) rmSync(s.temp, { force: true });
    throw e;
  }
  return staged.map((s) => s.path);
}

/** Writes `files` under `outDir` (no manifest, no removal); files with the same contents are skipped. */
export function writeFiles(outDir: string, files: readonly GeneratedFile[], opts: WriteOptions = {}): WriteReport {
  const changed: GeneratedFile[] = [];
  const unchanged: string[] = [];
  for (const f of files) {
    if (readIfExists(resolve(outDir, f.path)) === f.contents) unchanged.push(f.path);
    else changed.push(f);
  }
  return { written: commit(outDir, changed, opts), unchanged, removed: [], kept: [] };
}

/** Removes now-empty folders from `dir` up to (not including) `stop`. */
function pruneEmptyDirs(dir: string, stop: string): void {
  for (let d = dir; d.startsWith(stop) && d !== stop; d = dirname(d)) {
    if (readdirSync(d).length > 0) return;
    rmdirSync(d);
  }
}

/** Applies a plan: writes what is missing or stale, then removes the stale generated files and leftovers. */
export function applyPlan(plan: OutputPlan, opts: WriteOptions = {}): WriteReport {
  const written = commit(plan.outDir, [...plan.create, ...plan.update], opts);
  const root = resolve(plan.outDir);
  const removed: string[] = [];
  for (const path of [...plan.remove, ...plan.leftovers]) {
    const target = resolve(root, path);
    rmSync(target, { force: true });
    removed.push(path);
    pruneEmptyDirs(dirname(target), root);
  }
  return { written: written.sort(), unchanged: plan.unchanged, removed, kept: plan.keep };
}

/** The whole output step of `generate`: plan against the disk, then apply. */
export function syncOutput(outDir: string, files: readonly GeneratedFile[], opts: WriteOptions & PlanOptions = {}): WriteReport {
  return applyPlan(planOutput(outDir, files, opts), opts);
}
