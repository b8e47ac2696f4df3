/**
 * A small HTTP proxy in front of a local server that plays a script of faults, one per request: an HTTP
 * status with a body, a connection reset, a hang (no answer ever), or `pass` (forward to the server). Past
 * the end of the script every request passes. It counts the requests it receives.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Fault = 'pass' | 'reset' | 'hang' | { status: number; body?: string; headers?: Record<string, string> };

export interface FaultProxy {
  readonly endpoint: string;
  /** Requests received, faulted or passed. */
  readonly requests: () => number;
  /** Replaces the script. */
  script(faults: readonly Fault[]): void;
  close(): Promise<void>;
}

function forward(target: URL, req: IncomingMessage, res: ServerResponse, body: Buffer): void {
  const upstream = request(
    { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
    (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    },
  );
  upstream.on('error', () => res.destroy());
  upstream.end(body);
}

export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream);
  let faults: Fault[] = [];
  let count = 0;
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    count++;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const fault = faults.shift() ?? 'pass';
      if (fault === 'pass') forward(target, req, res, Buffer.concat(chunks));
      else if (fault === 'reset') req.socket.resetAndDestroy();
      else if (fault === 'hang') return;
      else {
        res.writeHead(fault.status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': `proxy-${count}`, ...fault.headers });
        res.end(fault.body ?? '');
      }
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => count,
    script(next) {
      faults = [...next];
      count = 0;
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((ok) => server.close(() => ok()));
    },
  };
}
