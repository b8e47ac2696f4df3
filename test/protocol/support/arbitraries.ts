/**
 * fast-check arbitraries driven by the IR: valid typed inputs (strings match their pattern and length,
 * numbers their range, enums their values) and wire-form JSON outputs (timestamps as epoch seconds,
 * blobs as base64), with some noise a client must ignore (unknown keys, `__type`, nulls).
 */
import fc from 'fast-check';
import type { IRNumber, IRService, IRShape, IRString } from '../../../generator/ir/types.js';
import { membersOf } from '../../../generator/ir/facts.js';

const codePoints = (s: string) => [...s].length;

/** Characters beyond ASCII and JSON's escapes, for strings the model leaves unconstrained. */
const WIDE_UNIT = fc.oneof(
  fc.constantFrom('"', '\\', '\n', '\u0000', '\u001f', '\u2028', 'é', '中', '😀', '𝒜'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);

function stringArbitrary(shape: IRString): fc.Arbitrary<string> {
  if (shape.enum) return fc.constantFrom(...shape.enum);
  const min = shape.min ?? 0;
  const max = Math.min(shape.max ?? 40, Math.max(min, 40));
  const inRange = (s: string) => codePoints(s) >= min && codePoints(s) <= (shape.max ?? Infinity);
  if (shape.pattern) {
    const re = new RegExp(shape.pattern, 'u');
    return fc.stringMatching(re).filter(inRange);
  }
  return fc.string({ unit: WIDE_UNIT, minLength: min, maxLength: max }).filter(inRange);
}

function numberArbitrary(shape: IRNumber): fc.Arbitrary<number> {
  if (shape.type === 'float' || shape.type === 'double') {
    return fc.double({
      min: shape.min ?? -1e6,
      max: shape.max ?? 1e6,
      noNaN: true,
    });
  }
  return fc.integer({
    min: shape.min ?? -(2 ** 31),
    max: shape.max ?? 2 ** 31 - 1,
  });
}

const DATES = fc.date({
  min: new Date(0),
  max: new Date(4102444800000),
  noInvalidDate: true,
});

/** A valid typed value of a shape (Date, Uint8Array, numbers, strings, nested objects in model order). */
export function typedArbitrary(service: IRService, name: string, depth = 0): fc.Arbitrary<unknown> {
  const shape = service.shape(name);
  switch (shape.type) {
    case 'string':
      return stringArbitrary(shape);
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
      return numberArbitrary(shape);
    case 'boolean':
      return fc.boolean();
    case 'timestamp':
      return DATES;
    case 'blob':
      return fc.uint8Array({ maxLength: 24 });
    case 'list':
      return fc.array(typedArbitrary(service, shape.member!.target, depth + 1), {
        minLength: shape.min ?? 0,
        maxLength: Math.max(shape.min ?? 0, Math.min(shape.max ?? 3, depth > 2 ? 0 : 3)),
      });
    case 'map':
      return fc.dictionary(
        stringArbitrary(service.shape(shape.key.target) as IRString),
        typedArbitrary(service, shape.value!.target, depth + 1),
        {
          maxKeys: depth > 2 ? 0 : 3,
        },
      );
    case 'structure': {
      if (depth > 4) return fc.constant({});
      const members = Object.fromEntries(
        shape.members.map((m) => [m.name, typedArbitrary(service, m.target, depth + 1)]),
      );
      const requiredKeys = shape.members.filter((m) => m.required).map((m) => m.name);
      return fc.record(members, { requiredKeys });
    }
  }
}

/** The wire JSON of a value of a shape, as a service might send it (plus keys a client must ignore). */
export function wireArbitrary(service: IRService, name: string, depth = 0): fc.Arbitrary<unknown> {
  const shape = service.shape(name);
  switch (shape.type) {
    case 'timestamp':
      // Epoch seconds with millisecond precision, the services' default.
      return fc.integer({ min: 0, max: 4102444800000 }).map((ms) => ms / 1000);
    case 'blob':
      return fc.uint8Array({ maxLength: 24 }).map((b) => Buffer.from(b).toString('base64'));
    case 'list':
      return fc.array(wireArbitrary(service, shape.member!.target, depth + 1), {
        maxLength: depth > 2 ? 0 : 3,
      });
    case 'structure': {
      if (depth > 4) return fc.constant({});
      const members: Record<string, fc.Arbitrary<unknown>> = {};
      for (const m of shape.members) members[m.wireName] = wireArbitrary(service, m.target, depth + 1);
      return fc.tuple(fc.record(members, { requiredKeys: [] }), fc.boolean()).map(([value, noise]) =>
        noise
          ? {
              ...value,
              __type: `com.example#${name}`,
              UnknownMember: { a: 1 },
              ...nullsFor(shape, value),
            }
          : value,
      );
    }
    default:
      return typedArbitrary(service, name, depth);
  }
}

function nullsFor(shape: IRShape, value: object): Record<string, null> {
  const out: Record<string, null> = {};
  for (const m of membersOf(shape)) if (!(m.wireName in value)) out[m.wireName] = null;
  return out;
}
