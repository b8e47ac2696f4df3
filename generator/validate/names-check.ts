/**
 * Collisions of derived names, found before anything is generated: the service prefix (the output folder
 * and every R topic starts with it), the R topics and file names of the operations, and the names the
 * generated package exports from one `index.ts` (types, value arrays, validators, error classes,
 * serializers). Every name comes from `generator/names`; this only asks for them and compares. Runs on a
 * model that passed the other checks.
 */
import {
  assignTypeNames,
  assignValueNames,
  deserializerName,
  errorClassNames,
  rServicePrefix,
  rTopic,
  rTopicFileName,
  serializerName,
  VALIDATION_PROBLEM_TYPE,
} from '../names/names.js';
import { refName, type Model } from '../model/types.js';
import type { Locator, ModelError } from './errors.js';
import { pointer } from './errors.js';

/** Longest service prefix: it is a folder name and starts every file name of the docs. */
export const MAX_PREFIX_LENGTH = 64;
/** Longest file name (bytes) the output may have: most file systems allow 255, minus room for extensions. */
export const MAX_FILE_NAME_BYTES = 240;
/** What `protocol.ts` exports besides the per-operation and per-error names (AWS JSON services only). */
const PROTOCOL_EXPORTS = ['ServiceError', 'requestUrl', 'HttpRequest', 'HttpResponse'];

type Path = (string | number)[];

class Names {
  readonly problems: ModelError[] = [];
  constructor(private readonly file: string, private readonly locate: Locator) {}
  error(code: string, path: Path, message: string, at: 'key' | 'value' = 'key'): void {
    const pos = this.locate(path, at);
    this.problems.push({ code, severity: 'error', file: this.file, path: pointer(path), line: pos.line, column: pos.column, message });
  }
  /** Records `name` for `source`; a second source of the same key is a collision. */
  claim(seen: Map<string, { what: string; path: Path }>, key: string, what: string, path: Path, onClash: (other: string) => void): void {
    const other = seen.get(key);
    if (other) onClash(other.what);
    else seen.set(key, { what, path });
  }
}

function checkPrefix(n: Names, model: Model): string | undefined {
  const meta = model.metadata;
  const prefix = rServicePrefix(meta);
  const from = meta.serviceAbbreviation !== undefined ? 'serviceAbbreviation' : 'serviceFullName';
  const path = ['metadata', from];
  if (prefix === '') {
    n.error('empty-service-prefix', path, `\`${from}\` ${JSON.stringify(meta[from])} leaves no service prefix once \`Amazon\`/\`AWS\` and non-alphanumerics are dropped; the prefix names the output folder and every R topic. Give a \`serviceAbbreviation\` with letters or digits after the vendor name.`, 'value');
    return undefined;
  }
  if (prefix.length > MAX_PREFIX_LENGTH) {
    n.error('service-prefix-too-long', path, `The service prefix derived from \`${from}\` is ${prefix.length} characters, over the limit of ${MAX_PREFIX_LENGTH} (it names a folder and starts every docs file name); give a shorter \`serviceAbbreviation\`.`, 'value');
    return undefined;
  }
  return prefix;
}

function checkTopics(n: Names, model: Model, prefix: string): void {
  const topics = new Map<string, { what: string; path: Path }>();
  const files = new Map<string, { what: string; path: Path }>();
  for (const op of Object.keys(model.operations)) {
    const path = ['operations', op];
    const topic = rTopic(prefix, op);
    const file = rTopicFileName(topic);
    n.claim(topics, topic, op, path, (other) =>
      n.error('duplicate-r-topic', path, `Operations \`${other}\` and \`${op}\` both get the R topic \`${topic}\` (names are snake-cased, acronyms glued), so one page would overwrite the other; rename one of them.`));
    if (topics.get(topic)?.what !== op) continue;
    // Case-insensitive: the output must work on macOS and Windows file systems too.
    n.claim(files, file.toLowerCase(), op, path, (other) =>
      n.error('duplicate-file-name', path, `Operations \`${other}\` and \`${op}\` both get the docs file name \`${file}\` (long topics are shortened, and file names compared without case), so one page would overwrite the other; rename one of them.`));
    if (Buffer.byteLength(`${file}.Rd`) > MAX_FILE_NAME_BYTES) {
      n.error('file-name-too-long', path, `The docs file name of \`${op}\` (\`${file}.Rd\`) is over ${MAX_FILE_NAME_BYTES} bytes, more than file systems allow; shorten the service prefix.`);
    }
  }
}

function isEnum(shape: { type: string; enum?: unknown }): boolean {
  return shape.type === 'string' && Array.isArray(shape.enum) && shape.enum.length > 0;
}

/** Every name `index.ts` re-exports, from the same functions the emitters call; a name exported twice does not compile. */
function checkExports(n: Names, model: Model): void {
  const shapeNames = Object.keys(model.shapes);
  const types = assignTypeNames(shapeNames);
  const byType = new Map([...types].map(([shape, ts]) => [ts, shape]));
  const roots: string[] = [];
  for (const op of Object.values(model.operations)) {
    for (const ref of [op.input, op.output]) {
      const target = ref === undefined ? undefined : refName(ref);
      if (target !== undefined && model.shapes[target]?.type === 'structure' && !roots.includes(types.get(target)!)) roots.push(types.get(target)!);
    }
  }
  const enums = shapeNames.filter((s) => isEnum(model.shapes[s])).map((s) => types.get(s)!);
  const values = assignValueNames(types.values(), enums, roots);
  const seen = new Map<string, { what: string; path: Path }>();
  const clash = (name: string, what: string, path: Path) =>
    n.claim(seen, name, what, path, (other) =>
      n.error('duplicate-export', path, `The generated package would export \`${name}\` twice: for ${other} and for ${what}; rename one of them.`));
  for (const [ts, shape] of byType) clash(ts, `the type of shape \`${shape}\``, ['shapes', shape]);
  for (const [ts, name] of values.enumValues) clash(name, `the values of \`${ts}\``, ['shapes', byType.get(ts)!]);
  for (const [ts, name] of values.validators) clash(name, `the validator of \`${ts}\``, ['shapes', byType.get(ts)!]);
  if (!byType.has(VALIDATION_PROBLEM_TYPE)) clash(VALIDATION_PROBLEM_TYPE, 'the validation problem type', ['shapes']);
  if (model.metadata.protocol !== 'json') return;
  for (const name of PROTOCOL_EXPORTS) clash(name, `the runtime's \`${name}\``, ['metadata', 'protocol']);
  const errors = new Set<string>();
  for (const op of Object.values(model.operations)) for (const e of op.errors ?? []) errors.add(refName(e));
  for (const [name, shape] of Object.entries(model.shapes)) if (shape.exception === true) errors.add(name);
  for (const [error, cls] of errorClassNames([...errors], new Set(types.values()))) clash(cls, `the error class of \`${error}\``, model.shapes[error] ? ['shapes', error] : ['operations']);
  for (const op of Object.keys(model.operations)) {
    clash(serializerName(op), `the serializer of operation \`${op}\``, ['operations', op]);
    clash(deserializerName(op), `the deserializer of operation \`${op}\``, ['operations', op]);
  }
}

export function checkNames(file: string, model: Model, locate: Locator): ModelError[] {
  const n = new Names(file, locate);
  const prefix = checkPrefix(n, model);
  if (prefix !== undefined) checkTopics(n, model, prefix);
  checkExports(n, model);
  return n.problems;
}
