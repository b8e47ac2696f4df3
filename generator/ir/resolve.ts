/** Model (validated) -> IR. Pure; the result is frozen so no emitter can change what another reads. */
import { assignTypeNames, rServicePrefix, rTopic, rTopicFileName, snakeCase } from '../names/names.js';
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

function toShape(name: string, s: Shape, tsName: string): IRShape {
  const { type, documentation, members, member, key, value, requiredOrder: _order, ...traits } = s;
  return {
    name,
    type,
    tsName,
    documentation: documentation ?? '',
    members: Object.entries(members ?? {}).map(([n, m]) => toMember(n, m)),
    member: member === undefined ? undefined : toRef(member),
    key: key === undefined ? undefined : toRef(key),
    value: value === undefined ? undefined : toRef(value),
    enum: s.enum,
    min: s.min,
    max: s.max,
    pattern: s.pattern,
    sensitive: s.sensitive === true,
    deprecated: s.deprecated === true,
    deprecatedMessage: s.deprecatedMessage,
    timestampFormat: s.timestampFormat,
    streaming: s.streaming === true,
    exception: s.exception === true,
    fault: s.fault === true,
    errorCode: s.error?.code,
    httpStatusCode: s.error?.httpStatusCode,
    union: s.union === true,
    document: s.document === true,
    traits,
  };
}

/** `decimals`: JSON pointers into the examples file of whole numbers written as decimals (see LoadResult). */
function examplesFor(model: Model, op: string, decimals?: readonly string[]): IRExample[] {
  const list = model.sidecars?.examples?.examples?.[op];
  if (!Array.isArray(list)) return [];
  if (!decimals) return list as IRExample[];
  return (list as IRExample[]).map((ex, i) => {
    const prefix = `/examples/${op.replace(/~/g, '~0').replace(/\//g, '~1')}/${i}/input`;
    const inputDecimals = decimals.filter((p) => p.startsWith(prefix + '/')).map((p) => p.slice(prefix.length));
    return inputDecimals.length > 0 ? { ...ex, inputDecimals } : ex;
  });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function resolve(model: Model, source: string, examplesDecimals?: readonly string[]): IRService {
  const prefix = rServicePrefix(model.metadata);
  const typeNames = assignTypeNames(Object.keys(model.shapes));
  const shapes = new Map<string, IRShape>();
  for (const [name, s] of Object.entries(model.shapes)) shapes.set(name, toShape(name, s, typeNames.get(name)!));
  const paginators = model.sidecars?.paginators?.pagination ?? {};
  const operations: IROperation[] = Object.entries(model.operations).map(([name, op]) => {
    const snake = snakeCase(name);
    const topic = rTopic(prefix, name);
    return {
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
      examples: examplesFor(model, name, examplesDecimals),
      paginator: paginators[name],
      snakeName: snake,
      rTopic: topic,
      rFileName: rTopicFileName(topic),
      traits: { ...op },
    };
  });
  const service: IRService = {
    source,
    metadata: model.metadata,
    documentation: model.documentation ?? '',
    prefix,
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
