/**
 * Both transports (the platform's fetch, the default, and nodeHttpHandler) against a local echo server:
 * text, bytes and stream bodies up, whole and streamed bodies down, header names in lower case, no
 * redirect followed, the signal honoured, a refused connection a rejection.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeHttpHandler } from '../../runtime/node-http.js';
import { fetchHandler, type HttpHandler } from '../../runtime/transport.js';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.url === '/redirect') return void res.writeHead(301, { location: '/elsewhere' }).end();
      if (req.url === '/hang') return;
      res.writeHead(req.url === '/missing' ? 404 : 200, { 'X-Echo-Method': req.method ?? '', 'X-Echo-Type': req.headers['content-type'] ?? '' });
      res.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
});

const never = new AbortController().signal;
const text = async (body: unknown) => new TextDecoder().decode(body instanceof Uint8Array ? body : new Uint8Array(await new Response(body as ReadableStream).arrayBuffer()));

for (const [name, make] of [['fetchHandler', () => fetchHandler], ['nodeHttpHandler', nodeHttpHandler]] as const) {
  describe(name, () => {
    const handler: HttpHandler = make();
    it('sends text and bytes, and reads the whole body with lower-case header names', async () => {
      const r = await handler({ url: `${base}/echo`, method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'héllo' }, { signal: never, streamResponse: false });
      expect(r.statusCode).toBe(200);
      expect(r.headers['x-echo-method']).toBe('POST');
      expect(r.headers['x-echo-type']).toBe('text/plain');
      expect(r.body).toBeInstanceOf(Uint8Array);
      expect(await text(r.body)).toBe('héllo');
      const bytes = await handler({ url: `${base}/echo`, method: 'PUT', headers: {}, body: new Uint8Array([0, 1, 255]) }, { signal: never, streamResponse: false });
      expect(Array.from(bytes.body as Uint8Array)).toEqual([0, 1, 255]);
    });

    it('streams a body up and hands a streamed body down unread', async () => {
      const up = new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(new TextEncoder().encode('part1-'));
          c.enqueue(new TextEncoder().encode('part2'));
          c.close();
        },
      });
      const r = await handler({ url: `${base}/echo`, method: 'PUT', headers: {}, body: up }, { signal: never, streamResponse: true });
      expect(r.body).toBeInstanceOf(ReadableStream);
      expect(await text(r.body)).toBe('part1-part2');
    });

    it('returns error statuses and redirects as responses', async () => {
      expect((await handler({ url: `${base}/missing`, method: 'GET', headers: {} }, { signal: never, streamResponse: false })).statusCode).toBe(404);
      const r = await handler({ url: `${base}/redirect`, method: 'GET', headers: {} }, { signal: never, streamResponse: false });
      expect(r.statusCode).toBe(301);
      expect(r.headers.location).toBe('/elsewhere');
    });

    it('stops on its signal and rejects a refused connection', async () => {
      const controller = new AbortController();
      const pending = handler({ url: `${base}/hang`, method: 'GET', headers: {} }, { signal: controller.signal, streamResponse: false });
      setTimeout(() => controller.abort(new Error('stop')), 20);
      await expect(pending).rejects.toThrow();
      await expect(handler({ url: 'http://127.0.0.1:1/', method: 'GET', headers: {} }, { signal: never, streamResponse: false })).rejects.toThrow();
    });
  });
}
