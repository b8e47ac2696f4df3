/**
 * Requests in a canonical form both sides can be diffed in, as botocore's harness compares them
 * (../shared/protocol-tests/botocore/PROVENANCE.md): the method; the path exactly as sent; the query
 * string as its decoded key/value pairs (the order of parameters carries no meaning, and SigV4 signs them
 * sorted); the headers the protocol defines (transport and signing headers left out); the body as values:
 * JSON parsed, XML canonicalised by fast-xml-parser, form bodies as their parameters by name, each value
 * exactly as sent, payload bytes as bytes.
 */
import { createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { diffValues, type Difference } from './diff.js';
import { ENDPOINT_HOST, type V2Request } from './v2.js';

/** Headers that belong to sending or signing, not to the protocol: not compared. */
const TRANSPORT_HEADERS = new Set([
  'authorization',
  'x-amz-date',
  'x-amz-content-sha256',
  'x-amz-security-token',
  'host',
  'user-agent',
  'x-amz-user-agent',
  'x-amzn-trace-id',
  'amz-sdk-invocation-id',
  'amz-sdk-request',
  'content-length',
]);

export type BodyKind = 'json' | 'xml' | 'form' | 'bytes';

export interface CanonicalRequest {
  method: string;
  path: string;
  query: [string, string][];
  headers: Record<string, string>;
  body: unknown;
  /** What goes in front of the endpoint's host (`''` for none). */
  hostPrefix: string;
}

/** The request shapegen's serializer returned (runtime/http.ts `HttpRequest`). */
export interface OurRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
  hostPrefix?: string;
}

const xml = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  // Text as sent: v2 writes a newline as `&#x0A;`, shapegen as itself; trimming before references are
  // decoded would tell them apart. Neither side indents.
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  processEntities: true,
  // Character references (`&#x0A;`, v2's way of writing a newline) are decoded like the named entities.
  htmlEntities: true,
});

export function bytesOf(body: unknown): Uint8Array {
  if (body === undefined || body === null) return new Uint8Array();
  if (typeof body === 'string') return new Uint8Array(Buffer.from(body, 'utf8'));
  if (body instanceof Uint8Array) return body;
  throw new Error(`a request body that is neither text nor bytes: ${Object.prototype.toString.call(body)}`);
}

function pairs(text: string): [string, string][] {
  if (text === '') return [];
  return text.split('&').map((part) => {
    const eq = part.indexOf('=');
    const [k, v] = eq < 0 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
    return [decode(k), decode(v)];
  });
}

/** Percent-decoding as a server does; `+` is a space in forms. Malformed escapes are kept as written. */
function decode(s: string): string {
  const spaced = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return `<malformed ${s}>`;
  }
}

function sortedPairs(list: [string, string][]): [string, string][] {
  return [...list].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
}

/**
 * A form body as its parameters, name to value, each exactly as sent (encoding included: botocore
 * compares Query and EC2 bodies as strings), so that a difference names its parameter. Their order is
 * not compared: v2 sorts them (util.queryParamsToString), and a service reads them by name.
 */
function formParameters(text: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = Object.create(null);
  for (const part of text.split('&')) {
    const eq = part.indexOf('=');
    const [k, v] = eq < 0 ? [part, '<no =>'] : [part.slice(0, eq), part.slice(eq + 1)];
    const had = out[k];
    out[k] = had === undefined ? v : [...(Array.isArray(had) ? had : [had]), v];
  }
  return out;
}

export function canonicalBody(kind: BodyKind, body: unknown): unknown {
  const bytes = bytesOf(body);
  if (kind === 'bytes') return bytes;
  const text = Buffer.from(bytes).toString('utf8');
  if (text === '') return '';
  switch (kind) {
    case 'json':
      try {
        return JSON.parse(text);
      } catch {
        return { notJson: text };
      }
    case 'xml':
      try {
        return xml.parse(text);
      } catch (e) {
        return { notXml: text, error: (e as Error).message };
      }
    case 'form':
      return formParameters(text);
  }
}

function splitPath(path: string): { path: string; query: [string, string][] } {
  const q = path.indexOf('?');
  if (q < 0) return { path, query: [] };
  return { path: path.slice(0, q), query: sortedPairs(pairs(path.slice(q + 1)).filter(([k]) => k !== '')) };
}

function protocolHeaders(headers: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    const name = k.toLowerCase();
    if (!TRANSPORT_HEADERS.has(name)) out[name] = String(v);
  }
  return out;
}

export function canonicalOurs(request: OurRequest, kind: BodyKind): CanonicalRequest {
  const { path, query } = splitPath(request.path);
  return {
    method: request.method,
    path,
    query,
    headers: protocolHeaders(request.headers),
    body: canonicalBody(kind, request.body),
    hostPrefix: request.hostPrefix ?? '',
  };
}

export function canonicalTheirs(request: V2Request, kind: BodyKind): CanonicalRequest {
  const { path, query } = splitPath(request.path);
  const host = request.host;
  return {
    method: request.method,
    path,
    query,
    headers: protocolHeaders(request.headers),
    body: canonicalBody(kind, request.body),
    hostPrefix: host.endsWith(ENDPOINT_HOST) ? host.slice(0, -ENDPOINT_HOST.length) : `<host ${host}>`,
  };
}

function header(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : String(headers[key]);
}

/**
 * Every difference between the two requests. `Content-Length` is compared when the bodies are the same
 * bytes; when they differ only in form (JSON spacing, XML layout, form encoding) ours must still give the
 * length of the body we send.
 */
export function diffRequests(ours: OurRequest, theirs: V2Request, kind: BodyKind): Difference[] {
  const diffs = diffValues(canonicalOurs(ours, kind), canonicalTheirs(theirs, kind));
  const ourBytes = bytesOf(ours.body);
  const ourLength = header(ours.headers, 'content-length');
  const sameBytes = diffValues(ourBytes, bytesOf(theirs.body)).length === 0;
  if (sameBytes) {
    const theirLength = header(theirs.headers, 'content-length');
    // v2 leaves Content-Length out of an empty body on some paths, and so may we.
    const norm = (v: string | undefined) => (v === undefined || v === '0' ? undefined : v);
    if (norm(ourLength) !== norm(theirLength)) diffs.push({ path: 'headers.content-length', ours: ourLength, theirs: theirLength });
  } else {
    if (ourLength !== undefined && Number(ourLength) !== ourBytes.byteLength) {
      diffs.push({ path: 'headers.content-length', ours: ourLength, theirs: `the body's ${ourBytes.byteLength} bytes` });
    }
    // The bodies differ in form only: each side's Content-MD5 is of its own body, so ours is checked against ours.
    const md5 = header(ours.headers, 'content-md5');
    const i = diffs.findIndex((d) => d.path === 'headers.content-md5');
    // (A Content-MD5 the caller gave, even `""`, is the caller's: left as it differs.)
    if (i >= 0 && md5 !== undefined && md5 !== '' && header(theirs.headers, 'content-md5') !== undefined) {
      const want = createHash('md5').update(ourBytes).digest('base64');
      if (md5 === want) diffs.splice(i, 1);
      else diffs[i] = { path: 'headers.content-md5', ours: md5, theirs: `the MD5 of our body, ${want}` };
    }
  }
  return diffs;
}
