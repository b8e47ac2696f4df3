/**
 * The Value and Request syntax blocks: a shape rendered as one R expression (`list(A = "string", ...)`),
 * then laid out by the reference's character scanner (a new line after each `(` and `,`, closing `)` on
 * its own line; quoted text copied as is).
 */
import { membersOf } from '../../ir/facts.js';
import type { IRShape } from '../../ir/types.js';
import type { DocsService as IRService } from './docs-service.js';
import { rSyntaxName } from '../../names/names.js';

/**
 * The one-line R expression of a shape; `path` holds the shapes being expanded (recursion -> `list()`).
 * A shape on no cycle expands the same whatever the path (its subtree cannot reach an ancestor of its
 * own), so its expression is worked out once per service: a shared subtree of a big model (Glue, EC2)
 * appears in hundreds of pages.
 */
export function shapeExpr(service: IRService, name: string, path: Set<string> = new Set()): string {
  const memo = service.shapeExprs;
  const known = memo.get(name);
  if (known !== undefined) return known;
  const expr = expandShape(service, name, path);
  if (!service.cyclic.has(name)) memo.set(name, expr);
  return expr;
}

function expandShape(service: IRService, name: string, path: Set<string>): string {
  const shape = service.shapes.get(name);
  if (!shape) return '"string"';
  if (path.has(name)) return 'list()';
  switch (shape.type) {
    case 'structure':
      return withPath(path, name, () => structureExpr(service, shape, path));
    case 'list':
      return withPath(path, name, () => `list(${shape.member ? shapeExpr(service, shape.member.target, path) : ''})`);
    case 'map':
      return withPath(path, name, () => `list(${shape.value ? shapeExpr(service, shape.value.target, path) : ''})`);
    default:
      return scalarExpr(shape);
  }
}

function withPath(path: Set<string>, name: string, f: () => string): string {
  path.add(name);
  try {
    return f();
  } finally {
    path.delete(name);
  }
}

function structureExpr(service: IRService, shape: IRShape, path: Set<string>): string {
  const parts = membersOf(shape).map((m) => `${rSyntaxName(m.name)} = ${memberEnum(m.traits) ?? shapeExpr(service, m.target, path)}`);
  return `list(${parts.join(', ')})`;
}

/** An enum written on the member reference itself (as in some REST models) is the member's values. */
function memberEnum(traits: Readonly<Record<string, unknown>>): string | undefined {
  const values = traits.enum;
  if (!Array.isArray(values) || values.length === 0 || !values.every((v) => typeof v === 'string')) return undefined;
  return enumExpr(values);
}

function enumExpr(values: readonly string[]): string {
  return values.map((v) => `"${v.replace(/[\\"]/g, (c) => '\\' + c)}"`).join('|');
}

function scalarExpr(shape: IRShape): string {
  // Quotes and backslashes inside a value are escaped so the layout scanner sees where the string ends.
  if (shape.type === 'string' && shape.enum && shape.enum.length > 0) return enumExpr(shape.enum);
  switch (shape.type) {
    case 'blob':
      return 'raw';
    case 'boolean':
      return 'TRUE|FALSE';
    case 'double':
    case 'float':
      return '123.0';
    case 'integer':
    case 'long':
      return '123';
    case 'timestamp':
      return 'as.POSIXct("2015-01-01")';
    case 'string':
      return '"string"';
    default:
      return shape.type;
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = 0x28;
const CLOSE = 0x29;
const COMMA = 0x2c;
const SPACE = 0x20;

/** The index of the quote that closes the string opened at `open` (a backslash escapes the next character). */
function closingQuote(s: string, open: number): number {
  for (let i = open + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i;
  }
  return s.length;
}

/**
 * The reference's layout scanner: indentation two spaces per open parenthesis. Runs of other characters
 * (and quoted text) are copied as slices: the expression of a big input is megabytes long.
 */
export function layoutExpr(s: string): string {
  const out: string[] = [];
  let depth = 0;
  let copied = 0; // s[copied, i) is still to be copied as is
  const emit = (i: number, ...text: string[]) => {
    out.push(s.slice(copied, i), ...text);
    copied = i + 1;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === QUOTE) i = closingQuote(s, i);
    else if (c === OPEN && s.charCodeAt(i + 1) !== CLOSE) emit(i, '(\n', '  '.repeat(++depth));
    else if (c === CLOSE && (i === 0 || s.charCodeAt(i - 1) !== OPEN)) {
      depth = Math.max(depth - 1, 0);
      emit(i, '\n', '  '.repeat(depth), ')');
    } else if (c === COMMA) emit(i, ',\n', '  '.repeat(Math.max(depth - 1, 0)), s.charCodeAt(i + 1) === SPACE ? ' ' : '  ');
  }
  out.push(s.slice(copied));
  return out.join('');
}

/** The Value block: undefined when the operation returns an empty list. */
export function valueSyntax(service: IRService, output: string | undefined): string | undefined {
  if (output === undefined) return undefined;
  const shape = service.shapes.get(output);
  if (membersOf(shape).length === 0) return undefined;
  return layoutExpr(shapeExpr(service, output));
}

/** The Request syntax block: `svc$<op>(...)`; undefined when the operation has no input shape. */
export function requestSyntax(service: IRService, input: string | undefined, snakeName: string): string | undefined {
  if (input === undefined) return undefined;
  const expr = shapeExpr(service, input);
  return layoutExpr(expr.replace(/^list/, `svc$${snakeName}`));
}
