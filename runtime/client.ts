/**
 * The service client: validates the input, serializes it with the operation's generated serializer,
 * addresses, signs and sends it, retries what the standard mode retries, and deserializes the response
 * into the output or the modeled error. The generated client holds the service and operations as data
 * (`ServiceSpec`, `OperationSpec`); this class is the interpreter.
 */
import { parseEndpoint, target, ConfigError, type Endpoint } from './addressing.js';
import { ServiceError } from './errors.js';
import type { HttpRequest, HttpResponse } from './http.js';
import { resolveClientConfig, type ClientConfig, type ResolvedConfig, type ServiceSpec } from './client-config.js';
import { RetryStrategy } from './retry.js';
import { amzDate, signRequest, type PayloadSigning } from './signing.js';
import { send, type IncomingResponse, type OutgoingRequest, type RequestBody } from './transport.js';
import { checkProblems, type CompiledCheck, type ValidationProblem } from './validation.js';

export { ConfigError } from './addressing.js';
export type { ClientConfig, ServiceSpec } from './client-config.js';

export interface OperationSpec<I, O> {
  readonly name: string;
  readonly serialize: (input: I) => HttpRequest;
  readonly deserialize: (response: HttpResponse) => O;
  /** The generated validator of the input. */
  readonly validate?: (input: unknown) => ValidationProblem[];
  /**
   * Loads the input's compiled check (the generated client's form: a module of its own, imported at the
   * operation's first call, so that importing the client loads no operation's checks).
   */
  readonly loadCheck?: () => Promise<CompiledCheck>;
  /** `none`: sent unsigned; `unsigned-body`: signed with `UNSIGNED-PAYLOAD`. */
  readonly auth?: 'none' | 'unsigned-body';
  /** The output's payload is a stream, handed to the caller unread. */
  readonly streamingOutput?: boolean;
  /** S3: the input member whose value is the path's first segment (the bucket). */
  readonly bucket?: string;
}

export interface CallOptions {
  readonly signal?: AbortSignal;
  /** Per attempt, overriding the client's `timeoutMs`. */
  readonly timeoutMs?: number;
}

/** The input failed the generated validator; nothing was sent. */
export class RequestValidationError extends Error {
  constructor(
    readonly operation: string,
    readonly problems: readonly ValidationProblem[],
  ) {
    super(`${operation}: the input is not valid, nothing was sent:\n${problems.map((p) => `  ${p.path || '/'}: ${p.message}`).join('\n')}`);
    this.name = 'RequestValidationError';
  }
}

/** Five minutes: a clock further off than this makes AWS refuse the signature. */
const SKEW_LIMIT_MS = 300_000;

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

async function readAll(body: IncomingResponse['body']): Promise<Uint8Array | undefined> {
  if (body === undefined || body instanceof Uint8Array) return body;
  return new Uint8Array(await new Response(body).arrayBuffer());
}

export class ServiceClient {
  /** The configuration as given. */
  readonly config: ClientConfig;
  private readonly service: ServiceSpec;
  private readonly retries: RetryStrategy;
  private resolved?: Promise<ResolvedConfig>;
  private endpoint?: Endpoint;
  /** Server time minus local time, learnt from a refused request's `Date` header. */
  private clockOffsetMs = 0;
  private dateSecond = -1;
  private dateText = '';
  /** The compiled checks loaded so far, by operation. */
  private readonly checks = new Map<OperationSpec<never, unknown>, CompiledCheck>();

  constructor(service: ServiceSpec, config: ClientConfig = {}) {
    if (service.signatureVersion === 'v2') {
      throw new ConfigError(`${service.serviceId} signs with Signature Version 2, which this client does not implement.`);
    }
    this.service = service;
    this.config = config;
    this.retries = config.retry instanceof RetryStrategy ? config.retry : new RetryStrategy(config.retry);
    if (config.endpoint !== undefined) this.endpoint = parseEndpoint(config.endpoint);
  }

  /** Region, endpoint and credentials, resolved at the first call and kept. */
  private settings(): Promise<ResolvedConfig> {
    if (!this.resolved) {
      this.resolved = resolveClientConfig(this.service, this.config).then((r) => {
        this.endpoint ??= parseEndpoint(r.endpoint);
        return r;
      });
      // A failed resolution (no region, say) is tried again at the next call.
      this.resolved.catch(() => (this.resolved = undefined));
    }
    return this.resolved;
  }

  private amzDate(): string {
    const now = Date.now() + this.clockOffsetMs;
    const second = Math.floor(now / 1000);
    if (second !== this.dateSecond) {
      this.dateSecond = second;
      this.dateText = amzDate(now);
    }
    return this.dateText;
  }

  /** True when the server's `Date` shows our clock off by more than the limit (the offset is then corrected). */
  private correctClock(response: IncomingResponse): boolean {
    const date = response.headers.date;
    const server = date === undefined ? NaN : Date.parse(date);
    if (Number.isNaN(server)) return false;
    const local = Date.now();
    if (Math.abs(server - (local + this.clockOffsetMs)) < SKEW_LIMIT_MS) return false;
    this.clockOffsetMs = server - local;
    this.dateSecond = -1;
    return true;
  }

  private async outgoing(op: OperationSpec<unknown, unknown>, request: HttpRequest, input: unknown, settings: ResolvedConfig): Promise<OutgoingRequest> {
    const endpoint = this.endpoint!;
    // The serializer names the bucket (REST-XML's `HttpRequest.bucket`); else the operation says which member it is.
    const named = (request as { bucket?: unknown }).bucket;
    const bucketValue = named ?? (op.bucket === undefined ? undefined : (input as Record<string, unknown> | undefined)?.[op.bucket]);
    const hostPrefix = this.config.disableHostPrefix ? undefined : request.hostPrefix;
    const where = target(endpoint, request.path, hostPrefix, typeof bucketValue === 'string' ? bucketValue : undefined, !!this.config.forcePathStyle);
    const url = `${endpoint.protocol}//${where.host}${where.path}`;
    // An empty body is no body (fetch refuses one, even empty, on a GET or HEAD).
    const body = request.body === '' ? undefined : (request.body as RequestBody | undefined);
    if (op.auth === 'none') return { url, method: request.method, headers: request.headers, body };
    if (settings.token) {
      const token = await settings.token();
      return { url, method: request.method, headers: { ...request.headers, Authorization: `Bearer ${token}` }, body };
    }
    const credentials = await settings.credentials();
    // As the v2 and v3 SDKs do for every service, the payload's hash also goes out as x-amz-content-sha256.
    const payload: PayloadSigning = op.auth === 'unsigned-body' ? 'unsigned' : 'header';
    const headers = signRequest(
      { method: request.method, host: where.host, path: where.path, headers: request.headers, body },
      credentials,
      { service: this.service.signingName, region: settings.signingRegion, amzDate: this.amzDate(), payload },
    );
    return { url, method: request.method, headers, body };
  }

  /** Calls an operation: the typed output, or the error (a generated ServiceError subclass for a modeled one). */
  async send<I, O>(op: OperationSpec<I, O>, input: I, options: CallOptions = {}): Promise<O> {
    if (this.config.validate !== false && (op.validate || op.loadCheck)) {
      const problems = op.validate ? op.validate(input) : checkProblems(this.checks.get(op) ?? (await this.loadCheck(op)), input);
      if (problems.length > 0) throw new RequestValidationError(op.name, problems);
    }
    const request = op.serialize(input);
    const settings = await this.settings();
    const timeoutMs = options.timeoutMs ?? settings.timeoutMs;
    const streamingBody = request.body !== undefined && typeof request.body !== 'string' && !(request.body instanceof Uint8Array);
    let lastRetryCost = 0;
    for (let attempt = 1; ; attempt++) {
      let response: IncomingResponse | undefined;
      try {
        const outgoing = await this.outgoing(op as OperationSpec<unknown, unknown>, request, input, settings);
        response = await send(settings.handler, outgoing, { timeoutMs, signal: options.signal, streamResponse: !!op.streamingOutput });
        const output = await this.parse(op, response);
        this.retries.succeeded(lastRetryCost);
        return output;
      } catch (error) {
        if (options.signal?.aborted || streamingBody) throw error;
        const skew = response !== undefined && response.statusCode >= 300 && this.correctClock(response);
        const retry = this.retries.retry(error, attempt, skew);
        if (!retry) throw error;
        lastRetryCost = retry.cost;
        await sleep(retry.delayMs, options.signal);
      }
    }
  }

  private async loadCheck(op: OperationSpec<never, unknown>): Promise<CompiledCheck> {
    const check = await op.loadCheck!();
    this.checks.set(op, check);
    return check;
  }

  private parse<I, O>(op: OperationSpec<I, O>, response: IncomingResponse): O | Promise<O> {
    const raw = response as HttpResponse;
    if (response.statusCode >= 300 && !(response.body === undefined || response.body instanceof Uint8Array)) {
      // An error's body is read whole, even for a streaming operation: it holds the error.
      return readAll(response.body).then((body) => this.parse(op, { ...response, body }));
    }
    try {
      return op.deserialize(raw);
    } catch (error) {
      if (error instanceof ServiceError) error.response = raw;
      throw error;
    }
  }
}
