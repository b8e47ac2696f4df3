/**
 * Sending a signed request: a handler takes it to the wire and brings the response back (the platform's
 * `fetch`, or on Node its http/https by default (node-http.ts), anything else through the `handler`
 * option). The client wraps every attempt in a timeout and the caller's AbortSignal, whether or not the
 * handler itself listens to the signal.
 */

export type RequestBody = string | Uint8Array | ReadableStream<Uint8Array>;

export interface OutgoingRequest {
  /** The whole URL: scheme, host, path and query string. */
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: RequestBody;
}

export interface IncomingResponse {
  readonly statusCode: number;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The whole body, or the stream of it when the operation's output streams. */
  readonly body?: Uint8Array | ReadableStream<Uint8Array>;
}

export interface HandlerContext {
  /** Aborted when the call's timeout passes or the caller aborts. */
  readonly signal: AbortSignal;
  /** Hand the body over as a stream instead of reading it whole. */
  readonly streamResponse: boolean;
}

export type HttpHandler = (request: OutgoingRequest, context: HandlerContext) => Promise<IncomingResponse>;

/** An attempt that got no answer in time; retried like a transient error. */
export class TimeoutError extends Error {
  readonly retryKind = 'timeout';
  constructor(readonly timeoutMs: number) {
    super(`No response within ${timeoutMs} ms`);
    this.name = 'TimeoutError';
  }
}

/** The handler failed to send or receive (connection refused or reset, DNS, TLS...); retried. */
export class NetworkError extends Error {
  readonly retryKind = 'transient';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NetworkError';
  }
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const own = error instanceof Error ? error.message : String(error);
  return cause?.code ? `${own} (${cause.code}${cause.message ? `: ${cause.message}` : ''})` : own;
}

function isStream(body: RequestBody | undefined): body is ReadableStream<Uint8Array> {
  return body !== undefined && typeof body !== 'string' && !(body instanceof Uint8Array);
}

/** The platform's `fetch`: no redirects followed (AWS answers them as errors), a stream body sent half-duplex. */
export const fetchHandler: HttpHandler = async (request, context) => {
  const init: RequestInit & { duplex?: 'half' } = {
    method: request.method,
    headers: request.headers,
    body: request.body as RequestInit['body'],
    signal: context.signal,
    redirect: 'manual',
  };
  if (isStream(request.body)) init.duplex = 'half';
  const response = await fetch(request.url, init);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = context.streamResponse ? (response.body ?? undefined) : new Uint8Array(await response.arrayBuffer());
  return { statusCode: response.status, headers, body };
};

export interface SendOptions {
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  readonly streamResponse: boolean;
}

/**
 * One attempt through `handler`: a {@link TimeoutError} when `timeoutMs` passes first, the caller's abort
 * reason when `signal` fires, a {@link NetworkError} for any other failure of the handler.
 */
export function send(handler: HttpHandler, request: OutgoingRequest, options: SendOptions): Promise<IncomingResponse> {
  const outer = options.signal;
  if (outer?.aborted) return Promise.reject(outer.reason);
  const controller = new AbortController();
  return new Promise<IncomingResponse>((resolve, reject) => {
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      done = true;
      if (timer !== undefined) clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      if (done) return;
      finish();
      controller.abort(outer!.reason);
      reject(outer!.reason);
    };
    const timeoutMs = options.timeoutMs;
    if (timeoutMs !== undefined && timeoutMs > 0 && Number.isFinite(timeoutMs)) {
      timer = setTimeout(() => {
        if (done) return;
        finish();
        const error = new TimeoutError(timeoutMs);
        controller.abort(error);
        reject(error);
      }, timeoutMs);
    }
    outer?.addEventListener('abort', onAbort);
    let pending: Promise<IncomingResponse>;
    try {
      pending = handler(request, { signal: controller.signal, streamResponse: options.streamResponse });
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (response) => {
        if (done) return;
        finish();
        resolve(response);
      },
      (error: unknown) => {
        if (done) return;
        finish();
        reject(new NetworkError(`${request.method} ${request.url} failed: ${describe(error)}`, { cause: error }));
      },
    );
  });
}
