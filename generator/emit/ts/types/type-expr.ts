/**
 * The TypeScript type of a reference to a shape. Structures, documents and enums are named declarations;
 * scalars, lists and maps are written inline, so a recursive shape always recurses through a name.
 */
import type { CodegenContext } from '../../../context/context.js';

function arrayOf(element: string): string {
  return /^[A-Za-z0-9_$.]+(\[\])*$/.test(element) ? `${element}[]` : `Array<${element}>`;
}

/** The names of the shapes declared in types.ts. */
function isNamed(ctx: CodegenContext, name: string): boolean {
  const s = ctx.ir.shape(name);
  return s.type === 'structure' || (s.type === 'string' && s.enum !== undefined && s.enum.length > 0);
}

/**
 * The type expression for a reference to `name`, with `qualify` put in front of declared names (`T.` from
 * another module). Iterative over list/map nesting; a list/map-only cycle becomes `unknown`.
 */
export function typeExpr(ctx: CodegenContext, name: string, qualify = ''): string {
  const open: string[] = [];
  const seen = new Set<string>();
  let current = name;
  let inner: string;
  for (;;) {
    if (isNamed(ctx, current)) {
      inner = qualify + ctx.symbols.type(current).name;
      break;
    }
    if (seen.has(current)) {
      inner = 'unknown';
      break;
    }
    seen.add(current);
    const shape = ctx.ir.shape(current);
    if (shape.type === 'list') {
      open.push('list');
      current = shape.member.target;
      continue;
    }
    if (shape.type === 'map') {
      open.push('map');
      current = shape.value.target;
      continue;
    }
    // A streaming blob (S3's Body) is whatever the caller sends or the response streams, passed through untouched.
    inner = shape.type === 'blob' && shape.streaming ? STREAMING_BLOB_TYPE : scalarType(shape.type);
    break;
  }
  for (let i = open.length - 1; i >= 0; i--) inner = open[i] === 'list' ? arrayOf(inner) : `Record<string, ${inner}>`;
  return inner;
}

/** The type of a streaming blob member: see runtime/http.ts (RequestBody, ResponseBody). */
export const STREAMING_BLOB_TYPE = 'Uint8Array | string | ReadableStream<Uint8Array>';

function scalarType(type: string): string {
  switch (type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'timestamp':
      return 'Date';
    case 'blob':
      return 'Uint8Array';
    default:
      return 'unknown';
  }
}
