/** Graph algorithms over shape names, iterative so that no depth of the graph can exhaust the stack. */

/** Strongly connected components (Tarjan), each in discovery order; `edges(n)` lists n's successors. */
export function stronglyConnected(nodes: Iterable<string>, edges: (n: string) => readonly string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let next = 0;
  const open = (n: string, work: { node: string; kids: readonly string[]; i: number }[]) => {
    index.set(n, next);
    low.set(n, next++);
    stack.push(n);
    onStack.add(n);
    work.push({ node: n, kids: edges(n), i: 0 });
  };
  for (const start of nodes) {
    if (index.has(start)) continue;
    const work: { node: string; kids: readonly string[]; i: number }[] = [];
    open(start, work);
    while (work.length > 0) {
      const top = work[work.length - 1];
      if (top.i < top.kids.length) {
        const child = top.kids[top.i++];
        if (!index.has(child)) open(child, work);
        else if (onStack.has(child)) low.set(top.node, Math.min(low.get(top.node)!, index.get(child)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.node)!));
      }
      if (low.get(top.node) !== index.get(top.node)) continue;
      const component: string[] = [];
      let n: string;
      do {
        n = stack.pop()!;
        onStack.delete(n);
        component.push(n);
      } while (n !== top.node);
      out.push(component.reverse());
    }
  }
  return out;
}

/** The nodes that lie on a cycle (a component of two or more, or a node with an edge to itself). */
export function cyclicNodes(nodes: Iterable<string>, edges: (n: string) => readonly string[]): Set<string> {
  const cyclic = new Set<string>();
  for (const c of stronglyConnected(nodes, edges)) {
    if (c.length > 1 || edges(c[0]).includes(c[0])) for (const n of c) cyclic.add(n);
  }
  return cyclic;
}
