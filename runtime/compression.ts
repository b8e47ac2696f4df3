/**
 * Request compression (the `requestcompression` trait): gzip, for bodies of at least the minimum size.
 * zlib is taken from the running Node (process.getBuiltinModule) rather than imported, so the runtime
 * also compiles and loads where there is none; there the body goes uncompressed, which services accept.
 * It is taken when a body is to be compressed, not when this module loads: most operations never are,
 * and loading zlib is part of a client's cold start.
 */

/** The size under which a body is sent uncompressed, as in the AWS SDKs (10 KiB). */
export const MIN_COMPRESSION_BYTES = 10240;

interface Zlib {
  gzipSync(data: Uint8Array): Uint8Array;
}

type WithProcess = { process?: { getBuiltinModule?: (id: string) => unknown } };
const zlibOf = () => (globalThis as WithProcess).process?.getBuiltinModule?.('node:zlib') as Zlib | undefined;

const utf8 = new TextEncoder();

/** The gzip bytes of `body`, or undefined when it is too small to be worth it (or there is no zlib). */
export function gzipBody(body: string, minBytes: number = MIN_COMPRESSION_BYTES): Uint8Array | undefined {
  const bytes = utf8.encode(body);
  if (bytes.byteLength < minBytes) return undefined;
  const zlib = zlibOf();
  if (!zlib) return undefined;
  const zipped = zlib.gzipSync(bytes);
  return new Uint8Array(zipped.buffer, zipped.byteOffset, zipped.byteLength);
}
