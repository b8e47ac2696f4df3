/**
 * The Examples section: each example of the operation as a comment (its description) and a call
 * `svc$<op>(...)` whose arguments are the example input written as R's `dput` writes a list read from JSON
 * (whole numbers are integers: `10L`), laid out by the same scanner as the syntax blocks.
 */
import type { IRExample } from '../../ir/types.js';
import { rArgName as rName } from '../../names/names.js';
import { layoutExpr } from './shape-syntax.js';
import { breakLines } from './usage.js';


function rString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\' + c.toString(8).padStart(3, '0');
    else out += ch;
  }
  return out + '"';
}

/** A double as R's deparse writes it (15 significant digits, scientific when shorter). */
export function rDouble(x: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Inf' : '-Inf';
  const fixed = String(Number(x.toPrecision(15)));
  const [mant, exp] = x.toExponential(14).split('e');
  const m = mant.replace(/\.?0+$/, '');
  const e = Number(exp);
  const sci = `${m}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  return fixed.includes('e') || sci.length < fixed.length ? sci : fixed;
}

/** A JSON value as `dput` writes it. */
export function rValue(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) <= 2147483647 ? `${v}L` : rDouble(v);
  if (typeof v === 'string') return rString(v);
  if (Array.isArray(v)) return `list(${v.map(rValue).join(', ')})`;
  if (typeof v === 'object') {
    const parts = Object.entries(v as Record<string, unknown>).map(([k, x]) => `${rName(k)} = ${rValue(x)}`);
    return `list(${parts.join(', ')})`;
  }
  return 'NULL';
}

/**
 * A line over 95 characters is cut as the reference cut it: the text between its first and last quote is
 * shortened to fit about 80 columns and ends with `...`.
 */
export function truncateLine(line: string): string {
  if (line.length <= 95) return line;
  const first = line.indexOf('"');
  const last = line.lastIndexOf('"');
  if (first < 0 || last <= first) return line;
  const head = line.slice(0, first + 1);
  const middle = line.slice(first + 1, line.length - 1).slice(0, Math.max(0, 80 - head.length - 5)) + '...';
  return head + middle.replace(/\\$/, '') + line.slice(last);
}

/** The call of one example, laid out. */
function exampleCall(ex: IRExample, snakeName: string): string {
  const input = ex.input && typeof ex.input === 'object' ? rValue(ex.input) : 'list()';
  const args = input.replace(/^list\((.*)\)$/s, '$1');
  return layoutExpr(`svc$${snakeName}(${args})`).split('\n').map(truncateLine).join('\n');
}

/**
 * The comment above an example, as the reference wrote it: the description as it is (not trimmed), broken at
 * 72 columns, each line after `# `; a trailing line break leaves an empty `# ` line (R's `strsplit` drops
 * only the last empty piece). No description at all gives a bare `#`.
 */
export function exampleComment(description: unknown): string {
  if (typeof description !== 'string') return '#';
  const broken = breakLines(description);
  const lines = broken === '' ? [] : broken.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const comment = lines.length === 0 ? '# ' : lines.map((l) => `# ${l}`).join('\n');
  return comment.replace(/(?<!`)``(?!`)/g, '`');
}

/** All examples of an operation as R code (not yet escaped for Rd); undefined when there are none. */
export function examplesCode(examples: readonly IRExample[], snakeName: string): string | undefined {
  if (examples.length === 0) return undefined;
  return examples.map((ex) => `${exampleComment(ex.description)}\n${exampleCall(ex, snakeName)}`).join('\n\n');
}
