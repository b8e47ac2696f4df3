/**
 * The AWS SDK for JavaScript v2 (aws-sdk 2.1386.0, built on the same models as ../shared/models) as an
 * oracle. A request is run through v2's own pipeline up to `send` (`Request.build`: validate, build,
 * afterBuild, sign), so every v2 customization of the service applies; nothing is sent. A response is fed
 * through the rest of the pipeline by replacing the `send` step with one that hands v2 the given status,
 * headers and bytes, as its HTTP client would.
 */
import { createRequire } from 'node:module';

/** v2 prints a maintenance notice on load unless told not to. */
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = '1';
const AWS: any = createRequire(import.meta.url)('aws-sdk');

/** The endpoint every client is given, so the host v2 builds is known (host prefixes go in front). */
export const ENDPOINT_HOST = 'oracle.example.com';

export interface V2Request {
  method: string;
  /** Path and query string as v2 puts them on the wire. */
  path: string;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body: string | Uint8Array;
  host: string;
}

export interface V2Result {
  data?: unknown;
  error?: { code: string; message?: string; statusCode?: number; requestId?: string; [k: string]: unknown };
}

export interface RawResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

interface ServiceMetadata {
  name: string;
  prefix?: string;
}

/** The v2 class of a model file (`s3-2006-03-01.normal.json` -> `S3`, version `2006-03-01`). */
export function v2ClassOf(modelFile: string): { className: string; apiVersion: string } {
  const base = modelFile.replace(/^.*\//, '').replace(/\.normal\.json$/, '');
  const m = /^(.*)-(\d{4}-\d{2}-\d{2})$/.exec(base);
  if (!m) throw new Error(`${modelFile}: not a <prefix>-<version>.normal.json model file`);
  const [, prefix, apiVersion] = m;
  const metadata = createRequire(import.meta.url)('aws-sdk/apis/metadata.json') as Record<string, ServiceMetadata>;
  const entry = Object.entries(metadata).find(([key, v]) => (v.prefix ?? key) === prefix);
  if (!entry) throw new Error(`${modelFile}: aws-sdk 2 has no service with the prefix ${prefix}`);
  return { className: entry[1].name, apiVersion };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function lowerKeys(headers: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) out[k.toLowerCase()] = String(v);
  return out;
}

function bodyOf(body: unknown): string | Uint8Array {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  throw new Error(`v2 built a body that is neither text nor bytes (${Object.prototype.toString.call(body)})`);
}

/** One v2 client of one model. */
export class V2Service {
  readonly client: any;

  constructor(modelFile: string) {
    const { className, apiVersion } = v2ClassOf(modelFile);
    const Service = AWS[className];
    if (typeof Service !== 'function') throw new Error(`aws-sdk 2 exports no ${className}`);
    this.client = new Service({
      apiVersion,
      region: 'us-east-1',
      endpoint: `https://${ENDPOINT_HOST}`,
      credentials: new AWS.Credentials('AKIDEXAMPLE', 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'),
      // The inputs are valid by construction; v2's own validation would only reject what its looser
      // checks misread (e.g. base64 strings for blobs), so it is off: the serialization is what is compared.
      paramValidation: false,
      maxRetries: 0,
      // SQS's response MD5 checks and DynamoDB's CRC32 check compare against bodies the test makes up;
      // elsewhere v2's default stands, so that it computes the Content-MD5 the models require.
      computeChecksums: className !== 'SQS',
      dynamoDbCrc32: false,
      // The bucket stays in the path, as shapegen's request has it with a custom endpoint.
      s3ForcePathStyle: true,
      correctClockSkew: false,
      systemClockOffset: 0,
    });
    if (this.client.api.apiVersion !== apiVersion) {
      throw new Error(`aws-sdk 2 ${className} loaded API ${this.client.api.apiVersion}, not ${apiVersion}`);
    }
  }

  /** Whether v2 knows the operation (its model and ours are the same, so it always should). */
  hasOperation(operation: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.client.api.operations, lowerFirst(operation));
  }

  /** The request v2 builds and signs for `params`; a build error is thrown. */
  request(operation: string, params: unknown): V2Request {
    const req = this.client.makeRequest(lowerFirst(operation), params ?? {});
    let finished = false;
    let failure: unknown;
    req.build((err: unknown) => {
      finished = true;
      failure = err;
    });
    if (!finished) throw new Error(`v2 did not build ${operation} synchronously`);
    if (failure) throw failure;
    const http = req.httpRequest;
    return {
      method: http.method,
      path: http.path,
      headers: lowerKeys(http.headers),
      body: bodyOf(http.body),
      host: http.endpoint.hostname,
    };
  }

  /**
   * What v2 makes of a response to `operation` (called with `params`): its data or its error. When v2
   * cannot build the request for `params` (EventBridge's PutEvents with an EndpointId, say), the response
   * is fed to a request built from no params: v2 reads responses from the operation's output shape alone.
   */
  async response(operation: string, params: unknown, raw: RawResponse): Promise<V2Result> {
    const first = await this.feed(operation, params ?? {}, raw);
    return first.sent ? first.result : (await this.feed(operation, {}, raw)).result;
  }

  private feed(operation: string, params: unknown, raw: RawResponse): Promise<{ sent: boolean; result: V2Result }> {
    let req: any;
    try {
      // Some of v2's service customizations throw from makeRequest itself.
      req = this.client.makeRequest(lowerFirst(operation), params);
    } catch (error) {
      return Promise.resolve({ sent: false, result: { error: error as V2Result['error'] } });
    }
    let sent = false;
    req.removeListener('send', AWS.EventListeners.Core.SEND);
    req.on('send', (resp: any) => {
      sent = true;
      resp.request.emit('httpHeaders', [raw.statusCode, lowerKeys(raw.headers), resp, 'Status']);
      resp.request.emit('httpData', [Buffer.from(raw.body), resp]);
      resp.request.emit('httpDone');
    });
    return new Promise((resolve) => {
      try {
        req.send((err: any, data: unknown) => resolve({ sent, result: err ? { error: err } : { data } }));
      } catch (error) {
        // A customization that throws while building (RDS's presigned URL for a SourceRegion that is no region).
        resolve({ sent: false, result: { error: error as V2Result['error'] } });
      }
    });
  }
}
