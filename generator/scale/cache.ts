/**
 * Content-addressed cache of model outputs: the key is a hash of the generator's fingerprint, the model's
 * base name and the bytes of the model and its sidecars; the value is what the job produced. A changed model
 * or generator gives a new key; stale entries are simply never read again (`shapegen cache clean` is not
 * needed for correctness). Entries are written atomically (temp + rename) so a killed run cannot leave a torn one.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { sidecarPaths } from '../load/sidecars.js';
import { decodeEntry, encodeEntry } from './cache-entry.js';
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

/** Size and mtime of a model and its sidecars (-1 for an absent one): what the key memo compares. */
function signature(file: string): number[] {
  const paths = [file, ...Object.values(sidecarPaths(file) ?? {})];
  return paths.flatMap((p) => {
    const st = statSync(p, { throwIfNoEntry: false });
    return st === undefined ? [-1, -1] : [st.size, st.mtimeMs];
  });
}

interface KeyEntry {
  readonly sig: readonly number[];
  /** Hash of the fingerprint and options the key was made with. */
  readonly base: string;
  readonly key: string;
}

interface KeyMemo {
  readonly writtenAt: number;
  readonly entries: Record<string, KeyEntry>;
}

/**
 * A file modified this close to the memo's writing could have changed again within the same mtime tick
 * (git's "racy" case): its remembered key is not trusted.
 */
const RACY_MS = 2000;

/**
 * The cache keys of the models, remembered by file size and mtime (make's rule) in `keys.json`, so that an
 * unchanged run does not read and hash every model's bytes (the catalog: 67 MB, a tenth of the run).
 */
export function cacheKeys(dir: string, files: readonly string[], fingerprint: string, optionsKey = ''): string[] {
  const memoPath = join(dir, 'keys.json');
  let memo: KeyMemo = { writtenAt: 0, entries: {} };
  try {
    memo = JSON.parse(readFileSync(memoPath, 'utf8')) as KeyMemo;
  } catch {
    // no memo yet, or a torn one: every key is computed
  }
  const base = createHash('sha256').update(fingerprint).update('\0').update(optionsKey).digest('hex');
  const entries: Record<string, KeyEntry> = Object.assign(Object.create(null) as Record<string, KeyEntry>, memo.entries);
  let changed = false;
  const keys = files.map((file) => {
    const abs = resolve(file);
    const sig = signature(file);
    const old = Object.prototype.hasOwnProperty.call(memo.entries, abs) ? memo.entries[abs] : undefined;
    const trusted = old !== undefined && old.base === base && old.sig.length === sig.length && old.sig.every((v, i) => v === sig[i]);
    if (trusted && sig.every((v, i) => i % 2 === 0 || v < memo.writtenAt - RACY_MS)) return old.key;
    changed = true;
    const key = cacheKey(file, fingerprint, optionsKey);
    entries[abs] = { sig, base, key };
    return key;
  });
  if (changed) {
    mkdirSync(dir, { recursive: true });
    const temp = `${memoPath}.tmp-${process.pid}`;
    writeFileSync(temp, JSON.stringify({ writtenAt: Date.now(), entries }));
    renameSync(temp, memoPath);
  }
  return keys;
}

export class OutputCache {
  constructor(readonly dir: string) {}

  /** A checked-only output (no files) has a name of its own: it can never be read as a whole output. */
  private path(key: string, checkedOnly: boolean): string {
    return join(this.dir, key.slice(0, 2), checkedOnly ? `${key}.checked.br` : `${key}.br`);
  }

  /** The whole output of a model. */
  get(key: string, file: string): ModelOutput | undefined {
    return this.read(key, file, false);
  }

  /** The output of a model that was only loaded and validated (a newer one superseded it). */
  getChecked(key: string, file: string): ModelOutput | undefined {
    return this.read(key, file, true);
  }

  private read(key: string, file: string, checkedOnly: boolean): ModelOutput | undefined {
    let raw: Buffer;
    try {
      raw = readFileSync(this.path(key, checkedOnly));
    } catch {
      return undefined;
    }
    const entry = decodeEntry(raw);
    // A corrupt entry is a miss, and will be overwritten.
    if (!entry || (entry.checkedOnly === true) !== checkedOnly) return undefined;
    // Problems name the file they were found in; the same bytes may sit at another path now.
    return { ...entry, file, problems: entry.problems.map((p) => ({ ...p, file })) };
  }

  /** `body`: the output's files as UTF-8 (`encodeFiles`), when the caller has encoded them already. */
  put(key: string, output: ModelOutput, body?: Buffer): void {
    const target = this.path(key, output.checkedOnly === true);
    mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
    const temp = `${target}.tmp-${process.pid}`;
    const { file: _file, timings: _timings, ...entry } = output;
    writeFileSync(temp, encodeEntry(entry, body));
    renameSync(temp, target);
  }
}
