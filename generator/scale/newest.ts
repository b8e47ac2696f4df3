/**
 * The rule for several models of one service folder (older API versions, as in the published reference):
 * the model whose file name sorts last wins. One rule for both uses: before the run, on the folders the
 * cache and the peek know (to leave out the emitters of models that will be dropped), and after it, on the
 * outputs (what is kept and reported).
 */
import { basename } from 'node:path';
import type { ModelOutput } from '../pipeline.js';

/** Per folder, the index of its newest model, and each older one as `[older, newer]`; '' or no folder counts for none. */
function newestByFolder(files: readonly string[], folders: readonly (string | undefined)[]): { newest: Map<string, number>; older: [number, number][] } {
  const newest = new Map<string, number>();
  const older: [number, number][] = [];
  const known = files.flatMap((_f, i) => (folders[i] ? [i] : []));
  for (const i of known.sort((a, b) => (basename(files[a]) < basename(files[b]) ? -1 : 1))) {
    const before = newest.get(folders[i]!);
    if (before !== undefined) older.push([before, i]);
    newest.set(folders[i]!, i);
  }
  return { newest, older };
}

/** Keeps, per service folder, the output of the model whose file name sorts last (the newest API version). */
export function newestPerService(outputs: readonly ModelOutput[]): { kept: ModelOutput[]; superseded: string[] } {
  const files = outputs.map((o) => o.file);
  const { newest, older } = newestByFolder(files, outputs.map((o) => o.prefix));
  return { kept: [...newest.values()].map((i) => outputs[i]), superseded: older.map(([a, b]) => `${basename(files[a])} -> ${basename(files[b])}`) };
}

/** The indices of the models that another one of the same (known) folder will supersede, if it is valid. */
export function supersededIndices(files: readonly string[], folders: readonly (string | undefined)[]): Set<number> {
  return new Set(newestByFolder(files, folders).older.map(([a]) => a));
}
