/**
 * Scalars as text where HTTP carries them outside a body (URI labels, query parameters, headers) and in
 * the XML and query-form codecs: numbers as JavaScript writes them (`NaN`, `Infinity`, `-Infinity`
 * included), booleans as `true`/`false`, blobs as base64, timestamps in the member's format or the
 * location's default.
 */
import { fromBase64, toBase64 } from './base64.js';
import type { MemberDescriptor, ShapeTable, TimestampFormat } from './descriptors.js';
import { parseTimestamp, timestampText } from './timestamps.js';

export type ToText = (value: unknown) => string;
/** Returns undefined for text that does not hold a value of the shape (it is then left out). */
export type FromText = (text: string) => unknown;

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

export function stringText(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}

export function numberText(value: unknown): string {
  return String(typeof value === 'number' ? value : Number(value));
}

export function booleanText(value: unknown): string {
  return value === true || value === 'true' ? 'true' : 'false';
}

export function readNumberText(text: string): number | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isNaN(n) && t !== 'NaN' ? undefined : n;
}

export function readBooleanText(text: string): boolean | undefined {
  const t = text.trim();
  return t === 'true' ? true : t === 'false' ? false : undefined;
}

export function readBlobText(text: string): Uint8Array {
  return fromBase64(text.trim());
}

/** The timestamp format of a member: its own trait, its shape's, else the location's default. */
export function formatOf(table: ShapeTable, ref: string, member: MemberDescriptor | undefined, fallback: TimestampFormat): TimestampFormat {
  if (member?.timestampFormat) return member.timestampFormat;
  const d = Object.prototype.hasOwnProperty.call(table, ref) ? table[ref] : undefined;
  return d?.type === 'timestamp' ? d.format : fallback;
}

/** The kind of scalar a reference stands for ('timestamp' for table timestamps), or undefined for aggregates. */
export function scalarKind(table: ShapeTable, ref: string): string | undefined {
  if (ref.startsWith('$')) return ref.slice(1);
  const d = Object.prototype.hasOwnProperty.call(table, ref) ? table[ref] : undefined;
  return d?.type === 'timestamp' ? 'timestamp' : undefined;
}

/** The text writer of a scalar member (or list item) of shape `ref`. */
export function textWriter(table: ShapeTable, ref: string, member: MemberDescriptor | undefined, fallback: TimestampFormat): ToText {
  switch (scalarKind(table, ref)) {
    case 'number':
      return numberText;
    case 'boolean':
      return booleanText;
    case 'blob':
      return toBase64;
    case 'timestamp': {
      const format = formatOf(table, ref, member, fallback);
      return (v) => timestampText(v, format);
    }
    case 'document':
      return (v) => JSON.stringify(v);
    default:
      return stringText;
  }
}

/** The text reader of a scalar member (or list item) of shape `ref`. */
export function textReader(table: ShapeTable, ref: string, member: MemberDescriptor | undefined, fallback: TimestampFormat): FromText {
  switch (scalarKind(table, ref)) {
    case 'number':
      return readNumberText;
    case 'boolean':
      return readBooleanText;
    case 'blob':
      return readBlobText;
    case 'timestamp':
      return (t) => (t.trim() === '' ? undefined : parseTimestamp(t.trim()));
    default:
      return (t) => t;
  }
}

/** A `jsonvalue` string in a header travels base64-encoded. */
export function jsonValueHeaderText(value: unknown): string {
  return toBase64(utf8.encode(typeof value === 'string' ? value : JSON.stringify(value)));
}

export function readJsonValueHeader(text: string): string {
  return utf8Decoder.decode(fromBase64(text.trim()));
}
