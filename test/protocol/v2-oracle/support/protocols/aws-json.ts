/**
 * AWS JSON 1.0/1.1 as a service speaks it: 200 with the output as JSON (plus members a client must
 * ignore), errors as `{"__type": "<namespace>#<Code>", "message": ...}` or with the code in
 * `x-amzn-errortype` and `Message` in the body.
 */
import { jsonWire } from '../encode/json-wire.js';
import type { ProtocolHarness } from './types.js';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

function contentType(version: unknown): string {
  return `application/x-amz-json-${String(version ?? '1.0')}`;
}

export const awsJsonHarness: ProtocolHarness = {
  name: 'json',
  errorVariants: 2,
  requestBody: () => 'json',
  response(service, op, output, requestId) {
    const wire = op.output ? jsonWire(service, op.output.target, output, { noise: true }) : {};
    return {
      statusCode: 200,
      headers: { 'content-type': contentType(service.metadata.jsonVersion), 'x-amzn-requestid': requestId },
      body: utf8(JSON.stringify(wire)),
    };
  },
  error(service, _op, e) {
    const members = e.shape && e.members ? (jsonWire(service, e.shape, e.members) as Record<string, unknown>) : {};
    const headers: Record<string, string> = { 'content-type': contentType(service.metadata.jsonVersion), 'x-amzn-requestid': e.requestId };
    let body: Record<string, unknown>;
    if (e.variant === 0) {
      body = { ...members, __type: `com.amazonaws.${service.metadata.endpointPrefix}#${e.code}`, message: e.message };
    } else {
      headers['x-amzn-errortype'] = `${e.code}:http://internal.amazon.com/coral/com.amazon.coral.service/`;
      body = { ...members, Message: e.message };
    }
    return { statusCode: e.status, headers, body: utf8(JSON.stringify(body)) };
  },
};
