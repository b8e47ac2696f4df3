/**
 * The API diff of two resolved services: every change, classified (see `changes.ts`), each naming the
 * operations and member paths it reaches. Pure: IR in, changes out, in a deterministic order.
 */
import { membersOf } from '../ir/facts.js';
import type { CodegenContext } from '../context/context.js';
import type { IROperation } from '../ir/types.js';
import { SEVERITIES, type ApiChange, type Severity } from './changes.js';
import { ChangeCollector } from './collect.js';
import { code } from './text.js';
import { pairCache, reach, walkRoot, type WalkContext } from './walk.js';

/** Metadata fields whose change alters what goes on the wire. */
const WIRE_METADATA = ['protocol', 'jsonVersion', 'targetPrefix', 'endpointPrefix', 'signingName', 'signatureVersion'];

function diffMetadata(ctx: WalkContext, oldPrefix: string, newPrefix: string): void {
  const { old: o, new: n, out } = ctx;
  if (oldPrefix !== newPrefix) out.add('service-prefix-changed', 'service', `R prefix and generated folder changed from ${code(oldPrefix)} to ${code(newPrefix)}`);
  const keys = [...new Set([...Object.keys(o.metadata), ...Object.keys(n.metadata)])].sort();
  for (const k of keys) {
    const a = JSON.stringify(o.metadata[k]), b = JSON.stringify(n.metadata[k]);
    if (a === b) continue;
    const kind = WIRE_METADATA.includes(k) ? 'protocol-changed' : k === 'apiVersion' ? 'api-version-changed' : 'metadata-changed';
    out.add(kind, 'service', `metadata ${code(k)} changed from ${code(a ?? 'none')} to ${code(b ?? 'none')}`);
  }
  if (o.documentation !== n.documentation) out.add('documentation-changed', 'service', 'documentation changed');
}

/** An input or output that appears or disappears; a new input with required members breaks callers. */
function diffRoot(ctx: WalkContext, o: IROperation, n: IROperation, direction: 'input' | 'output'): void {
  const before = o[direction]?.target, after = n[direction]?.target;
  if (before !== undefined && after !== undefined) return walkRoot(ctx, n.name, direction, before, after);
  if (before !== undefined) ctx.out.add(direction === 'input' ? 'input-removed' : 'output-removed', n.name, `${direction} ${code(before)} removed`);
  if (after === undefined) return;
  ctx.out.add(direction === 'input' ? 'input-added' : 'output-added', n.name, `${direction} ${code(after)} added`);
  for (const m of membersOf(ctx.new.shapes.get(after))) {
    if (m.required) ctx.out.add('required-member-added', `${after}.${m.name}`, 'added, required', { operation: n.name, direction, path: m.name });
  }
}

function diffOperation(ctx: WalkContext, o: IROperation, n: IROperation): void {
  const { out } = ctx;
  if (o.wireName !== n.wireName) out.add('wire-name-changed', n.name, `wire name changed from ${code(o.wireName)} to ${code(n.wireName)}`);
  if (JSON.stringify(o.http) !== JSON.stringify(n.http)) out.add('http-binding-changed', n.name, `HTTP binding changed from ${code(JSON.stringify(o.http))} to ${code(JSON.stringify(n.http))}`);
  diffRoot(ctx, o, n, 'input');
  diffRoot(ctx, o, n, 'output');
  for (const e of o.errors) if (!n.errors.includes(e)) out.add('error-removed', n.name, `error ${code(e)} removed`);
  for (const e of n.errors) if (!o.errors.includes(e)) out.add('error-added', n.name, `error ${code(e)} added`);
  for (const e of n.errors) if (o.errors.includes(e)) walkRoot(ctx, n.name, 'error', e, e);
  if (o.idempotent !== n.idempotent) out.add('idempotency-changed', n.name, n.idempotent ? 'now idempotent' : 'no longer idempotent');
  if (JSON.stringify(o.paginator) !== JSON.stringify(n.paginator)) out.add('paginator-changed', n.name, 'pagination changed');
  if (!o.deprecated && n.deprecated) out.add('deprecated', n.name, 'deprecated');
  if (o.documentation !== n.documentation) out.add('documentation-changed', n.name, 'documentation changed');
}

function diffShapeSets(ctx: WalkContext): void {
  const oldReach = reach(ctx.old), newReach = reach(ctx.new);
  for (const name of [...ctx.old.shapes.keys()].sort()) {
    const before = ctx.old.shapes.get(name)!, after = ctx.new.shapes.get(name);
    if (!after) {
      ctx.out.add('shape-removed', name, 'removed');
      for (const l of oldReach.get(name) ?? []) ctx.out.add('shape-removed', name, 'removed', l);
      continue;
    }
    // Shapes no operation reaches are compared too (their changes are listed without a location).
    for (const f of ctx.cache.get(before, after).findings) ctx.out.add(f.kind, f.subject, f.message);
  }
  for (const name of [...ctx.new.shapes.keys()].sort()) {
    if (ctx.old.shapes.has(name)) continue;
    ctx.out.add('shape-added', name, 'added');
    for (const l of newReach.get(name) ?? []) ctx.out.add('shape-added', name, 'added', l);
  }
}

export function diffServices(oldSide: CodegenContext, newSide: CodegenContext): ApiChange[] {
  const old = oldSide.ir, neu = newSide.ir;
  const ctx: WalkContext = { old, new: neu, cache: pairCache(), out: new ChangeCollector() };
  diffMetadata(ctx, oldSide.symbols.rPrefix, newSide.symbols.rPrefix);
  const newOps = new Map(neu.operations.map((op) => [op.name, op]));
  const oldOps = new Map(old.operations.map((op) => [op.name, op]));
  for (const op of old.operations) {
    const now = newOps.get(op.name);
    if (now) diffOperation(ctx, op, now);
    else ctx.out.add('operation-removed', op.name, 'operation removed');
  }
  for (const op of neu.operations) if (!oldOps.has(op.name)) ctx.out.add('operation-added', op.name, 'operation added');
  diffShapeSets(ctx);
  return ctx.out.changes();
}

export function summarize(changes: readonly ApiChange[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const c of changes) counts[c.severity]++;
  return counts;
}
