/**
 * load -> validate: a model file (our YAML, or an AWS JSON model with its sidecars) to a checked Model.
 * Every problem in the file comes back at once, as data; `model` is set only when there is no error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importAwsModel } from '../importer/from-aws.js';
import type { Model, Sidecars } from '../model/types.js';
import type { GeneratorSession } from '../context/session.js';
import { checkSchema } from '../validate/schema-check.js';
import { checkSemantics } from '../validate/semantic-check.js';
import { checkDocs } from '../validate/docs-check.js';
import { checkGraph } from '../validate/graph-check.js';
import { checkNames } from '../validate/names-check.js';
import { hasErrors, ModelValidationError, NO_POSITION, type Locator, type ModelError } from '../validate/errors.js';
import { checkJsonNesting, decodeModelBytes } from './limits.js';
import { checkValue } from './value-check.js';
import { loadYamlSource } from './yaml-source.js';
import { wholeDecimals } from './json-doubles.js';
import { isAwsJsonModel, sidecarPaths } from './sidecars.js';

export { isAwsJsonModel, sidecarPaths } from './sidecars.js';

export interface LoadResult {
  readonly file: string;
  readonly model?: Model;
  /** Errors and warnings, in file order. */
  readonly problems: readonly ModelError[];
  /**
   * JSON pointers (into the examples file) of whole numbers it writes as decimals (`1000.0`), which R reads
   * as doubles; not part of the model format (the docs' examples read it).
   */
  readonly examplesDecimals?: readonly string[];
}

function byPosition(a: ModelError, b: ModelError): number {
  return a.line - b.line || a.column - b.column || a.code.localeCompare(b.code);
}

/** Validates an in-memory model; `locate` maps paths back to the source. */
export function validateModel(file: string, data: unknown, locate: Locator, session: GeneratorSession): ModelError[] {
  // Array literals, not push(...): a model may have any number of problems.
  let problems = [...checkSchema(file, data, locate, session), ...checkSemantics(file, data, locate), ...checkDocs(file, data, locate)];
  // Derived names and the shape graph are only meaningful for a well-formed model.
  if (!hasErrors(problems)) problems = [...problems, ...checkNames(file, data as Model, locate), ...checkGraph(file, data as Model, locate)];
  return problems.sort(byPosition);
}

/** The sidecar files beside an AWS model, parsed, with the same limits as a model; problems name the sidecar. */
export function readAwsSidecars(file: string): { sidecars: Sidecars; problems: ModelError[] } {
  const paths = sidecarPaths(file);
  const sidecars: Sidecars = {};
  const problems: ModelError[] = [];
  if (!paths) return { sidecars, problems };
  for (const kind of ['examples', 'paginators'] as const) {
    const path = paths[kind];
    if (!existsSync(path)) continue;
    const parsed = parseJsonFile(path, readFileSync(path), `${kind} file`);
    for (const p of parsed.problems) problems.push(p);
    if (parsed.value !== undefined && !hasErrors(parsed.problems)) sidecars[kind] = parsed.value as never;
  }
  return { sidecars, problems };
}

/** The sidecar files beside an AWS model, parsed; throws ModelValidationError when one is not usable. */
export function awsSidecars(file: string): Sidecars {
  const { sidecars, problems } = readAwsSidecars(file);
  if (hasErrors(problems)) throw new ModelValidationError(problems);
  return sidecars;
}

function jsonSyntaxError(file: string, text: string, error: Error, what: string): ModelError {
  const at = /position (\d+)/.exec(error.message);
  const offset = at ? Number(at[1]) : 0;
  const before = text.slice(0, offset).split('\n');
  return {
    code: 'json-syntax', severity: 'error', file, path: '',
    line: before.length, column: before[before.length - 1].length + 1,
    message: `${error.message}; the ${what} must be valid JSON.`,
  };
}

/**
 * Any JSON file of a model (the model, a sidecar): size, encoding and nesting are checked on the text,
 * before JSON.parse; the parsed value is checked like a YAML one. Problems are located by a positional
 * parse, paid for only when there is one.
 */
function parseJsonFile(file: string, bytes: Uint8Array, what: string): { value?: unknown; text?: string; problems: ModelError[] } {
  const decoded = decodeModelBytes(file, bytes, what);
  if ('error' in decoded) return { problems: [decoded.error] };
  const text = decoded.text;
  const deep = checkJsonNesting(file, text);
  if (deep) return { problems: [deep] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { problems: [jsonSyntaxError(file, text, e as Error, what)] };
  }
  let problems = checkValue(file, value, NO_POSITION);
  if (problems.length > 0) problems = checkValue(file, value, loadYamlSource(file, text).locate);
  return { value, text, problems };
}

function loadAwsJson(file: string, bytes: Uint8Array, sidecars: () => { sidecars: Sidecars; problems: ModelError[] }, session: GeneratorSession): LoadResult {
  const parsed = parseJsonFile(file, bytes, 'model');
  if (hasErrors(parsed.problems) || parsed.text === undefined) return { file, problems: parsed.problems };
  const { value: aws, text } = parsed;
  if (typeof aws !== 'object' || aws === null || Array.isArray(aws)) {
    return { file, problems: [{ code: 'not-a-mapping', severity: 'error', file, path: '', line: 1, column: 1, message: 'The file is not a JSON object; an AWS model is an object with metadata, operations and shapes.' }] };
  }
  const side = sidecars();
  if (hasErrors(side.problems)) return { file, problems: [...parsed.problems, ...side.problems] };
  const model = importAwsModel(aws as Record<string, unknown>, side.sidecars);
  let problems = validateModel(file, model, NO_POSITION, session);
  if (hasErrors(problems)) {
    // Only now pay for a positional parse (10x a JSON.parse): map the problems back to lines in the JSON.
    // Warnings alone (patterns) do not pay for it: they keep their path and no line.
    const { locate } = loadYamlSource(file, text);
    problems = validateModel(file, model, awsLocator(locate), session);
  }
  problems = [...parsed.problems, ...side.problems, ...problems];
  // Whole numbers the examples file writes as decimals (`1000.0`): the reference prints them so.
  const examples = sidecarPaths(file)?.examples;
  const decimals = side.sidecars.examples && examples ? wholeDecimals(readFileSync(examples, 'utf8')) : [];
  return { file, model: hasErrors(problems) ? undefined : model, problems, ...(decimals.length > 0 ? { examplesDecimals: decimals } : {}) };
}

/** Model paths differ from AWS paths only where `required` was folded into members. */
function awsLocator(locate: Locator): Locator {
  return (path, at) => {
    const p = [...path];
    const i = p.indexOf('requiredOrder');
    if (i >= 0) p[i] = 'required';
    if (p[p.length - 1] === 'required' && p.includes('members')) p.splice(p.indexOf('members'), p.length, 'required');
    // A compacted reference (`input: Foo`) is `{"shape": "Foo"}` in the JSON.
    const last = String(p[p.length - 1]);
    const isRef = ['input', 'output', 'member', 'key', 'value'].includes(last) || p[p.length - 2] === 'errors';
    return locate(isRef ? [...p, 'shape'] : p, at);
  };
}

function loadBytes(file: string, bytes: Uint8Array, session: GeneratorSession): LoadResult {
  if (isAwsJsonModel(file)) return loadAwsJson(file, bytes, () => readAwsSidecars(file), session);
  const decoded = decodeModelBytes(file, bytes);
  if ('error' in decoded) return { file, problems: [decoded.error] };
  const source = loadYamlSource(file, decoded.text);
  if (source.data === undefined) return { file, problems: source.errors };
  const problems = [...source.errors, ...validateModel(file, source.data, source.locate, session)];
  return { file, model: hasErrors(problems) ? undefined : (source.data as Model), problems };
}

/**
 * A model given as text (a test, a git revision); an AWS JSON model's sidecars are read from beside `file`.
 * The caller's `session` keeps the model schema's compiled check (about a second to compile) between calls.
 */
export function loadModelText(file: string, text: string, session: GeneratorSession): LoadResult {
  return loadBytes(file, Buffer.from(text, 'utf8'), session);
}

export function loadModelFile(file: string, session: GeneratorSession): LoadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : (e as Error).message;
    return { file, problems: [{ code: 'unreadable', severity: 'error', file, path: '', line: 0, column: 0, message: `Cannot read the model: ${reason}.` }] };
  }
  return loadBytes(file, bytes, session);
}

/** The name a generated file cites as its source: the model's base name, never a machine-specific path. */
export function sourceName(file: string): string {
  return basename(file);
}
