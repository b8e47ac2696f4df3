/**
 * The HTTP messages the generated serializers produce and the deserializers read. Sending (endpoint,
 * signing, retries) belongs to the caller, so these are plain data.
 */

export interface HttpRequest {
  method: string;
  /** Always `/` for AWS JSON; an endpoint's own path is joined in front by {@link requestUrl}. */
  path: string;
  headers: Record<string, string>;
  /** JSON text, or gzip bytes when the operation asks for request compression. */
  body: string | Uint8Array;
  /** What the operation's endpoint trait puts in front of the endpoint's host, e.g. `foo.bar.`. */
  hostPrefix?: string;
}

export interface HttpResponse {
  statusCode: number;
  headers: Readonly<Record<string, string | undefined>>;
  body?: string | Uint8Array;
}

/** A header's value, whatever the case of its name (HTTP header names are case-insensitive). */
export function headerValue(headers: HttpResponse['headers'], name: string): string | undefined {
  const direct = headers[name];
  if (direct !== undefined) return direct;
  const lower = name.toLowerCase();
  for (const key of Object.keys(headers)) if (key.toLowerCase() === lower) return headers[key];
  return undefined;
}

const utf8 = new TextDecoder('utf-8');

/** The body as text (UTF-8), `''` when there is none. */
export function bodyText(body: HttpResponse['body']): string {
  if (body === undefined) return '';
  return typeof body === 'string' ? body : utf8.decode(body);
}

/**
 * The full URL of a request sent to `endpoint` (e.g. `https://example.com/custom`): the operation's
 * host prefix goes before the host, the endpoint's path before the request's path.
 */
export function requestUrl(endpoint: string, request: Pick<HttpRequest, 'path' | 'hostPrefix'>): URL {
  const url = new URL(endpoint);
  if (request.hostPrefix) url.hostname = request.hostPrefix + url.hostname;
  const base = url.pathname.endsWith('/') ? url.pathname.slice(0, -1) : url.pathname;
  url.pathname = base + request.path;
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
