/**
 * The cases write timestamps as epoch seconds, blobs as text and non-finite floats as strings; the
 * generated API takes and returns Date, Uint8Array and number. These convert between the two, guided
 * by the shapes.
 */
import type { IRService } from '../../../generator/ir/types.js';

/** A case's `params` as the typed input the generated serializer expects. */
export function toTyped(service: IRService, shapeName: string, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  const shape = service.shape(shapeName);
  switch (shape.type) {
    case 'timestamp':
      return typeof value === 'number' ? new Date(value * 1000) : value;
    case 'blob':
      return typeof value === 'string' ? new TextEncoder().encode(value) : value;
    case 'float':
    case 'double':
    case 'integer':
    case 'long':
      return typeof value === 'string' ? Number(value) : value;
    case 'list':
      return (value as unknown[]).map((v) => toTyped(service, shape.member!.target, v));
    case 'map':
      return Object.fromEntries(
        Object.entries(value as object).map(([k, v]) => [k, toTyped(service, shape.value!.target, v)]),
      );
    case 'structure': {
      if (shape.document) return value;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value as object)) {
        const m = shape.members.find((x) => x.name === k);
        out[k] = m ? toTyped(service, m.target, v) : v;
      }
      return out;
    }
    default:
      return value;
  }
}

/** A deserialized value in the cases' notation: Date -> epoch seconds, bytes -> text, NaN -> "NaN". */
export function toCaseNotation(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return value.map(toCaseNotation);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCaseNotation(v)]));
  }
  return value;
}
