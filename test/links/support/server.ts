/**
 * A local HTTP server on 127.0.0.1 (port 0) that answers each path as a table says: a status, a Location,
 * a delay, a reset connection; a list of answers is served one per request (the last one repeats). It
 * records every request, and how many were in flight per host at once, for the politeness checks.
 */
import http from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';

export interface Answer {
  readonly status?: number;
  readonly location?: string;
  readonly retryAfter?: string;
  /** Wait this long before answering. */
  readonly delayMs?: number;
  /** Drop the connection instead of answering. */
  readonly reset?: boolean;
  /** A different answer to HEAD requests. */
  readonly head?: Answer;
}

export type Behaviour = Answer | readonly Answer[];

export interface SeenRequest {
  readonly method: string;
  readonly host: string;
  readonly path: string;
  readonly at: number;
}

export interface TestServer {
  readonly port: number;
  readonly requests: SeenRequest[];
  /** Most requests in flight at once, per Host header. */
  readonly maxInFlight: Map<string, number>;
  route(path: string, behaviour: Behaviour): void;
  close(): Promise<void>;
}

function answerFor(behaviour: Behaviour, n: number, method: string): Answer {
  const list = Array.isArray(behaviour) ? (behaviour as readonly Answer[]) : [behaviour as Answer];
  const a = list[Math.min(n, list.length - 1)];
  return method === 'HEAD' && a.head ? a.head : a;
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Behaviour>();
  const counts = new Map<string, number>();
  const requests: SeenRequest[] = [];
  const inFlight = new Map<string, number>();
  const maxInFlight = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const host = req.headers.host ?? '';
    const path = req.url ?? '/';
    requests.push({ method: req.method ?? '', host, path, at: Date.now() });
    const now = (inFlight.get(host) ?? 0) + 1;
    inFlight.set(host, now);
    maxInFlight.set(host, Math.max(maxInFlight.get(host) ?? 0, now));
    let ended = false;
    const done = () => {
      if (!ended) inFlight.set(host, (inFlight.get(host) ?? 1) - 1);
      ended = true;
    };
    res.on('close', done);
    const behaviour = routes.get(path) ?? { status: 404 };
    const n = counts.get(path) ?? 0;
    counts.set(path, n + 1);
    const a = answerFor(behaviour, n, req.method ?? 'GET');
    const reply = () => {
      if (a.reset) {
        done();
        req.socket.destroy();
        return;
      }
      const headers: Record<string, string> = {};
      if (a.location !== undefined) headers.location = a.location;
      if (a.retryAfter !== undefined) headers['retry-after'] = a.retryAfter;
      res.writeHead(a.status ?? 200, headers);
      res.end(req.method === 'HEAD' ? undefined : 'body');
    };
    if (a.delayMs) {
      const t = setTimeout(() => {
        timers.delete(t);
        if (!res.destroyed) reply();
      }, a.delayMs);
      timers.add(t);
    } else reply();
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    maxInFlight,
    route: (path, behaviour) => {
      if (routes.has(path)) throw new Error(`the test table uses the path ${path} twice`);
      routes.set(path, behaviour);
    },
    close: () =>
      new Promise<void>((closed) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}

/** A port nothing listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((ready) => s.listen(0, '127.0.0.1', ready));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((closed) => s.close(() => closed()));
  return port;
}

/** Resolves every `*.test` name to 127.0.0.1 and fails every other name as DNS would (ENOTFOUND): no query leaves the machine. */
export const testLookup: LookupFunction = (hostname, options, callback) => {
  if (!hostname.endsWith('.test')) {
    const err = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname }) as NodeJS.ErrnoException;
    callback(err, '', 4);
    return;
  }
  if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
};
