/**
 * The compact, data-only description of a service's shapes that the generated `protocol.ts` carries and
 * the JSON codec compiles (once per shape) into specialised readers and writers.
 *
 * A reference names either a shape of the table or one of the built-in scalars below: every string,
 * number and boolean shape is the same on the wire, so the table only lists shapes that differ.
 */

export type TimestampFormat = 'unixTimestamp' | 'iso8601' | 'rfc822';

/** Built-in scalars; `$` cannot start a model shape name, so they never clash with one. */
export const SCALARS = ['$string', '$number', '$boolean', '$timestamp', '$blob', '$document'] as const;
export type ScalarRef = (typeof SCALARS)[number];

export interface MemberDescriptor {
  /** The property of the TypeScript object. */
  readonly name: string;
  /** The JSON key, only when it differs from `name` (locationName). */
  readonly wire?: string;
  /** A table key or a {@link ScalarRef}. */
  readonly shape: string;
  /** Overrides the format of a timestamp member. */
  readonly timestampFormat?: TimestampFormat;
  /** A string that holds JSON text (the `jsonvalue` trait). */
  readonly jsonvalue?: boolean;
  /** Filled with a random UUID when the caller leaves it out. */
  readonly idempotencyToken?: boolean;
}

export type ShapeDescriptor =
  | { readonly type: 'structure'; readonly members: readonly MemberDescriptor[]; readonly union?: boolean }
  | { readonly type: 'list'; readonly member: string }
  | { readonly type: 'map'; readonly value: string }
  | { readonly type: 'timestamp'; readonly format: TimestampFormat };

export type ShapeTable = Readonly<Record<string, ShapeDescriptor>>;

/** Keys that must never become properties of an object we build, nor go on the wire from a map. */
export function isUnsafeKey(key: string): boolean {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}

/** Member names that a plain object inherits; reading them needs an own-property check. */
export function isInheritedName(name: string): boolean {
  return name in Object.prototype;
}
