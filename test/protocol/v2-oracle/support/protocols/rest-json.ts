/**
 * REST-JSON as a service speaks it: the output's HTTP bindings (encode/http-wire.ts) with the payload
 * member or the remaining members as JSON (plus members a client must ignore); errors with the code in
 * `x-amzn-errortype` and `message` in the body, or with `code` (or `__type`) in the body.
 */
import type { IROperation, IRService } from '../../../../../generator/ir/types.js';
import { boundOutput, isBound } from '../encode/http-wire.js';
import { jsonWire } from '../encode/json-wire.js';
import type { BodyKind } from '../requests.js';
import type { RawResponse } from '../v2.js';
import type { ProtocolHarness } from './types.js';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

/** How a REST request body compares: a blob or string payload as bytes, anything else by the codec's rule. */
export function restBodyKind(service: IRService, op: IROperation, codec: BodyKind): BodyKind {
  if (!op.input) return codec;
  const shape = service.shape(op.input.target);
  const payload = shape.traits.payload as string | undefined;
  const m = shape.type === 'structure' && payload !== undefined ? shape.members.find((x) => x.name === payload) : undefined;
  if (!m) return codec;
  const t = service.shape(m.target);
  return t.type === 'blob' || t.type === 'string' ? 'bytes' : codec;
}

/** A blob or string payload's bytes. */
export function rawPayload(value: unknown): Uint8Array {
  if (value === undefined) return new Uint8Array();
  return typeof value === 'string' ? utf8(value) : new Uint8Array(value as Uint8Array);
}

function response(service: IRService, op: IROperation, output: Record<string, unknown>, requestId: string): RawResponse {
  const target = op.output?.target;
  const bound = boundOutput(service, target, output);
  const headers: Record<string, string> = { ...bound.headers, 'x-amzn-requestid': requestId };
  let body: Uint8Array;
  const p = bound.payload;
  if (p) {
    if (p.kind === 'blob' || p.kind === 'string') body = rawPayload(p.value);
    else if (p.value === undefined) body = new Uint8Array();
    else body = utf8(JSON.stringify(p.kind === 'document' ? p.value : jsonWire(service, p.member.target, p.value, { noise: true })));
  } else if (target !== undefined) {
    body = utf8(JSON.stringify(jsonWire(service, target, output, { noise: true, skip: isBound })));
  } else body = utf8('{}');
  if (!p || p.kind === 'structure' || p.kind === 'document') headers['content-type'] = 'application/json';
  return { statusCode: bound.statusCode, headers, body };
}

export const restJsonHarness: ProtocolHarness = {
  name: 'rest-json',
  errorVariants: 2,
  requestBody: (service, op) => restBodyKind(service, op, 'json'),
  response,
  error(service, _op, e) {
    const bound = e.shape && e.members ? boundOutput(service, e.shape, e.members, true) : undefined;
    const members = e.shape && e.members ? (jsonWire(service, e.shape, e.members, { skip: isBound }) as Record<string, unknown>) : {};
    const headers: Record<string, string> = { ...bound?.headers, 'content-type': 'application/json', 'x-amzn-requestid': e.requestId };
    let body: Record<string, unknown>;
    if (e.variant === 0) {
      headers['x-amzn-errortype'] = `${e.code}:http://internal.amazon.com/coral/com.amazon.coral.service/`;
      body = { ...members, message: e.message };
    } else {
      body = { ...members, code: e.code, message: e.message };
    }
    return { statusCode: e.status, headers, body: utf8(JSON.stringify(body)) };
  },
};
