/**
 * Facts derived from a service's shapes and operations, computed once per service on first use and kept
 * on the index (after smithy's `SchemaReferenceIndex.of(model)`): every emitter that needs the roots, the
 * error set or the cycles reads them here instead of walking the model again.
 */
import { readHtml } from '../html/read.js';
import type { Block } from '../html/tree.js';
import type { IRService, IRShape, IRString, IRStructure } from '../ir/types.js';
import { compilePattern, type CompiledPattern } from '../validate/patterns.js';
import { usesLinearEngine } from '../validate/redos.js';
import { clientOperationFacts, type ClientOperationFacts } from './client-facts.js';
import { childrenOf, cyclicShapes } from './shape-graph.js';

/** How an operation uses a shape: as its input or its output. */
export interface ShapeUse {
  readonly operation: string;
  readonly role: 'input' | 'output';
}

export class ModelIndex {
  private memo = new Map<string, unknown>();
  private readonly htmlTrees = new Map<string, readonly Block[]>();

  constructor(readonly ir: IRService) {}

  private once<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  /**
   * How a pattern compiles, with its ReDoS verdict, once per pattern of the model: the validators ask for a
   * string shape's pattern wherever the shape is inlined, and the verdict of a risky one compiles it in RE2.
   */
  pattern(source: string): CompiledPattern {
    return this.once(`pattern:${source}`, () => compilePattern(source));
  }

  /**
   * A documentation string read as HTML, once per model: the types, the client and the R pages all read
   * the same strings (every 12th catalog model: 16,810 reads of 10,941 strings), and the readers of a tree
   * only build new ones from it.
   */
  html(text: string): readonly Block[] {
    let tree = this.htmlTrees.get(text);
    if (tree === undefined) this.htmlTrees.set(text, (tree = readHtml(text)));
    return tree;
  }

  /** A structure that is not a free-form document. */
  isRecord(name: string): boolean {
    const s = this.ir.shapes.get(name);
    return s !== undefined && s.type === 'structure' && !s.document;
  }

  /** Enum shapes (strings with values), in model order: each is a named union type with a value array. */
  get enums(): readonly IRString[] {
    return this.once('enums', () =>
      [...this.ir.shapes.values()].filter((s): s is IRString => s.type === 'string' && s.enum !== undefined && s.enum.length > 0),
    );
  }

  /** The shapes that get a declaration of their own in types.ts: structures and enums, in model order. */
  get namedShapes(): readonly (IRStructure | IRString)[] {
    return this.once('named', () =>
      [...this.ir.shapes.values()].filter(
        (s): s is IRStructure | IRString => s.type === 'structure' || (s.type === 'string' && s.enum !== undefined && s.enum.length > 0),
      ),
    );
  }

  /** The validated structures: every operation's input and output structure, each once, in operation order. */
  get roots(): readonly IRStructure[] {
    return this.once('roots', () => {
      const seen = new Set<string>();
      const out: IRStructure[] = [];
      for (const op of this.ir.operations) {
        for (const ref of [op.input, op.output]) {
          if (!ref || seen.has(ref.target)) continue;
          seen.add(ref.target);
          const shape = this.ir.shape(ref.target);
          if (shape.type === 'structure') out.push(shape);
        }
      }
      return out;
    });
  }

  /** Which operations take or return each shape, in operation order. */
  get uses(): ReadonlyMap<string, readonly ShapeUse[]> {
    return this.once('uses', () => {
      const uses = new Map<string, ShapeUse[]>();
      const add = (shape: string, use: ShapeUse) => uses.set(shape, [...(uses.get(shape) ?? []), use]);
      for (const op of this.ir.operations) {
        if (op.input) add(op.input.target, { operation: op.name, role: 'input' });
        if (op.output) add(op.output.target, { operation: op.name, role: 'output' });
      }
      return uses;
    });
  }

  /** Every error the service can name, sorted: those its operations list, and every exception structure. */
  get errors(): readonly string[] {
    return this.once('errors', () => {
      const names = new Set<string>();
      for (const op of this.ir.operations) for (const e of op.errors) names.add(e);
      for (const s of this.ir.shapes.values()) if (s.type === 'structure' && s.exception) names.add(s.name);
      return [...names].sort();
    });
  }

  /** What the client needs of each operation (auth, streaming, S3 bucket, paginator), in operation order. */
  get clientOperations(): readonly ClientOperationFacts[] {
    return this.once('clientOperations', () => this.ir.operations.map((op) => clientOperationFacts(this.ir, op)));
  }

  /** The shapes a protocol reads or writes from: inputs and outputs in operation order, then error structures. */
  get protocolRoots(): readonly string[] {
    return this.once('protocolRoots', () => {
      const roots: string[] = [];
      for (const op of this.ir.operations) {
        if (op.input) roots.push(op.input.target);
        if (op.output) roots.push(op.output.target);
      }
      for (const e of this.errors) if (this.isRecord(e)) roots.push(e);
      return roots;
    });
  }

  /**
   * Whether some pattern is tested with the linear-time engine (a ReDoS-prone pattern without a length limit
   * that keeps V8's engine safe): the package then carries runtime/linear-pattern.ts and depends on re2js.
   */
  get needsLinearPatterns(): boolean {
    return this.once('linearPatterns', () =>
      [...this.ir.shapes.values()].some((s) => {
        if (s.type !== 'string' || s.pattern === undefined) return false;
        const p = this.pattern(s.pattern);
        return p.mode !== 'unsupported' && usesLinearEngine(p.redos, s.max);
      }),
    );
  }

  /** Shapes that can reach themselves. */
  get cyclic(): ReadonlySet<string> {
    return this.once('cyclic', () => cyclicShapes(this.ir));
  }

  /** How many references each shape has from other shapes (a member, list member, map key or value). */
  get referenceCounts(): ReadonlyMap<string, number> {
    return this.once('refcounts', () => {
      const counts = new Map<string, number>();
      for (const shape of this.ir.shapes.values()) for (const c of childrenOf(shape)) counts.set(c, (counts.get(c) ?? 0) + 1);
      return counts;
    });
  }

  /** The shapes one step below a shape. */
  children(shape: IRShape): string[] {
    return childrenOf(shape);
  }

  /** Every shape reachable from the given ones (themselves included), in the order first reached. */
  reachable(from: Iterable<string>): Set<string> {
    const seen = new Set<string>();
    const work = [...from].reverse();
    while (work.length > 0) {
      const name = work.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      const kids = childrenOf(this.ir.shape(name));
      for (let i = kids.length - 1; i >= 0; i--) work.push(kids[i]);
    }
    return seen;
  }
}
