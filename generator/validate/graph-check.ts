/**
 * Checks on the shape graph of a model that passed the other checks:
 * - a structure whose required members lead back to itself admits no finite valid value (a warning);
 * - the docs write each operation's input and output out in full (the R syntax blocks: shared shapes
 *   repeated, a recursion cut where it repeats), so how deep and how big that expansion gets is bounded:
 *   the AWS catalog reaches depth 19, 22,282 shapes for one operation and 204,810 for one model.
 * The walks are iterative and stop at the limits, so a hostile graph costs at most the limit.
 */
import { refName, type Model, type Shape } from '../model/types.js';
import { cyclicNodes, stronglyConnected } from '../model/graph.js';
import type { Locator, ModelError } from './errors.js';
import { pointer } from './errors.js';

export const MAX_SHAPE_DEPTH = 64;
export const MAX_EXPANDED_SHAPES_PER_OPERATION = 250_000;
export const MAX_EXPANDED_SHAPES_PER_MODEL = 2_500_000;

type Path = (string | number)[];

function childrenOf(shape: Shape | undefined): string[] {
  if (!shape) return [];
  switch (shape.type) {
    case 'structure':
      return shape.document === true ? [] : Object.values(shape.members ?? {}).map((m) => m.shape);
    case 'list':
      return shape.member === undefined ? [] : [refName(shape.member)];
    case 'map':
      return shape.value === undefined ? [] : [refName(shape.value)];
    default:
      return [];
  }
}

/** The shapes a value of `shape` must hold: required members, and the items of a list or map that must not be empty. */
function requiredEdges(model: Model, name: string): { target: string; member?: string }[] {
  const shape = model.shapes[name];
  if (!shape) return [];
  if (shape.type === 'structure' && shape.union !== true && shape.document !== true) {
    return Object.entries(shape.members ?? {}).filter(([, m]) => m.required === true).map(([member, m]) => ({ target: m.shape, member }));
  }
  if ((shape.min ?? 0) >= 1) return childrenOf(shape).map((target) => ({ target }));
  return [];
}

function warnRequiredCycles(model: Model, out: (p: ModelError) => void, problem: (sev: 'error' | 'warning', code: string, path: Path, msg: string) => ModelError): void {
  const edges = (n: string) => requiredEdges(model, n).map((e) => e.target).filter((t) => t in model.shapes);
  for (const component of stronglyConnected(Object.keys(model.shapes), edges)) {
    const inside = new Set(component);
    if (component.length === 1 && !edges(component[0]).includes(component[0])) continue;
    const start = component.find((n) => model.shapes[n].type === 'structure') ?? component[0];
    // The shortest way around the cycle, for the message (breadth first, back to start).
    const via = new Map<string, { from: string; step: string }>();
    const queue = [start];
    for (let k = 0; k < queue.length && !via.has(start); k++) {
      const at = queue[k];
      for (const e of requiredEdges(model, at)) {
        if (!inside.has(e.target) || via.has(e.target)) continue;
        via.set(e.target, { from: at, step: e.member ? `${at}.${e.member}` : at });
        queue.push(e.target);
      }
    }
    const steps: string[] = [];
    for (let at = start, guard = 0; guard <= component.length; guard++) {
      const v = via.get(at)!;
      steps.unshift(v.step);
      at = v.from;
      if (at === start) break;
    }
    const first = requiredEdges(model, start).find((x) => inside.has(x.target))!;
    const path = first.member ? ['shapes', start, 'members', first.member, 'required'] : ['shapes', start];
    out(problem('warning', 'required-cycle', path, `No finite value of \`${start}\` can be valid: its required members lead back to it (${steps.join(' -> ')} -> ${start}). Make one of them optional.`));
  }
}

interface Frame {
  readonly name: string;
  readonly kids: readonly string[];
  i: number;
  count: number;
  depth: number;
}

/** Size and depth of the docs expansion of each operation input and output, memoized where it cannot depend on the path. */
function checkExpansion(model: Model, out: (p: ModelError) => void, problem: (sev: 'error' | 'warning', code: string, path: Path, msg: string) => ModelError): void {
  const kids = (n: string) => childrenOf(model.shapes[n]).filter((c) => c in model.shapes);
  const cyclic = cyclicNodes(Object.keys(model.shapes), kids);
  const memo = new Map<string, { count: number; depth: number }>();
  let total = 0;
  const roots = new Map<string, Path>();
  for (const [op, operation] of Object.entries(model.operations)) {
    for (const key of ['input', 'output'] as const) {
      const ref = operation[key];
      if (ref !== undefined && !roots.has(refName(ref)) && refName(ref) in model.shapes) roots.set(refName(ref), ['operations', op, key]);
    }
  }
  for (const [root, where] of roots) {
    const stack: Frame[] = [{ name: root, kids: kids(root), i: 0, count: 1, depth: 1 }];
    const onPath = new Set([root]);
    let result: { count: number; depth: number } | undefined = memo.get(root);
    while (!result) {
      const top = stack[stack.length - 1];
      if (stack.length > MAX_SHAPE_DEPTH) {
        out(problem('error', 'shape-too-deep', where, `The shapes under \`${root}\` nest more than ${MAX_SHAPE_DEPTH} levels deep (the limit; ${stack.map((f) => f.name).slice(0, 6).join(' -> ')} -> ...); no API needs that, flatten the shapes.`));
        return;
      }
      if (top.i < top.kids.length) {
        const child = top.kids[top.i++];
        const known = onPath.has(child) ? { count: 1, depth: 1 } : memo.get(child);
        if (known) {
          top.count += known.count;
          top.depth = Math.max(top.depth, known.depth + 1);
        } else {
          onPath.add(child);
          stack.push({ name: child, kids: kids(child), i: 0, count: 1, depth: 1 });
        }
        continue;
      }
      stack.pop();
      onPath.delete(top.name);
      const done = { count: top.count, depth: top.depth };
      if (!cyclic.has(top.name)) memo.set(top.name, done);
      if (done.depth > MAX_SHAPE_DEPTH) {
        out(problem('error', 'shape-too-deep', where, `The shapes under \`${root}\` nest more than ${MAX_SHAPE_DEPTH} levels deep (the limit); no API needs that, flatten the shapes.`));
        return;
      }
      if (done.count > MAX_EXPANDED_SHAPES_PER_OPERATION) {
        out(problem('error', 'shape-expansion-too-large', where, `Written out in full, as the reference docs show it, \`${root}\` holds more than ${MAX_EXPANDED_SHAPES_PER_OPERATION.toLocaleString('en-US')} shapes (the limit); share less or nest less.`));
        return;
      }
      const parent = stack[stack.length - 1];
      if (!parent) result = done;
      else {
        parent.count += done.count;
        parent.depth = Math.max(parent.depth, done.depth + 1);
      }
    }
    total += result.count;
    if (total > MAX_EXPANDED_SHAPES_PER_MODEL) {
      out(problem('error', 'shape-expansion-too-large', where, `Written out in full, as the reference docs show them, the operations' inputs and outputs hold more than ${MAX_EXPANDED_SHAPES_PER_MODEL.toLocaleString('en-US')} shapes in all (the limit); share less or nest less.`));
      return;
    }
  }
}

export function checkGraph(file: string, model: Model, locate: Locator): ModelError[] {
  const out: ModelError[] = [];
  const problem = (severity: 'error' | 'warning', code: string, path: Path, message: string): ModelError => {
    const pos = locate(path, 'key');
    return { code, severity, file, path: pointer(path), line: pos.line, column: pos.column, message };
  };
  warnRequiredCycles(model, (p) => out.push(p), problem);
  checkExpansion(model, (p) => out.push(p), problem);
  return out;
}
