/**
 * Where a request goes: the endpoint's scheme, host and base path, the operation's host prefix, and for
 * S3 the bucket either in the host (virtual-hosted style, the default) or in the path (path style: on
 * request, for custom endpoints on an IP address or `localhost`, and for names DNS cannot carry).
 */

export interface Endpoint {
  /** `https:` */
  readonly protocol: string;
  /** `host[:port]` */
  readonly host: string;
  /** The endpoint's own path without a trailing `/` (usually ''). */
  readonly basePath: string;
  /** The host is an IP address or `localhost`: no prefix or bucket can go in front of it. */
  readonly literalHost: boolean;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

export function parseEndpoint(endpoint: string): Endpoint {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new ConfigError(`The endpoint ${JSON.stringify(endpoint)} is not a URL (such as https://example.com or http://127.0.0.1:8000).`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError(`The endpoint ${endpoint} must be http: or https:.`);
  if (url.search || url.hash) throw new ConfigError(`The endpoint ${endpoint} must not have a query string or fragment.`);
  const hostname = url.hostname;
  return {
    protocol: url.protocol,
    host: url.host,
    basePath: url.pathname.replace(/\/+$/, ''),
    literalHost: IPV4.test(hostname) || hostname.startsWith('[') || hostname === 'localhost',
  };
}

/** A bucket name that can be a DNS label of the host (and, over TLS, without dots that break the certificate). */
export function virtualHostable(bucket: string, tls: boolean): boolean {
  if (bucket.length < 3 || bucket.length > 63) return false;
  if (!/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(bucket) || bucket.includes('..') || IPV4.test(bucket)) return false;
  return !(tls && bucket.includes('.'));
}

export interface Target {
  readonly host: string;
  readonly path: string;
}

/**
 * Host and path of a request: `hostPrefix` in front of the host (unless the host is literal), and an S3
 * bucket moved from the front of the path into the host when virtual-hosted style applies.
 */
export function target(endpoint: Endpoint, path: string, hostPrefix: string | undefined, bucket: string | undefined, pathStyle: boolean): Target {
  let host = endpoint.host;
  if (hostPrefix && !endpoint.literalHost) host = hostPrefix + host;
  if (bucket !== undefined && !pathStyle && !endpoint.literalHost && virtualHostable(bucket, endpoint.protocol === 'https:')) {
    const head = `/${bucket}`;
    if (path === head || path.startsWith(`${head}/`) || path.startsWith(`${head}?`)) {
      host = `${bucket}.${host}`;
      path = path.slice(head.length);
      if (path === '' || path.startsWith('?')) path = `/${path}`;
    }
  }
  return { host, path: endpoint.basePath + path };
}
