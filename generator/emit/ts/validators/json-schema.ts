/**
 * The JSON Schema of a service's operation inputs and outputs, derived from the IR. Standard keywords
 * where JSON Schema has them; a few of our own (see keywords.ts) for what it cannot say: timestamps
 * (`Date`), blobs (`Uint8Array` or base64), lengths in code points, legacy-mode patterns, unions.
 *
 * Shapes are written inline where they are used, except roots (the validated structures), shapes on a
 * cycle (recursion needs a `$ref`) and big subtrees (inlining them everywhere would bloat the code); those
 * are `$defs` entries referenced by `$ref`.
 */
import type { ModelIndex } from '../../../context/model-index.js';
import type { IRMap, IRShape, IRString, IRStructure } from '../../../ir/types.js';
import { compilePattern, type CompiledPattern } from '../../../validate/patterns.js';
import { usesLinearEngine } from '../../../validate/redos.js';

export type JsonSchema = { [key: string]: unknown };

export const SCHEMA_ID = 'shapegen';
/** Subtrees bigger than this many shapes get a `$def` of their own instead of being inlined. */
const INLINE_LIMIT = 40;
/**
 * A structure whose inlined subtree is bigger than this calls its structure, list and map members as
 * functions: inlining every one of 50 small members (SWF's HistoryEvent) made one function too large for
 * TypeScript's control-flow analysis (TS2563).
 */
const FUNCTION_LIMIT = 60;
/** A structure used in more than one place is inlined only when its subtree is at most this big. */
const SHARED_INLINE_LIMIT = 8;

export interface SchemaOptions {
  /** Lengths as code points with a fast path (`cpMinLength`/`cpMaxLength`) instead of min/maxLength. */
  readonly codePointKeywords: boolean;
}

export interface ServiceSchema {
  readonly schema: JsonSchema;
  /** The validated structures: shape name and `$ref` of each, in operation order. */
  readonly roots: readonly { shape: IRStructure; ref: string }[];
}

function lengthKeywords(min: number | undefined, max: number | undefined, opts: SchemaOptions): JsonSchema {
  const out: JsonSchema = {};
  if (min !== undefined && min > 0) out[opts.codePointKeywords ? 'cpMinLength' : 'minLength'] = min;
  if (max !== undefined) out[opts.codePointKeywords ? 'cpMaxLength' : 'maxLength'] = max;
  return out;
}

export function stringSchema(shape: IRString, opts: SchemaOptions, patterns: (source: string) => CompiledPattern = compilePattern): JsonSchema {
  const out: JsonSchema = { type: 'string' };
  if (shape.enum && shape.enum.length > 0) out.enum = [...new Set(shape.enum)];
  Object.assign(out, lengthKeywords(shape.min, shape.max, opts));
  if (shape.pattern !== undefined) {
    const p = patterns(shape.pattern);
    // Our keyword, not ajv's `pattern`: it runs only once the length limit holds, and a flagged pattern
    // runs on the linear-time engine (see keywords.ts).
    if (p.mode !== 'unsupported') {
      const checked: JsonSchema = { source: p.source, flags: p.flags };
      if (usesLinearEngine(p.redos, shape.max)) checked.linear = true;
      if (shape.max !== undefined) checked.maxLength = shape.max;
      out.checkedPattern = checked;
    }
  }
  return out;
}

function range(shape: { min?: number; max?: number }, low: string, high: string): JsonSchema {
  const out: JsonSchema = {};
  if (shape.min !== undefined) out[low] = shape.min;
  if (shape.max !== undefined) out[high] = shape.max;
  return out;
}

class Builder {
  private readonly cyclic: ReadonlySet<string>;
  private readonly sizes = new Map<string, number>();
  private readonly uses: ReadonlyMap<string, number>;
  private readonly ir: ModelIndex['ir'];
  /** `$defs` by shape name (a Map: shape names such as `toString` or `__proto__` are plain keys here). */
  readonly defs = new Map<string, JsonSchema>();
  /** Shapes given a `$def` whose schema is still to be built (a worklist, not recursion). */
  private readonly pending: string[] = [];

  constructor(
    private readonly index: ModelIndex,
    private readonly opts: SchemaOptions,
    private readonly roots: ReadonlySet<string>,
  ) {
    this.ir = index.ir;
    this.cyclic = index.cyclic;
    this.uses = index.referenceCounts;
  }

  /**
   * How many shapes inlining `name` writes out (a referenced shape counts one). Iterative (children first),
   * so a long chain of shapes cannot exhaust the stack.
   */
  private size(name: string): number {
    const work = [name];
    while (work.length > 0) {
      const n = work[work.length - 1];
      if (this.sizes.has(n)) {
        work.pop();
        continue;
      }
      if (this.cyclic.has(n)) {
        this.sizes.set(n, 1);
        work.pop();
        continue;
      }
      const children = this.index.children(this.ir.shape(n));
      const before = work.length;
      for (const c of children) if (!this.sizes.has(c) && !this.cyclic.has(c)) work.push(c);
      if (work.length > before) continue;
      work.pop();
      this.sizes.set(n, 1 + children.reduce((sum, c) => sum + (this.isReferenced(c) ? 1 : this.sizes.get(c) ?? 1), 0));
    }
    return this.sizes.get(name)!;
  }

  private isReferenced(name: string): boolean {
    const shape = this.ir.shape(name);
    if (shape.type !== 'structure' || shape.document) return this.cyclic.has(name);
    if (this.roots.has(name) || this.cyclic.has(name)) return true;
    const limit = (this.uses.get(name) ?? 0) > 1 ? SHARED_INLINE_LIMIT : INLINE_LIMIT;
    return this.size(name) > limit;
  }

  private isContainer(name: string): boolean {
    const shape = this.ir.shape(name);
    return (shape.type === 'structure' && !shape.document) || shape.type === 'list' || shape.type === 'map';
  }

  /** The schema of a use of `name`: a `$ref`, or the shape's schema inline (unless `asFunction`). */
  use(name: string, asFunction = false): JsonSchema {
    if (!asFunction && !this.isReferenced(name)) return this.schemaOf(this.ir.shape(name));
    if (!this.defs.has(name)) {
      this.defs.set(name, {}); // placeholder, so a cycle back to `name` stops here
      this.pending.push(name);
    }
    return { $ref: `#/$defs/${name}` };
  }

  /** Builds the schema of every `$def` asked for so far, and of those they ask for in turn. */
  drain(): void {
    for (let name = this.pending.pop(); name !== undefined; name = this.pending.pop()) this.defs.set(name, this.schemaOf(this.ir.shape(name)));
  }

  private schemaOf(shape: IRShape): JsonSchema {
    switch (shape.type) {
      case 'string':
        return stringSchema(shape, this.opts, (p) => this.index.pattern(p));
      case 'integer':
      case 'long':
        return { type: 'integer', ...range(shape, 'minimum', 'maximum') };
      case 'float':
      case 'double':
        return { type: 'number', ...range(shape, 'minimum', 'maximum') };
      case 'boolean':
        return { type: 'boolean' };
      case 'timestamp':
        return { timestamp: true };
      case 'blob':
        // A streaming payload may be bytes, text or a ReadableStream (its length unknown before it is sent).
        if (shape.streaming) return {};
        return { blob: true, ...range(shape, 'minBytes', 'maxBytes') };
      case 'list':
        return { type: 'array', items: this.use(shape.member.target), ...range(shape, 'minItems', 'maxItems') };
      case 'map':
        return this.mapSchema(shape);
      case 'structure':
        return this.structureSchema(shape);
    }
  }

  private mapSchema(shape: IRMap): JsonSchema {
    const out: JsonSchema = { type: 'object', additionalProperties: this.use(shape.value.target) };
    const keyShape = this.ir.shape(shape.key.target);
    if (keyShape.type === 'string') {
      const key = stringSchema(keyShape, this.opts, (p) => this.index.pattern(p));
      if (Object.keys(key).length > 1) out.propertyNames = key;
    }
    return { ...out, ...range(shape, 'minProperties', 'maxProperties') };
  }

  private structureSchema(shape: IRStructure): JsonSchema {
    if (shape.document) return {};
    const split = this.size(shape.name) > FUNCTION_LIMIT;
    // fromEntries makes every key an own property, `__proto__` included (an assignment would set the prototype).
    // A streaming payload (S3's Body) may be bytes, text or a ReadableStream, of a length unknown before it goes.
    const properties: Record<string, JsonSchema> = Object.fromEntries(
      shape.members.map((m) => {
        const streaming = m.traits.streaming === true && this.ir.shape(m.target).type === 'blob';
        return [m.name, streaming ? {} : this.use(m.target, split && this.isContainer(m.target))];
      }),
    );
    const required = shape.members.filter((m) => m.required).map((m) => m.name);
    const out: JsonSchema = { type: 'object', properties, additionalProperties: false };
    if (Object.prototype.hasOwnProperty.call(properties, '__proto__')) {
      // ajv skips a `__proto__` property (it guards itself against prototype pollution), so the member would
      // be reported unknown although the serializer sends it: an exact pattern property checks it instead.
      out.patternProperties = { '^__proto__$': properties.__proto__ };
      delete properties.__proto__;
    }
    if (required.length > 0) out.required = required;
    if (shape.union) out.union = shape.members.map((m) => m.name);
    return out;
  }
}

/** The service's schema: `$defs` holding every root and every shared or recursive shape. */
export function serviceSchema(index: ModelIndex, opts: SchemaOptions): ServiceSchema {
  const rootList = index.roots;
  const builder = new Builder(index, opts, new Set(rootList.map((s) => s.name)));
  const roots = rootList.map((shape) => {
    builder.use(shape.name);
    return { shape, ref: `${SCHEMA_ID}#/$defs/${shape.name}` };
  });
  builder.drain();
  const defs: Record<string, JsonSchema> = Object.fromEntries([...builder.defs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { schema: { $id: SCHEMA_ID, $defs: defs }, roots };
}
