/**
 * The HTTP messages the generated serializers produce and the deserializers read. Sending (endpoint,
 * signing, retries) belongs to the caller, so these are plain data.
 */

/**
 * A request body: text (JSON, XML, a query form), bytes (gzip, a blob payload), or for an operation whose
 * input payload streams (a `streaming` blob, e.g. S3 PutObject's Body) whatever the caller gave for it,
 * passed through untouched: a `ReadableStream` is then the caller's to send (no `Content-Length` is set).
 */
export type RequestBody = string | Uint8Array | ReadableStream<Uint8Array>;

export interface HttpRequest {
  method: string;
  /**
   * The path and query string exactly as they go on the wire, percent-encoded (`/bucket/key?list-type=2`),
   * as botocore's `uri`; AWS JSON and Query always use `/`. An endpoint's own path is joined in front by
   * {@link requestUrl}.
   */
  path: string;
  headers: Record<string, string>;
  /** `''` when the request has no body. */
  body: RequestBody;
  /** What the operation's endpoint trait puts in front of the endpoint's host, e.g. `foo.bar.`. */
  hostPrefix?: string;
  /**
   * S3: the bucket when the path begins with it (`/{Bucket}/...`, percent-encoded as the path's first
   * segment). A client that addresses buckets virtual-hosted style moves it into the host
   * (`bucket.s3.region.amazonaws.com`) and removes that first segment from `path`; path-style clients and
   * custom endpoints leave the path as it is.
   */
  bucket?: string;
}

/**
 * A response body: the full body as text or bytes; for an operation whose output payload streams (S3
 * GetObject's Body, an event stream) it may also be the unread `ReadableStream`, which the deserializer
 * puts into the payload member untouched. Other responses must be read in full first.
 */
export type ResponseBody = string | Uint8Array | ReadableStream<Uint8Array>;

export interface HttpResponse {
  statusCode: number;
  headers: Readonly<Record<string, string | undefined>>;
  body?: ResponseBody;
}

/** A header's value, whatever the case of its name (HTTP header names are case-insensitive). */
export function headerValue(headers: HttpResponse['headers'], name: string): string | undefined {
  if (!headers) return undefined;
  const direct = headers[name];
  if (direct !== undefined) return direct;
  const lower = name.toLowerCase();
  for (const key of Object.keys(headers)) if (key.toLowerCase() === lower) return headers[key];
  return undefined;
}

const utf8 = new TextDecoder('utf-8');

/** True for a body that is a stream rather than text or bytes. */
export function isStream(body: unknown): body is ReadableStream<Uint8Array> {
  return typeof body === 'object' && body !== null && typeof (body as { getReader?: unknown }).getReader === 'function';
}

/** The body as text (UTF-8), `''` when there is none. A stream here is a caller's mistake: it throws. */
export function bodyText(body: HttpResponse['body']): string {
  if (body === undefined) return '';
  if (typeof body === 'string') return body;
  if (isStream(body)) throw new TypeError('shapegen: this response body must be read in full (a string or a Uint8Array), not a stream');
  return utf8.decode(body);
}

/**
 * The full URL of a request sent to `endpoint` (e.g. `https://example.com/custom`): the operation's
 * host prefix goes before the host, the endpoint's path before the request's path (which may carry a
 * query string).
 */
export function requestUrl(endpoint: string, request: Pick<HttpRequest, 'path' | 'hostPrefix'>): URL {
  const url = new URL(endpoint);
  if (request.hostPrefix) url.hostname = request.hostPrefix + url.hostname;
  const base = url.pathname.endsWith('/') ? url.pathname.slice(0, -1) : url.pathname;
  const q = request.path.indexOf('?');
  url.pathname = base + (q < 0 ? request.path : request.path.slice(0, q));
  if (q >= 0) url.search = request.path.slice(q);
  return url;
}

/** Node's Buffer.byteLength, typed locally so the runtime compiles without Node's types. */
const NodeBuffer = (globalThis as { Buffer?: { byteLength(text: string, encoding: 'utf8'): number } }).Buffer;

/** The UTF-8 byte length of a body (the `Content-Length` header). */
export function byteLength(body: string | Uint8Array): number {
  if (typeof body !== 'string') return body.byteLength;
  return NodeBuffer ? NodeBuffer.byteLength(body, 'utf8') : utf8Length(body);
}

/** The UTF-8 byte length of a string, without Buffer (a lone surrogate counts as U+FFFD, 3 bytes). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
