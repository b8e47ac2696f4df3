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
import { hasErrors, NO_POSITION, type Locator, type ModelError } from '../validate/errors.js';
import { loadYamlSource } from './yaml-source.js';

export interface LoadResult {
  readonly file: string;
  readonly model?: Model;
  /** Errors and warnings, in file order. */
  readonly problems: readonly ModelError[];
}

export function isAwsJsonModel(file: string): boolean {
  return file.endsWith('.json');
}

function byPosition(a: ModelError, b: ModelError): number {
  return a.line - b.line || a.column - b.column || a.code.localeCompare(b.code);
}

/** Validates an in-memory model; `locate` maps paths back to the source. */
export function validateModel(file: string, data: unknown, locate: Locator, session: GeneratorSession): ModelError[] {
  return [...checkSchema(file, data, locate, session), ...checkSemantics(file, data, locate)].sort(byPosition);
}

function readSidecar(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

/** Where an AWS `*.normal.json` model's `*.examples.json` and `*.paginators.json` sit (none for YAML). */
export function sidecarPaths(file: string): { examples: string; paginators: string } | undefined {
  if (!isAwsJsonModel(file)) return undefined;
  const stem = file.replace(/(\.normal)?\.json$/, '');
  return { examples: `${stem}.examples.json`, paginators: `${stem}.paginators.json` };
}

/** The sidecar files beside an AWS model, parsed. */
export function awsSidecars(file: string): Sidecars {
  const paths = sidecarPaths(file);
  const sidecars: Sidecars = {};
  if (!paths) return sidecars;
  const examples = readSidecar(paths.examples);
  const paginators = readSidecar(paths.paginators);
  if (examples !== undefined) sidecars.examples = examples as Sidecars['examples'];
  if (paginators !== undefined) sidecars.paginators = paginators as Sidecars['paginators'];
  return sidecars;
}

function jsonSyntaxError(file: string, text: string, error: Error): ModelError {
  const at = /position (\d+)/.exec(error.message);
  const offset = at ? Number(at[1]) : 0;
  const before = text.slice(0, offset).split('\n');
  return {
    code: 'json-syntax', severity: 'error', file, path: '',
    line: before.length, column: before[before.length - 1].length + 1,
    message: `${error.message}; the file must be a valid AWS JSON model.`,
  };
}

function loadAwsJson(file: string, text: string, session: GeneratorSession): LoadResult {
  let aws: unknown;
  try {
    aws = JSON.parse(text);
  } catch (e) {
    return { file, problems: [jsonSyntaxError(file, text, e as Error)] };
  }
  if (typeof aws !== 'object' || aws === null || Array.isArray(aws)) {
    return { file, problems: [{ code: 'not-a-mapping', severity: 'error', file, path: '', line: 1, column: 1, message: 'The file is not a JSON object; an AWS model is an object with metadata, operations and shapes.' }] };
  }
  const model = importAwsModel(aws as Record<string, unknown>, awsSidecars(file));
  let problems = validateModel(file, model, NO_POSITION, session);
  if (hasErrors(problems)) {
    // Only now pay for a positional parse (10x a JSON.parse): map the problems back to lines in the JSON.
    // Warnings alone (patterns) do not pay for it: they keep their path and no line.
    const { locate } = loadYamlSource(file, text);
    problems = validateModel(file, model, awsLocator(locate), session);
  }
  return { file, model: hasErrors(problems) ? undefined : model, problems };
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

/**
 * Loads and validates a model from its text. The caller's `session` keeps the model schema's compiled
 * check (about a second to compile) between calls.
 */
export function loadModelText(file: string, text: string, session: GeneratorSession): LoadResult {
  if (isAwsJsonModel(file)) return loadAwsJson(file, text, session);
  const source = loadYamlSource(file, text);
  if (source.data === undefined) return { file, problems: source.errors };
  const problems = [...source.errors, ...validateModel(file, source.data, source.locate, session)];
  return { file, model: hasErrors(problems) ? undefined : (source.data as Model), problems };
}

export function loadModelFile(file: string, session: GeneratorSession): LoadResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : (e as Error).message;
    return { file, problems: [{ code: 'unreadable', severity: 'error', file, path: '', line: 0, column: 0, message: `Cannot read the model: ${reason}.` }] };
  }
  return loadModelText(file, text, session);
}

/** The name a generated file cites as its source: the model's base name, never a machine-specific path. */
export function sourceName(file: string): string {
  return basename(file);
}
