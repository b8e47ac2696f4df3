/**
 * The HTTP bindings of a REST (JSON or XML) output as a service sends them: members bound to headers
 * (timestamps as HTTP dates unless a `timestampFormat` says otherwise, `jsonvalue` base64-encoded JSON,
 * lists comma-joined with quoting), prefix maps (`x-amz-meta-<key>`), the status code; the payload member
 * (a structure or union encoded by the codec, a blob or string as it is) or the remaining body members.
 */
import type { IRMember, IRService } from '../../../../../generator/ir/types.js';
import { formatOf, timestampText } from './json-wire.js';

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** Members that the body does not carry. */
export function isBound(m: IRMember): boolean {
  return m.location === 'header' || m.location === 'headers' || m.location === 'statusCode' || m.location === 'uri' || m.location === 'querystring';
}

function headerScalar(service: IRService, target: string, value: unknown, member: IRMember | undefined): string {
  const shape = service.shape(target);
  if (shape.type === 'timestamp') return String(timestampText(value as Date, formatOf(service, target, member, 'rfc822')));
  if (shape.type === 'blob') return Buffer.from(value as Uint8Array).toString('base64');
  return String(value);
}

/** A list item in a header: quoted when it holds a comma or a quote (not HTTP dates, which hold commas). */
function listItem(text: string, quote: boolean): string {
  return quote && /[",]/.test(text) ? `"${text.replace(/(["\\])/g, '\\$1')}"` : text;
}

export function headerText(service: IRService, m: IRMember, value: unknown): string {
  if (m.jsonvalue) return Buffer.from(JSON.stringify(value), 'utf8').toString('base64');
  const shape = service.shape(m.target);
  if (shape.type === 'list') {
    const item = shape.member.target;
    const date = service.shape(item).type === 'timestamp' && formatOf(service, item, m, 'rfc822') === 'rfc822';
    return (value as unknown[]).map((v) => listItem(headerScalar(service, item, v, m), !date)).join(', ');
  }
  return headerScalar(service, m.target, value, m);
}

export interface BoundOutput {
  statusCode: number;
  headers: Record<string, string>;
  /** The payload member, when the structure has one. */
  payload?: { member: IRMember; kind: 'structure' | 'blob' | 'string' | 'document'; value: unknown };
}

/** A 2xx status for a status-code member's (random) value. */
function successStatus(v: unknown): number {
  const n = typeof v === 'number' ? Math.abs(Math.trunc(v)) : 0;
  return n >= 200 && n < 300 ? n : 200 + (n % 100);
}

export function boundOutput(service: IRService, target: string | undefined, value: Record<string, unknown>, error = false): BoundOutput {
  const out: BoundOutput = { statusCode: 200, headers: {} };
  if (target === undefined) return out;
  const shape = service.shape(target);
  if (shape.type !== 'structure') return out;
  const payloadName = shape.traits.payload as string | undefined;
  for (const m of shape.members) {
    const v = hasOwn(value, m.name) ? value[m.name] : undefined;
    if (m.name === payloadName) {
      const t = service.shape(m.target);
      const kind = t.type === 'structure' ? (t.document ? 'document' : 'structure') : t.type === 'blob' ? 'blob' : 'string';
      out.payload = { member: m, kind, value: v };
      continue;
    }
    if (v === undefined) continue;
    if (m.location === 'header') out.headers[m.wireName.toLowerCase()] = headerText(service, m, v);
    else if (m.location === 'headers') {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) out.headers[(m.wireName + k).toLowerCase()] = headerScalar(service, (service.shape(m.target) as { value: { target: string } }).value.target, x, m);
    } else if (m.location === 'statusCode' && !error) out.statusCode = successStatus(v);
  }
  return out;
}
