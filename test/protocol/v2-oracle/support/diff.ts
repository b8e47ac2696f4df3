/**
 * A structural diff of two values that lists every difference with its path, so that each one can be
 * matched against the exceptions table on its own (a toEqual failure would stop at the first). Dates are
 * equal when they name the same instant, byte arrays (Uint8Array or Buffer) when their bytes are equal.
 */

export interface Difference {
  /** Where the values differ: `body.Item.a.S`, `headers.content-type`, `query`, ... */
  readonly path: string;
  readonly ours: unknown;
  readonly theirs: unknown;
}

function isBytes(v: unknown): v is Uint8Array {
  return v instanceof Uint8Array;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !isBytes(v);
}

function join(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

function samePrimitive(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || (Number.isNaN(a) && Number.isNaN(b));
  return a === b;
}

/** Every difference between `ours` and `theirs`; none when they are equal. */
export function diffValues(ours: unknown, theirs: unknown, path = ''): Difference[] {
  if (ours instanceof Date && theirs instanceof Date) {
    const a = ours.getTime();
    const b = theirs.getTime();
    return a === b || (Number.isNaN(a) && Number.isNaN(b)) ? [] : [{ path, ours, theirs }];
  }
  if (isBytes(ours) && isBytes(theirs)) return sameBytes(ours, theirs) ? [] : [{ path, ours, theirs }];
  if (Array.isArray(ours) && Array.isArray(theirs)) {
    if (ours.length !== theirs.length) return [{ path, ours, theirs }];
    return ours.flatMap((v, i) => diffValues(v, theirs[i], join(path, i)));
  }
  if (isRecord(ours) && isRecord(theirs)) {
    const keys = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
    const out: Difference[] = [];
    for (const k of [...keys].sort()) {
      const a = Object.prototype.hasOwnProperty.call(ours, k) ? ours[k] : undefined;
      const b = Object.prototype.hasOwnProperty.call(theirs, k) ? theirs[k] : undefined;
      if (a === undefined && b === undefined) continue;
      out.push(...diffValues(a, b, join(path, k)));
    }
    return out;
  }
  return samePrimitive(ours, theirs) ? [] : [{ path, ours, theirs }];
}

/** A short, single-line rendering of a value for reports (bytes as base64, dates as ISO). */
export function show(value: unknown, max = 300): string {
  const text = JSON.stringify(value, (_k, v: unknown) => {
    if (isBytes(v)) return `<bytes ${Buffer.from(v).toString('base64')}>`;
    if (v && typeof v === 'object' && (v as { type?: string }).type === 'Buffer' && Array.isArray((v as { data?: unknown }).data)) {
      return `<bytes ${Buffer.from((v as { data: number[] }).data).toString('base64')}>`;
    }
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
    return v;
  });
  const s = text === undefined ? String(value) : text;
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
