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

/**
 * A JSON value as `dput` writes it; `decimals` holds the JSON pointers (from `path`) of whole numbers the
 * file wrote as decimals, which R reads as doubles.
 */
export function rValue(v: unknown, decimals: ReadonlySet<string> = new Set(), path = ''): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) <= 2147483647 && !decimals.has(path) ? `${v}L` : rDouble(v);
  if (typeof v === 'string') return rString(v);
  if (Array.isArray(v)) return `list(${v.map((x, i) => rValue(x, decimals, `${path}/${i}`)).join(', ')})`;
  if (typeof v === 'object') {
    const parts = Object.entries(v as Record<string, unknown>).map(([k, x]) => `${rName(k)} = ${rValue(x, decimals, `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`)}`);
    return `list(${parts.join(', ')})`;
  }
  return 'NULL';
}

/** If `ch` occurs an odd number of times, every occurrence is escaped with a backslash (the reference's rule). */
function escapeUnmatched(s: string, ch: string): string {
  return s.split(ch).length % 2 === 0 ? s.split(ch).join('\\' + ch) : s;
}

/** If `{` and `}` do not pair up by count, every brace is escaped with a backslash. */
function escapeUnpairedBraces(s: string): string {
  return s.split('{').length === s.split('}').length ? s : s.replace(/[{}]/g, (c) => '\\' + c);
}

function escapeLine(s: string): string {
  return escapeUnpairedBraces(escapeUnmatched(s, '"'));
}

/**
 * One line of an example call as the reference wrote it: a line of at most 95 characters gets its unmatched
 * quotes and braces escaped; a longer one keeps up to its first quote, then about 80 columns of what follows
 * (escaped the same way) and `...`, then its last quote to the end.
 */
export function truncateLine(line: string): string {
  const chars = [...line];
  if (chars.length <= 95) return escapeLine(line);
  const first = chars.indexOf('"');
  const last = chars.lastIndexOf('"');
  if (first < 0) return line;
  const head = chars.slice(0, first + 1);
  const middle = chars.slice(first + 1, chars.length - 1).slice(0, Math.max(0, 80 - head.length - 5)).join('') + '...';
  return head.join('') + escapeLine(middle) + chars.slice(last).join('');
}

/**
 * The call of one example, laid out: the arguments as `dput` writes them, with every backslash run before
 * a quote deleted (so the layout scanner sees the quotes of JSON inside strings), then cut line by line.
 */
function exampleCall(ex: IRExample, snakeName: string): string {
  const input = ex.input && typeof ex.input === 'object' ? rValue(ex.input, new Set(ex.inputDecimals)) : 'list()';
  const args = input.replace(/^list\((.*)\)$/s, '$1').replace(/\\+"/g, '"');
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
