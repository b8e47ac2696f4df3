/** Blobs travel as base64 text in AWS JSON. Uses Buffer where it exists (Node), else atob/btoa. */

/** The part of Node's Buffer used here, typed locally so the runtime compiles without Node's types. */
interface NodeBytes extends Uint8Array {
  toString(encoding?: 'base64'): string;
}
interface NodeBufferStatic {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): NodeBytes;
  from(text: string, encoding: 'base64'): NodeBytes;
}

const NodeBuffer = (globalThis as { Buffer?: NodeBufferStatic }).Buffer;
const utf8 = new TextEncoder();

/** A caller's blob as bytes: a Uint8Array (any view) or a string (its UTF-8 bytes). */
export function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'string') return utf8.encode(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  throw new TypeError(`Expected a Uint8Array for a blob, got ${typeof value}`);
}

export function toBase64(value: unknown): string {
  const bytes = toBytes(value);
  if (NodeBuffer) return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  return encodeWithBtoa(bytes);
}

/** The path for runtimes without Buffer (browsers). */
export function encodeWithBtoa(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
  return btoa(binary);
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes base64 (padding optional); throws on characters outside the alphabet. */
export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/\s+/g, '');
  if (!BASE64.test(clean)) throw new TypeError('Invalid base64 in a blob member');
  if (NodeBuffer) {
    const buf = NodeBuffer.from(clean, 'base64');
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  return decodeWithAtob(clean);
}

/** The path for runtimes without Buffer (browsers); `clean` is checked base64 without whitespace. */
export function decodeWithAtob(clean: string): Uint8Array {
  const binary = atob(clean.padEnd(Math.ceil(clean.length / 4) * 4, '='));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
