/**
 * The file operations the writer performs, behind one small interface: the real ones by default, and in
 * tests a wrapper that counts them (the kill test interrupts a run at the N-th operation).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';

export interface Disk {
  mkdir(path: string): void;
  writeFile(path: string, contents: string): void;
  rename(from: string, to: string): void;
  /** Removes a file, or a folder with everything in it; absent is fine. */
  remove(path: string): void;
  /** Removes an empty folder. */
  removeEmptyDir(path: string): void;
  exists(path: string): boolean;
  readFile(path: string): string;
  list(path: string): string[];
}

export const realDisk: Disk = {
  mkdir: (path) => void mkdirSync(path, { recursive: true }),
  writeFile: (path, contents) => writeFileSync(path, contents),
  rename: (from, to) => renameSync(from, to),
  remove: (path) => rmSync(path, { recursive: true, force: true }),
  removeEmptyDir: (path) => rmdirSync(path),
  exists: (path) => existsSync(path),
  readFile: (path) => readFileSync(path, 'utf8'),
  list: (path) => readdirSync(path),
};

/** A disk that calls `before(kind, n)` ahead of every operation that changes something (n counts from 1). */
export function countingDisk(before: (kind: string, n: number) => void, disk: Disk = realDisk): Disk {
  let n = 0;
  const step = (kind: string) => before(kind, ++n);
  return {
    ...disk,
    mkdir: (p) => (step('mkdir'), disk.mkdir(p)),
    writeFile: (p, c) => (step('write'), disk.writeFile(p, c)),
    rename: (a, b) => (step('rename'), disk.rename(a, b)),
    remove: (p) => (step('remove'), disk.remove(p)),
    removeEmptyDir: (p) => (step('rmdir'), disk.removeEmptyDir(p)),
  };
}
