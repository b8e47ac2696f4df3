/**
 * The UTF-8 bytes of a model's files, encoded once into one buffer, each file's bytes a view of it. A new
 * model's output is hashed (manifest), staged (written) and cached from these same bytes: each of the three
 * converted the strings again before, and the cache joined them first into one string of the whole output
 * (EC2's is 53 MB). Measured on 150 catalog entries (144 MB): 0.65 s to join and encode, 0.31 s to encode
 * in place.
 */
import type { GeneratedFile } from '../emit/types.js';

export interface FileBytes {
  /** Every file's contents back to back, in the order given. */
  readonly body: Buffer;
  /** Per file, in the order given: its bytes, a view of `body`. */
  readonly views: readonly Buffer[];
}

export function encodeFiles(files: readonly GeneratedFile[]): FileBytes {
  let size = 0;
  for (const f of files) size += Buffer.byteLength(f.contents, 'utf8');
  const body = Buffer.allocUnsafe(size);
  const views: Buffer[] = [];
  let at = 0;
  for (const f of files) {
    const end = at + body.write(f.contents, at, 'utf8');
    views.push(body.subarray(at, end));
    at = end;
  }
  if (at !== size) throw new Error(`shapegen: encoding the files gave ${at} bytes where ${size} were counted`);
  return { body, views };
}
