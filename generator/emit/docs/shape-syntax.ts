/**
 * The Value and Request syntax blocks: a shape rendered as one R expression (`list(A = "string", ...)`),
 * then laid out by the reference's character scanner (a new line after each `(` and `,`, closing `)` on
 * its own line; quoted text copied as is).
 */
import { membersOf } from '../../ir/facts.js';
import type { IRShape } from '../../ir/types.js';
import type { DocsService as IRService } from './docs-service.js';
import { rArgName } from '../../names/names.js';

/** The one-line R expression of a shape; `path` holds the shapes being expanded (recursion -> `list()`). */
export function shapeExpr(service: IRService, name: string, path: Set<string> = new Set()): string {
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
  const parts = membersOf(shape).map((m) => `${rArgName(m.name)} = ${shapeExpr(service, m.target, path)}`);
  return `list(${parts.join(', ')})`;
}

function scalarExpr(shape: IRShape): string {
  // Quotes and backslashes inside a value are escaped so the layout scanner sees where the string ends.
  if (shape.type === 'string' && shape.enum && shape.enum.length > 0) return shape.enum.map((v) => `"${v.replace(/[\\"]/g, (c) => '\\' + c)}"`).join('|');
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

/** The reference's layout scanner: indentation two spaces per open parenthesis. */
export function layoutExpr(s: string): string {
  let out = '';
  let depth = 0;
  let inQuotes = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const prev = i > 0 ? s[i - 1] : '';
    const next = i + 1 < s.length ? s[i + 1] : '';
    if (inQuotes) {
      if (c === '\\') {
        out += c + next;
        i++;
        continue;
      }
      if (c === '"') inQuotes = false;
      out += c;
    } else if (c === '"') {
      inQuotes = true;
      out += c;
    } else if (c === '(' && next !== ')') {
      depth++;
      out += '(\n' + '  '.repeat(depth);
    } else if (c === ')' && prev !== '(') {
      depth = Math.max(depth - 1, 0);
      out += '\n' + '  '.repeat(depth) + ')';
    } else if (c === ',') {
      out += ',\n' + '  '.repeat(Math.max(depth - 1, 0)) + (next === ' ' ? ' ' : '  ');
    } else out += c;
  }
  return out;
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
