/**
 * Data as a TypeScript literal, laid out the way the project's formatted code reads (prettier's rule for
 * literals): on one line when it fits in the width, else one entry per line, each laid out the same way.
 * The generator's tables (protocol descriptors, operation specs) are printed with it, so that the files
 * need no formatter pass: prettier on them was a fifth of a catalog run.
 */
import { propertyKey, stringLiteral } from './escape.js';

export const LINE_WIDTH = 100;

/** Code inside a literal, printed as it is (a class name where the table holds the class). */
export class RawCode {
  constructor(readonly text: string) {}
}

type Entry = readonly [key: string | undefined, value: unknown];

function entries(value: object): Entry[] {
  if (Array.isArray(value)) return value.map((v) => [undefined, v] as const);
  return Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [propertyKey(k), v] as const);
}

function scalar(value: unknown): string {
  if (value instanceof RawCode) return value.text;
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  throw new Error(`shapegen: cannot print ${typeof value} as a literal`);
}

function size(value: unknown): number {
  return value !== null && typeof value === 'object' && !(value instanceof RawCode) ? entries(value).length : 0;
}

/** Several objects (or arrays) of more than one entry each: one per line even when they would fit (prettier's rule). */
function isRecordList(value: object): boolean {
  if (!Array.isArray(value) || value.length < 2) return false;
  const kind = (v: unknown) => (Array.isArray(v) ? 'array' : typeof v);
  return value.every((v) => kind(v) === kind(value[0]) && (kind(v) === 'array' || kind(v) === 'object') && v !== null && size(v) > 1);
}

/** A list of records anywhere inside breaks every literal around it too (as a forced break does in prettier). */
function mustBreak(value: object): boolean {
  return isRecordList(value) || entries(value).some(([, v]) => v !== null && typeof v === 'object' && !(v instanceof RawCode) && mustBreak(v));
}

/** The literal on one line: `{ a: 1, b: ['x'] }`. */
export function flatLiteral(value: unknown): string {
  if (value === null || typeof value !== 'object' || value instanceof RawCode) return scalar(value);
  const parts = entries(value).map(([k, v]) => (k === undefined ? flatLiteral(v) : `${k}: ${flatLiteral(v)}`));
  if (Array.isArray(value)) return `[${parts.join(', ')}]`;
  return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
}

/**
 * The literal starting at column `column` of a line indented by `indent`, with `tail` characters to follow
 * it on its last line (a `,` or `);`).
 */
export function printLiteral(value: unknown, indent = '', column = indent.length, tail = 0): string {
  const flat = flatLiteral(value);
  if (value === null || typeof value !== 'object' || value instanceof RawCode) return flat;
  if (!mustBreak(value) && column + flat.length + tail <= LINE_WIDTH) return flat;
  const list = entries(value);
  if (list.length === 0) return flat;
  const inner = `${indent}  `;
  const lines = list.map(([k, v]) => {
    const head = k === undefined ? inner : `${inner}${k}: `;
    return `${head}${printLiteral(v, inner, head.length, 1)},`;
  });
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${lines.join('\n')}\n${indent}${close}`;
}
