/**
 * Checks beyond the JSON Schema: references, required flags, min/max, enums, patterns, protocol needs.
 * Written defensively: it runs even when the schema check failed, so that every problem is reported at once.
 */
import { refName } from '../model/types.js';
import { compilePattern, type CompiledPattern } from './patterns.js';
import { redosRisk, type RedosVerdict } from './redos.js';
import type { Locator, ModelError } from './errors.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Collector {
  readonly errors: ModelError[] = [];
  /** Each pattern compiled once per check (a model repeats its patterns; a risky one compiles in RE2). */
  private readonly patterns = new Map<string, CompiledPattern>();
  constructor(private readonly file: string, private readonly locate: Locator) {}
  pattern(source: string): CompiledPattern {
    let p = this.patterns.get(source);
    if (!p) this.patterns.set(source, (p = compilePattern(source)));
    return p;
  }
  add(severity: 'error' | 'warning', code: string, path: (string | number)[], message: string, at: 'key' | 'value' = 'value'): void {
    const pos = this.locate(path, at);
    const ptr = path.map((p) => '/' + String(p)).join('');
    this.errors.push({ code, severity, file: this.file, path: ptr, line: pos.line, column: pos.column, message });
  }
}

/** The closest existing name, for "did you mean" hints (case-insensitive match, then shared prefix). */
function suggest(name: string, names: readonly string[]): string {
  const lower = name.toLowerCase();
  const hit = names.find((n) => n.toLowerCase() === lower) ??
    names.find((n) => n.length > 3 && (lower.startsWith(n.toLowerCase()) || n.toLowerCase().startsWith(lower)));
  return hit ? ` Did you mean \`${hit}\`?` : '';
}

function checkRef(c: Collector, shapes: Obj, ref: unknown, path: (string | number)[], what: string): void {
  if (typeof ref !== 'string' && !(isObj(ref) && typeof ref.shape === 'string')) return;
  const name = refName(ref as string);
  if (name === '') return; // reported by the schema check
  if (name in shapes && isObj(shapes[name])) return;
  const refPath = typeof ref === 'string' ? path : [...path, 'shape'];
  c.add('error', 'unknown-shape', refPath, `${what} refers to shape \`${name}\`, which is not defined under \`shapes\`.${suggest(name, Object.keys(shapes))}`);
}

function checkStructure(c: Collector, shapes: Obj, name: string, shape: Obj): void {
  const path = ['shapes', name];
  const members = isObj(shape.members) ? shape.members : {};
  for (const [m, member] of Object.entries(members)) {
    if (!isObj(member)) continue;
    checkRef(c, shapes, member.shape, [...path, 'members', m, 'shape'], `Member \`${name}.${m}\``);
    if (typeof member.pattern === 'string') {
      const target = typeof member.shape === 'string' ? shapes[member.shape] : undefined;
      checkPattern(c, member.pattern, [...path, 'members', m, 'pattern'], isObj(target) && typeof target.max === 'number' ? target.max : undefined);
    }
  }
  if (Array.isArray(shape.requiredOrder)) {
    shape.requiredOrder.forEach((r, i) => {
      if (typeof r !== 'string') return;
      if (!(r in members)) {
        c.add('error', 'unknown-required-member', [...path, 'requiredOrder', i], `\`${r}\` is listed as required but \`${name}\` has no such member; remove it or add the member.${suggest(r, Object.keys(members))}`);
      } else if (!isObj(members[r]) || members[r].required !== true) {
        c.add('error', 'required-order-mismatch', [...path, 'requiredOrder', i], `\`${r}\` is in \`requiredOrder\` but has no \`required: true\`; add the flag or remove it from the list.`);
      }
    });
    for (const [m, member] of Object.entries(members)) {
      if (isObj(member) && member.required === true && !shape.requiredOrder.includes(m)) {
        c.add('error', 'required-order-mismatch', [...path, 'members', m, 'required'], `\`${m}\` is required but missing from \`requiredOrder\`; list it there too.`);
      }
    }
  }
  if (typeof shape.payload === 'string' && !(shape.payload in members)) {
    c.add('error', 'unknown-payload-member', [...path, 'payload'], `\`payload\` names \`${shape.payload}\`, which is not a member of \`${name}\`.`);
  }
}

function checkRedos(c: Collector, pattern: string, path: (string | number)[], v: RedosVerdict, max: number | undefined): void {
  const risk = redosRisk(v, max);
  if (risk === undefined) return;
  const why = risk === 'exponential'
    ? `repeats a group that holds a quantifier or an alternation${v.flagged ? ' (safe-regex2 agrees)' : ''}, so backtracking can take exponential time`
    : `has ${v.unbounded} unbounded quantifiers and ${max === undefined ? 'no length limit' : `a length limit of ${max}`}, so backtracking can take polynomial time`;
  const remedy = v.re2
    ? 'the generated validator tests it with a linear-time engine (RE2) instead, after the length limit'
    : 'RE2 cannot compile it (look-arounds or back-references), so the generated validator only bounds it by the length limit; rewrite it';
  c.add('warning', 'pattern-redos', path, `Pattern ${JSON.stringify(pattern)} ${why} on hostile input; ${remedy}.`);
}

function checkPattern(c: Collector, pattern: string, path: (string | number)[], max?: number): void {
  const compiled = c.pattern(pattern);
  if (compiled.mode !== 'unsupported') checkRedos(c, pattern, path, compiled.redos, max);
  if (compiled.mode === 'unicode') return;
  const message = compiled.mode === 'legacy'
    ? `Pattern ${JSON.stringify(pattern)} is not a valid Unicode-mode JavaScript regular expression (${compiled.reason}); it is validated in non-Unicode mode instead.`
    : `Pattern ${JSON.stringify(pattern)} cannot be compiled by JavaScript (${compiled.reason}); values are not checked against it.`;
  c.add('warning', compiled.mode === 'legacy' ? 'pattern-not-unicode' : 'pattern-unsupported', path, message);
}

function checkScalar(c: Collector, name: string, shape: Obj): void {
  const path = ['shapes', name];
  if (typeof shape.min === 'number' && typeof shape.max === 'number' && shape.min > shape.max) {
    c.add('error', 'min-greater-than-max', [...path, 'min'], `\`min\` (${shape.min}) is greater than \`max\` (${shape.max}); no value could satisfy both.`);
  }
  if (Array.isArray(shape.enum)) {
    const seen = new Set<unknown>();
    shape.enum.forEach((v, i) => {
      if (seen.has(v)) c.add('error', 'duplicate-enum-value', [...path, 'enum', i], `Enum value ${JSON.stringify(v)} appears more than once in \`${name}\`; remove the duplicate.`);
      seen.add(v);
    });
  }
  if (typeof shape.pattern === 'string') checkPattern(c, shape.pattern, [...path, 'pattern'], typeof shape.max === 'number' ? shape.max : undefined);
}

function checkShapes(c: Collector, shapes: Obj): void {
  for (const [name, shape] of Object.entries(shapes)) {
    if (!isObj(shape)) continue;
    if (shape.type === 'structure') checkStructure(c, shapes, name, shape);
    for (const key of ['member', 'key', 'value'] as const) {
      if (key in shape) checkRef(c, shapes, shape[key], ['shapes', name, key], `The ${key} of \`${name}\``);
    }
    checkScalar(c, name, shape);
  }
}

/**
 * An error reference may name a shape the model does not define: AWS's published models leave most error
 * structures out (59,834 of 61,453 error references in the catalog), and such an error is known by its
 * code alone. A defined error shape must be a structure, and a name that differs from a defined shape only
 * in case is taken for a typo.
 */
function checkErrorRef(c: Collector, shapes: Obj, byLowerName: Map<string, string>, n: string, path: (string | number)[], op: string): void {
  const target = shapes[n];
  if (isObj(target)) {
    if (target.type !== 'structure') c.add('error', 'not-a-structure', path, `Error \`${n}\` of operation \`${op}\` must be a structure; it is a ${String(target.type)}.`);
    return;
  }
  const near = byLowerName.get(n.toLowerCase());
  if (near) c.add('error', 'unknown-shape', path, `Error \`${n}\` of operation \`${op}\` is not defined, but \`${near}\` is. Did you mean \`${near}\`?`);
}

function checkOperations(c: Collector, model: Obj, shapes: Obj): void {
  const operations = isObj(model.operations) ? model.operations : {};
  const wireNames = new Map<string, string>();
  const byLowerName = new Map(Object.keys(shapes).map((k) => [k.toLowerCase(), k]));
  for (const [name, op] of Object.entries(operations)) {
    if (!isObj(op)) continue;
    const path = ['operations', name];
    for (const key of ['input', 'output'] as const) {
      if (!(key in op)) continue;
      checkRef(c, shapes, op[key], [...path, key], `The ${key} of operation \`${name}\``);
      const target = shapes[refName(op[key] as string) ?? ''];
      if (isObj(target) && target.type !== 'structure') {
        c.add('error', 'not-a-structure', [...path, key], `The ${key} of operation \`${name}\` must be a structure; \`${refName(op[key] as string)}\` is a ${String(target.type)}.`);
      }
    }
    const errors = Array.isArray(op.errors) ? op.errors : [];
    const seen = new Set<string>();
    errors.forEach((e, i) => {
      const n = typeof e === 'string' ? e : isObj(e) ? String(e.shape) : '';
      checkErrorRef(c, shapes, byLowerName, n, [...path, 'errors', i], name);
      if (seen.has(n)) c.add('warning', 'duplicate-error', [...path, 'errors', i], `Error \`${n}\` is listed twice for operation \`${name}\`; it is generated once, remove the duplicate.`);
      seen.add(n);
    });
    const wire = typeof op.name === 'string' ? op.name : name;
    const other = wireNames.get(wire);
    if (other !== undefined) c.add('error', 'duplicate-operation-name', [...path, 'name'], `Operations \`${other}\` and \`${name}\` both have the wire name \`${wire}\`; wire names must be unique.`);
    wireNames.set(wire, name);
  }
}

function checkMetadata(c: Collector, model: Obj): void {
  const meta = isObj(model.metadata) ? model.metadata : undefined;
  if (meta?.protocol === 'json' && typeof meta.targetPrefix !== 'string') {
    c.add('error', 'missing-target-prefix', ['metadata'], 'The `json` protocol needs `metadata.targetPrefix` (the X-Amz-Target prefix, e.g. `VoiceID`).');
  }
}

export function checkSemantics(file: string, model: unknown, locate: Locator): ModelError[] {
  const c = new Collector(file, locate);
  if (!isObj(model)) return c.errors;
  const shapes = isObj(model.shapes) ? model.shapes : {};
  checkMetadata(c, model);
  checkShapes(c, shapes);
  checkOperations(c, model, shapes);
  return c.errors;
}
