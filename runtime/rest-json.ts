/**
 * The REST-JSON protocol: HTTP bindings (rest.ts) with a JSON body. The body members of the input are a
 * JSON object (`{}` when the input has body members but none is set); a payload member is the whole body.
 * Errors are identified like AWS JSON's: the `x-amzn-errortype` header, else the body's `code` or `__type`.
 */
import { errorCodeOf } from './errors.js';
import type { HttpResponse } from './http.js';
import { JsonReaders, readDocument } from './json-reader.js';
import { JsonWriters, writeDocument, writeJson } from './json-writer.js';
import { RestProtocol, type ErrorInfo, type RestCodec, type RestServiceSpec } from './rest.js';

const BLANK = /^\s*$/;

function parseObject(text: string): Record<string, unknown> {
  try {
    const parsed: unknown = BLANK.test(text) ? {} : JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy's HTML page, say): the raw text stays available as the error's `body`.
  }
  return {};
}

function messageOf(body: Record<string, unknown>): string | undefined {
  for (const key of Object.keys(body)) {
    const lower = key.toLowerCase();
    if ((lower === 'message' || lower === 'errormessage') && typeof body[key] === 'string') return body[key] as string;
  }
  return undefined;
}

export class JsonCodec implements RestCodec {
  readonly contentType = 'application/json';
  readonly writers: JsonWriters;
  readonly readers: JsonReaders;

  constructor(spec: RestServiceSpec, randomId: () => string) {
    this.writers = new JsonWriters(spec.shapes, randomId);
    this.readers = new JsonReaders(spec.shapes);
  }

  writeBody(ref: string, input: Record<string, unknown>): string {
    return writeJson(this.writers.writer(ref), input) ?? '{}';
  }

  writePayload(ref: string, value: unknown, _member: unknown, union: boolean): string {
    // An unset union payload sends no body; an unset structure payload an empty object.
    if (value === undefined) return union ? '' : '{}';
    return writeJson(this.writers.writer(ref), value) ?? '{}';
  }

  writeDocument(value: unknown): string {
    return writeDocument(value) ?? 'null';
  }

  readBody(ref: string, text: string): Record<string, unknown> {
    return (this.readers.reader(ref)(JSON.parse(text)) as Record<string, unknown> | undefined) ?? {};
  }

  readPayload(ref: string, text: string): unknown {
    return this.readers.reader(ref)(JSON.parse(text));
  }

  readDocument(text: string): unknown {
    return readDocument(JSON.parse(text));
  }

  errorInfo(response: HttpResponse, text: string): ErrorInfo {
    const body = parseObject(text);
    return { code: errorCodeOf(response, body), message: messageOf(body), fields: body };
  }

  readError(ref: string, info: ErrorInfo): Record<string, unknown> {
    return (this.readers.reader(ref)(info.fields) as Record<string, unknown> | undefined) ?? {};
  }
}

/** A REST-JSON service: its shapes and errors, compiled on first use. */
export class RestJsonProtocol extends RestProtocol {
  constructor(spec: RestServiceSpec, randomId: () => string = () => crypto.randomUUID()) {
    super(spec, new JsonCodec(spec, randomId), randomId);
  }
}
