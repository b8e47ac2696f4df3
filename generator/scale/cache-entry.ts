/**
 * The bytes of a cache entry: one line of JSON with everything but the files' contents (their paths,
 * flags and lengths), a newline, then the contents back to back; the whole brotli-compressed at quality 1.
 * Measured on EC2's entry (53 MB of code): JSON of the whole entry plus gzip -1 took 1.05 s, this 0.23 s,
 * and the entry is half the size (1.5 MB). The catalog writes 578 MB of code into the cache on a cold run.
 */
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { GeneratedFile } from '../emit/types.js';
import type { ModelOutput } from '../pipeline.js';
import { encodeFiles } from '../write/file-bytes.js';

export type CachedOutput = Omit<ModelOutput, 'file' | 'timings'>;

interface Head extends Omit<CachedOutput, 'files'> {
  /** Per file: path, length of its contents in UTF-16 units, and its flags. */
  readonly files: readonly { path: string; length: number; preformatted?: boolean }[];
}

/** `body`: the files' contents as UTF-8, back to back (`encodeFiles`), when the caller has them already. */
export function encodeEntry(entry: CachedOutput, body: Buffer = encodeFiles(entry.files).body): Buffer {
  const { files, ...rest } = entry;
  const head: Head = { ...rest, files: files.map((f) => ({ path: f.path, length: f.contents.length, ...(f.preformatted ? { preformatted: true } : {}) })) };
  // JSON escapes every newline inside a string: the first newline of the entry ends the head.
  const bytes = Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`, 'utf8'), body]);
  return brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 1, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
}

/** The entry, or undefined when the bytes are not a whole entry (a torn or foreign file: a cache miss). */
export function decodeEntry(raw: Buffer): CachedOutput | undefined {
  let text: string;
  try {
    text = brotliDecompressSync(raw).toString('utf8');
  } catch {
    return undefined;
  }
  const end = text.indexOf('\n');
  if (end < 0) return undefined;
  let head: Head;
  try {
    head = JSON.parse(text.slice(0, end)) as Head;
  } catch {
    return undefined;
  }
  if (!Array.isArray(head.files) || !Array.isArray(head.problems) || typeof head.prefix !== 'string') return undefined;
  let at = end + 1;
  const files: GeneratedFile[] = [];
  for (const f of head.files) {
    files.push({ path: f.path, contents: text.slice(at, at + f.length), ...(f.preformatted ? { preformatted: true } : {}) });
    at += f.length;
  }
  return at === text.length ? { ...head, files } : undefined;
}
