/**
 * Structural validation: ajv against `schema/model.schema.json`, with ajv's errors turned into
 * sentences that say what is wrong and what is allowed.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { schemaDir } from '../paths.js';
import type { GeneratorSession } from '../context/session.js';
import { parsePointer, type Locator, type ModelError } from './errors.js';

export function modelSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(`${schemaDir}/model.schema.json`, 'utf8')) as Record<string, unknown>;
}

/** The model schema's compiled check, made once per session (compiling it takes about a second). */
function validator(session: GeneratorSession): ValidateFunction {
  return session.cached('model-schema-check', () =>
    new Ajv({ allErrors: true, discriminator: true, strict: false, verbose: true }).compile(modelSchema()),
  );
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a sequence';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function valueAt(data: unknown, path: string[]): unknown {
  let node = data;
  for (const seg of path) node = (node as Record<string, unknown> | undefined)?.[seg];
  return node;
}

function allowedKeys(schema: unknown): string {
  const props = (schema as { properties?: Record<string, unknown> })?.properties ?? {};
  return Object.keys(props).join(', ');
}

function sentence(e: ErrorObject, data: unknown): { message: string; path: string[]; at: 'key' | 'value' } {
  const path = parsePointer(e.instancePath);
  const value = valueAt(data, path);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { path, at: 'value', message: `Missing required property \`${String(p.missingProperty)}\`; add it.` };
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      return { path: [...path, key], at: 'key', message: `Unknown property \`${key}\`; allowed here: ${allowedKeys(e.parentSchema)}.` };
    }
    case 'type':
      return { path, at: 'value', message: `Expected ${String(p.type)}, found ${describeValue(value)}.` };
    case 'enum':
      return { path, at: 'value', message: `${describeValue(value)} is not allowed; use one of: ${(p.allowedValues as unknown[]).map(String).join(', ')}.` };
    case 'const':
      return { path, at: 'value', message: `${describeValue(value)} is not allowed; the only allowed value is ${JSON.stringify(p.allowedValue)}.` };
    case 'discriminator':
      return { path: [...path, 'type'], at: 'value', message: `Unknown shape type ${describeValue(valueAt(value, ['type']))}; use one of: structure, list, map, string, integer, long, float, double, boolean, timestamp, blob.` };
    case 'propertyNames':
      return { path: [...path, String(p.propertyName)], at: 'key', message: `\`${String(p.propertyName)}\` is not a valid name; names start with a letter or \`_\` and contain only letters, digits and \`_\`.` };
    case 'oneOf':
      return { path, at: 'value', message: `Expected a shape reference (a shape name, or a mapping with \`shape\`), found ${describeValue(value)}.` };
    case 'minLength':
      return { path, at: 'value', message: 'A shape name must not be empty; name a shape defined under `shapes`.' };
    default:
      return { path, at: 'value', message: `${e.message ?? 'is invalid'}.` };
  }
}

/** Drops the noise ajv reports for the branches of a oneOf when the branch meant is clear. */
function prune(errors: ErrorObject[], data: unknown): ErrorObject[] {
  return errors.filter((e) => {
    if (e.keyword === 'pattern' && e.propertyName !== undefined) return false; // reported as propertyNames
    if (e.keyword === 'discriminator' && (e.params as { error?: string }).error === 'tag') return false; // reported as required
    const at = e.schemaPath.indexOf('/shapeRef/oneOf');
    if (at < 0) return true;
    const branch = e.schemaPath.slice(at + '/shapeRef/oneOf'.length);
    const inChild = branch.startsWith('/1/properties/');
    const refPointer = inChild ? e.instancePath.replace(/\/[^/]*$/, '') : e.instancePath;
    const ref = valueAt(data, parsePointer(refPointer));
    const isObj = typeof ref === 'object' && ref !== null && !Array.isArray(ref);
    if (branch === '') return !isObj && typeof ref !== 'string';
    if (branch.startsWith('/0/')) return typeof ref === 'string';
    return isObj;
  });
}

export function checkSchema(file: string, data: unknown, locate: Locator, session: GeneratorSession): ModelError[] {
  const validate = validator(session);
  if (validate(data)) return [];
  const seen = new Set<string>();
  const out: ModelError[] = [];
  for (const e of prune(validate.errors ?? [], data)) {
    const { message, path, at } = sentence(e, data);
    const ptr = path.length ? '/' + path.join('/') : '';
    const key = `${ptr}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const pos = locate(path, at);
    out.push({ code: `schema-${e.keyword}`, severity: 'error', file, path: ptr, line: pos.line, column: pos.column, message });
  }
  return out;
}
