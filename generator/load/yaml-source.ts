/**
 * Reads a YAML model with source positions. Never throws on bad input: every problem comes back as a
 * ModelError, and `data` is undefined when the document cannot be used at all.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type YAMLError } from 'yaml';
import type { Locator, ModelError, Position } from '../validate/errors.js';
import { checkYamlNesting, MAX_MODEL_BYTES } from './limits.js';
import { checkValue } from './value-check.js';

export { MAX_MODEL_BYTES, MAX_NESTING } from './limits.js';

export interface LoadedSource {
  readonly data: unknown;
  readonly locate: Locator;
  readonly errors: ModelError[];
}

function problem(file: string, code: string, pos: Position, message: string): ModelError {
  return { code, severity: 'error', file, path: '', line: pos.line, column: pos.column, message };
}

export function loadYamlSource(file: string, text: string): LoadedSource {
  const none: Locator = () => ({ line: 1, column: 1 });
  if (Buffer.byteLength(text) > MAX_MODEL_BYTES) {
    const mib = MAX_MODEL_BYTES / 1024 / 1024;
    return { data: undefined, locate: none, errors: [problem(file, 'file-too-large', { line: 1, column: 1 }, `The file is larger than ${mib} MiB; split the service or check that this is the right file.`)] };
  }
  if (text.trim() === '') {
    return { data: undefined, locate: none, errors: [problem(file, 'empty-file', { line: 1, column: 1 }, 'The file is empty; a model is a mapping with `shapegen`, `metadata`, `operations` and `shapes`.')] };
  }
  const deep = checkYamlNesting(file, text);
  if (deep) return { data: undefined, locate: none, errors: [deep] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const posOf = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const errors = syntaxProblems(file, text, doc.errors, posOf);
  const locate = makeLocator(doc.contents as Node | null, posOf);
  for (const p of tagProblems(file, doc, posOf)) errors.push(p);
  if (errors.length > 0) return { data: undefined, locate, errors };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const message = (e as Error).message;
    const code = /alias/i.test(message) ? 'too-many-aliases' : 'yaml-syntax';
    const hint = code === 'too-many-aliases' ? ' The file expands YAML aliases beyond 100 uses; a model never needs that, write the values out.' : '';
    return { data: undefined, locate, errors: [problem(file, code, { line: 1, column: 1 }, message + hint)] };
  }
  const valueProblems = checkValue(file, data, locate);
  for (const p of valueProblems) errors.push(p);
  if (valueProblems.some((p) => p.severity === 'error')) return { data: undefined, locate, errors };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const kind = data === null ? 'empty' : Array.isArray(data) ? 'a sequence' : `a ${typeof data}`;
    errors.push(problem(file, 'not-a-mapping', posOf(doc.contents?.range?.[0] ?? 0), `The document is ${kind}, not a mapping; a model is a mapping with \`shapegen\`, \`metadata\`, \`operations\` and \`shapes\`.`));
    return { data: undefined, locate, errors };
  }
  return { data, locate, errors };
}

function makeLocator(root: Node | null, posOf: (offset: number) => Position): Locator {
  return (path, at = 'value') => {
    let node: unknown = root;
    let best: Position = posOf(root?.range?.[0] ?? 0);
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) return best;
        const key = pair.key as Node;
        const last = i === path.length - 1;
        if (last && at === 'key' && key.range) return posOf(key.range[0]);
        node = pair.value ?? key;
        const range = (node as Node).range ?? key.range;
        if (range) best = posOf(range[0]);
      } else if (isSeq(node)) {
        node = node.items[Number(seg)];
        const range = (node as Node | undefined)?.range;
        if (!range) return best;
        best = posOf(range[0]);
      } else return best;
    }
    return best;
  };
}

/**
 * After the first syntax error the parser's further complaints are mostly consequences of it, so only the
 * first is kept; duplicate keys are independent of each other and all reported.
 */
function syntaxProblems(file: string, text: string, errs: readonly YAMLError[], posOf: (o: number) => Position): ModelError[] {
  const out: ModelError[] = [];
  let syntaxSeen = false;
  for (const e of errs) {
    if (e.code === 'DUPLICATE_KEY') {
      const key = /^[^:\n]*/.exec(text.slice(e.pos[0]))?.[0].trim() ?? '';
      out.push(problem(file, 'duplicate-key', posOf(e.pos[0]), `Duplicate key \`${key}\`: each key may appear once in a mapping; remove or rename one.`));
    } else if (!syntaxSeen) {
      syntaxSeen = true;
      out.push(problem(file, 'yaml-syntax', posOf(e.pos[0]), `${e.message.split('\n')[0].replace(/\.?$/, '.')} Fix the YAML syntax here; later problems may follow from this one.`));
    }
  }
  return out;
}

/** The tags of YAML's core schema; any other (`!!binary`, `!!set`, custom ones) makes a value a model cannot hold. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

function tagProblems(file: string, doc: Document, posOf: (o: number) => Position): ModelError[] {
  const out: ModelError[] = [];
  visit(doc, {
    Node(_key, node) {
      if (node.tag === undefined || CORE_TAGS.has(node.tag)) return undefined;
      out.push(problem(file, 'yaml-tag', posOf(node.range?.[0] ?? 0), `The tag \`${node.tag}\` is not allowed: a model holds plain strings, numbers, booleans, mappings and sequences; remove the tag.`));
      return visit.BREAK;
    },
  });
  return out;
}
