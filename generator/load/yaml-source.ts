/**
 * Reads a YAML model with source positions. Never throws on bad input: every problem comes back as a
 * ModelError, and `data` is undefined when the document cannot be used at all.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLError } from 'yaml';
import type { Locator, ModelError, Position } from '../validate/errors.js';

/** Larger than any real model (the biggest AWS model is ~5 MB of YAML), small enough to stay fast. */
export const MAX_MODEL_BYTES = 64 * 1024 * 1024;
/** Deeper nesting than any model needs; guards the recursive walks below against stack exhaustion. */
export const MAX_NESTING = 64;

export interface LoadedSource {
  readonly data: unknown;
  readonly locate: Locator;
  readonly errors: ModelError[];
}

function problem(file: string, code: string, pos: Position, message: string): ModelError {
  return { code, severity: 'error', file, path: '', line: pos.line, column: pos.column, message };
}

function nestingDepth(text: string): number {
  // Cheap pre-scan so a pathological file is rejected before the parser recurses into it.
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) max = Math.max(max, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return max;
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
  if (nestingDepth(text) > MAX_NESTING) {
    return { data: undefined, locate: none, errors: [problem(file, 'too-deep', { line: 1, column: 1 }, `Flow collections are nested more than ${MAX_NESTING} levels deep; a model never needs that.`)] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const posOf = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const errors = syntaxProblems(file, text, doc.errors, posOf);
  const locate = makeLocator(doc.contents as Node | null, posOf);
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
