/**
 * `Content-MD5` for operations that require a checksum (`httpChecksumRequired`). MD5 comes from the running
 * Node (process.getBuiltinModule, as zlib in compression.ts); where there is none the header is left to the
 * caller (it returns undefined), as it is for a streaming body.
 */
interface NodeCrypto {
  createHash(algorithm: 'md5'): { update(data: string | Uint8Array): { digest(encoding: 'base64'): string } };
}

type WithProcess = { process?: { getBuiltinModule?: (id: string) => unknown } };
const crypto = (globalThis as WithProcess).process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;

/** The base64 MD5 of a body (text as UTF-8), or undefined when MD5 is not available here. */
export function contentMd5(body: string | Uint8Array): string | undefined {
  return crypto?.createHash('md5').update(body).digest('base64');
}
