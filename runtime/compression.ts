/** Request compression (the `requestcompression` trait): gzip, for bodies of at least the minimum size. */
import { gzipSync } from 'node:zlib';

/** The size under which a body is sent uncompressed, as in the AWS SDKs (10 KiB). */
export const MIN_COMPRESSION_BYTES = 10240;

const utf8 = new TextEncoder();

/** The gzip bytes of `body`, or undefined when it is too small to be worth compressing. */
export function gzipBody(body: string, minBytes: number = MIN_COMPRESSION_BYTES): Uint8Array | undefined {
  const bytes = utf8.encode(body);
  if (bytes.byteLength < minBytes) return undefined;
  return new Uint8Array(gzipSync(bytes));
}
