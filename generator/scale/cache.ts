/**
 * Content-addressed cache of model outputs: the key is a hash of the generator's fingerprint, the model's
 * base name and the bytes of the model and its sidecars; the value is what the job produced. A changed model
 * or generator gives a new key; stale entries are simply never read again (`shapegen cache clean` is not
 * needed for correctness). Entries are written atomically (temp + rename) so a killed run cannot leave a torn one.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sidecarPaths } from '../load/sidecars.js';
import type { ModelOutput } from '../pipeline.js';

function sidecarBytes(file: string): Buffer[] {
  const paths = sidecarPaths(file);
  if (!paths) return [];
  return [paths.examples, paths.paginators].map((p) => (existsSync(p) ? readFileSync(p) : Buffer.alloc(0)));
}

/**
 * The key of a model's output: the generator's fingerprint, the run's emit options (as `optionsKey`, e.g.
 * a hash of the link map), the model's base name and bytes, and its sidecars' bytes.
 */
export function cacheKey(file: string, fingerprint: string, optionsKey = ''): string {
  const hash = createHash('sha256').update(fingerprint).update('\0').update(optionsKey).update('\0').update(basename(file)).update('\0');
  hash.update(readFileSync(file));
  for (const bytes of sidecarBytes(file)) hash.update('\0').update(bytes);
  return hash.digest('hex');
}

export class OutputCache {
  constructor(readonly dir: string) {}

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json.gz`);
  }

  get(key: string, file: string): ModelOutput | undefined {
    let raw: Buffer;
    try {
      raw = readFileSync(this.path(key));
    } catch {
      return undefined;
    }
    try {
      const entry = JSON.parse(gunzipSync(raw).toString('utf8')) as Omit<ModelOutput, 'file'>;
      // Problems name the file they were found in; the same bytes may sit at another path now.
      return { ...entry, file, problems: entry.problems.map((p) => ({ ...p, file })) };
    } catch {
      return undefined; // a corrupt entry is a miss, and will be overwritten
    }
  }

  put(key: string, output: ModelOutput): void {
    const target = this.path(key);
    mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
    const temp = `${target}.tmp-${process.pid}`;
    const { file: _file, timings: _timings, ...entry } = output;
    writeFileSync(temp, gzipSync(JSON.stringify(entry), { level: 1 }));
    renameSync(temp, target);
  }
}
