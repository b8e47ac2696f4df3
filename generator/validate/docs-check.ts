/**
 * The HTML of documentation strings nests at most MAX_HTML_NESTING elements deep (the AWS catalog: 10), so
 * the docs and TSDoc converters, which walk the tree, never meet a deeper one. Depth is counted on
 * htmlparser2's own open/close events (the tree its parseDocument builds), without building a tree; a
 * string with fewer start tags than the limit cannot be too deep and is not parsed at all.
 */
import { Parser } from 'htmlparser2';
import type { Locator, ModelError } from './errors.js';
import { pointer } from './errors.js';

export const MAX_HTML_NESTING = 64;

const START_TAG = /<[A-Za-z]/g;

function startTags(html: string, atLeast: number): number {
  START_TAG.lastIndex = 0;
  let n = 0;
  while (n < atLeast && START_TAG.exec(html)) n++;
  return n;
}

/** The deepest element nesting of an HTML string. */
export function htmlDepth(html: string): number {
  let depth = 0;
  let max = 0;
  const parser = new Parser(
    { onopentag: () => void (max = Math.max(max, ++depth)), onclosetag: () => void depth-- },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  return max;
}

export function checkDocs(file: string, model: unknown, locate: Locator): ModelError[] {
  const out: ModelError[] = [];
  const work: { value: unknown; path: (string | number)[] }[] = [{ value: model, path: [] }];
  while (work.length > 0) {
    const { value, path } = work.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    for (const [key, child] of Object.entries(value)) {
      const at = [...path, Array.isArray(value) ? Number(key) : key];
      if (key === 'documentation' && typeof child === 'string') {
        if (startTags(child, MAX_HTML_NESTING + 1) <= MAX_HTML_NESTING) continue;
        const depth = htmlDepth(child);
        if (depth <= MAX_HTML_NESTING) continue;
        const pos = locate(at, 'value');
        out.push({ code: 'html-too-deep', severity: 'error', file, path: pointer(at), line: pos.line, column: pos.column, message: `This documentation nests HTML elements ${depth} deep, over the limit of ${MAX_HTML_NESTING}; close the elements it leaves open, or flatten it.` });
      } else work.push({ value: child, path: at });
    }
  }
  return out;
}
