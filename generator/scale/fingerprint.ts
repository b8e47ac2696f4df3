/**
 * The generator's own fingerprint: a hash of everything that shapes its output (compiled code, templates,
 * runtime helpers, the model schema, dependency versions). Part of every cache key, so that a change to the
 * generator invalidates the cache without anyone having to remember to clear it. Computed once per run by
 * the orchestration (never kept at module level: a `--watch` run after a template edit sees the new one).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from '../paths.js';

const INPUTS = ['dist/generator', 'generator', 'templates', 'runtime', 'schema/model.schema.json', 'package-lock.json'];

function walk(path: string, out: string[]): void {
  let st;
  try {
    st = statSync(path);
  } catch {
    return;
  }
  if (st.isFile()) out.push(path);
  else if (st.isDirectory()) for (const e of readdirSync(path).sort()) walk(join(path, e), out);
}

/** A hash of every file under a folder (paths and bytes, in sorted order). */
export function treeDigest(dir: string): string {
  const hash = createHash('sha256');
  const files: string[] = [];
  walk(dir, files);
  for (const f of files) hash.update(relative(dir, f)).update('\0').update(readFileSync(f)).update('\0');
  return hash.digest('hex');
}

export function generatorFingerprint(): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    const files: string[] = [];
    walk(join(projectRoot, input), files);
    for (const f of files) {
      if (f.endsWith('.map')) continue;
      hash.update(relative(projectRoot, f)).update('\0').update(readFileSync(f)).update('\0');
    }
  }
  return hash.digest('hex');
}
