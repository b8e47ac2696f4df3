/**
 * Walks an operation's input, output and error shapes in the old and the new model side by side, so every
 * change found in a shape pair is attributed to the operations (and member paths) that reach it, with the
 * direction that decides its severity. Recursive shapes are visited once per operation and direction.
 */
import { childSteps } from '../ir/facts.js';
import type { IRService, IRShape } from '../ir/types.js';
import type { Direction } from './changes.js';
import type { ChangeCollector } from './collect.js';
import { compareShapes, type Finding } from './compare.js';

export interface PairCache {
  get(o: IRShape, n: IRShape): { findings: Finding[]; comparable: boolean };
}

export function pairCache(): PairCache {
  const cache = new Map<string, { findings: Finding[]; comparable: boolean }>();
  return {
    get(o, n) {
      const key = `${o.name}\u0000${n.name}`;
      let hit = cache.get(key);
      if (!hit) cache.set(key, (hit = compareShapes(o, n)));
      return hit;
    },
  };
}

export function joinPath(path: string, step: string): string {
  if (step.startsWith('[') || step.startsWith('{')) return path + step;
  return path === '' ? step : `${path}.${step}`;
}

/** The pairs of shapes one level below a comparable pair, with the path step to reach them. */
function children(o: IRShape, n: IRShape): [string, string, string][] {
  const old = new Map(childSteps(o).map(([target, step]) => [step, target]));
  return childSteps(n).flatMap(([target, step]) => {
    const before = old.get(step);
    return before === undefined ? [] : [[before, target, step] as [string, string, string]];
  });
}

export interface WalkContext {
  readonly old: IRService;
  readonly new: IRService;
  readonly cache: PairCache;
  readonly out: ChangeCollector;
}

/** Compares the shapes an operation reaches from one of its roots (input, output, or one error). */
export function walkRoot(ctx: WalkContext, operation: string, direction: Direction, oldRoot: string, newRoot: string): void {
  const visited = new Set<string>();
  const stack: [string, string, string][] = [[oldRoot, newRoot, '']];
  while (stack.length > 0) {
    const [oName, nName, path] = stack.pop()!;
    const key = `${oName}\u0000${nName}`;
    if (visited.has(key)) continue;
    visited.add(key);
    const o = ctx.old.shapes.get(oName);
    const n = ctx.new.shapes.get(nName);
    if (!o || !n) continue;
    const { findings, comparable } = ctx.cache.get(o, n);
    for (const f of findings) {
      const at = f.member === undefined ? path : joinPath(path, f.member);
      ctx.out.add(f.kind, f.subject, f.message, { operation, direction, path: at });
    }
    if (!comparable) continue;
    // Pushed in reverse so members are visited in model order (the first path found is the one reported).
    for (const [co, cn, step] of children(o, n).reverse()) stack.push([co, cn, joinPath(path, step)]);
  }
}

/** Every shape an operation reaches in one model, with the first member path found (for added/removed shapes). */
export function reach(service: IRService): Map<string, { operation: string; direction: Direction; path: string }[]> {
  const out = new Map<string, { operation: string; direction: Direction; path: string }[]>();
  for (const op of service.operations) {
    const roots: [Direction, string | undefined][] = [
      ['input', op.input?.target],
      ['output', op.output?.target],
      ...op.errors.map((e) => ['error', e] as [Direction, string]),
    ];
    for (const [direction, root] of roots) {
      if (root === undefined) continue;
      const seen = new Set<string>();
      const stack: [string, string][] = [[root, '']];
      while (stack.length > 0) {
        const [name, path] = stack.pop()!;
        const shape = service.shapes.get(name);
        if (seen.has(name) || !shape) continue;
        seen.add(name);
        if (!out.has(name)) out.set(name, []);
        out.get(name)!.push({ operation: op.name, direction, path });
        const next = childSteps(shape).map(([target, step]): [string, string] => [target, joinPath(path, step)]);
        for (const item of next.reverse()) stack.push(item);
      }
    }
  }
  return out;
}
