/**
 * The TypeScript type of a reference to a shape. Structures, documents and enums are named declarations;
 * scalars, lists and maps are written inline, so a recursive shape always recurses through a name.
 */
import type { IRService, IRShape } from '../../../ir/types.js';

/** A shape that gets its own declaration in types.ts. */
export function isNamedShape(shape: IRShape): boolean {
  return shape.type === 'structure' || (shape.type === 'string' && shape.enum !== undefined && shape.enum.length > 0);
}

/** Every shape's TypeScript name (the names the package's other exports must not take). */
export function typeNames(ir: IRService): string[] {
  return [...ir.shapes.values()].map((s) => s.tsName);
}

/** The TypeScript names of the enums (each gets a const array of its values). */
export function enumTypeNames(ir: IRService): string[] {
  return [...ir.shapes.values()].filter((s) => isNamedShape(s) && s.type === 'string').map((s) => s.tsName);
}

function arrayOf(element: string): string {
  return /^[A-Za-z0-9_$.]+(\[\])*$/.test(element) ? `${element}[]` : `Array<${element}>`;
}

/** The type expression for a reference to `name`; `seen` guards against list/map-only cycles. */
export function typeExpr(ir: IRService, name: string, seen: ReadonlySet<string> = new Set()): string {
  const shape = ir.shape(name);
  if (isNamedShape(shape)) return shape.tsName;
  if (seen.has(name)) return 'unknown';
  const inner = new Set(seen).add(name);
  switch (shape.type) {
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
    case 'list':
      return arrayOf(shape.member ? typeExpr(ir, shape.member.target, inner) : 'unknown');
    case 'map':
      return `Record<string, ${shape.value ? typeExpr(ir, shape.value.target, inner) : 'unknown'}>`;
    default:
      return 'unknown';
  }
}
