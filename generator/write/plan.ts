/**
 * Compares what the models produce with what is on disk, without writing: which files are missing, stale
 * or unchanged, which files on disk are extra and provably ours (so removable), and which are not ours.
 * `generate` applies the plan; `generate --check` only reports it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GeneratedFile } from '../emit/types.js';
import { contentHash, hasGeneratedHeader, MANIFEST_NAME, readManifest, serviceFolderOf, withManifests, type Manifest } from './manifest.js';

export const TEMP_MARK = '.shapegen-tmp-';

export interface OutputPlan {
  readonly outDir: string;
  /** Files to write that do not exist yet. */
  readonly create: GeneratedFile[];
  /** Files to write whose contents on disk differ. */
  readonly update: GeneratedFile[];
  readonly unchanged: string[];
  /** Files on disk the models no longer produce and that are provably generated: removed by `generate`. */
  readonly remove: string[];
  /** Files on disk the models do not produce and that are not provably ours: never touched. */
  readonly keep: string[];
  /** Temporary files left by an interrupted run. */
  readonly leftovers: string[];
}

export interface PlanOptions {
  /** Also scan every other folder of `outDir` that holds a manifest (a service whose model is gone). */
  readonly allFolders?: boolean;
  /** Folders known to be up to date (stamped): neither compared nor scanned for extra files. */
  readonly skipFolders?: readonly string[];
  /** Manifests already made for these files, by folder (the stager's): not hashed again. */
  readonly manifests?: ReadonlyMap<string, GeneratedFile>;
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every file below `dir` (relative, `/`-separated), not following links, skipping installed dependencies. */
function listFiles(dir: string, prefix: string, out: string[]): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const rel = `${prefix}/${e.name}`;
    if (e.isDirectory() && e.name !== 'node_modules' && e.name !== '.git') listFiles(join(dir, e.name), rel, out);
    else if (e.isFile()) out.push(rel);
  }
  return out;
}

function readOrUndefined(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** The service folders to compare: those the models produce, and with `allFolders` every folder with a manifest. */
function foldersInScope(outDir: string, files: readonly GeneratedFile[], opts: PlanOptions): string[] {
  const folders = new Set(files.map((f) => serviceFolderOf(f.path)));
  if (opts.allFolders && existsSync(outDir)) {
    for (const e of readdirSync(outDir, { withFileTypes: true })) {
      if (e.isDirectory() && existsSync(join(outDir, e.name, MANIFEST_NAME))) folders.add(e.name);
    }
  }
  for (const skip of opts.skipFolders ?? []) folders.delete(skip);
  return [...folders].sort(byPath);
}

/** Ours if it says so in its header, or if the last manifest lists it with the hash it still has. */
function provablyGenerated(bytes: Buffer, relInFolder: string, manifest: Manifest): boolean {
  if (hasGeneratedHeader(bytes.subarray(0, 4096).toString('utf8'))) return true;
  return manifest.files[relInFolder] === contentHash(bytes);
}

function checkUnique(files: readonly GeneratedFile[]): void {
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) throw new Error(`shapegen: ${f.path} is generated twice (two models with the same service prefix?)`);
    seen.add(f.path);
  }
}

/** `files` are the emitted files (paths `<service>/...`); their manifests are added here. */
export function planOutput(outDir: string, files: readonly GeneratedFile[], opts: PlanOptions = {}): OutputPlan {
  checkUnique(files);
  const wanted = withManifests(files, opts.manifests);
  const plan: OutputPlan = { outDir, create: [], update: [], unchanged: [], remove: [], keep: [], leftovers: [] };
  const wantedPaths = new Set(wanted.map((f) => f.path));
  // A service folder not on disk yet has nothing to compare (a cold run writes 72,000 files into new ones).
  const present = new Map<string, boolean>();
  const folderExists = (folder: string) => {
    let known = present.get(folder);
    if (known === undefined) present.set(folder, (known = existsSync(join(outDir, folder))));
    return known;
  };
  for (const f of wanted) {
    const onDisk = folderExists(serviceFolderOf(f.path)) ? readOrUndefined(resolve(outDir, f.path)) : undefined;
    if (onDisk === undefined) plan.create.push(f);
    else if (onDisk.equals(Buffer.from(f.contents, 'utf8'))) plan.unchanged.push(f.path);
    else plan.update.push(f);
  }
  for (const folder of foldersInScope(outDir, files, opts)) {
    const manifest = readManifest(join(outDir, folder, MANIFEST_NAME));
    for (const path of listFiles(join(outDir, folder), folder, []).sort(byPath)) {
      if (wantedPaths.has(path)) continue;
      if (path.includes(TEMP_MARK)) { plan.leftovers.push(path); continue; }
      const bytes = readOrUndefined(resolve(outDir, path));
      if (bytes === undefined) continue;
      const ours = provablyGenerated(bytes, path.slice(folder.length + 1), manifest);
      (ours ? plan.remove : plan.keep).push(path);
    }
  }
  return plan;
}

/** True when the disk already holds exactly what the models produce. */
export function planIsClean(plan: OutputPlan): boolean {
  return plan.create.length === 0 && plan.update.length === 0 && plan.remove.length === 0 && plan.leftovers.length === 0;
}
