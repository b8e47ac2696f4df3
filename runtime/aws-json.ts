/**
 * The AWS JSON 1.0 / 1.1 protocol: a POST to `/` with `Content-Type: application/x-amz-json-<version>`,
 * `X-Amz-Target: <targetPrefix>.<operation>` and the input as JSON; responses are JSON, errors are
 * identified by the `x-amzn-errortype` header or the body's `code` / `__type`.
 */
import { gzipBody } from './compression.js';
import type { ShapeTable } from './descriptors.js';
import { errorCodeOf, errorMessageOf, ServiceError, type ErrorSpec } from './errors.js';
import { expandHostPrefix } from './host-prefix.js';
import { bodyText, byteLength, headerValue, type HttpRequest, type HttpResponse } from './http.js';
import { JsonReaders, type Reader } from './json-reader.js';
import { JsonWriters, lastWriteAscii, writeJson, type Writer } from './json-writer.js';

export type { ErrorSpec } from './errors.js';
export { expandHostPrefix } from './host-prefix.js';

export interface AwsJsonServiceSpec {
  readonly jsonVersion: string;
  readonly targetPrefix: string;
  readonly shapes: ShapeTable;
  /** Every modeled error of the service, by error code. */
  readonly errors: Readonly<Record<string, ErrorSpec>>;
}

export interface OperationSpec {
  /** The operation's name on the wire (X-Amz-Target). */
  readonly wireName: string;
  readonly input?: string;
  readonly output?: string;
  /** The endpoint trait's host prefix, `{member}` standing for a host-label member. */
  readonly hostPrefix?: string;
  /** The request is gzip-compressed (the `requestcompression` trait). */
  readonly gzip?: boolean;
}

const BLANK = /^\s*$/;

export class AwsJsonProtocol {
  readonly contentType: string;
  readonly writers: JsonWriters;
  readonly readers: JsonReaders;

  constructor(readonly spec: AwsJsonServiceSpec) {
    this.contentType = `application/x-amz-json-${spec.jsonVersion}`;
    this.writers = new JsonWriters(spec.shapes);
    this.readers = new JsonReaders(spec.shapes);
  }

  operation<I, O>(op: OperationSpec): AwsJsonOperation<I, O> {
    return new AwsJsonOperation<I, O>(this, op);
  }

  /** The error a failed response stands for: a modeled error's class, else a plain ServiceError. */
  error(response: HttpResponse, text: string): ServiceError {
    let body: Record<string, unknown> = {};
    try {
      const parsed: unknown = BLANK.test(text) ? {} : JSON.parse(text);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) body = parsed as Record<string, unknown>;
    } catch {
      // Not JSON (a proxy's HTML page, say): the raw text stays available as `body`.
    }
    const status = response.statusCode;
    const code = errorCodeOf(response, body) ?? `Http${status}Error`;
    const spec = Object.prototype.hasOwnProperty.call(this.spec.errors, code) ? this.spec.errors[code] : undefined;
    const data = spec?.shape ? ((this.readers.reader(spec.shape)(body) as Record<string, unknown>) ?? {}) : {};
    return new (spec?.ctor ?? ServiceError)({
      code,
      message: errorMessageOf(body, code, status),
      statusCode: status,
      requestId: headerValue(response.headers, 'x-amzn-requestid'),
      body: text,
      data,
      fault: spec?.fault || (spec === undefined && status >= 500) ? 'server' : 'client',
    });
  }
}

export class AwsJsonOperation<I, O> {
  private readonly target: string;
  private writeInput?: Writer;
  private readOutput?: Reader;

  constructor(
    private readonly protocol: AwsJsonProtocol,
    private readonly op: OperationSpec,
  ) {
    this.target = `${protocol.spec.targetPrefix}.${op.wireName}`;
  }

  serialize(input: I): HttpRequest {
    let body = '{}';
    let ascii = true;
    if (this.op.input !== undefined && input != null) {
      const write = (this.writeInput ??= this.protocol.writers.writer(this.op.input));
      body = writeJson(write, input) ?? '{}';
      ascii = lastWriteAscii();
    }
    const request: HttpRequest = {
      method: 'POST',
      path: '/',
      headers: { 'Content-Type': this.protocol.contentType, 'X-Amz-Target': this.target, 'Content-Length': '' },
      body,
    };
    if (this.op.hostPrefix !== undefined) {
      request.hostPrefix = expandHostPrefix(this.op.hostPrefix, input as Record<string, unknown> | undefined);
    }
    let sent: string | Uint8Array = body;
    if (this.op.gzip) {
      const zipped = gzipBody(body);
      if (zipped) {
        request.body = sent = zipped;
        request.headers['Content-Encoding'] = 'gzip';
        ascii = false;
      }
    }
    // Pure ASCII text (the usual case) has as many bytes as characters: no pass over the body.
    request.headers['Content-Length'] = String(ascii ? body.length : byteLength(sent));
    return request;
  }

  /** The output, or throws the ServiceError (subclass) of a failed response. */
  deserialize(response: HttpResponse): O {
    const text = bodyText(response.body);
    if (response.statusCode < 200 || response.statusCode >= 300) throw this.protocol.error(response, text);
    if (this.op.output === undefined || BLANK.test(text)) return {} as O;
    const read = (this.readOutput ??= this.protocol.readers.reader(this.op.output));
    return (read(JSON.parse(text)) ?? {}) as O;
  }
}
