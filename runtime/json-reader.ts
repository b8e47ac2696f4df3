/**
 * Compiles shape descriptors into readers of parsed JSON: one function per shape, built once and cached.
 * Outputs are fresh plain objects holding only modeled members (unknown keys, `__type` and nulls are
 * dropped); timestamps become Dates, blobs Uint8Arrays.
 */
import { fromBase64 } from './base64.js';
import { hasOwn, inResponseBody, isInheritedName, isUnsafeKey, type MemberDescriptor, type ShapeDescriptor, type ShapeTable } from './descriptors.js';
import { parseTimestamp } from './timestamps.js';

/** Returns the output value, or undefined when the wire value is to be left out. */
export type Reader = (value: any) => unknown;

interface Field {
  readonly name: string;
  readonly wire: string;
  readonly own: boolean;
  /** Set with defineProperty: the name is `__proto__`-like. */
  readonly unsafe: boolean;
  read: Reader;
}


export function readString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

/** Numbers, and the strings `NaN`, `Infinity`, `-Infinity` the protocol uses for non-finite values. */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  const n = Number(value);
  return Number.isNaN(n) && value !== 'NaN' ? undefined : n;
}

export function readBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

export function readBlob(value: unknown): Uint8Array | undefined {
  return typeof value === 'string' ? fromBase64(value) : undefined;
}

export function readTimestamp(value: unknown): Date | undefined {
  return typeof value === 'number' || typeof value === 'string' ? parseTimestamp(value) : undefined;
}

/** A free-form document: a deep copy without `__proto__`-style keys. */
export function readDocument(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(readDocument);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) if (!isUnsafeKey(key)) out[key] = readDocument((value as Record<string, unknown>)[key]);
  return out;
}

const scalarReaders: Readonly<Record<string, Reader>> = {
  $string: readString,
  $number: readNumber,
  $boolean: readBoolean,
  $timestamp: readTimestamp,
  $blob: readBlob,
  $document: readDocument,
};

function structureReader(fields: readonly Field[]): Reader {
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      const x = f.own ? (hasOwn(value, f.wire) ? value[f.wire] : undefined) : value[f.wire];
      if (x == null) continue;
      const v = f.read(x);
      if (v === undefined) continue;
      if (f.unsafe) Object.defineProperty(out, f.name, { value: v, enumerable: true, writable: true, configurable: true });
      else out[f.name] = v;
    }
    return out;
  };
}

function listReader(box: { r: Reader }): Reader {
  return (value) => {
    if (!Array.isArray(value)) return undefined;
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      if (value[i] == null) continue;
      const v = box.r(value[i]);
      if (v !== undefined) out.push(v);
    }
    return out;
  };
}

function mapReader(box: { r: Reader }): Reader {
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const x = value[key];
      if (x == null || isUnsafeKey(key)) continue;
      const v = box.r(x);
      if (v !== undefined) out[key] = v;
    }
    return out;
  };
}

/** Readers for one shape table, compiled on first use. */
export class JsonReaders {
  private readonly cache = new Map<string, Reader>();

  constructor(private readonly table: ShapeTable) {}

  reader(ref: string): Reader {
    const known = this.cache.get(ref) ?? (hasOwn(scalarReaders, ref) ? scalarReaders[ref] : undefined);
    if (known) return known;
    const d: ShapeDescriptor | undefined = hasOwn(this.table, ref) ? this.table[ref] : undefined;
    if (!d) throw new Error(`shapegen runtime: no descriptor for shape ${ref}`);
    switch (d.type) {
      case 'timestamp':
        return this.remember(ref, readTimestamp);
      case 'list':
      case 'map': {
        const box: { r: Reader } = { r: readString };
        const r = this.remember(ref, d.type === 'list' ? listReader(box) : mapReader(box));
        box.r = this.reader(d.type === 'list' ? d.member : d.value);
        return r;
      }
      case 'structure': {
        const fields: Field[] = [];
        const r = this.remember(ref, structureReader(fields));
        // Members bound to a header or the status are not read from the body.
        for (const m of d.members) if (inResponseBody(m)) fields.push(this.field(m));
        return r;
      }
    }
  }

  private field(m: MemberDescriptor): Field {
    const wire = m.wire ?? m.name;
    return {
      name: m.name,
      wire,
      own: isInheritedName(wire),
      unsafe: isUnsafeKey(m.name),
      read: m.jsonvalue ? readString : m.timestampFormat ? readTimestamp : this.reader(m.shape),
    };
  }

  private remember(ref: string, r: Reader): Reader {
    this.cache.set(ref, r);
    return r;
  }
}
