/**
 * Collisions of derived names that cannot be resolved by renaming, found before anything is generated: the
 * service prefix (the output folder and every R topic starts with it) and the R topics and file names of
 * the operations (fixed by the published reference). Every name comes from `generator/names`; this only asks
 * for them and compares. TypeScript names cannot collide: the symbol table gives each exported name once,
 * numbering a clash (`serializeFooRequest2`). Runs on a model that passed the other checks.
 */
import { rServicePrefix, rTopic, rTopicFileName } from '../names/names.js';
import type { Model } from '../model/types.js';
import type { Locator, ModelError } from './errors.js';
import { pointer } from './errors.js';

/** Longest service prefix: it is a folder name and starts every file name of the docs. */
export const MAX_PREFIX_LENGTH = 64;
/** Longest file name (bytes) the output may have: most file systems allow 255, minus room for extensions. */
export const MAX_FILE_NAME_BYTES = 240;

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

export function checkNames(file: string, model: Model, locate: Locator): ModelError[] {
  const n = new Names(file, locate);
  const prefix = checkPrefix(n, model);
  if (prefix !== undefined) checkTopics(n, model, prefix);
  return n.problems;
}
