/** The shape graph of a service: which shapes a shape refers to, and which shapes sit on a cycle. */
import type { IRService, IRShape } from '../ir/types.js';

export function childrenOf(shape: IRShape): string[] {
  switch (shape.type) {
    case 'structure':
      return shape.document ? [] : shape.members.map((m) => m.target);
    case 'list':
      return [shape.member.target];
    case 'map':
      return [shape.key.target, shape.value.target];
    default:
      return [];
  }
}

/** Shapes that can reach themselves (Tarjan's strongly connected components, iterative). */
export function cyclicShapes(ir: IRService): Set<string> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cyclic = new Set<string>();
  let next = 0;
  const edges = (n: string) => childrenOf(ir.shape(n));
  for (const start of ir.shapes.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; i: number }[] = [{ node: start, i: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const top = work[work.length - 1];
      const kids = edges(top.node);
      if (top.i < kids.length) {
        const child = kids[top.i++];
        if (!index.has(child)) {
          index.set(child, next);
          low.set(child, next++);
          stack.push(child);
          onStack.add(child);
          work.push({ node: child, i: 0 });
        } else if (onStack.has(child)) {
          low.set(top.node, Math.min(low.get(top.node)!, index.get(child)!));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.node)!));
      }
      if (low.get(top.node) === index.get(top.node)) {
        const component: string[] = [];
        let n: string;
        do {
          n = stack.pop()!;
          onStack.delete(n);
          component.push(n);
        } while (n !== top.node);
        if (component.length > 1 || kids.includes(top.node)) for (const c of component) cyclic.add(c);
      }
    }
  }
  return cyclic;
}
