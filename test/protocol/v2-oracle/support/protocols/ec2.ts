/**
 * The EC2 protocol as EC2 speaks it: `<OpResponse>` holding the request id and the output as XML
 * (encode/xml-wire.ts, with an element a client must ignore), no result wrapper; errors as
 * `<Response><Errors><Error><Code/><Message/></Error></Errors><RequestID/></Response>`.
 */
import { escapeXml, xmlnsAttribute } from '../encode/xml-wire.js';
import { DECLARATION, innerXml, utf8 } from './query.js';
import type { ProtocolHarness } from './types.js';

export const ec2Harness: ProtocolHarness = {
  name: 'ec2',
  errorVariants: 1,
  requestBody: () => 'form',
  response(service, op, output, requestId) {
    const ns = xmlnsAttribute({ uri: `http://ec2.amazonaws.com/doc/${service.metadata.apiVersion}/` });
    const members = op.output ? innerXml(service, op.output.target, output) : '';
    const body = `${DECLARATION}<${op.name}Response${ns}><requestId>${requestId}</requestId>${members}</${op.name}Response>`;
    return { statusCode: 200, headers: { 'content-type': 'text/xml;charset=UTF-8' }, body: utf8(body) };
  },
  error(_service, _op, e) {
    const body = `${DECLARATION}<Response><Errors><Error><Code>${escapeXml(e.code)}</Code><Message>${escapeXml(e.message)}</Message></Error></Errors><RequestID>${e.requestId}</RequestID></Response>`;
    return { statusCode: e.status, headers: { 'content-type': 'text/xml;charset=UTF-8' }, body: utf8(body) };
  },
};
