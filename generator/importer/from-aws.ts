/**
 * AWS JSON model (`*.normal.json`, botocore's `service-2.json`) -> shapegen model.
 * Pure: takes parsed JSON, returns a new object; key order of the source is kept so that
 * a re-import and an export give the same bytes.
 */
import { MODEL_FORMAT_VERSION, type Model, type Shape, type ShapeRef, type Sidecars } from '../model/types.js';

type Json = Record<string, unknown>;

/**
 * Sets an own property, whatever the key: a plain assignment to `__proto__` would set the object's prototype
 * instead, so a member, shape or operation of that name would vanish (and its contents leak into lookups).
 */
function put(target: Json, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{shape: X}` alone becomes `X`; a reference with traits stays an object. */
export function compactRef(ref: unknown): ShapeRef {
  if (isObject(ref) && typeof ref.shape === 'string' && Object.keys(ref).length === 1) return ref.shape;
  return ref as ShapeRef;
}

function importMembers(members: Json, required: string[]): Json {
  const out: Json = {};
  for (const [name, member] of Object.entries(members)) {
    if (!isObject(member)) {
      put(out, name, member);
      continue;
    }
    const { shape, ...rest } = member;
    put(out, name, { shape, ...(required.includes(name) ? { required: true } : {}), ...rest });
  }
  return out;
}

/** Whether a `required` list must be kept as `requiredOrder` (the flags alone would lose its order). */
function needsRequiredOrder(required: string[], members: Json): boolean {
  if (required.length === 0) return true;
  const inMemberOrder = Object.keys(members).filter((m) => required.includes(m));
  return inMemberOrder.length !== required.length || inMemberOrder.some((m, i) => m !== required[i]);
}

function importShape(shape: Json): Json {
  const out: Json = {};
  const required = Array.isArray(shape.required) ? (shape.required as string[]) : [];
  const members = isObject(shape.members) ? shape.members : undefined;
  for (const [key, value] of Object.entries(shape)) {
    if (key === 'required' && members) continue;
    if (key === 'members' && members) {
      out.members = importMembers(members, required);
      // Always right after `members`, wherever `required` stood, so that re-imports give the same bytes.
      if ('required' in shape && needsRequiredOrder(required, members)) out.requiredOrder = required;
    } else if (key === 'member' || key === 'key' || key === 'value') put(out, key, compactRef(value));
    else put(out, key, value);
  }
  return out;
}

function importOperation(key: string, op: Json): Json {
  const out: Json = {};
  for (const [field, value] of Object.entries(op)) {
    if (field === 'name') {
      if (value !== key) out.name = value;
    } else if (field === 'input' || field === 'output') put(out, field, compactRef(value));
    else if (field === 'errors' && Array.isArray(value)) out.errors = value.map(compactRef);
    else put(out, field, value);
  }
  return out;
}

function mapValues(record: unknown, fn: (key: string, value: Json) => Json): Json {
  const out: Json = {};
  if (!isObject(record)) return out;
  for (const [key, value] of Object.entries(record)) put(out, key, isObject(value) ? fn(key, value) : value);
  return out;
}

/** Converts a parsed AWS model (and its optional sidecars) into the shapegen model. */
export function importAwsModel(aws: Json, sidecars: Sidecars = {}): Model {
  const model: Json = { shapegen: MODEL_FORMAT_VERSION };
  for (const [key, value] of Object.entries(aws)) {
    if (key === 'operations') model.operations = mapValues(value, importOperation);
    else if (key === 'shapes') model.shapes = mapValues(value, (_k, s) => importShape(s));
    else put(model, key, value);
  }
  if (!('operations' in model)) model.operations = {};
  if (!('shapes' in model)) model.shapes = {};
  const kept: Json = {};
  if (sidecars.examples !== undefined) kept.examples = sidecars.examples;
  if (sidecars.paginators !== undefined) kept.paginators = sidecars.paginators;
  if (Object.keys(kept).length > 0) model.sidecars = kept;
  return model as Model;
}

/** The inverse of {@link importAwsModel}: the AWS JSON model and its sidecars. */
export function exportAwsModel(model: Model): { model: Json; sidecars: Sidecars } {
  const out: Json = {};
  for (const [key, value] of Object.entries(model)) {
    if (key === 'shapegen' || key === 'sidecars') continue;
    if (key === 'operations') {
      out.operations = mapValues(value, (name, op) => exportOperation(name, op));
    } else if (key === 'shapes') out.shapes = mapValues(value, (_k, s) => exportShape(s as Shape));
    else put(out, key, value);
  }
  return { model: out, sidecars: model.sidecars ?? {} };
}

function expandRef(ref: unknown): unknown {
  return typeof ref === 'string' ? { shape: ref } : ref;
}

function exportOperation(name: string, op: Json): Json {
  const out: Json = { name: op.name ?? name };
  for (const [field, value] of Object.entries(op)) {
    if (field === 'name') continue;
    if (field === 'input' || field === 'output') put(out, field, expandRef(value));
    else if (field === 'errors' && Array.isArray(value)) out.errors = value.map(expandRef);
    else put(out, field, value);
  }
  return out;
}

function exportShape(shape: Shape): Json {
  const out: Json = {};
  const members = shape.members;
  for (const [key, value] of Object.entries(shape)) {
    if (key === 'requiredOrder') continue;
    if (key === 'members' && members) {
      const required =
        shape.requiredOrder ?? Object.keys(members).filter((m) => members[m]?.required === true);
      if (required.length > 0 || shape.requiredOrder) out.required = required;
      const plain: Json = {};
      for (const [m, member] of Object.entries(members)) {
        const { required: _flag, ...rest } = member;
        put(plain, m, rest);
      }
      out.members = plain;
    } else if (key === 'member' || key === 'key' || key === 'value') put(out, key, expandRef(value));
    else put(out, key, value);
  }
  return out;
}
