/**
 * IR -> the data-only shape table the generated protocol code carries (see runtime/descriptors.ts).
 * Only shapes reachable from an operation or an error are listed; scalars become built-in references.
 * Each protocol asks only for the fields it reads (`TableOptions`), so an AWS JSON table stays as small
 * as it was and carries no XML or HTTP-binding field.
 */
import type { CodegenContext } from '../../../context/context.js';
import type { IRList, IRMap, IRMember, IRRef, IRService, IRShape, IRStructure } from '../../../ir/types.js';
import type {
  HttpLocation,
  MemberDescriptor,
  ShapeDescriptor,
  TimestampFormat,
  XmlNamespace,
} from '../../../../runtime/descriptors.js';

const FORMATS: readonly TimestampFormat[] = ['unixTimestamp', 'iso8601', 'rfc822'];
const LOCATIONS: readonly string[] = ['uri', 'querystring', 'header', 'headers', 'statusCode'];

export interface TableOptions {
  /**
   * A timestamp format that the protocol writes anyway wherever a timestamp goes (AWS JSON: epoch seconds),
   * so shapes with that format need no entry. REST protocols have none: a header's default differs from
   * the body's, so every modeled format is kept.
   */
  readonly implicitFormat?: TimestampFormat;
  /** HTTP bindings: member locations, the payload member, host labels (REST protocols). */
  readonly http?: boolean;
  /** XML names, namespaces, attributes and flattening (rest-xml, query, ec2). */
  readonly xml?: boolean;
  /** EC2's query keys (queryName, else the capitalised locationName). */
  readonly ec2?: boolean;
}

function timestampFormat(format: string | undefined): TimestampFormat | undefined {
  return format !== undefined && (FORMATS as readonly string[]).includes(format) ? (format as TimestampFormat) : undefined;
}

/** The built-in reference of a scalar shape, or undefined when the shape needs a table entry. */
function scalarRef(shape: IRShape, options: TableOptions): string | undefined {
  switch (shape.type) {
    case 'string':
      return '$string';
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
      return '$number';
    case 'boolean':
      return '$boolean';
    case 'blob':
      return '$blob';
    case 'timestamp': {
      const f = timestampFormat(shape.timestampFormat);
      return f === undefined || f === options.implicitFormat ? '$timestamp' : undefined;
    }
    case 'structure':
      return shape.document ? '$document' : undefined;
    default:
      return undefined;
  }
}

export interface ShapeTableResult {
  /** Entries in model order. */
  readonly table: ReadonlyMap<string, ShapeDescriptor>;
  /** The reference (table key or built-in) of a shape name. */
  ref(shapeName: string): string;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** An `xmlNamespace` trait (`{ uri, prefix }`, or a bare URI string). */
export function xmlNamespace(value: unknown): XmlNamespace | undefined {
  if (typeof value === 'string') return { uri: value };
  if (typeof value !== 'object' || value === null) return undefined;
  const { uri, prefix } = value as { uri?: unknown; prefix?: unknown };
  if (typeof uri !== 'string') return undefined;
  return typeof prefix === 'string' ? { uri, prefix } : { uri };
}

/** EC2's query key of a member: queryName, else locationName (else the name) with its first letter capitalised. */
export function ec2QueryKey(m: IRMember): string {
  const queryName = str(m.traits.queryName);
  if (queryName !== undefined) return queryName;
  const name = str(m.traits.locationName) ?? m.name;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * The XML protocols: a member without a locationName of its own takes its list's or map's (SQS TagQueue's
 * `Tags` is a `TagMap` named `Tag`: `Tag.1.Key`), as botocore (the member's traits laid over the shape's)
 * and v2 read the models.
 */
function listOrMapName(service: IRService, m: IRMember, o: TableOptions): string | undefined {
  if (!o.xml) return undefined;
  const target = service.shape(m.target);
  return target.type === 'list' || target.type === 'map' ? str(target.traits.locationName) : undefined;
}

function memberDescriptor(service: IRService, m: IRMember, ref: string, o: TableOptions): MemberDescriptor {
  const d: Mutable<MemberDescriptor> = { name: m.name, shape: ref };
  const location = o.http && m.location !== undefined && LOCATIONS.includes(m.location) ? (m.location as HttpLocation) : undefined;
  // AWS JSON keeps the IR's wire name (locationName of body members only); the others name bound members too.
  const wire = o.http || o.xml ? (str(m.traits.locationName) ?? listOrMapName(service, m, o) ?? m.name) : m.wireName;
  if (wire !== m.name) d.wire = wire;
  const f = timestampFormat(m.timestampFormat);
  if (f !== undefined) d.timestampFormat = f;
  if (m.jsonvalue) d.jsonvalue = true;
  if (m.idempotencyToken) d.idempotencyToken = true;
  if (location !== undefined) d.location = location;
  if (o.http && m.traits.hostLabel === true) d.hostLabel = true;
  if (o.xml) {
    const target = service.shape(m.target);
    if (m.traits.xmlAttribute === true) d.attribute = true;
    const flattened = m.traits.flattened ?? target.traits.flattened;
    if (flattened === true) d.flattened = true;
    const ns = xmlNamespace(m.traits.xmlNamespace);
    if (ns) d.xmlns = ns;
  }
  if (o.ec2) {
    const key = ec2QueryKey(m);
    if (key !== wire) d.query = key;
  }
  return d;
}

function refName(r: IRRef | undefined): string | undefined {
  return r === undefined ? undefined : str(r.traits.locationName);
}

function listDescriptor(shape: IRList, ref: string, o: TableOptions): ShapeDescriptor {
  const d: Mutable<Extract<ShapeDescriptor, { type: 'list' }>> = { type: 'list', member: ref };
  if (o.xml) {
    const name = refName(shape.member);
    if (name !== undefined) d.memberName = name;
    if (shape.traits.flattened === true || shape.member.traits.flattened === true) d.flattened = true;
    const ns = xmlNamespace(shape.member.traits.xmlNamespace);
    if (ns) d.memberXmlns = ns;
  }
  return d;
}

function mapDescriptor(shape: IRMap, ref: string, o: TableOptions): ShapeDescriptor {
  const d: Mutable<Extract<ShapeDescriptor, { type: 'map' }>> = { type: 'map', value: ref };
  if (o.xml) {
    const key = refName(shape.key);
    const value = refName(shape.value);
    if (key !== undefined) d.keyName = key;
    if (value !== undefined) d.valueName = value;
    if (shape.traits.flattened === true) d.flattened = true;
    const keyNs = xmlNamespace(shape.key.traits.xmlNamespace);
    const valueNs = xmlNamespace(shape.value.traits.xmlNamespace);
    if (keyNs) d.keyXmlns = keyNs;
    if (valueNs) d.valueXmlns = valueNs;
  }
  return d;
}

/** Whether a structure's payload member streams (a streaming blob or string, or an event stream). */
function payloadStreams(service: IRService, shape: IRStructure, payload: string): boolean {
  const m = shape.members.find((x) => x.name === payload);
  if (!m) return false;
  const target = service.shape(m.target);
  const streaming = (target.type === 'blob' || target.type === 'string') && target.streaming;
  return streaming || m.traits.streaming === true || target.traits.eventstream === true;
}

function structureDescriptor(service: IRService, shape: IRStructure, members: MemberDescriptor[], o: TableOptions): ShapeDescriptor {
  const d: Mutable<Extract<ShapeDescriptor, { type: 'structure' }>> = { type: 'structure', members };
  if (shape.union) d.union = true;
  const payload = str(shape.traits.payload);
  if (o.http && payload !== undefined && shape.members.some((m) => m.name === payload)) {
    d.payload = payload;
    if (payloadStreams(service, shape, payload)) d.stream = true;
  }
  if (o.xml && d.payload !== undefined) {
    // A payload's root element: the member's locationName when it differs from the member's name (memberDescriptor
    // keeps it), or when the member declares its own namespace, as every S3 request payload does (LegalHold, of
    // shape ObjectLockLegalHold, is `<LegalHold>`); otherwise the shape's locationName or name. A locationName
    // equal to the name alone does not count: botocore's Smithy-derived cases (HttpPayloadWithXmlName and three
    // more, which botocore itself skips) give payload members one that Smithy's rule says to ignore.
    const m = shape.members.find((x) => x.name === payload)!;
    const root = str(m.traits.locationName);
    const md = members.find((x) => x.name === payload) as Mutable<MemberDescriptor> | undefined;
    if (root !== undefined && md && m.traits.xmlNamespace !== undefined) md.wire = root;
  }
  if (o.xml) {
    const name = str(shape.traits.locationName);
    if (name !== undefined) d.xmlName = name;
    const ns = xmlNamespace(shape.traits.xmlNamespace);
    if (ns) d.xmlns = ns;
  }
  return d;
}

/** Builds the table for the given root shapes (operation inputs, outputs and error structures). */
export function buildShapeTable(ctx: CodegenContext, roots: Iterable<string>, options: TableOptions = { implicitFormat: 'unixTimestamp' }): ShapeTableResult {
  const service = ctx.ir;
  const entries = new Map<string, ShapeDescriptor>();
  const ref = (name: string): string => scalarRef(service.shape(name), options) ?? name;
  const visit = (name: string): void => {
    const shape = service.shape(name);
    if (scalarRef(shape, options) !== undefined || entries.has(name)) return;
    switch (shape.type) {
      case 'timestamp':
        entries.set(name, { type: 'timestamp', format: timestampFormat(shape.timestampFormat) ?? 'unixTimestamp' });
        return;
      case 'list':
        entries.set(name, listDescriptor(shape, ref(shape.member.target), options));
        visit(shape.member.target);
        return;
      case 'map':
        entries.set(name, mapDescriptor(shape, ref(shape.value.target), options));
        visit(shape.value.target);
        return;
      case 'structure': {
        const members = shape.members.map((m) => memberDescriptor(service, m, ref(m.target), options));
        entries.set(name, structureDescriptor(service, shape, members, options));
        for (const m of shape.members) visit(m.target);
        return;
      }
      default:
        throw new Error(`shapegen: shape ${name} has type ${shape.type}, which the protocol cannot carry`);
    }
  };
  for (const root of roots) visit(root);
  // Model order, whatever order the walk found them in, so that output does not depend on the walk.
  const ordered = new Map<string, ShapeDescriptor>();
  for (const name of service.shapes.keys()) {
    const d = entries.get(name);
    if (d) ordered.set(name, d);
  }
  return { table: ordered, ref };
}
