/**
 * The compact, data-only description of a service's shapes that the generated `protocol.ts` carries and
 * the codecs (JSON, XML, query form) compile, once per shape, into specialised readers and writers.
 * Each protocol's table only carries the fields its protocol reads: an AWS JSON table has no XML names.
 *
 * A reference names either a shape of the table or one of the built-in scalars below: every string,
 * number and boolean shape is the same on the wire, so the table only lists shapes that differ.
 */

export type TimestampFormat = 'unixTimestamp' | 'iso8601' | 'rfc822';

/** Where a REST protocol puts a member of an operation's input or output; absent means the body. */
export type HttpLocation = 'uri' | 'querystring' | 'header' | 'headers' | 'statusCode';

/** An XML namespace declared on an element: `xmlns="uri"`, or `xmlns:prefix="uri"`. */
export interface XmlNamespace {
  readonly uri: string;
  readonly prefix?: string;
}

/** Built-in scalars; `$` cannot start a model shape name, so they never clash with one. */
export const SCALARS = ['$string', '$number', '$boolean', '$timestamp', '$blob', '$document'] as const;
export type ScalarRef = (typeof SCALARS)[number];

export interface MemberDescriptor {
  /** The property of the TypeScript object. */
  readonly name: string;
  /**
   * The name on the wire, only when it differs from `name` (locationName): the JSON key, the XML element
   * or attribute, the query key, or for a bound member its header name, query parameter, URI label or
   * header prefix.
   */
  readonly wire?: string;
  /** A table key or a {@link ScalarRef}. */
  readonly shape: string;
  /** Overrides the format of a timestamp member. */
  readonly timestampFormat?: TimestampFormat;
  /** A string that holds JSON text (the `jsonvalue` trait). */
  readonly jsonvalue?: boolean;
  /** Filled with a random UUID when the caller leaves it out. */
  readonly idempotencyToken?: boolean;
  /** REST protocols: the member is bound to this part of the HTTP message instead of the body. */
  readonly location?: HttpLocation;
  /** XML: the member is an attribute of its structure's element. */
  readonly attribute?: boolean;
  /** XML: the list or map is written as repeated elements, without a wrapping element. */
  readonly flattened?: boolean;
  /** XML: the namespace declared on the member's element. */
  readonly xmlns?: XmlNamespace;
  /** EC2: the query key, when it differs from `wire` (queryName, or the capitalised locationName). */
  readonly query?: string;
  /** The member fills a `{label}` of the endpoint's host prefix. */
  readonly hostLabel?: boolean;
}

export interface StructureDescriptor {
  readonly type: 'structure';
  readonly members: readonly MemberDescriptor[];
  readonly union?: boolean;
  /** REST protocols: the member that is the whole body (the `payload` trait). */
  readonly payload?: string;
  /**
   * The payload streams (a `streaming` blob, or an event stream): a request body or response body passes
   * through untouched, whatever its type.
   */
  readonly stream?: boolean;
  /** XML: the shape's own element name (locationName), used where no member names it. */
  readonly xmlName?: string;
  /** XML: the namespace declared on the structure's element. */
  readonly xmlns?: XmlNamespace;
}

export interface ListDescriptor {
  readonly type: 'list';
  readonly member: string;
  /** XML and query: the element name of each item (the member's locationName; `member` when absent). */
  readonly memberName?: string;
  readonly flattened?: boolean;
  readonly memberXmlns?: XmlNamespace;
}

export interface MapDescriptor {
  readonly type: 'map';
  readonly value: string;
  /** XML and query: the names of the key and value elements (`key`, `value` when absent). */
  readonly keyName?: string;
  readonly valueName?: string;
  readonly flattened?: boolean;
  readonly keyXmlns?: XmlNamespace;
  readonly valueXmlns?: XmlNamespace;
}

export type ShapeDescriptor =
  | StructureDescriptor
  | ListDescriptor
  | MapDescriptor
  | { readonly type: 'timestamp'; readonly format: TimestampFormat };

export type ShapeTable = Readonly<Record<string, ShapeDescriptor>>;

/** A member a request carries outside its body (URI label, query string, header). */
export function inRequestBody(m: MemberDescriptor): boolean {
  return m.location === undefined || m.location === 'statusCode';
}

/** A member a response carries outside its body (header, status code); a URI or query member is read from the body. */
export function inResponseBody(m: MemberDescriptor): boolean {
  return m.location === undefined || m.location === 'uri' || m.location === 'querystring';
}

/**
 * The key that must never become a property of an object we build, nor go on the wire from a map: `__proto__`,
 * whose assignment sets the prototype. `constructor` and `prototype` are data (a DynamoDB attribute, a tag):
 * assigned, they become own properties like any other key.
 */
export function isUnsafeKey(key: string): boolean {
  return key === '__proto__';
}

/** Whether `key` is an own property of `o` (an input's member, a map's key): never one it inherits. */
export function hasOwn(o: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

/** Member names that a plain object inherits; reading them needs an own-property check. */
export function isInheritedName(name: string): boolean {
  return name in Object.prototype;
}

/** Sets a member on an output object; a `__proto__`-like name becomes an own property, never the prototype. */
export function setMember(out: Record<string, unknown>, name: string, value: unknown): void {
  if (isUnsafeKey(name)) Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
  else out[name] = value;
}
