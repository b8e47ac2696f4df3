/**
 * REST-XML as a service speaks it: the output's HTTP bindings (encode/http-wire.ts) with the payload
 * member or the remaining members as one XML document (encode/xml-wire.ts, plus an element a client must
 * ignore); errors as `<ErrorResponse><Error>` (CloudFront, Route 53) or as S3 sends them, a bare `<Error>`
 * or, for any status, no body at all.
 */
import type { IROperation, IRService } from '../../../../../generator/ir/types.js';
import { boundOutput, isBound } from '../encode/http-wire.js';
import { XmlWire, escapeXml, xmlnsAttribute } from '../encode/xml-wire.js';
import type { RawResponse } from '../v2.js';
import { rawPayload, restBodyKind } from './rest-json.js';
import type { ErrorCase, ProtocolHarness } from './types.js';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

function isS3(service: IRService): boolean {
  return service.metadata.serviceId === 'S3' || service.metadata.endpointPrefix === 's3';
}

function serviceNamespace(service: IRService): string {
  const ns = (service.metadata as { xmlNamespace?: unknown }).xmlNamespace;
  const uri = typeof ns === 'string' ? ns : (ns as { uri?: string } | undefined)?.uri;
  return uri ? xmlnsAttribute({ uri }) : '';
}

function rootName(service: IRService, target: string, override?: string): string {
  return override ?? (service.shape(target).traits.locationName as string | undefined) ?? target;
}

function requestIdHeaders(service: IRService, requestId: string): Record<string, string> {
  return isS3(service) ? { 'x-amz-request-id': requestId, 'x-amz-id-2': `id2-${requestId}` } : { 'x-amzn-requestid': requestId };
}

function response(service: IRService, op: IROperation, output: Record<string, unknown>, requestId: string): RawResponse {
  const target = op.output?.target;
  const bound = boundOutput(service, target, output);
  const headers: Record<string, string> = { ...bound.headers, ...requestIdHeaders(service, requestId) };
  let body: Uint8Array = new Uint8Array();
  const p = bound.payload;
  if (p) {
    if (p.kind === 'blob' || p.kind === 'string') body = rawPayload(p.value);
    else if (p.value !== undefined) {
      const name = rootName(service, p.member.target, p.member.traits.locationName as string | undefined);
      body = utf8(DECLARATION + new XmlWire(service, { noise: true }).element(p.member.target, p.value, name, serviceNamespace(service)));
    }
  } else if (isS3(service) && op.name === 'GetBucketLocation') {
    // The one S3 answer the model cannot describe: the location is the root element's text (botocore
    // handlers.py parse_get_bucket_location and v2 services/s3.js read it so).
    const location = output.LocationConstraint === undefined ? '' : escapeXml(String(output.LocationConstraint));
    body = utf8(`${DECLARATION}<LocationConstraint${serviceNamespace(service)}>${location}</LocationConstraint>`);
  } else if (target !== undefined) {
    const wire = new XmlWire(service, { noise: true, skip: isBound });
    body = utf8(DECLARATION + wire.element(target, output, rootName(service, target), serviceNamespace(service)));
  }
  if (body.byteLength > 0 && (!p || p.kind === 'structure')) headers['content-type'] = 'application/xml';
  return { statusCode: bound.statusCode, headers, body };
}

function errorBody(service: IRService, e: ErrorCase): string {
  const members = e.shape && e.members ? new XmlWire(service, { skip: isBound }).element(e.shape, e.members, 'Error').slice('<Error>'.length, -'</Error>'.length) : '';
  const fields = `<Code>${escapeXml(e.code)}</Code><Message>${escapeXml(e.message)}</Message>${members}`;
  if (isS3(service)) return `${DECLARATION}<Error>${fields}<RequestId>${e.requestId}</RequestId></Error>`;
  if (e.variant === 1) return `${DECLARATION}<Error>${fields}<RequestId>${e.requestId}</RequestId></Error>`;
  return `${DECLARATION}<ErrorResponse${serviceNamespace(service)}><Error><Type>Sender</Type>${fields}</Error><RequestId>${e.requestId}</RequestId></ErrorResponse>`;
}

export const restXmlHarness: ProtocolHarness = {
  name: 'rest-xml',
  errorVariants: 2,
  requestBody: (service, op) => restBodyKind(service, op, 'xml'),
  response,
  error(service, op, e) {
    const bound = e.shape && e.members ? boundOutput(service, e.shape, e.members, true) : undefined;
    const headers: Record<string, string> = { ...bound?.headers, ...requestIdHeaders(service, e.requestId) };
    // S3 answers HEAD requests without a body (the status names the error); so it is sent for the error the
    // model does not name (a modeled one could not be told by its status alone).
    const bare = isS3(service) && !e.modeled && (op.http.method === 'HEAD' || e.variant === 1);
    if (!bare) headers['content-type'] = 'application/xml';
    return { statusCode: e.status, headers, body: bare ? new Uint8Array() : utf8(errorBody(service, e)) };
  },
};
