/**
 * The Query protocol as a service speaks it: `<OpResponse><OpResult>` (the output's resultWrapper) with
 * the output as XML (encode/xml-wire.ts, plus an element a client must ignore) and `<ResponseMetadata>`;
 * errors as `<ErrorResponse><Error><Type/><Code/><Message/>` with the modeled members, the request id
 * beside. EC2 (ec2.ts) shares the XML.
 */
import type { IROperation, IRService } from '../../../../../generator/ir/types.js';
import { XmlWire, escapeXml, xmlnsAttribute } from '../encode/xml-wire.js';
import { ENDPOINT_HOST } from '../v2.js';
import type { ErrorCase, ProtocolHarness } from './types.js';

export const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
export const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** The members of `value` (shape `target`) as elements, without an element of their own. */
export function innerXml(service: IRService, target: string, value: Record<string, unknown>, noise = true): string {
  const whole = new XmlWire(service, { noise }).element(target, value, 'X');
  const open = whole.indexOf('>') + 1;
  return whole.slice(open, whole.length - '</X>'.length);
}

function namespace(service: IRService): string {
  return xmlnsAttribute({ uri: `https://${service.metadata.endpointPrefix}.amazonaws.com/doc/${service.metadata.apiVersion}/` });
}

/** The modeled members of an error, as elements (`<Error>` holds them beside Code and Message). */
export function errorMembers(service: IRService, e: ErrorCase): string {
  return e.shape && e.members ? innerXml(service, e.shape, e.members, false) : '';
}

export const queryHarness: ProtocolHarness = {
  name: 'query',
  errorVariants: 2,
  requestBody: () => 'form',
  prepare(_service, _op, input) {
    // v2 sends an SQS request to its QueueUrl (services/sqs.js buildEndpoint): the oracle's own endpoint
    // keeps the host and path both sides use.
    if (typeof input.QueueUrl === 'string') input.QueueUrl = `https://${ENDPOINT_HOST}/`;
  },
  response(service: IRService, op: IROperation, output: Record<string, unknown>, requestId: string) {
    const wrapper = op.output?.traits.resultWrapper as string | undefined;
    const members = op.output ? innerXml(service, op.output.target, output) : '';
    const result = wrapper === undefined ? members : `<${wrapper}>${members}</${wrapper}>`;
    const body = `${DECLARATION}<${op.name}Response${namespace(service)}>${result}<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${op.name}Response>`;
    return { statusCode: 200, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, body: utf8(body) };
  },
  error(service, _op, e) {
    const type = e.variant === 0 ? '<Type>Sender</Type>' : '';
    const fields = `${type}<Code>${escapeXml(e.code)}</Code><Message>${escapeXml(e.message)}</Message>${errorMembers(service, e)}`;
    const body = `${DECLARATION}<ErrorResponse${e.variant === 0 ? namespace(service) : ''}><Error>${fields}</Error><RequestId>${e.requestId}</RequestId></ErrorResponse>`;
    return { statusCode: e.status, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': e.requestId }, body: utf8(body) };
  },
};
