/**
 * vitest globalSetup: the test run's R. Test files run in forked processes, so the R sessions (webR, one
 * per R version, started on first use) live here, in the main process, behind a small HTTP server on
 * 127.0.0.1; test files reach it through test/support/r.ts. Requests to one session run one at a time.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { R_VERSIONS, startR, type RSession, type RVersion } from '../../scripts/r/webr.js';
import './r-context.js';

export interface RRequest {
  readonly version: RVersion;
  readonly program: string;
}

export type RResponse = { readonly ok: true; readonly description: string; readonly out: string } | { readonly ok: false; readonly error: string };

async function body(req: IncomingMessage): Promise<string> {
  let s = '';
  for await (const chunk of req) s += String(chunk);
  return s;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const sessions = new Map<RVersion, Promise<RSession>>();
  const queues = new Map<RVersion, Promise<unknown>>();

  const runOn = (version: RVersion, program: string): Promise<RResponse> => {
    if (!sessions.has(version)) {
      const t0 = performance.now();
      const starting = startR(version);
      // A failure to start is every request's answer (below), not an unhandled rejection here.
      void starting.then((r) => process.stderr.write(`R for this test run: ${r.description} (started in ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`), () => undefined);
      sessions.set(version, starting);
    }
    const session = sessions.get(version)!;
    const job = (queues.get(version) ?? Promise.resolve()).then(async (): Promise<RResponse> => {
      const r = await session;
      return { ok: true, description: r.description, out: await r.run(program) };
    });
    queues.set(version, job.catch(() => undefined));
    return job.catch((e: unknown): RResponse => ({ ok: false, error: (e as Error).message }));
  };

  const server = createServer((req, res) => {
    void body(req).then(async (text) => {
      let answer: RResponse;
      try {
        const request = JSON.parse(text) as RRequest;
        if (!R_VERSIONS.includes(request.version)) throw new Error(`no R ${String(request.version)}: the versions are ${R_VERSIONS.join(', ')}`);
        answer = await runOn(request.version, request.program);
      } catch (e) {
        answer = { ok: false, error: (e as Error).message };
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  server.requestTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  project.provide('rServer', `http://127.0.0.1:${(server.address() as AddressInfo).port}/`);

  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    for (const s of sessions.values()) (await s.catch(() => undefined))?.close();
  };
}
