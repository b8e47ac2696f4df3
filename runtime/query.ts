/**
 * The Query protocol (SQS, SNS, IAM, STS, CloudFormation...) and, with its EC2 dialect (ec2.ts), the EC2
 * protocol: a POST to `/` of a form (`Action=<Op>&Version=<apiVersion>&...`, query-writer.ts); responses
 * are XML, a Query result inside its `<OpResult>` wrapper, an EC2 result directly in the root; errors as
 * xml-errors.ts finds them.
 */
import { gzipBody } from './compression.js';
import type { ShapeTable } from './descriptors.js';
import { errorSpecOf, readingResponse, ServiceError, type ErrorSpec } from './errors.js';
import { expandHostPrefix } from './host-prefix.js';
import { bodyText, byteLength, headerValue, isStream, type HttpRequest, type HttpResponse } from './http.js';
import { FormKey, FormWriters, type FormDialect, type FormWriter } from './query-writer.js';
import { percentEncode } from './uri.js';
import { childNamed, parseXml } from './xml-parse.js';
import { requestIdOf, textOf, xmlErrorElement } from './xml-errors.js';
import { XmlReaders, type XmlReader } from './xml-reader.js';

export interface QueryServiceSpec {
  /** The API version, sent as `Version`. */
  readonly version: string;
  readonly shapes: ShapeTable;
  readonly errors: Readonly<Record<string, ErrorSpec>>;
}

export interface QueryOperationSpec {
  /** The operation's name on the wire (`Action`). */
  readonly wireName: string;
  readonly input?: string;
  readonly output?: string;
  /** Query: the element the result is wrapped in (`<OpResult>`). */
  readonly resultWrapper?: string;
  readonly hostPrefix?: string;
  readonly gzip?: boolean;
}

const BLANK = /^\s*$/;
export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded; charset=utf-8';

export class FormProtocol {
  readonly writers: FormWriters;
  readonly readers: XmlReaders;

  constructor(
    readonly spec: QueryServiceSpec,
    dialect: FormDialect,
    randomId: () => string = () => crypto.randomUUID(),
  ) {
    this.writers = new FormWriters(spec.shapes, dialect, randomId);
    this.readers = new XmlReaders(spec.shapes);
  }

  operation<I, O>(op: QueryOperationSpec): FormOperation<I, O> {
    return new FormOperation<I, O>(this, op);
  }

  /** The error a failed response stands for: a modeled error's class, else a plain ServiceError. */
  error(response: HttpResponse): ServiceError {
    const text = isStream(response.body) ? '' : bodyText(response.body);
    const status = response.statusCode;
    const { error, root } = xmlErrorElement(text);
    const code = textOf(error, 'Code') ?? `Http${status}Error`;
    const spec = errorSpecOf(this.spec.errors, code);
    const data = spec?.shape && error ? ((this.readers.reader(spec.shape)(error) as Record<string, unknown>) ?? {}) : {};
    return new (spec?.ctor ?? ServiceError)({
      code,
      message: textOf(error, 'Message') ?? `${code} (HTTP ${status})`,
      statusCode: status,
      requestId: requestIdOf(error, root) ?? headerValue(response.headers, 'x-amzn-requestid'),
      body: text,
      data,
      fault: spec?.fault || (spec === undefined && status >= 500) ? 'server' : 'client',
    });
  }
}

export class FormOperation<I, O> {
  private readonly head: string;
  private writeInput?: FormWriter;
  /** The keys of this operation's form, remembered across requests. */
  private readonly keys = FormKey.root();
  private readOutput?: XmlReader;

  constructor(
    private readonly protocol: FormProtocol,
    private readonly op: QueryOperationSpec,
  ) {
    this.head = 'Action=' + percentEncode(op.wireName) + '&Version=' + percentEncode(protocol.spec.version);
  }

  serialize(input: I): HttpRequest {
    let text = this.head;
    if (this.op.input !== undefined && input != null) {
      text += (this.writeInput ??= this.protocol.writers.writer(this.op.input))(input, this.keys);
    }
    const request: HttpRequest = { method: 'POST', path: '/', headers: { 'Content-Type': FORM_CONTENT_TYPE }, body: text };
    let sent: string | Uint8Array = text;
    if (this.op.gzip) {
      const zipped = gzipBody(text);
      if (zipped) {
        request.body = sent = zipped;
        request.headers['Content-Encoding'] = 'gzip';
      }
    }
    // The form is percent-encoded ASCII: its length is its byte length unless gzipped.
    request.headers['Content-Length'] = String(sent === text ? text.length : byteLength(sent));
    if (this.op.hostPrefix !== undefined) {
      request.hostPrefix = expandHostPrefix(this.op.hostPrefix, input as Record<string, unknown> | undefined);
    }
    return request;
  }

  /** The output, or throws the ServiceError (subclass) of a failed response. */
  deserialize(response: HttpResponse): O {
    if (response.statusCode < 200 || response.statusCode >= 300) throw this.protocol.error(response);
    return readingResponse(response, () => this.readSuccess(response));
  }

  private readSuccess(response: HttpResponse): O {
    const text = bodyText(response.body);
    if (this.op.output === undefined || BLANK.test(text)) return {} as O;
    const root = parseXml(text);
    const node = this.op.resultWrapper === undefined ? root : childNamed(root, this.op.resultWrapper);
    if (node === undefined) return {} as O;
    const read = (this.readOutput ??= this.protocol.readers.reader(this.op.output));
    return (read(node) ?? {}) as O;
  }
}

/** A Query service: its shapes and errors, compiled on first use. */
export class QueryProtocol extends FormProtocol {
  constructor(spec: QueryServiceSpec, randomId?: () => string) {
    super(spec, 'query', randomId);
  }
}
