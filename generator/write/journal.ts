/**
 * The atomic commit of an output folder. Every new or changed file is first written in full to a staging
 * folder inside the output folder (same file system, so a rename moves it); only then is a journal written
 * (itself by one rename, so it exists whole or not at all): the list of renames and removals that turn the
 * old output into the new. That is the commit point. The renames and removals follow, then the staging
 * folder goes, and the journal last.
 *
 * Interrupted before the commit point, the previous output was never touched: the next run drops the
 * staging folder. Interrupted after it, the next run (any writing `generate`) replays the journal, which is
 * idempotent, and so completes the new output. Either way it ends old or new, never a mix, and no temporary
 * file is left. Unchanged files are never touched; only files the plan proved generated are removed.
 */
import { dirname, join, resolve, sep } from 'node:path';
import type { GeneratedFile } from '../emit/types.js';
import type { Disk } from './disk.js';
import { serviceFolderOf } from './manifest.js';

export const STAGING_DIR = '.shapegen-staging';
export const JOURNAL_FILE = '.shapegen-journal.json';

interface Journal {
  readonly version: 1;
  /**
   * [staged name, target path relative to the output folder]: whole new service folders first, then single
   * files, manifests last.
   */
  readonly moves: readonly (readonly [string, string])[];
  readonly removals: readonly string[];
}

/** A path the plan gave, kept inside the output folder whatever it says. */
function inside(root: string, rel: string): string {
  const target = resolve(root, rel);
  if (target !== root && !target.startsWith(root + sep)) throw new Error(`shapegen: ${rel} is outside the output folder`);
  return target;
}

/** Removes now-empty folders from `dir` up to (not including) `stop`. */
function pruneEmptyDirs(disk: Disk, dir: string, stop: string): void {
  for (let d = dir; d.startsWith(stop + sep); d = dirname(d)) {
    if (!disk.exists(d) || disk.list(d).length > 0) return;
    disk.removeEmptyDir(d);
  }
}

/** `disk.mkdir`, once per folder: a cold catalog run moves 72,000 files into 1,100 folders. */
function folderMaker(disk: Disk, made: Iterable<string> = []): (dir: string) => void {
  const done = new Set(made);
  return (dir) => {
    if (done.has(dir)) return;
    disk.mkdir(dir);
    done.add(dir);
  };
}

/**
 * Carries out the journal. `staged` says every move's file is still in the staging folder (a commit
 * replaying what it has just staged): no existence check per file.
 */
function replay(disk: Disk, root: string, journal: Journal, staged = false): void {
  const staging = join(root, STAGING_DIR);
  const mkdir = folderMaker(disk);
  for (const [name, rel] of journal.moves) {
    const from = join(staging, name);
    if (!staged && !disk.exists(from)) continue; // already moved
    const target = inside(root, rel);
    mkdir(dirname(target));
    disk.rename(from, target);
  }
  for (const rel of journal.removals) {
    const target = inside(root, rel);
    if (disk.exists(target)) disk.remove(target);
    pruneEmptyDirs(disk, dirname(target), root);
  }
}

function readJournal(disk: Disk, root: string): Journal | undefined {
  const path = join(root, JOURNAL_FILE);
  if (!disk.exists(path)) return undefined;
  const data = JSON.parse(disk.readFile(path)) as Journal;
  if (data.version !== 1 || !Array.isArray(data.moves) || !Array.isArray(data.removals)) throw new Error(`shapegen: ${path} is not a journal this version can replay`);
  return data;
}

/** Whether an interrupted commit waits in `outDir` (what `--check` reports instead of comparing). */
export function pendingCommit(disk: Disk, outDir: string): boolean {
  const root = resolve(outDir);
  return disk.exists(join(root, JOURNAL_FILE)) || disk.exists(join(root, STAGING_DIR));
}

/** Finishes or drops an interrupted commit; returns what it did. */
export function recoverOutput(disk: Disk, outDir: string): 'none' | 'completed' | 'dropped' {
  const root = resolve(outDir);
  const journal = readJournal(disk, root);
  const staging = join(root, STAGING_DIR);
  if (journal) {
    replay(disk, root, journal);
    disk.remove(staging);
    disk.remove(join(root, JOURNAL_FILE)); // last: while it exists, the commit is not finished
    return 'completed';
  }
  disk.remove(join(root, `${JOURNAL_FILE}.tmp`));
  if (disk.exists(staging)) {
    disk.remove(staging);
    return 'dropped';
  }
  return 'none';
}

/**
 * Where each file is staged: a file of a service folder that is not in the output yet goes into a staged
 * copy of the whole folder, which one rename then moves into place (a cold catalog run would rename 72,000
 * files one by one); any other file is staged alone, under its index. A folder in `prestaged` is in the
 * staging folder already, under the name given (stager.ts): its files are not written again (undefined).
 */
function stagingPlan(
  disk: Disk,
  root: string,
  ordered: readonly GeneratedFile[],
  prestaged: ReadonlyMap<string, string>,
): { moves: (readonly [string, string])[]; staged: (string | undefined)[] } {
  const folders = new Map<string, { name: string; written: boolean } | undefined>();
  const folderMoves: (readonly [string, string])[] = [];
  const fileMoves: (readonly [string, string])[] = [];
  const staged = ordered.map((f, i) => {
    inside(root, f.path);
    const folder = serviceFolderOf(f.path);
    if (folder !== '' && !folders.has(folder)) {
      const early = prestaged.get(folder);
      let whole: { name: string; written: boolean } | undefined;
      if (!disk.exists(join(root, folder))) whole = early !== undefined ? { name: early, written: true } : { name: `folder-${folderMoves.length}`, written: false };
      folders.set(folder, whole);
      if (whole) folderMoves.push([whole.name, folder]);
    }
    const whole = folder === '' ? undefined : folders.get(folder);
    if (whole) return whole.written ? undefined : `${whole.name}/${f.path.slice(folder.length + 1)}`;
    fileMoves.push([String(i), f.path]);
    return String(i);
  });
  return { moves: [...folderMoves, ...fileMoves], staged };
}

/**
 * Writes `files` and removes `removals` (paths relative to `outDir`) as one commit. With `prestaged`
 * (folder -> its name in the staging folder), the caller has already recovered the output and staged
 * those folders whole (stager.ts).
 */
export function commitOutput(
  disk: Disk,
  outDir: string,
  files: readonly GeneratedFile[],
  removals: readonly string[],
  prestaged: ReadonlyMap<string, string> = new Map(),
): void {
  const root = resolve(outDir);
  if (prestaged.size === 0) recoverOutput(disk, root);
  if (files.length === 0 && removals.length === 0) return;
  const staging = join(root, STAGING_DIR);
  disk.mkdir(staging);
  // Manifests last: an interrupted replay never leaves a manifest vouching for files not yet in place.
  const ordered = [...files].sort((a, b) => Number(a.path.endsWith('.shapegen-manifest.json')) - Number(b.path.endsWith('.shapegen-manifest.json')));
  let journal: Journal;
  try {
    const { moves, staged } = stagingPlan(disk, root, ordered, prestaged);
    const mkdir = folderMaker(disk, [staging]);
    ordered.forEach((f, i) => {
      if (staged[i] === undefined) return;
      const path = join(staging, staged[i]);
      mkdir(dirname(path));
      disk.writeFile(path, f.contents);
    });
    journal = { version: 1, moves, removals };
    disk.writeFile(join(root, `${JOURNAL_FILE}.tmp`), JSON.stringify(journal));
    disk.rename(join(root, `${JOURNAL_FILE}.tmp`), join(root, JOURNAL_FILE)); // the commit point
  } catch (e) {
    // Before the commit point nothing of the output was touched: drop what was staged.
    disk.remove(join(root, `${JOURNAL_FILE}.tmp`));
    disk.remove(staging);
    throw e;
  }
  replay(disk, root, journal, true);
  disk.remove(staging);
  disk.remove(join(root, JOURNAL_FILE)); // last: while it exists, the commit is not finished
}
