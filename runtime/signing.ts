/**
 * AWS Signature Version 4, with the `aws4` library doing the canonical request and the HMAC chain (it
 * caches each day's signing key). This module decides what goes into the signature the way the AWS SDKs
 * do: the date header, the session token, and how the payload is covered (`PayloadSigning`).
 */
import { hash } from 'node:crypto';
import aws4 from 'aws4';

export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
  /** When temporary credentials stop working; the client fetches new ones before then. */
  readonly expiration?: Date;
}

/**
 * How the body enters the signature:
 * - `hash`: its SHA-256 in the canonical request only;
 * - `header`: that hash also sent as `x-amz-content-sha256` (what the AWS SDKs send every service);
 * - `unsigned`: `UNSIGNED-PAYLOAD` in `x-amz-content-sha256` (streaming bodies, `v4-unsigned-body`).
 */
export type PayloadSigning = 'hash' | 'header' | 'unsigned';

export interface SignableRequest {
  readonly method: string;
  /** `host[:port]`, as the URL gives it (no default port). */
  readonly host: string;
  /** Path and query string, as sent. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array | ReadableStream<Uint8Array>;
}

export interface SigningScope {
  /** The model's `signingName` (else its `endpointPrefix`). */
  readonly service: string;
  readonly region: string;
  /** `YYYYMMDDTHHMMSSZ`, see {@link amzDate}. */
  readonly amzDate: string;
  readonly payload: PayloadSigning;
}

export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

/** `2015-08-30T12:36:00.123Z` -> `20150830T123600Z`. */
export function amzDate(epochMs: number): string {
  const iso = new Date(epochMs).toISOString();
  return iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 13) + iso.slice(14, 16) + iso.slice(17, 19) + 'Z';
}

/** The hex SHA-256 of a body (Node's one-shot hash: no hasher object per call). */
function sha256Hex(body: string | Uint8Array): string {
  return hash('sha256', body, 'hex');
}

function isStream(body: SignableRequest['body']): body is ReadableStream<Uint8Array> {
  return body !== undefined && typeof body !== 'string' && !(body instanceof Uint8Array);
}

/**
 * The headers to send: the request's own plus `X-Amz-Date`, `X-Amz-Security-Token` when the credentials
 * have a session token, `X-Amz-Content-Sha256` when the payload mode asks for it, and `Authorization`.
 * aws4 also adds `Content-Length` and a form `Content-Type` to a body that lacks them (and signs them), so
 * its headers are the ones returned; `host` is signed but left out: the transport sends it from the URL.
 */
export function signRequest(request: SignableRequest, credentials: Credentials, scope: SigningScope): Record<string, string> {
  const headers: Record<string, string> = { ...request.headers, 'X-Amz-Date': scope.amzDate };
  if (credentials.sessionToken) headers['X-Amz-Security-Token'] = credentials.sessionToken;
  const stream = isStream(request.body);
  let body: string | Uint8Array | undefined;
  if (scope.payload === 'unsigned' || stream) headers['X-Amz-Content-Sha256'] = UNSIGNED_PAYLOAD;
  else if (scope.payload === 'header') headers['X-Amz-Content-Sha256'] = sha256Hex((request.body as string | Uint8Array | undefined) ?? '');
  else body = request.body as string | Uint8Array | undefined;
  const signed = aws4.sign(
    {
      method: request.method,
      host: request.host,
      path: request.path,
      service: scope.service,
      region: scope.region,
      // aws4 hashes the body itself when no X-Amz-Content-Sha256 header gives the hash.
      body: body as string | undefined,
      headers: { ...headers, Host: request.host },
      // aws4 leaves `Range` out of the signature; the v3 SDK signs it, and so do we.
      extraHeadersToInclude: { range: true },
    } as aws4.Request,
    credentials,
  );
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(signed.headers as Record<string, string | number>)) {
    if (name !== 'Host') out[name] = String(value);
  }
  return out;
}
