/**
 * One HTTP request, no redirect followed: the status and `Location` of the answer, or why there was none.
 * node:http(s) rather than fetch, for the error codes (ENOTFOUND, ECONNREFUSED, ECONNRESET, ...) as they are,
 * a resolver that tests can replace, and keep-alive agents shared by the whole run.
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';

export type ProbeResult =
  | { readonly kind: 'response'; readonly status: number; readonly location?: string; readonly retryAfterMs?: number }
  | { readonly kind: 'error'; readonly code: string; readonly message: string };

export interface ProbeOptions {
  /** From the start of the request to the answer's headers. */
  readonly timeoutMs: number;
  readonly userAgent: string;
  readonly agents: { readonly http: http.Agent; readonly https: https.Agent };
  /** Host name resolution (default: the system's); tests resolve their own names to 127.0.0.1. */
  readonly lookup?: LookupFunction;
}

/** A body is read only to keep the connection for the next request; past this much it is cut off. */
const MAX_DRAIN_BYTES = 1 << 20;

/** Keep-alive agents without a socket limit of their own: the scheduler limits requests per host. */
export function createAgents(): ProbeOptions['agents'] {
  const options = { keepAlive: true };
  return { http: new http.Agent(options), https: new https.Agent(options) };
}

export function destroyAgents(agents: ProbeOptions['agents']): void {
  agents.http.destroy();
  agents.https.destroy();
}

/** `Retry-After` (seconds or an HTTP date) in milliseconds from now. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function drain(res: http.IncomingMessage): void {
  let bytes = 0;
  res.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    if (bytes > MAX_DRAIN_BYTES) res.destroy();
  });
  res.on('error', () => {});
}

export function probe(url: URL, method: 'HEAD' | 'GET', opts: ProbeOptions): Promise<ProbeResult> {
  return new Promise((resolve) => {
    const https_ = url.protocol === 'https:';
    let settled = false;
    let req: http.ClientRequest | undefined;
    const finish = (r: ProbeResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    const timer = setTimeout(() => {
      finish({ kind: 'error', code: 'ETIMEDOUT', message: `no answer within ${opts.timeoutMs} ms` });
      req?.destroy();
    }, opts.timeoutMs);
    try {
      req = (https_ ? https : http).request(
        url,
        {
          method,
          agent: https_ ? opts.agents.https : opts.agents.http,
          headers: { 'user-agent': opts.userAgent, accept: '*/*' },
          ...(opts.lookup ? { lookup: opts.lookup } : {}),
        },
        (res) => {
          const location = res.headers.location;
          finish({ kind: 'response', status: res.statusCode ?? 0, ...(location !== undefined ? { location } : {}), ...retryAfter(res) });
          drain(res);
        },
      );
      req.on('error', (e: NodeJS.ErrnoException) => finish({ kind: 'error', code: e.code ?? 'EUNKNOWN', message: e.message }));
      req.end();
    } catch (e) {
      finish({ kind: 'error', code: (e as NodeJS.ErrnoException).code ?? 'EINVAL', message: (e as Error).message });
    }
  });
}

function retryAfter(res: http.IncomingMessage): { retryAfterMs?: number } {
  const ms = retryAfterMs(res.headers['retry-after']);
  return ms === undefined ? {} : { retryAfterMs: ms };
}
