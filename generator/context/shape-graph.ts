/** The shape graph of a service: which shapes a shape refers to, and which shapes sit on a cycle. */
import type { IRService, IRShape } from '../ir/types.js';
import { cyclicNodes } from '../model/graph.js';

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

/** Shapes that can reach themselves. */
export function cyclicShapes(ir: IRService): Set<string> {
  return cyclicNodes(ir.shapes.keys(), (n) => childrenOf(ir.shape(n)));
}
