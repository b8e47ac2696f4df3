/**
 * `Content-MD5` for operations that require a checksum (`httpChecksumRequired`), the MD5 of an S3 SSE-C
 * customer key, and Glacier's tree hash. The hashes come from the running Node (process.getBuiltinModule, as
 * zlib in compression.ts); where there is none the header is left to the caller (they return undefined), as
 * it is for a streaming body.
 */
import { toBytes } from './base64.js';
import { hasOwn } from './descriptors.js';

interface NodeHash {
  update(data: string | Uint8Array): NodeHash;
  digest(encoding: 'base64' | 'hex'): string;
  digest(): Uint8Array;
}

interface NodeCrypto {
  createHash(algorithm: 'md5' | 'sha256'): NodeHash;
}

type WithProcess = { process?: { getBuiltinModule?: (id: string) => unknown } };
const crypto = (globalThis as WithProcess).process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;

/** The base64 MD5 of a body (text as UTF-8), or undefined when MD5 is not available here. */
export function contentMd5(body: string | Uint8Array): string | undefined {
  return crypto?.createHash('md5').update(body).digest('base64');
}

/**
 * S3 SSE-C: `input` with the MD5 of each customer key it sets (the key's bytes, as its header carries them
 * in base64) in the digest member it leaves out; a digest the caller gave is kept, as botocore does. A copy
 * when anything is added: the caller's object is not changed.
 */
export function withKeyDigests(input: Record<string, unknown>, pairs: readonly (readonly [string, string])[]): Record<string, unknown> {
  let out = input;
  for (const [key, digest] of pairs) {
    const value = hasOwn(input, key) ? input[key] : undefined;
    if (value == null || (hasOwn(input, digest) && input[digest] != null)) continue;
    const md5 = contentMd5(toBytes(value));
    if (md5 === undefined) continue;
    if (out === input) out = { ...input };
    out[digest] = md5;
  }
  return out;
}

/** The piece of a body that each leaf of Glacier's tree hash covers. */
const TREE_LEAF = 1 << 20;

/**
 * Glacier's SHA-256 tree hash (hex) of a body: the SHA-256 of each MiB, then of each pair of hashes, level by
 * level, an odd one carried up as it is; of no bytes, the SHA-256 of nothing. Undefined without node:crypto
 * (the caller gives the header).
 */
export function treeHash(body: Uint8Array): string | undefined {
  const c = crypto;
  if (!c) return undefined;
  let level: Uint8Array[] = [];
  for (let at = 0; at < body.length; at += TREE_LEAF) level.push(c.createHash('sha256').update(body.subarray(at, at + TREE_LEAF)).digest());
  if (level.length === 0) return c.createHash('sha256').update(body).digest('hex');
  while (level.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? c.createHash('sha256').update(level[i]).update(level[i + 1]).digest() : level[i]);
    level = next;
  }
  return Array.from(level[0], (b) => b.toString(16).padStart(2, '0')).join('');
}
