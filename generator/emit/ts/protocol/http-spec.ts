/** The operation spec the REST protocols share (runtime/rest.ts `RestOperationSpec`), from the IR. */
import type { CodegenContext } from '../../../context/context.js';
import { printLiteral } from '../../../context/ts-literal.js';
import { membersOf } from '../../../ir/facts.js';
import type { IROperation, IRService } from '../../../ir/types.js';
import { isS3, keyDigests, serviceHeaders, treeHashed } from './customizations.js';
import type { ShapeTableResult } from './shape-table.js';
import { xmlNamespace } from './shape-table.js';

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The input member behind a `/{Bucket}` at the start of the URI (S3), if any. */
function bucketMember(service: IRService, op: IROperation): string | undefined {
  if (!isS3(service) || !op.input) return undefined;
  const m = /^\/\{([A-Za-z0-9_]+)\}(?:[/?]|$)/.exec(op.http.requestUri);
  if (!m || m[1] !== 'Bucket') return undefined;
  const member = membersOf(service.shape(op.input.target)).find((x) => x.location === 'uri' && (str(x.traits.locationName) ?? x.name) === 'Bucket');
  return member?.name;
}

export function restOperationSpec(ctx: CodegenContext, op: IROperation, tables: ShapeTableResult, xml: boolean): Record<string, unknown> {
  const service = ctx.ir;
  const spec: Record<string, unknown> = { method: op.http.method, uri: op.http.requestUri };
  if (op.input) spec.input = tables.ref(op.input.target);
  if (op.output) spec.output = tables.ref(op.output.target);
  const endpoint = op.traits.endpoint as { hostPrefix?: unknown } | undefined;
  if (typeof endpoint?.hostPrefix === 'string') spec.hostPrefix = endpoint.hostPrefix;
  const compression = op.traits.requestcompression as { encodings?: unknown } | undefined;
  if (Array.isArray(compression?.encodings) && compression.encodings.includes('gzip')) spec.gzip = true;
  const checksum = op.traits.httpChecksum as { requestChecksumRequired?: unknown } | undefined;
  if (op.traits.httpChecksumRequired === true || checksum?.requestChecksumRequired === true) spec.checksum = true;
  if (xml && op.input) {
    const shape = service.shape(op.input.target);
    // The structure's own XML name wins over the operation's name for its input (as Smithy's xmlName).
    spec.xmlName = str(shape.traits.locationName) ?? str(op.input.traits.locationName) ?? shape.name;
    const ns = xmlNamespace(op.input.traits.xmlNamespace) ?? xmlNamespace(shape.traits.xmlNamespace);
    if (ns) spec.xmlns = ns;
  }
  const bucket = bucketMember(service, op);
  if (bucket !== undefined) spec.bucket = bucket;
  const digests = keyDigests(service, op);
  if (digests.length > 0) spec.keyDigests = digests;
  if (treeHashed(service, op)) spec.treeHash = true;
  return spec;
}

/** `` `GET /path/{Label}` `` for a doc comment, a star-slash in the URI escaped so the comment goes on. */
export function describeHttp(op: IROperation): string {
  return `\`${op.http.method} ${op.http.requestUri}\``.replace(/\*\//g, '*\\/');
}

/** `  headers: {...},` for the service spec when the service's requests carry fixed headers (customizations.ts). */
export function serviceHeaderFields(service: IRService): string[] {
  const headers = serviceHeaders(service);
  return headers ? [`  headers: ${printLiteral(headers, '  ', '  headers: '.length, 1)},`] : [];
}
