/** Model (validated) -> IR. Pure; the result is frozen so no emitter can change what another reads. */
import { refName, type Member, type Model, type Shape, type ShapeRef } from '../model/types.js';
import type { IRExample, IRMember, IROperation, IRRef, IRService, IRShape } from './types.js';

function toRef(ref: ShapeRef): IRRef {
  if (typeof ref === 'string') return { target: ref, traits: {} };
  const { shape, ...traits } = ref;
  return { target: shape, traits };
}

function toMember(name: string, m: Member): IRMember {
  const { shape, required, documentation, ...traits } = m;
  return {
    name,
    target: shape,
    required: required === true,
    documentation: documentation ?? '',
    wireName: typeof m.locationName === 'string' && m.location === undefined ? m.locationName : name,
    idempotencyToken: m.idempotencyToken === true,
    deprecated: m.deprecated === true,
    deprecatedMessage: m.deprecatedMessage,
    jsonvalue: m.jsonvalue === true,
    timestampFormat: m.timestampFormat,
    location: m.location,
    traits,
  };
}

/** A list's member, a map's key or value: the validator guarantees them; a missing one is a bug upstream. */
function required(ref: ShapeRef | undefined, what: string, shape: string): IRRef {
  if (ref === undefined) throw new Error(`shapegen: shape ${shape} has no ${what} (the validator should have said so)`);
  return toRef(ref);
}

function toShape(name: string, s: Shape): IRShape {
  const { type: _type, documentation, members, member, key, value, requiredOrder: _order, ...traits } = s;
  const base = {
    name,
    documentation: documentation ?? '',
    sensitive: s.sensitive === true,
    deprecated: s.deprecated === true,
    deprecatedMessage: s.deprecatedMessage,
    traits,
  };
  const bounds = { min: s.min, max: s.max };
  switch (s.type) {
    case 'structure':
      return {
        ...base,
        type: 'structure',
        members: Object.entries(members ?? {}).map(([n, m]) => toMember(n, m)),
        union: s.union === true,
        document: s.document === true,
        exception: s.exception === true,
        fault: s.fault === true,
        errorCode: s.error?.code,
        httpStatusCode: s.error?.httpStatusCode,
      };
    case 'list':
      return { ...base, ...bounds, type: 'list', member: required(member, 'member', name) };
    case 'map':
      return { ...base, ...bounds, type: 'map', key: required(key, 'key', name), value: required(value, 'value', name) };
    case 'string':
      return { ...base, ...bounds, type: 'string', enum: s.enum, pattern: s.pattern, streaming: s.streaming === true };
    case 'blob':
      return { ...base, ...bounds, type: 'blob', streaming: s.streaming === true };
    case 'timestamp':
      return { ...base, type: 'timestamp', timestampFormat: s.timestampFormat };
    case 'boolean':
      return { ...base, type: 'boolean' };
    default:
      return { ...base, ...bounds, type: s.type };
  }
}

function examplesFor(model: Model, op: string): IRExample[] {
  const list = model.sidecars?.examples?.examples?.[op];
  return Array.isArray(list) ? (list as IRExample[]) : [];
}

/** Freezes a value and everything in it, iteratively (a deep value cannot overflow the stack). */
function deepFreeze<T>(value: T): T {
  const work: unknown[] = [value];
  while (work.length > 0) {
    const v = work.pop();
    if (typeof v !== 'object' || v === null || Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const child of Object.values(v)) work.push(child);
  }
  return value;
}

export function resolve(model: Model, source: string): IRService {
  const shapes = new Map<string, IRShape>();
  for (const [name, s] of Object.entries(model.shapes)) shapes.set(name, toShape(name, s));
  const paginators = model.sidecars?.paginators?.pagination ?? {};
  const operations: IROperation[] = Object.entries(model.operations).map(([name, op]) => ({
    name,
    wireName: op.name ?? name,
    http: op.http,
    input: op.input === undefined ? undefined : toRef(op.input),
    output: op.output === undefined ? undefined : toRef(op.output),
    errors: (op.errors ?? []).map(refName),
    documentation: op.documentation ?? '',
    deprecated: op.deprecated === true,
    deprecatedMessage: op.deprecatedMessage,
    idempotent: op.idempotent === true,
    examples: examplesFor(model, name),
    paginator: Object.prototype.hasOwnProperty.call(paginators, name) ? paginators[name] : undefined,
    traits: { ...op },
  }));
  const service: IRService = {
    source,
    metadata: model.metadata,
    documentation: model.documentation ?? '',
    operations,
    shapes,
    shape(name: string): IRShape {
      const found = shapes.get(name);
      if (!found) throw new Error(`shapegen: shape ${name} is not in the IR of ${source}`);
      return found;
    },
  };
  for (const s of shapes.values()) deepFreeze(s);
  deepFreeze(operations);
  return Object.freeze(service);
}
