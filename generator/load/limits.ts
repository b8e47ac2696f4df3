/**
 * The limits every model file meets before it is parsed, the same for YAML and JSON (and for an AWS model's
 * sidecar files): its size, its encoding (UTF-8, no control characters but tab, line feed and carriage
 * return), and how deeply its collections nest. The parsers recurse on nesting, so depth is measured on the
 * text, by a scan that does not recurse, before any parser sees it. Each limit gives a located error that
 * names it and says what to do.
 */
import { isUtf8 } from 'node:buffer';
import { Lexer, CST } from 'yaml';
import type { ModelError, Position } from '../validate/errors.js';

/** Larger than any real model (the biggest AWS model is ~5 MB of YAML), small enough to stay fast. */
export const MAX_MODEL_BYTES = 64 * 1024 * 1024;
/** Collections nested deeper than this are rejected: the AWS catalog nests at most 14 levels (examples). */
export const MAX_NESTING = 64;

/** C0 controls but tab, LF and CR, and DEL: neither YAML nor the generated code and docs may carry them. */
export const CONTROL_CHARACTER = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;

export function limitError(file: string, code: string, pos: Position, message: string): ModelError {
  return { code, severity: 'error', file, path: '', line: pos.line, column: pos.column, message };
}

/** 1-based line and column (in UTF-16 units, as the YAML parser counts) of an offset into text. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** The byte offset of the first invalid UTF-8 sequence (the buffer is known not to be valid UTF-8). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n === 0 || i + n > bytes.length) return i;
    for (let k = 1; k < n; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1];
    // Overlong forms, surrogates and code points past U+10FFFF.
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += n;
  }
  return bytes.length;
}

/** `what` names the file in messages: `model`, `examples file`, ... */
export function decodeModelBytes(file: string, bytes: Uint8Array, what = 'model'): { text: string } | { error: ModelError } {
  if (bytes.length > MAX_MODEL_BYTES) {
    const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB`;
    return { error: limitError(file, 'file-too-large', { line: 1, column: 1 }, `The ${what} is ${mib(bytes.length)}, over the limit of ${mib(MAX_MODEL_BYTES)}; split the service or check that this is the right file.`) };
  }
  if (!isUtf8(bytes)) {
    const at = firstInvalidUtf8(bytes);
    const before = Buffer.from(bytes.subarray(0, at)).toString('utf8');
    const hex = Array.from(bytes.subarray(at, at + 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
    return { error: limitError(file, 'invalid-utf8', positionAt(before, before.length), `The ${what} is not valid UTF-8 here (bytes ${hex}); save the file as UTF-8.`) };
  }
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a byte order mark is allowed, and dropped
  const control = CONTROL_CHARACTER.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return { error: limitError(file, 'control-character', positionAt(text, control.index), `The ${what} contains the control character U+${code}, which a model may not hold (only tab, line feed and carriage return); remove it.`) };
  }
  return { text };
}

function tooDeep(file: string, text: string, offset: number): ModelError {
  return limitError(file, 'too-deep', positionAt(text, offset), `Collections are nested more than ${MAX_NESTING} levels deep here (the limit); a model never needs that, flatten the value.`);
}

/** JSON: the first bracket past the nesting limit, outside strings. */
export function checkJsonNesting(file: string, text: string): ModelError | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92 /* \ */) i++;
    } else if (c === 91 || c === 123) {
      if (++depth > MAX_NESTING) return tooDeep(file, text, i);
    } else if (c === 93 || c === 125) depth--;
  }
  return undefined;
}

type BlockKind = 'seq' | 'map';

/**
 * YAML: nesting of block collections (by the columns of their `-`, `?` and `key:` indicators) plus flow
 * collections, from the YAML library's lexer (which does not recurse), so brackets inside strings do not
 * count. A sequence may sit at its parent key's column, so a column holds a map and a sequence at most.
 */
export function checkYamlNesting(file: string, text: string): ModelError | undefined {
  const open: { col: number; kind: BlockKind }[] = [];
  const item = (col: number, kind: BlockKind): void => {
    while (open.length > 0 && open[open.length - 1].col > col) open.pop();
    let top = open[open.length - 1];
    if (top?.col === col && top.kind === 'seq' && kind === 'map') {
      open.pop(); // back to the key of the map that held the sequence
      top = open[open.length - 1];
    }
    if (top?.col !== col || top.kind !== kind) open.push({ col, kind });
  };
  let offset = 0;
  let lineStart = 0;
  let flow = 0;
  let content = -1; // column of the line's first content token after its indicators
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    // Control tokens of the lexer stand for no source text.
    if (type === 'doc-mode' || type === 'flow-error-end' || type === 'scalar' || type === 'byte-order-mark') continue;
    const col = offset - lineStart;
    if (type === 'newline') {
      offset += token.length;
      lineStart = offset;
      content = -1;
      continue;
    }
    if (flow === 0) {
      if (type === 'seq-item-ind' || type === 'explicit-key-ind') {
        item(col, type === 'seq-item-ind' ? 'seq' : 'map');
        content = -1;
      } else if (type === 'map-value-ind') {
        if (content >= 0) item(content, 'map');
      } else if (type !== 'space' && type !== 'comment' && content < 0) content = col;
      if (open.length > MAX_NESTING) return tooDeep(file, text, offset);
    }
    if (type === 'flow-map-start' || type === 'flow-seq-start') {
      if (open.length + ++flow > MAX_NESTING) return tooDeep(file, text, offset);
    } else if (type === 'flow-map-end' || type === 'flow-seq-end') flow = Math.max(0, flow - 1);
    offset += token.length;
  }
  return undefined;
}
