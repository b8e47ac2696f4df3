/** The oracle's printed summary and the failure message that lists every unexplained difference. */
import { show } from './diff.js';
import type { Exception } from './exceptions.js';
import type { ServiceResult } from './runner.js';

export interface Totals {
  operations: number;
  checked: number;
  differing: number;
  excepted: number;
}

export function totals(results: readonly ServiceResult[]): Totals {
  const t: Totals = { operations: 0, checked: 0, differing: 0, excepted: 0 };
  for (const r of results) {
    for (const op of r.operations) {
      t.operations++;
      if (op.checked) t.checked++;
      if (op.unexplained.length > 0) t.differing++;
      else if (op.explained.length > 0) t.excepted++;
    }
  }
  return t;
}

/** One line per service: operations checked / differing / with known differences only. */
export function summary(protocol: string, results: readonly ServiceResult[]): string {
  const lines = results.map((r) => {
    const t = totals([r]);
    return `  ${r.service.padEnd(32)} ${String(t.checked).padStart(4)}/${String(t.operations).padEnd(4)} checked, ${String(t.differing).padStart(3)} differing, ${String(t.excepted).padStart(3)} with known differences only`;
  });
  const all = totals(results);
  lines.push(
    `  ${'total'.padEnd(32)} ${String(all.checked).padStart(4)}/${String(all.operations).padEnd(4)} checked, ${String(all.differing).padStart(3)} differing, ${String(all.excepted).padStart(3)} with known differences only (${results.length} services)`,
  );
  return `v2 oracle, ${protocol}:\n${lines.join('\n')}`;
}

/** Which exceptions explained how many differences (and which explained none). */
export function exceptionUse(table: readonly Exception[], results: readonly ServiceResult[]): Map<string, number> {
  const use = new Map<string, number>(table.map((e) => [e.id, 0]));
  for (const r of results) for (const op of r.operations) for (const { by } of op.explained) use.set(by.id, (use.get(by.id) ?? 0) + 1);
  return use;
}

/**
 * Every unexplained difference, one line per operation, check and path (list indexes shown as `*`), with
 * how often it occurred and its first instance; at most `max` of them.
 */
export function unexplainedReport(results: readonly ServiceResult[], max = 40): string {
  const groups = new Map<string, { count: number; first: string }>();
  for (const r of results) {
    for (const op of r.operations) {
      for (const d of op.unexplained) {
        const key = `${r.protocol} ${r.service}.${op.operation} [${d.check}] ${d.path.replace(/\.\d+(?=\.|$)/g, '.*')}`;
        const g = groups.get(key);
        if (g) g.count++;
        else groups.set(key, { count: 1, first: `${d.path}: ours ${show(d.ours)} vs v2 ${show(d.theirs)}\n    input ${show(d.input, 400)}` });
      }
    }
  }
  const lines = [...groups].map(([key, g]) => `${key} (x${g.count})\n    ${g.first}`);
  const more = lines.length > max ? [`... and ${lines.length - max} more`] : [];
  return [...lines.slice(0, max), ...more].join('\n');
}
