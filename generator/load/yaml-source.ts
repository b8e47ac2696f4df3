/**
 * Reads a YAML model with source positions. Never throws on bad input: every problem comes back as a
 * ModelError, and `data` is undefined when the document cannot be used at all.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
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
  const errors: ModelError[] = doc.errors.map((e) => {
    const code = e.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax';
    const hint = code === 'duplicate-key' ? ' Each key may appear once in a mapping; remove or rename one.' : '';
    return problem(file, code, posOf(e.pos[0]), e.message.split('\n')[0] + hint);
  });
  const locate = makeLocator(doc.contents as Node | null, posOf);
  if (errors.length > 0) return { data: undefined, locate, errors };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { data: undefined, locate, errors: [problem(file, 'yaml-syntax', { line: 1, column: 1 }, (e as Error).message)] };
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
