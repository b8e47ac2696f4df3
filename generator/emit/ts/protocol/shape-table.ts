/**
 * IR -> the data-only shape table the generated protocol code carries (see runtime/descriptors.ts).
 * Only shapes reachable from an operation or an error are listed; scalars become built-in references.
 */
import type { CodegenContext } from '../../../context/context.js';
import type { IRMember, IRShape } from '../../../ir/types.js';
import type {
  MemberDescriptor,
  ShapeDescriptor,
  TimestampFormat,
} from '../../../../runtime/descriptors.js';

const FORMATS: readonly TimestampFormat[] = ['unixTimestamp', 'iso8601', 'rfc822'];

function timestampFormat(format: string | undefined): TimestampFormat | undefined {
  return format !== undefined && (FORMATS as readonly string[]).includes(format) ? (format as TimestampFormat) : undefined;
}

/** The built-in reference of a scalar shape, or undefined when the shape needs a table entry. */
function scalarRef(shape: IRShape): string | undefined {
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
      return f === undefined || f === 'unixTimestamp' ? '$timestamp' : undefined;
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

function memberDescriptor(m: IRMember, ref: string): MemberDescriptor {
  const d: { -readonly [K in keyof MemberDescriptor]: MemberDescriptor[K] } = { name: m.name, shape: ref };
  if (m.wireName !== m.name) d.wire = m.wireName;
  const f = timestampFormat(m.timestampFormat);
  if (f !== undefined) d.timestampFormat = f;
  if (m.jsonvalue) d.jsonvalue = true;
  if (m.idempotencyToken) d.idempotencyToken = true;
  return d;
}

/** Builds the table for the given root shapes (operation inputs, outputs and error structures). */
export function buildShapeTable(ctx: CodegenContext, roots: Iterable<string>): ShapeTableResult {
  const service = ctx.ir;
  const entries = new Map<string, ShapeDescriptor>();
  const ref = (name: string): string => scalarRef(service.shape(name)) ?? name;
  const visit = (name: string): void => {
    const shape = service.shape(name);
    if (scalarRef(shape) !== undefined || entries.has(name)) return;
    switch (shape.type) {
      case 'timestamp':
        entries.set(name, { type: 'timestamp', format: timestampFormat(shape.timestampFormat) ?? 'unixTimestamp' });
        return;
      case 'list':
        entries.set(name, { type: 'list', member: ref(shape.member.target) });
        visit(shape.member.target);
        return;
      case 'map':
        entries.set(name, { type: 'map', value: ref(shape.value.target) });
        visit(shape.value.target);
        return;
      case 'structure': {
        const members = shape.members.map((m) => memberDescriptor(m, ref(m.target)));
        entries.set(name, shape.union ? { type: 'structure', members, union: true } : { type: 'structure', members });
        for (const m of shape.members) visit(m.target);
        return;
      }
      default:
        throw new Error(`shapegen: shape ${name} has type ${shape.type}, which AWS JSON cannot carry`);
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
