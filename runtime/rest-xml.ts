/**
 * The REST-XML protocol (S3, CloudFront, Route 53): HTTP bindings (rest.ts) with an XML body. The input's
 * body members are one root element (named by the operation, with its namespace), sent only when one of
 * them is set; a structure payload member is the root itself. Errors are `<ErrorResponse><Error>` or, as
 * S3 sends them, a bare `<Error>`; a body-less error (S3's HEAD requests) is named by its status.
 */
import { hasOwn, inRequestBody, type MemberDescriptor, type StructureDescriptor } from './descriptors.js';
import type { HttpResponse } from './http.js';
import { structureOf } from './http-bindings.js';
import { RestProtocol, type ErrorInfo, type RestCodec, type RestOperationSpec, type RestServiceSpec } from './rest.js';
import { parseXml, type XmlElement } from './xml-parse.js';
import { requestIdOf, textOf, xmlErrorElement } from './xml-errors.js';
import { XmlReaders } from './xml-reader.js';
import { XmlWriters } from './xml-writer.js';

const BLANK = /^\s*$/;

/** The codes S3 implies for an error response without a body. */
const STATUS_CODES: Readonly<Record<number, string>> = { 304: 'NotModified', 400: 'BadRequest', 403: 'Forbidden', 404: 'NotFound' };

export class XmlCodec implements RestCodec {
  readonly contentType = 'application/xml';
  readonly writers: XmlWriters;
  readonly readers: XmlReaders;

  constructor(private readonly spec: RestServiceSpec, randomId: () => string) {
    this.writers = new XmlWriters(spec.shapes, randomId);
    this.readers = new XmlReaders(spec.shapes);
  }

  writeBody(ref: string, input: Record<string, unknown>, op: RestOperationSpec): string | undefined {
    const d = structureOf(this.spec.shapes, ref);
    const any = d.members.some((m) => inRequestBody(m) && ((hasOwn(input, m.name) && input[m.name] != null) || m.idempotencyToken));
    return any ? this.writers.writer(ref)(input, op.xmlName ?? d.xmlName ?? ref, op.xmlns) : undefined;
  }

  writePayload(ref: string, value: unknown, member: MemberDescriptor): string {
    if (value === undefined) return '';
    const d: StructureDescriptor = structureOf(this.spec.shapes, ref);
    // The root is named by the member's locationName, else the structure's own name (as Smithy's xmlName).
    return this.writers.writer(ref)(value, member.wire ?? d.xmlName ?? ref, member.xmlns ?? d.xmlns) ?? '';
  }

  readBody(ref: string, text: string): Record<string, unknown> {
    const root = parseXml(text);
    // A root that holds only text is the member it is named after: S3 GetBucketLocation answers
    // `<LocationConstraint>EU</LocationConstraint>`, which the model cannot describe (v3 reads it so too).
    const el: XmlElement = root.children.length === 0 && !BLANK.test(root.text) ? { name: '', attributes: root.attributes, children: [root], text: '' } : root;
    return (this.readers.reader(ref)(el) as Record<string, unknown> | undefined) ?? {};
  }

  readPayload(ref: string, text: string): unknown {
    return this.readers.reader(ref)(parseXml(text));
  }

  errorInfo(response: HttpResponse, text: string): ErrorInfo {
    const { error, root } = xmlErrorElement(text);
    const code = textOf(error, 'Code') ?? (BLANK.test(text) ? STATUS_CODES[response.statusCode] : undefined);
    return { code, message: textOf(error, 'Message'), requestId: requestIdOf(error, root), fields: error };
  }

  readError(ref: string, info: ErrorInfo): Record<string, unknown> {
    const el = info.fields as XmlElement | undefined;
    return el ? ((this.readers.reader(ref)(el) as Record<string, unknown> | undefined) ?? {}) : {};
  }
}

/** A REST-XML service: its shapes and errors, compiled on first use. */
export class RestXmlProtocol extends RestProtocol {
  constructor(spec: RestServiceSpec, randomId: () => string = () => crypto.randomUUID()) {
    super(spec, new XmlCodec(spec, randomId), randomId);
  }
}
