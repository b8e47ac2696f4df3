/**
 * fast-check arbitraries derived from the IR, independently of the JSON Schema and ajv: values the model
 * says are valid, and values with one known fault (a path and the rule it breaks) placed anywhere in an
 * otherwise valid value. The property tests check the generated validators against both.
 */
import fc from 'fast-check';
import type { IRMember, IRService, IRShape, IRStructure, IRList, IRMap, IRString, IRBlob } from '../../generator/ir/types.js';

/** Any shape with every kind's fields readable (absent where the kind has none): the arbitraries inspect them generically. */
type LooseShape = IRShape & Partial<Omit<IRStructure, 'type'> & Omit<IRList, 'type'> & Omit<IRMap, 'type'> & Omit<IRString, 'type'> & Omit<IRBlob, 'type'>>;
import { compilePattern } from '../../generator/validate/patterns.js';
import { CODE_POINT, matching, type PatternCache } from './pattern-strings.js';

export type { PatternCache } from './pattern-strings.js';

/** How deep recursive shapes go before only required members are filled in. */
const MAX_DEPTH = 3;
/** Lists and maps get at most this many more entries than their minimum. */
const EXTRA_ENTRIES = 2;

export interface Fault {
  readonly value: unknown;
  /** JSON Pointer of the problem the validator must report. */
  readonly path: string;
  /** The rules that may report it (a too-short string can also break its pattern, say). */
  readonly rules: readonly string[];
}

function codePoints(s: string): number {
  return [...s].length;
}

function regexOf(shape: LooseShape): RegExp | undefined {
  if (shape.pattern === undefined) return undefined;
  const p = compilePattern(shape.pattern);
  return p.mode === 'unsupported' ? undefined : new RegExp(p.source, p.flags);
}

function lengthOk(shape: LooseShape, s: string): boolean {
  const n = codePoints(s);
  return (shape.min === undefined || n >= shape.min) && (shape.max === undefined || n <= shape.max);
}

function validString(shape: LooseShape, options: ArbitraryOptions, cache: PatternCache): fc.Arbitrary<string> {
  if (shape.enum && shape.enum.length > 0) return fc.constantFrom(...shape.enum);
  const re = regexOf(shape);
  const max = Math.min(shape.max ?? (shape.min ?? 0) + 12, (shape.min ?? 0) + 12);
  const chars = options.chars;
  const ok = (s: string) => lengthOk(shape, s) && (chars === undefined || chars.test(s)) && (re === undefined || re.test(s));
  const fix = options.mapChars;
  const raw = fc.string({ unit: CODE_POINT, minLength: shape.min ?? 0, maxLength: max });
  const any = fix ? raw.map(fix) : raw;
  if (!re) return any.filter(ok);
  const arb = matching(re, { min: shape.min, max: shape.max }, any, ok, cache);
  if (!arb) throw new Error(`No generator finds strings of ${shape.min ?? 0}..${shape.max ?? '∞'} code points matching /${re.source}/ (${shape.name})`);
  return (fix ? arb.map(fix) : arb).filter(ok);
}

function anyJson(): fc.Arbitrary<unknown> {
  return fc.jsonValue({ maxDepth: 2 });
}

/** What the valid values may look like, where a wire format narrows what the model allows. */
export interface ArbitraryOptions {
  /** Blobs as bytes only, or as bytes and base64 text (the validators accept both; the default). */
  readonly blobs?: 'bytes' | 'bytes-or-base64';
  /** Timestamps in this range (default: any valid date). */
  readonly dates?: { readonly min: Date; readonly max: Date };
  /** Strings (other than enum values) must match this, e.g. only the characters XML 1.0 can carry. */
  readonly chars?: RegExp;
  /**
   * Applied to each generated string before `chars` and the pattern are checked, e.g. to replace the
   * characters `chars` refuses (filtering alone is slow: fast-check favours small code points).
   */
  readonly mapChars?: (s: string) => string;
  /** From this depth on only required members are filled in, lists and maps hold their minimum (default 3). */
  readonly depth?: number;
  /** Lists and maps get at most this many more entries than their minimum (default 2). */
  readonly extraEntries?: number;
  /** Built pattern arbitraries to reuse (and add to); by default each instance has its own. */
  readonly patternCache?: PatternCache;
}

export class ModelArbitraries {
  private readonly cache = new Map<string, fc.Arbitrary<unknown>>();
  private readonly maxDepth: number;
  private readonly extraEntries: number;
  private readonly patterns: PatternCache;

  constructor(
    private readonly ir: IRService,
    private readonly options: ArbitraryOptions = {},
  ) {
    this.maxDepth = options.depth ?? MAX_DEPTH;
    this.extraEntries = options.extraEntries ?? EXTRA_ENTRIES;
    this.patterns = options.patternCache ?? new Map();
  }

  /** Values the model says are valid for `name`. */
  valid(name: string, depth = 0): fc.Arbitrary<unknown> {
    const key = `${name}@${Math.min(depth, this.maxDepth + 1)}`;
    let arb = this.cache.get(key);
    if (!arb) {
      arb = this.build((this.ir.shape as (n: string) => LooseShape)(name), depth);
      this.cache.set(key, arb);
    }
    return arb;
  }

  private build(shape: LooseShape, depth: number): fc.Arbitrary<unknown> {
    switch (shape.type) {
      case 'string':
        return validString(shape, this.options, this.patterns);
      case 'integer':
      case 'long':
        return fc.integer({ min: Math.max(shape.min ?? -1e9, -1e9), max: Math.min(shape.max ?? 1e9, 1e9) });
      case 'float':
      case 'double':
        return fc.double({ min: shape.min ?? -1e9, max: shape.max ?? 1e9, noNaN: true, noDefaultInfinity: true });
      case 'boolean':
        return fc.boolean();
      case 'timestamp':
        return fc.date({ noInvalidDate: true, ...this.options.dates });
      case 'blob': {
        const bytes = fc.uint8Array({ minLength: shape.min ?? 0, maxLength: Math.min(shape.max ?? 8, (shape.min ?? 0) + 8) });
        if (this.options.blobs === 'bytes') return bytes;
        return fc.oneof(bytes, bytes.map((b) => Buffer.from(b).toString('base64')));
      }
      case 'list': {
        const sizes = this.sizes(shape, depth);
        // Deep enough: empty (building the member's arbitrary could recurse without end).
        if (sizes.maxLength === 0) return fc.constant([]);
        return fc.array(this.valid(shape.member!.target, depth + 1), sizes);
      }
      case 'map': {
        const sizes = this.sizes(shape, depth);
        if (sizes.maxLength === 0) return fc.constant({});
        return fc.dictionary(validString((this.ir.shape as (n: string) => LooseShape)(shape.key!.target), this.options, this.patterns), this.valid(shape.value!.target, depth + 1), {
          minKeys: sizes.minLength,
          maxKeys: sizes.maxLength,
        });
      }
      case 'structure':
        return this.structure(shape, depth);
    }
  }

  private sizes(shape: LooseShape, depth: number): { minLength: number; maxLength: number } {
    const min = shape.min ?? 0;
    const max = depth >= this.maxDepth ? min : Math.min(shape.max ?? min + this.extraEntries, min + this.extraEntries);
    return { minLength: min, maxLength: max };
  }

  private structure(shape: LooseShape, depth: number): fc.Arbitrary<unknown> {
    if (shape.document) return anyJson();
    if (shape.union) {
      // Deep enough: only members that cannot lead back here.
      const flat = (shape.members ?? []).filter((m) => !['structure', 'list', 'map'].includes((this.ir.shape as (n: string) => LooseShape)(m.target).type));
      const members = depth >= this.maxDepth && flat.length > 0 ? flat : (shape.members ?? []);
      return fc.oneof(...members.map((m) => this.valid(m.target, depth + 1).map((v) => ({ [m.name]: v }))));
    }
    const members = depth >= this.maxDepth ? (shape.members ?? []).filter((m) => m.required) : (shape.members ?? []);
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const m of members) model[m.name] = this.valid(m.target, depth + 1);
    return fc.record(model, { requiredKeys: members.filter((m) => m.required).map((m) => m.name) });
  }

  /** Values of `name` with exactly one fault, at the value itself or anywhere below it. */
  invalid(name: string, depth = 0): fc.Arbitrary<Fault> {
    const shape = (this.ir.shape as (n: string) => LooseShape)(name);
    const here = this.faultsHere(shape, depth);
    const below = depth < this.maxDepth ? this.faultsBelow(shape, depth) : [];
    const options = [...here, ...below];
    if (options.length === 0) throw new Error(`no fault can be made in ${name}`);
    return fc.oneof(...options);
  }

  /** Faults that can be placed in a value of `name` (documents accept anything, so they have none). */
  canFault(name: string): boolean {
    const shape = (this.ir.shape as (n: string) => LooseShape)(name);
    return !(shape.type === 'structure' && shape.document);
  }

  private faultsHere(shape: LooseShape, depth: number): fc.Arbitrary<Fault>[] {
    const at = (value: unknown, ...rules: string[]): fc.Arbitrary<Fault> => fc.constant({ value, path: '', rules });
    const out: fc.Arbitrary<Fault>[] = [];
    switch (shape.type) {
      case 'string': {
        out.push(at(42, 'type'));
        if (shape.enum && shape.enum.length > 0) out.push(at('NOT-ONE-OF-THE-VALUES', 'enum', 'pattern', 'maxLength', 'minLength'));
        if (shape.min !== undefined && shape.min > 0) out.push(at('😀'.repeat(shape.min - 1), 'minLength', 'pattern', 'enum'));
        if (shape.max !== undefined && shape.max < 5000) out.push(at('😀'.repeat(shape.max + 1), 'maxLength', 'pattern', 'enum'));
        const re = regexOf(shape);
        if (re) {
          const misfit = ['', ' ', '\n', '😀', '!@#', 'a'.repeat(3)].find((s) => !re.test(s));
          if (misfit !== undefined) out.push(at(misfit, 'pattern', 'minLength', 'maxLength', 'enum'));
        }
        break;
      }
      case 'integer':
      case 'long':
        out.push(at('1', 'type'), at(0.5, 'type'));
        if (shape.min !== undefined) out.push(at(shape.min - 1, 'minimum'));
        if (shape.max !== undefined) out.push(at(shape.max + 1, 'maximum'));
        break;
      case 'float':
      case 'double':
        out.push(at('1', 'type'), at(Number.NaN, 'type'));
        if (shape.min !== undefined) out.push(at(shape.min - 1, 'minimum'));
        if (shape.max !== undefined) out.push(at(shape.max + 1, 'maximum'));
        break;
      case 'boolean':
        out.push(at('true', 'type'), at(null, 'type'));
        break;
      case 'timestamp':
        out.push(at('2020-01-01T00:00:00Z', 'timestamp'), at(new Date(Number.NaN), 'timestamp'));
        break;
      case 'blob':
        out.push(at(123, 'blob'), at('not base64!', 'blob'));
        if (shape.max !== undefined && shape.max < 5000) out.push(at(new Uint8Array(shape.max + 1), 'maxBytes'));
        break;
      case 'list':
        out.push(at({}, 'type'));
        if (shape.min !== undefined && shape.min > 0) out.push(at([], 'minItems'));
        if (shape.max !== undefined && shape.max < 50) {
          out.push(fc.array(this.valid(shape.member!.target, this.maxDepth), { minLength: shape.max + 1, maxLength: shape.max + 1 }).map((value) => ({ value, path: '', rules: ['maxItems'] })));
        }
        break;
      case 'map': {
        out.push(at([], 'type'));
        const key = (this.ir.shape as (n: string) => LooseShape)(shape.key!.target);
        const badKey = key.enum?.length ? 'NOT-ONE-OF-THE-KEYS' : key.max !== undefined && key.max < 5000 ? 'k'.repeat(key.max + 1) : undefined;
        if (badKey !== undefined && (shape.max === undefined || shape.max >= 1) && (shape.min ?? 0) <= 1) {
          out.push(this.valid(shape.value!.target, this.maxDepth).map((v) => ({ value: { [badKey]: v }, path: `/${escape(badKey)}`, rules: ['key.enum', 'key.maxLength', 'key.pattern'] })));
        }
        break;
      }
      case 'structure':
        if (shape.document) break;
        out.push(at([], 'type'), at('text', 'type'));
        out.push(this.structure(shape, depth).map((v) => ({ value: { ...(v as object), zzNotAMember: 1 }, path: '/zzNotAMember', rules: ['unknownMember'] })));
        for (const m of shape.members.filter((x) => x.required)) {
          out.push(this.structure(shape, depth).map((v) => ({ value: omit(v, m.name), path: `/${escape(m.name)}`, rules: ['required'] })));
        }
        if (shape.union) out.push(at({}, 'union'));
        break;
    }
    return out;
  }

  /** A fault in one member, list item or map value, the rest valid. */
  private faultsBelow(shape: LooseShape, depth: number): fc.Arbitrary<Fault>[] {
    const nest = (fault: Fault, prefix: string): Fault => ({ ...fault, path: `/${escape(prefix)}${fault.path}` });
    if (shape.type === 'structure' && !shape.document) {
      return shape.members.filter((m) => this.canFault(m.target)).map((m: IRMember) => {
        const rest = shape.union ? fc.constant({}) : this.structure(shape, depth);
        return fc.tuple(rest, this.invalid(m.target, depth + 1)).map(([v, f]) => ({ ...nest(f, m.name), value: { ...(v as object), [m.name]: f.value } }));
      });
    }
    if (shape.type === 'list' && this.canFault(shape.member!.target) && (shape.max === undefined || shape.max >= 1)) {
      const before = fc.array(this.valid(shape.member!.target, depth + 1), { minLength: 0, maxLength: Math.max(0, Math.min((shape.max ?? 2) - 1, 2)) });
      return [fc.tuple(before, this.invalid(shape.member!.target, depth + 1)).filter(([b]) => b.length + 1 >= (shape.min ?? 0)).map(([b, f]) => ({ ...nest(f, String(b.length)), value: [...b, f.value] }))];
    }
    if (shape.type === 'map' && this.canFault(shape.value!.target) && (shape.max === undefined || shape.max >= 1) && (shape.min ?? 0) <= 1) {
      return [fc.tuple(validString((this.ir.shape as (n: string) => LooseShape)(shape.key!.target), this.options, this.patterns), this.invalid(shape.value!.target, depth + 1)).map(([k, f]) => ({ ...nest(f, k), value: { [k]: f.value } }))];
    }
    return [];
  }
}

function omit(value: unknown, key: string): Record<string, unknown> {
  const copy = { ...(value as Record<string, unknown>) };
  delete copy[key];
  return copy;
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
