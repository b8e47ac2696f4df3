/**
 * Checks one link: what the page would point at (`linkTarget`), then requests, following redirects
 * (bounded, loops detected, relative `Location` resolved, the fragment carried over as browsers do),
 * retrying transient failures with a growing delay. HEAD first; GET when HEAD is refused, since some servers
 * answer HEAD wrongly. The outcome is the map entry and a line saying what was seen.
 */
import { probe, type ProbeOptions, type ProbeResult } from './probe.js';
import type { RequestScheduler } from './scheduler.js';
import { linkTarget } from './target.js';
import type { LinkEntry } from './types.js';

export interface CheckOptions {
  readonly scheduler: RequestScheduler;
  readonly probe: ProbeOptions;
  readonly maxRedirects: number;
  /** Further attempts after a transient failure (timeout, reset, 429, 5xx). */
  readonly retries: number;
  /** Delay before the first retry; doubled for each further one. */
  readonly retryDelayMs: number;
  /** A server's `Retry-After` is honoured up to this. */
  readonly maxRetryAfterMs: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface CheckOutcome {
  readonly entry: LinkEntry;
  /** What the check saw: `HTTP 200`, `301 -> 302 -> HTTP 200`, `HTTP 404`, `redirect loop`, ... */
  readonly result: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const TRANSIENT_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);
const TRANSIENT_CODES = new Set(['ETIMEDOUT', 'ECONNRESET', 'EPIPE', 'ECONNABORTED', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN']);
/** Failures that say the host is not there at all: asking again with GET would only repeat them. */
const HOST_FAILURES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN']);

const defaultSleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

function transient(r: ProbeResult): boolean {
  return r.kind === 'error' ? TRANSIENT_CODES.has(r.code) : TRANSIENT_STATUS.has(r.status);
}

type Attempted = ProbeResult & { readonly attempts: number };

async function withRetries(url: URL, method: 'HEAD' | 'GET', opts: CheckOptions): Promise<Attempted> {
  const sleep = opts.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    const r = await opts.scheduler.run(url.host, () => probe(url, method, opts.probe));
    if (!transient(r) || attempt > opts.retries) return { ...r, attempts: attempt };
    const backoff = opts.retryDelayMs * 2 ** (attempt - 1);
    const asked = r.kind === 'response' && r.retryAfterMs !== undefined ? Math.min(r.retryAfterMs, opts.maxRetryAfterMs) : 0;
    await sleep(Math.max(backoff, asked));
  }
}

/** The answer for one URL: HEAD, then GET if HEAD was refused or garbled. */
async function answer(url: URL, opts: CheckOptions): Promise<Attempted> {
  const head = await withRetries(url, 'HEAD', opts);
  const refused = head.kind === 'response' ? head.status >= 400 : !HOST_FAILURES.has(head.code);
  return refused ? withRetries(url, 'GET', opts) : head;
}

function describeAnswer(r: Attempted): string {
  const what = r.kind === 'response' ? `HTTP ${r.status}` : r.code === 'ETIMEDOUT' ? `timed out (${r.message})` : `${r.code}: ${r.message}`;
  return r.attempts > 1 ? `${what}, after ${r.attempts} attempts` : what;
}

function withoutHash(url: URL): string {
  return url.href.slice(0, url.href.length - url.hash.length);
}

const dead = (result: string): CheckOutcome => ({ entry: { status: 'dead' }, result });

export async function checkLink(href: string, opts: CheckOptions): Promise<CheckOutcome> {
  const target = linkTarget(href);
  if (target.kind === 'unchecked') return { entry: { status: 'ok' }, result: target.reason };
  if (target.kind === 'invalid') return dead(target.reason);
  let url = target.url;
  const seen = new Set<string>();
  const hops: number[] = [];
  const chain = (last: string) => [...hops.map(String), last].join(' -> ');
  for (;;) {
    seen.add(withoutHash(url));
    const r = await answer(url, opts);
    if (r.kind === 'error') return dead(chain(describeAnswer(r)));
    if (REDIRECTS.has(r.status) && r.location !== undefined) {
      hops.push(r.status);
      if (hops.length > opts.maxRedirects) return dead(`more than ${opts.maxRedirects} redirects`);
      let next: URL;
      try {
        next = new URL(r.location, url);
      } catch {
        return dead(chain(`redirect to an invalid URL (${JSON.stringify(r.location)})`));
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') return dead(chain(`redirect to a non-http(s) URL (${next.protocol})`));
      // A Location without a fragment keeps the fragment of the link (RFC 9110, 10.2.2).
      if (next.hash === '' && url.hash !== '') next.hash = url.hash;
      if (seen.has(withoutHash(next))) return dead(chain(`redirect loop back to ${withoutHash(next)}`));
      url = next;
      continue;
    }
    if (r.status >= 200 && r.status < 300) {
      const result = chain(describeAnswer(r));
      return hops.length === 0 ? { entry: { status: 'ok' }, result } : { entry: { status: 'moved', location: url.href }, result };
    }
    return dead(chain(describeAnswer(r)));
  }
}
