/**
 * A handler on Node's own `http`/`https` modules, with keep-alive agents: for Node programs that start
 * often (a Lambda cold start), since the first `fetch` of a Node process loads its HTTP client (undici)
 * first. The modules are taken from the running Node, so this file loads anywhere (and fails there only
 * when used).
 */
import { fetchHandler, type HandlerContext, type HttpHandler, type IncomingResponse, type OutgoingRequest } from './transport.js';

interface NodeIncoming {
  statusCode?: number;
  headers: Record<string, string | string[] | undefined>;
  on(event: 'data', f: (chunk: Uint8Array) => void): void;
  on(event: 'end' | 'close', f: () => void): void;
  on(event: 'error', f: (e: Error) => void): void;
  destroy(error?: Error): void;
}
interface NodeClientRequest {
  on(event: 'error', f: (e: Error) => void): void;
  end(body?: string | Uint8Array): void;
  write(chunk: Uint8Array): boolean;
  destroy(error?: Error): void;
}
interface NodeHttp {
  Agent: new (options: { keepAlive: boolean }) => unknown;
  request(url: string, options: { method: string; headers: Record<string, string>; agent: unknown; signal: AbortSignal }, callback: (res: NodeIncoming) => void): NodeClientRequest;
}
interface NodeStream {
  Readable: { toWeb(readable: unknown): ReadableStream<Uint8Array> };
}

type WithProcess = { process?: { getBuiltinModule?: (id: string) => unknown } };
const builtin = (id: string) => (globalThis as WithProcess).process?.getBuiltinModule?.(id);

function headersOf(raw: NodeIncoming['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

function collect(res: NodeIncoming): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    res.on('data', (c) => chunks.push(c));
    res.on('error', reject);
    res.on('end', () => {
      if (chunks.length === 1) return resolve(chunks[0]);
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
      chunks.reduce((at, c) => (out.set(c, at), at + c.byteLength), 0);
      resolve(out);
    });
  });
}

/** Node's web streams are async iterable (the DOM typing does not say so). */
async function pipeBody(req: NodeClientRequest, body: ReadableStream<Uint8Array>): Promise<void> {
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) req.write(chunk);
  req.end();
}

/**
 * A handler on `node:http` and `node:https`, one keep-alive agent per scheme for the handler's life. Each
 * module is taken at the first request of its scheme: `node:https` brings TLS, which a program that only
 * talks to a local endpoint never needs.
 */
export function nodeHttpHandler(): HttpHandler {
  if (!builtin('node:http')) throw new Error('nodeHttpHandler needs Node (node:http and node:https)');
  const agents: Record<string, unknown> = {};
  return (request: OutgoingRequest, context: HandlerContext): Promise<IncomingResponse> =>
    new Promise((resolve, reject) => {
      const id = request.url.startsWith('https:') ? 'node:https' : 'node:http';
      const module = builtin(id) as NodeHttp;
      const agent = (agents[id] ??= new module.Agent({ keepAlive: true }));
      const req = module.request(
        request.url,
        { method: request.method, headers: { ...request.headers }, agent, signal: context.signal },
        (res) => {
          const head = { statusCode: res.statusCode ?? 0, headers: headersOf(res.headers) };
          if (context.streamResponse) {
            const stream = builtin('node:stream') as NodeStream;
            resolve({ ...head, body: stream.Readable.toWeb(res) });
          } else collect(res).then((body) => resolve({ ...head, body }), reject);
        },
      );
      req.on('error', reject);
      const body = request.body;
      if (body === undefined || typeof body === 'string' || body instanceof Uint8Array) req.end(body);
      else pipeBody(req, body).catch((e: Error) => req.destroy(e));
    });
}

/**
 * A client's handler when none is given: on Node, Node's http/https (the first `fetch` of a Node process
 * loads and compiles undici, which made the cold start of a one-call program slower than v3's); elsewhere
 * the platform's `fetch`, which stays available on Node as `fetchHandler`.
 */
export function defaultHandler(): HttpHandler {
  return builtin('node:http') ? nodeHttpHandler() : fetchHandler;
}
