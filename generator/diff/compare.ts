/**
 * The local comparison of one old shape with one new shape (same name, or what a member points at before
 * and after): their own traits and their members' traits. Recursion into member shapes is the walker's.
 */
import { shapeFacts, type ShapeFacts } from '../ir/facts.js';
import type { IRMember, IRShape } from '../ir/types.js';
import type { ChangeKind } from './changes.js';
import { code, list } from './text.js';

/** A change found in a shape pair; `member` is set for a member-level change. */
export interface Finding {
  readonly kind: ChangeKind;
  readonly subject: string;
  readonly message: string;
  readonly member?: string;
}

type Emit = (kind: ChangeKind, message: string, member?: string) => void;

const LENGTH_TYPES = new Set(['string', 'list', 'map', 'blob']);

/**
 * A shape's or member's default. AWS models state it with `box`: a boxed primitive has no default (absent
 * stays absent), an unboxed one defaults to its zero value; an explicit `default` is honoured if present.
 */
function defaultOf(traits: Readonly<Record<string, unknown>>): string {
  const v = traits.default ?? traits.defaultValue;
  if (v !== undefined) return JSON.stringify(v);
  return traits.box === true ? 'none (boxed)' : 'implicit';
}

function show(v: unknown): string {
  return v === undefined ? 'none' : code(String(v));
}

function compareBounds(type: string, o: ShapeFacts, n: ShapeFacts, emit: Emit): void {
  const isLength = LENGTH_TYPES.has(type);
  const what = isLength ? 'length' : 'range';
  const floor = isLength ? 0 : -Infinity;
  const oMin = o.min ?? floor, nMin = n.min ?? floor;
  const oMax = o.max ?? Infinity, nMax = n.max ?? Infinity;
  if (oMin === nMin && oMax === nMax) return;
  const from = `${show(o.min)}..${show(o.max)}`, to = `${show(n.min)}..${show(n.max)}`;
  if (nMin > oMin || nMax < oMax) emit(isLength ? 'length-tightened' : 'range-tightened', `${what} tightened from ${from} to ${to}`);
  if (nMin < oMin || nMax > oMax) emit('constraint-loosened', `${what} loosened from ${from} to ${to}`);
}

function compareEnum(o: ShapeFacts, n: ShapeFacts, emit: Emit): void {
  if (o.enum === undefined && n.enum === undefined) return;
  if (o.enum === undefined) return emit('enum-added', `now restricted to the values ${list(n.enum!)}`);
  if (n.enum === undefined) return emit('constraint-loosened', `no longer restricted to the values ${list(o.enum)}`);
  const removed = o.enum.filter((v) => !n.enum!.includes(v));
  const added = n.enum.filter((v) => !o.enum!.includes(v));
  if (removed.length === 1 && added.length === 1 && o.enum.indexOf(removed[0]) === n.enum.indexOf(added[0])) {
    return emit('enum-value-renamed', `enum value ${code(removed[0])} renamed to ${code(added[0])}`);
  }
  for (const v of removed) emit('enum-value-removed', `enum value ${code(v)} removed`);
  for (const v of added) emit('enum-value-added', `enum value ${code(v)} added`);
}

function comparePattern(o: ShapeFacts, n: ShapeFacts, emit: Emit): void {
  if (o.pattern === n.pattern) return;
  if (n.pattern === undefined) emit('constraint-loosened', `pattern ${code(o.pattern!)} removed`);
  else emit('pattern-tightened', `pattern changed from ${show(o.pattern)} to ${code(n.pattern)}`);
}

function shapeKind(s: IRShape): string {
  const f = shapeFacts(s);
  return f.union ? 'union' : f.document ? 'document' : f.streaming ? `streaming ${s.type}` : s.type;
}

/** The shape's own traits. Returns false when the types differ (nothing below is comparable). */
function compareOwn(o: IRShape, n: IRShape, emit: Emit): boolean {
  if (shapeKind(o) !== shapeKind(n)) {
    emit('type-changed', `type changed from ${code(shapeKind(o))} to ${code(shapeKind(n))}`);
    return false;
  }
  const of = shapeFacts(o), nf = shapeFacts(n);
  compareEnum(of, nf, emit);
  compareBounds(n.type, of, nf, emit);
  comparePattern(of, nf, emit);
  if (of.timestampFormat !== nf.timestampFormat) emit('timestamp-format-changed', `timestamp format changed from ${show(of.timestampFormat)} to ${show(nf.timestampFormat)}`);
  if (o.traits.jsonvalue !== n.traits.jsonvalue) emit('encoding-changed', `JSON-value encoding changed`);
  if (of.errorCode !== nf.errorCode || of.httpStatusCode !== nf.httpStatusCode) {
    emit('error-code-changed', `error code changed from ${show(of.errorCode)} (${show(of.httpStatusCode)}) to ${show(nf.errorCode)} (${show(nf.httpStatusCode)})`);
  }
  if (defaultOf(o.traits) !== defaultOf(n.traits)) emit('default-changed', `default changed from ${show(defaultOf(o.traits))} to ${show(defaultOf(n.traits))}`);
  if (o.sensitive !== n.sensitive) emit('sensitivity-changed', n.sensitive ? 'now marked sensitive' : 'no longer marked sensitive');
  if (!o.deprecated && n.deprecated) emit('deprecated', 'deprecated');
  if (o.documentation !== n.documentation) emit('documentation-changed', 'documentation changed');
  return true;
}

function compareMember(o: IRMember, n: IRMember, emit: Emit): void {
  const at = (kind: ChangeKind, message: string) => emit(kind, message, n.name);
  if (!o.required && n.required) at('member-made-required', 'made required');
  if (o.required && !n.required) at('member-made-optional', 'made optional');
  if (o.wireName !== n.wireName) at('wire-name-changed', `wire name changed from ${code(o.wireName)} to ${code(n.wireName)}`);
  if (o.location !== n.location || (n.location !== undefined && o.traits.locationName !== n.traits.locationName)) {
    at('location-changed', `HTTP location changed from ${show(o.location)} ${show(o.traits.locationName)} to ${show(n.location)} ${show(n.traits.locationName)}`);
  }
  if (o.timestampFormat !== n.timestampFormat) at('timestamp-format-changed', `timestamp format changed from ${show(o.timestampFormat)} to ${show(n.timestampFormat)}`);
  if (o.jsonvalue !== n.jsonvalue) at('encoding-changed', 'JSON-value encoding changed');
  if (o.idempotencyToken !== n.idempotencyToken) at('idempotency-changed', n.idempotencyToken ? 'now an idempotency token' : 'no longer an idempotency token');
  if (defaultOf(o.traits) !== defaultOf(n.traits)) at('default-changed', `default changed from ${show(defaultOf(o.traits))} to ${show(defaultOf(n.traits))}`);
  if (!o.deprecated && n.deprecated) at('deprecated', 'deprecated');
  if (o.documentation !== n.documentation) at('documentation-changed', 'documentation changed');
}

/** Every local change between two shapes; `comparable` is false when their types differ. */
export function compareShapes(o: IRShape, n: IRShape): { findings: Finding[]; comparable: boolean } {
  const findings: Finding[] = [];
  const subject = o.name === n.name ? n.name : `${n.name} (was ${o.name})`;
  const emit: Emit = (kind, message, member) =>
    findings.push(member === undefined ? { kind, subject, message } : { kind, subject: `${subject}.${member}`, message, member });
  const comparable = compareOwn(o, n, emit);
  if (comparable && n.type === 'structure' && o.type === 'structure') {
    const newMembers = new Map(n.members.map((m) => [m.name, m]));
    const oldMembers = new Map(o.members.map((m) => [m.name, m]));
    for (const m of o.members) {
      const now = newMembers.get(m.name);
      if (!now) emit('member-removed', 'removed', m.name);
      else compareMember(m, now, emit);
    }
    for (const m of n.members) {
      if (oldMembers.has(m.name)) continue;
      emit(m.required ? 'required-member-added' : 'member-added', m.required ? 'added, required' : 'added', m.name);
    }
  }
  return { findings, comparable };
}
