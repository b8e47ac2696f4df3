/**
 * Typed values -> the JSON a service sends (AWS JSON bodies and REST-JSON bodies): members under their
 * `locationName`, timestamps in the member's or shape's `timestampFormat` (epoch seconds by default),
 * blobs as base64, documents as they are. Optionally with noise a client must ignore: unknown members
 * and `null` for absent ones (not for blobs, see below).
 */
import type { IRMember, IRService } from '../../../../../generator/ir/types.js';

export type TimestampFormat = 'unixTimestamp' | 'iso8601' | 'rfc822';

/** The wire text of a timestamp in a format (epoch seconds stay a number in JSON). */
export function timestampText(date: Date, format: TimestampFormat): string | number {
  switch (format) {
    case 'iso8601':
      return date.toISOString();
    case 'rfc822':
      return date.toUTCString();
    default:
      return date.getTime() / 1000;
  }
}

export function formatOf(service: IRService, target: string, member: IRMember | undefined, fallback: TimestampFormat): TimestampFormat {
  const shape = service.shape(target);
  const own = member?.timestampFormat ?? (shape.type === 'timestamp' ? shape.timestampFormat : undefined);
  return (own as TimestampFormat | undefined) ?? fallback;
}

export interface JsonWireOptions {
  /** Add unknown members and explicit nulls to structures. */
  readonly noise?: boolean;
  /** Structure members to leave out (REST-JSON members bound to headers, status or the payload). */
  readonly skip?: (member: IRMember) => boolean;
}

export function jsonWire(service: IRService, target: string, value: unknown, options: JsonWireOptions = {}, member?: IRMember): unknown {
  if (value === undefined) return undefined;
  const shape = service.shape(target);
  switch (shape.type) {
    case 'timestamp':
      return timestampText(value as Date, formatOf(service, target, member, 'unixTimestamp'));
    case 'blob':
      return Buffer.from(value as Uint8Array).toString('base64');
    case 'list':
      return (value as unknown[]).map((v) => jsonWire(service, shape.member.target, v, { noise: options.noise }));
    case 'map':
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, jsonWire(service, shape.value.target, v, { noise: options.noise })]),
      );
    case 'structure': {
      if (shape.document) return value;
      const record = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const m of shape.members) {
        if (options.skip?.(m)) continue;
        if (record[m.name] !== undefined) out[m.wireName] = jsonWire(service, m.target, record[m.name], { noise: options.noise }, m);
        // No null for a blob: v2 throws on one (base64 decoding null in json/parser.js), a v2 bug no
        // service provokes; nulls of every other kind are sent.
        else if (options.noise && !shape.union && service.shape(m.target).type !== 'blob') out[m.wireName] = null;
      }
      if (options.noise && !shape.union) out.UnknownMemberOfTheFuture = { nested: [1, 'two'] };
      return out;
    }
    default:
      return value;
  }
}
