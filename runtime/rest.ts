/**
 * What REST-JSON and REST-XML share: an operation's HTTP bindings (method, URI, query string, headers,
 * status code), its payload member or body members, request compression, `Content-MD5`, the host prefix
 * and the S3 bucket label. The body itself is the codec's (JSON or XML), and so is finding an error's code.
 */
import { toBytes } from './base64.js';
import { contentMd5, treeHash, withKeyDigests } from './checksum.js';
import { gzipBody } from './compression.js';
import { hasOwn, inRequestBody, inResponseBody, type MemberDescriptor, type ShapeTable, type StructureDescriptor, type XmlNamespace } from './descriptors.js';
import { errorSpecOf, readingResponse, ServiceError, type ErrorSpec } from './errors.js';
import { expandHostPrefix } from './host-prefix.js';
import { OutputBindings, structureOf } from './http-bindings.js';
import { holdsHeader, InputBindings, type HeaderCheck } from './input-bindings.js';
import { bodyText, byteLength, headerValue, isStream, type HttpRequest, type HttpResponse, type RequestBody } from './http.js';

export interface RestOperationSpec {
  readonly method: string;
  /** The `requestUri` template, e.g. `/{Bucket}/{Key+}?uploads`. */
  readonly uri: string;
  readonly input?: string;
  readonly output?: string;
  readonly hostPrefix?: string;
  /** The request is gzip-compressed (the `requestcompression` trait). */
  readonly gzip?: boolean;
  /** `Content-MD5` is required (`httpChecksumRequired`). */
  readonly checksum?: boolean;
  /** rest-xml: the body's root element when the input has no payload member, and its namespace. */
  readonly xmlName?: string;
  readonly xmlns?: XmlNamespace;
  /** S3: the member whose value is the bucket at the start of the path (see HttpRequest.bucket). */
  readonly bucket?: string;
  /** Glacier uploads: the body's tree hash in `x-amz-sha256-tree-hash` unless the input gives it. */
  readonly treeHash?: boolean;
  /** S3 SSE-C: customer-key members and the member each one's MD5 goes in when the input leaves it out. */
  readonly keyDigests?: readonly (readonly [string, string])[];
}

/** The error a codec finds in a failed response's body. */
export interface ErrorInfo {
  readonly code?: string;
  readonly message?: string;
  readonly requestId?: string;
  /** The error's members, read by {@link RestCodec.readError}. */
  readonly fields?: unknown;
}

export interface RestCodec {
  readonly contentType: string;
  /** The body of the input's body members; undefined when nothing is to be sent. */
  writeBody(ref: string, input: Record<string, unknown>, op: RestOperationSpec): string | undefined;
  /** A structure or union payload member's body; `value` is undefined when the member is absent. */
  writePayload(ref: string, value: unknown, member: MemberDescriptor, union: boolean): string;
  /** The body of a document payload member (rest-json). */
  writeDocument?(value: unknown): string;
  readBody(ref: string, text: string): Record<string, unknown>;
  readPayload(ref: string, text: string): unknown;
  readDocument?(text: string): unknown;
  errorInfo(response: HttpResponse, text: string): ErrorInfo;
  readError(ref: string, info: ErrorInfo): Record<string, unknown>;
}

export interface RestServiceSpec {
  /**
   * Headers every request sends unless the input sets them: customizations the models do not carry (API
   * Gateway's `Accept`, Glacier's API version).
   */
  readonly headers?: Readonly<Record<string, string>>;
  readonly shapes: ShapeTable;
  readonly errors: Readonly<Record<string, ErrorSpec>>;
}

type PayloadKind = 'stream' | 'blob' | 'string' | 'document' | 'structure' | 'union';

interface Payload {
  readonly member: MemberDescriptor;
  readonly kind: PayloadKind;
}

const BLANK = /^\s*$/;
/** Where Glacier's uploads carry their body's tree hash. */
const TREE_HASH = 'x-amz-sha256-tree-hash';

function payloadOf(table: ShapeTable, d: StructureDescriptor | undefined): Payload | undefined {
  const member = d?.payload === undefined ? undefined : d.members.find((m) => m.name === d.payload);
  if (!member) return undefined;
  if (d!.stream) return { member, kind: 'stream' };
  if (member.shape === '$blob') return { member, kind: 'blob' };
  if (member.shape === '$document') return { member, kind: 'document' };
  const target = hasOwn(table, member.shape) ? table[member.shape] : undefined;
  if (target?.type === 'structure') return { member, kind: target.union ? 'union' : 'structure' };
  return { member, kind: 'string' };
}

const DEFAULT_TYPES: Partial<Record<PayloadKind, string>> = {
  stream: 'application/octet-stream',
  blob: 'application/octet-stream',
  string: 'text/plain',
};

/** An operation's input bindings and body, compiled on first use. */
interface CompiledInput {
  readonly bindings: InputBindings;
  readonly input?: StructureDescriptor;
  readonly payload?: Payload;
  readonly body: boolean;
  /** Where the input may set the headers that the request would otherwise fill. */
  readonly contentType: HeaderCheck;
  readonly contentLength: HeaderCheck;
  readonly contentMd5: HeaderCheck;
  readonly treeHash: HeaderCheck;
  /** The service's fixed headers, each with where the input may set it instead. */
  readonly fixed: readonly { readonly name: string; readonly value: string; readonly check: HeaderCheck }[];
}

/** Whether the input gives the payload member a value. */
function payloadGiven(value: Record<string, unknown>, c: CompiledInput): boolean {
  const name = c.payload?.member.name;
  return name !== undefined && hasOwn(value, name) && value[name] != null;
}

function headerKey(headers: Record<string, string>, name: string): string | undefined {
  const lower = name.toLowerCase();
  return Object.keys(headers).find((k) => k.toLowerCase() === lower);
}

export class RestProtocol {
  constructor(
    readonly spec: RestServiceSpec,
    readonly codec: RestCodec,
    readonly randomId: () => string = () => crypto.randomUUID(),
  ) {}

  operation<I, O>(op: RestOperationSpec): RestOperation<I, O> {
    return new RestOperation<I, O>(this, op);
  }

  /** The error a failed response stands for: a modeled error's class, else a plain ServiceError. */
  error(response: HttpResponse): ServiceError {
    const text = isStream(response.body) ? '' : bodyText(response.body);
    const status = response.statusCode;
    const info = this.codec.errorInfo(response, text);
    const code = info.code ?? `Http${status}Error`;
    const spec = errorSpecOf(this.spec.errors, code);
    const data: Record<string, unknown> = {};
    if (spec?.shape) {
      new OutputBindings(this.spec.shapes, structureOf(this.spec.shapes, spec.shape)).read(response, data);
      Object.assign(data, this.codec.readError(spec.shape, info));
    }
    return new (spec?.ctor ?? ServiceError)({
      code,
      message: info.message || `${code} (HTTP ${status})`,
      statusCode: status,
      requestId: info.requestId ?? headerValue(response.headers, 'x-amzn-requestid') ?? headerValue(response.headers, 'x-amz-request-id'),
      body: text,
      data,
      fault: spec?.fault || (spec === undefined && status >= 500) ? 'server' : 'client',
    });
  }
}

export class RestOperation<I, O> {
  private compiled?: CompiledInput;
  private read?: { bindings: OutputBindings; output?: StructureDescriptor; payload?: Payload; body: boolean };

  constructor(
    private readonly protocol: RestProtocol,
    private readonly op: RestOperationSpec,
  ) {}

  serialize(input: I): HttpRequest {
    const c = (this.compiled ??= this.compileInput());
    let value = (input ?? {}) as Record<string, unknown>;
    if (this.op.keyDigests) value = withKeyDigests(value, this.op.keyDigests);
    const { path, headers } = c.bindings.apply(value);
    for (const f of c.fixed) if (!holdsHeader(headers, f.check)) headers[f.name] = f.value;
    let body: RequestBody = '';
    let type: string | undefined;
    const codec = this.protocol.codec;
    if (c.payload) {
      const p = c.payload;
      const v = hasOwn(value, p.member.name) ? value[p.member.name] : undefined;
      if (p.kind === 'structure' || p.kind === 'union') {
        body = codec.writePayload(p.member.shape, v ?? undefined, p.member, p.kind === 'union');
        type = codec.contentType;
      } else if (v != null) {
        if (p.kind === 'document') {
          body = codec.writeDocument!(v);
          type = codec.contentType;
        } else {
          body = p.kind === 'string' ? String(v) : p.kind === 'blob' ? toBytes(v) : (v as RequestBody);
          type = DEFAULT_TYPES[p.kind];
        }
      }
    } else if (c.body && c.input) {
      body = codec.writeBody(this.op.input!, value, this.op) ?? '';
      type = codec.contentType;
    }
    if (type !== undefined && body !== '' && !holdsHeader(headers, c.contentType)) headers['Content-Type'] = type;
    const request: HttpRequest = { method: this.op.method, path, headers, body };
    this.finish(request, value, c);
    return request;
  }

  /** Compression, length and checksum; a header the input set (under any case) is kept. */
  private finish(request: HttpRequest, value: Record<string, unknown>, c: CompiledInput): void {
    const { headers } = request;
    if (this.op.gzip && typeof request.body === 'string') {
      const zipped = gzipBody(request.body);
      if (zipped) {
        request.body = zipped;
        const key = headerKey(headers, 'Content-Encoding');
        if (key === undefined) headers['Content-Encoding'] = 'gzip';
        else headers[key] += ', gzip';
      }
    }
    // Only for a payload the input gives, as v2 does (a body-less upload has nothing to hash).
    if (this.op.treeHash && !isStream(request.body) && payloadGiven(value, c) && !holdsHeader(headers, c.treeHash)) {
      const hash = treeHash(toBytes(request.body));
      if (hash !== undefined) headers[TREE_HASH] = hash;
    }
    if (!isStream(request.body) && request.body !== '') {
      if (!holdsHeader(headers, c.contentLength)) headers['Content-Length'] = String(byteLength(request.body));
      if (this.op.checksum && !holdsHeader(headers, c.contentMd5)) {
        const md5 = contentMd5(request.body);
        if (md5 !== undefined) headers['Content-MD5'] = md5;
      }
    }
    if (this.op.hostPrefix !== undefined) request.hostPrefix = expandHostPrefix(this.op.hostPrefix, value);
    if (this.op.bucket !== undefined && typeof value[this.op.bucket] === 'string') request.bucket = value[this.op.bucket] as string;
  }

  /** The output, or throws the ServiceError (subclass) of a failed response. */
  deserialize(response: HttpResponse): O {
    if (response.statusCode < 200 || response.statusCode >= 300) throw this.protocol.error(response);
    return readingResponse(response, () => this.readSuccess(response));
  }

  private readSuccess(response: HttpResponse): O {
    const r = (this.read ??= this.compileOutput());
    const out: Record<string, unknown> = {};
    r.bindings.read(response, out);
    const codec = this.protocol.codec;
    if (r.payload) {
      const { member, kind } = r.payload;
      if (kind === 'stream') {
        if (response.body !== undefined) out[member.name] = typeof response.body === 'string' ? toBytes(response.body) : response.body;
        return out as O;
      }
      if (kind === 'blob') {
        const b = response.body;
        const bytes = b === undefined ? undefined : typeof b === 'string' ? toBytes(b) : isStream(b) ? undefined : b;
        if (bytes !== undefined && bytes.byteLength > 0) out[member.name] = bytes;
        return out as O;
      }
      const text = bodyText(response.body);
      if (kind === 'string') {
        if (text !== '') out[member.name] = text;
      } else if (!BLANK.test(text)) {
        const v = kind === 'document' ? codec.readDocument!(text) : codec.readPayload(member.shape, text);
        if (v !== undefined) out[member.name] = v;
      }
      return out as O;
    }
    if (r.body) {
      const text = bodyText(response.body);
      if (!BLANK.test(text)) Object.assign(out, codec.readBody(this.op.output!, text));
    }
    return out as O;
  }

  private compileInput(): CompiledInput {
    const table = this.protocol.spec.shapes;
    const input = this.op.input === undefined ? undefined : structureOf(table, this.op.input);
    const bindings = new InputBindings(table, this.op.uri, input, this.protocol.randomId);
    return {
      bindings,
      input,
      payload: payloadOf(table, input),
      body: input?.members.some(inRequestBody) ?? false,
      contentType: bindings.headerCheck('content-type'),
      contentLength: bindings.headerCheck('content-length'),
      contentMd5: bindings.headerCheck('content-md5'),
      treeHash: bindings.headerCheck(TREE_HASH),
      fixed: Object.entries(this.protocol.spec.headers ?? {}).map(([name, value]) => ({ name, value, check: bindings.headerCheck(name.toLowerCase()) })),
    };
  }

  private compileOutput() {
    const table = this.protocol.spec.shapes;
    const output = this.op.output === undefined ? undefined : structureOf(table, this.op.output);
    return {
      bindings: new OutputBindings(table, output),
      output,
      payload: payloadOf(table, output),
      body: output?.members.some(inResponseBody) ?? false,
    };
  }
}
