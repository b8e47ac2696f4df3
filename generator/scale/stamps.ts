/**
 * Output stamps: the fast path of "nothing changed". After a run writes a service folder, the stamp records
 * which cache key (model bytes + generator fingerprint) produced it and the size and mtime of every file in
 * it. On the next run, a model whose key has a stamp whose files all still have that size and mtime is up to
 * date: it is neither read from the cache nor compared byte by byte (make's rule, as git's index does it).
 * Stamps live in the cache folder, one file per output folder, and are only an optimisation: without them,
 * or with any doubt, the full comparison runs. `--check` never uses them.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

type FileStamp = readonly [path: string, size: number, mtimeMs: number];

export interface FolderStamp {
  readonly folder: string;
  readonly files: readonly FileStamp[];
}

export type Stamps = Record<string, FolderStamp>;

function stampFile(cacheDir: string, outDir: string): string {
  const id = createHash('sha1').update(resolve(outDir)).digest('hex').slice(0, 16);
  return join(cacheDir, 'stamps', `${id}.json`);
}

export function readStamps(cacheDir: string, outDir: string): Stamps {
  try {
    return JSON.parse(readFileSync(stampFile(cacheDir, outDir), 'utf8')) as Stamps;
  } catch {
    return {};
  }
}

function statOf(outDir: string, path: string): FileStamp | undefined {
  // No exception for a missing file: tens of thousands are checked on an unchanged run.
  const st = statSync(join(outDir, path), { throwIfNoEntry: false });
  return st === undefined ? undefined : [path, st.size, st.mtimeMs];
}

/** True when every file the stamp lists still has its recorded size and mtime. */
export function isFresh(outDir: string, stamp: FolderStamp | undefined): boolean {
  if (!stamp || stamp.files.length === 0) return false;
  return stamp.files.every(([path, size, mtime]) => {
    const now = statOf(outDir, path);
    return now !== undefined && now[1] === size && now[2] === mtime;
  });
}

/** Stamps the folders just written: `written` maps cache keys to their folder and the paths generated there. */
export function writeStamps(cacheDir: string, outDir: string, previous: Stamps, written: ReadonlyMap<string, { folder: string; paths: readonly string[] }>): void {
  const byFolder = new Map(Object.entries(previous).map(([key, s]) => [s.folder, key]));
  const next: Stamps = { ...previous };
  for (const [key, { folder, paths }] of written) {
    const old = byFolder.get(folder);
    if (old !== undefined) delete next[old];
    const files = paths.map((p) => statOf(outDir, p));
    if (files.every((f) => f !== undefined)) next[key] = { folder, files: files as FileStamp[] };
  }
  const target = stampFile(cacheDir, outDir);
  mkdirSync(join(cacheDir, 'stamps'), { recursive: true });
  writeFileSync(`${target}.tmp-${process.pid}`, JSON.stringify(next));
  renameSync(`${target}.tmp-${process.pid}`, target);
}
