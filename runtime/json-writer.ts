/**
 * Compiles shape descriptors into JSON writers: one specialised function per shape, built once and
 * cached, that turns a caller's value straight into JSON text. No intermediate object, no closure per
 * call; only modeled members are read, so unknown members never reach the wire.
 */
import { toBase64 } from './base64.js';
import { hasOwn, inRequestBody, isUnsafeKey, type MemberDescriptor, type ShapeDescriptor, type ShapeTable, type TimestampFormat } from './descriptors.js';
import { formatTimestamp } from './timestamps.js';

/** Returns the JSON text of a value, or undefined when the value is to be left out. */
export type Writer = (value: any) => string | undefined;

interface Field {
  readonly name: string;
  /** `"Wire":` */
  readonly key: string;
  readonly asciiKey: boolean;
  readonly token: boolean;
  write: Writer;
}


/** Printable ASCII except `"` and `\\`: such a string goes on the wire as it is. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Whether the text written since {@link writeJson} began may hold non-ASCII characters. While it stays
 * false the body's UTF-8 length is its string length, so Content-Length needs no pass over the text.
 */
let nonAscii = false;
let lastAscii = true;

/** Runs a writer, recording whether its text is pure ASCII (see {@link lastWriteAscii}). */
export function writeJson(write: Writer, value: unknown): string | undefined {
  const outer = nonAscii;
  nonAscii = false;
  try {
    const text = write(value);
    lastAscii = !nonAscii;
    return text;
  } finally {
    nonAscii = outer || nonAscii;
  }
}

/** True when the text of the last {@link writeJson} is pure ASCII (its byte length is its length). */
export function lastWriteAscii(): boolean {
  return lastAscii;
}

/** A JSON string literal, exactly as JSON.stringify writes it; JSON.stringify only when needed. */
export function quote(s: string): string {
  if (PLAIN.test(s)) return '"' + s + '"';
  if (!nonAscii && NON_ASCII.test(s)) nonAscii = true;
  return JSON.stringify(s);
}

export function writeString(value: unknown): string {
  return quote(typeof value === 'string' ? value : String(value));
}

/** NaN and the infinities are strings on the wire; everything else as JSON.stringify writes it. */
export function writeNumber(value: unknown): string {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? String(n) : '"' + String(n) + '"';
}

export function writeBoolean(value: unknown): string {
  return value === true || value === 'true' ? 'true' : 'false';
}

export function writeBlob(value: unknown): string {
  return '"' + toBase64(value) + '"';
}

function documentReplacer(key: string, value: unknown): unknown {
  return isUnsafeKey(key) ? undefined : value;
}

/** A free-form document: its JSON, without `__proto__`-style keys. */
export function writeDocument(value: unknown): string | undefined {
  nonAscii = true; // not scanned: Content-Length is then counted on the whole body
  return JSON.stringify(value, documentReplacer);
}

/** A string member with the `jsonvalue` trait: JSON text carried as a JSON string. */
export function writeJsonValue(value: unknown): string {
  return quote(typeof value === 'string' ? value : JSON.stringify(value));
}

const timestampWriters: Record<TimestampFormat, Writer> = {
  unixTimestamp: (v) => formatTimestamp(v, 'unixTimestamp'),
  iso8601: (v) => formatTimestamp(v, 'iso8601'),
  rfc822: (v) => formatTimestamp(v, 'rfc822'),
};

const scalarWriters: Readonly<Record<string, Writer>> = {
  $string: writeString,
  $number: writeNumber,
  $boolean: writeBoolean,
  $timestamp: timestampWriters.unixTimestamp,
  $blob: writeBlob,
  $document: writeDocument,
};

/**
 * Members go out in the caller's key order (as JSON.stringify and the AWS SDK v2 write them; the AWS SDK v3
 * writes the Smithy model's order, which the v2 models shapegen reads do not record). Keys that are not
 * modeled members, inherited keys and null values are left out; a missing idempotency token is appended.
 */
function structureWriter(byName: Readonly<Record<string, Field>>, tokens: readonly Field[], randomId: () => string): Writer {
  return (value) => {
    if (typeof value !== 'object' || value === null) return undefined;
    let out = '{';
    let first = true;
    const keys = Object.keys(value);
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j];
      const f = byName[k];
      if (f === undefined) continue;
      const x = value[k];
      if (x == null) continue;
      const text = f.write(x);
      if (text === undefined) continue;
      out += first ? f.key + text : ',' + f.key + text;
      first = false;
      if (!f.asciiKey) nonAscii = true;
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (hasOwn(value, t.name) && value[t.name] != null) continue;
      out += (first ? t.key : ',' + t.key) + quote(randomId());
      first = false;
    }
    return out + '}';
  };
}

function listWriter(box: { w: Writer }): Writer {
  return (value) => {
    if (!Array.isArray(value)) return undefined;
    let out = '[';
    let first = true;
    for (let i = 0; i < value.length; i++) {
      const x = value[i];
      if (x == null) continue; // lists are not sparse: nulls are dropped, as the AWS SDKs do
      const text = box.w(x);
      if (text === undefined) continue;
      out += first ? text : ',' + text;
      first = false;
    }
    return out + ']';
  };
}

function mapWriter(box: { w: Writer }): Writer {
  return (value) => {
    if (typeof value !== 'object' || value === null) return undefined;
    let out = '{';
    let first = true;
    for (const key of Object.keys(value)) {
      const x = value[key];
      if (x == null || isUnsafeKey(key)) continue;
      const text = box.w(x);
      if (text === undefined) continue;
      out += (first ? '' : ',') + quote(key) + ':' + text;
      first = false;
    }
    return out + '}';
  };
}

/** Writers for one shape table, compiled on first use. */
export class JsonWriters {
  private readonly cache = new Map<string, Writer>();

  constructor(
    private readonly table: ShapeTable,
    private readonly randomId: () => string = () => crypto.randomUUID(),
  ) {}

  writer(ref: string): Writer {
    const known = this.cache.get(ref) ?? (hasOwn(scalarWriters, ref) ? scalarWriters[ref] : undefined);
    if (known) return known;
    const d: ShapeDescriptor | undefined = hasOwn(this.table, ref) ? this.table[ref] : undefined;
    if (!d) throw new Error(`shapegen runtime: no descriptor for shape ${ref}`);
    // Each writer is cached before its parts are compiled, so recursive shapes find it.
    switch (d.type) {
      case 'timestamp':
        return this.remember(ref, timestampWriters[d.format]);
      case 'list':
      case 'map': {
        const box: { w: Writer } = { w: writeString };
        this.remember(ref, d.type === 'list' ? listWriter(box) : mapWriter(box));
        box.w = this.writer(d.type === 'list' ? d.member : d.value);
        return this.cache.get(ref)!;
      }
      case 'structure': {
        // A prototype-less lookup table: `__proto__`, `constructor` and the like are never members here.
        const byName: Record<string, Field> = Object.create(null);
        const tokens: Field[] = [];
        this.remember(ref, structureWriter(byName, tokens, this.randomId));
        for (const m of d.members) {
          if (!inRequestBody(m)) continue; // bound to the URI, the query string or a header
          const f = this.field(m);
          byName[m.name] = f;
          if (f.token) tokens.push(f);
        }
        return this.cache.get(ref)!;
      }
    }
  }

  private field(m: MemberDescriptor): Field {
    let write: Writer;
    if (m.jsonvalue) write = writeJsonValue;
    else if (m.timestampFormat) write = timestampWriters[m.timestampFormat];
    else write = this.writer(m.shape);
    const wire = m.wire ?? m.name;
    return {
      name: m.name,
      key: JSON.stringify(wire) + ':',
      asciiKey: !NON_ASCII.test(wire),
      token: m.idempotencyToken === true,
      write,
    };
  }

  private remember(ref: string, w: Writer): Writer {
    this.cache.set(ref, w);
    return w;
  }
}
