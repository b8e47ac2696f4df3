/**
 * Timestamps on the wire: epoch seconds (the JSON protocols' default), ISO 8601 (XML, query strings and URI
 * labels) or RFC 822 (HTTP date, the headers' default), each protocol choosing its default.
 */
import type { TimestampFormat } from './descriptors.js';

/** A caller's timestamp as a Date: a Date, epoch seconds, or a date string. */
export function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(Math.round(value * 1000));
  if (typeof value === 'string') return parseTimestamp(value);
  throw new TypeError(`Expected a Date for a timestamp, got ${typeof value}`);
}

/** A timestamp as text in the given format: epoch seconds, ISO 8601 or an HTTP date (no quotes). */
export function timestampText(value: unknown, format: TimestampFormat): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid Date for a timestamp member');
  switch (format) {
    case 'iso8601':
      // Whole seconds are written without `.000`, as the AWS SDKs do.
      return date.toISOString().replace('.000Z', 'Z');
    case 'rfc822':
      return date.toUTCString();
    default:
      return String(date.getTime() / 1000);
  }
}

/** The JSON text of a timestamp (a number, or a quoted string). */
export function formatTimestamp(value: unknown, format: TimestampFormat): string {
  const text = timestampText(value, format);
  return format === 'unixTimestamp' ? text : '"' + text + '"';
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;
const NUMERIC = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * Parses any of the wire forms: epoch seconds (number or numeric string), ISO 8601 with `Z` or an
 * offset and any number of fractional digits, RFC 822/7231 dates. Throws on anything else.
 */
export function parseTimestamp(value: unknown): Date {
  if (typeof value === 'number') return new Date(Math.round(value * 1000));
  if (typeof value !== 'string') throw new TypeError(`Expected a timestamp, got ${typeof value}`);
  if (NUMERIC.test(value)) return new Date(Math.round(Number(value) * 1000));
  const m = ISO.exec(value);
  if (m) {
    const ms = m[7] ? Math.round(Number('0.' + m[7]) * 1000) : 0;
    let time = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], ms);
    if (!m[8]) time -= (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11])) * 60_000;
    return new Date(time);
  }
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) throw new TypeError(`Invalid timestamp: ${JSON.stringify(value)}`);
  return new Date(parsed);
}
