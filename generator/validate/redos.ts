/**
 * ReDoS at generation time. A pattern is a risk when a repeating quantifier applies to a group that holds a
 * quantifier or an alternation (exponential backtracking; safe-regex2, fastify's star-height check, confirms
 * the classic cases and its verdict is in the warning), or when it has two or more unbounded quantifiers and
 * values may be longer than POLYNOMIAL_SAFE_LENGTH (polynomial backtracking). A risky pattern runs on RE2
 * (runtime/linear-pattern.ts, linear time) when RE2 accepts it; every pattern runs only once the length limit
 * holds. recheck was measured first: exact, but 0.3 s a pattern typically, 57 s of CPU for one Voice ID
 * pattern, and with a wall-clock timeout its verdict (hence the generated code) would depend on the load.
 */
import { createRequire } from 'node:module';
import { compileLinear } from '../../runtime/linear-pattern.js';

export interface RedosVerdict {
  /** safe-regex2 flags it (star height above one). */
  readonly flagged: boolean;
  /** A repeating quantifier (`*`, `+`, `{n,}`, `{n,m}` with m > 1) on a group holding a quantifier or `|`. */
  readonly nestedRepetition: boolean;
  /** How many unbounded quantifiers (`*`, `+`, `{n,}`) it has: two or more can backtrack polynomially. */
  readonly unbounded: number;
  /** The pattern compiles in RE2 (the run-time linear engine). */
  readonly re2: boolean;
}

const safeRegex = createRequire(import.meta.url)('safe-regex2') as (re: RegExp | string) => boolean;
/** Above this length limit (or without one) a polynomial pattern goes to the linear engine too. */
export const POLYNOMIAL_SAFE_LENGTH = 4096;

/** The pattern with escapes and classes reduced to one placeholder character each. */
function skeleton(source: string): string {
  return source.replace(/\\./g, 'x').replace(/\[(?:[^\]\\]|\\.)*\]/g, 'x');
}

function hasNestedRepetition(plain: string): boolean {
  const open: boolean[] = []; // per open group: does it hold a quantifier or an alternation?
  for (let i = 0; i < plain.length; i++) {
    const c = plain[i];
    if (c === '(') open.push(false);
    else if (c === '|' || c === '*' || c === '+' || c === '{' || (c === '?' && plain[i - 1] !== '(')) {
      if (open.length > 0) open[open.length - 1] = true;
    } else if (c === ')') {
      const inner = open.pop() ?? false;
      const q = /^(?:[*+]|\{(\d+)(,(\d*))?\})/.exec(plain.slice(i + 1));
      const repeats = q !== null && (q[0] === '*' || q[0] === '+' || (q[2] !== undefined && (q[3] === '' || Number(q[3]) > 1)));
      if (inner && repeats) return true;
      if (open.length > 0 && (inner || q !== null)) open[open.length - 1] = true;
    }
  }
  return false;
}

function compilesInRe2(source: string): boolean {
  try {
    compileLinear(source);
    return true;
  } catch {
    return false;
  }
}

function isFlagged(source: string, flags: string): boolean {
  try {
    return !safeRegex(new RegExp(source, flags));
  } catch {
    return true; // safe-regex2's parser does not know the pattern: it cannot vouch for it
  }
}

/**
 * The verdict; safe-regex2's and RE2's parts are worked out when first read, which only a risky pattern's
 * warning and engine choice do (compiling every pattern of the catalog in RE2 was 5% of a cold run).
 */
export function redosVerdict(source: string, flags: string): RedosVerdict {
  const plain = skeleton(source);
  const unbounded = (plain.match(/[*+]|\{\d+,\}/g) ?? []).length;
  let flagged: boolean | undefined;
  let re2: boolean | undefined;
  return {
    nestedRepetition: hasNestedRepetition(plain),
    unbounded,
    get flagged() {
      return (flagged ??= isFlagged(source, flags));
    },
    get re2() {
      return (re2 ??= compilesInRe2(source));
    },
  };
}

/** Why the pattern is a ReDoS risk for values up to `max` characters, or undefined when it is not. */
export function redosRisk(v: RedosVerdict, max: number | undefined): 'exponential' | 'polynomial' | undefined {
  if (v.nestedRepetition) return 'exponential';
  if (v.unbounded >= 2 && (max === undefined || max > POLYNOMIAL_SAFE_LENGTH)) return 'polynomial';
  return undefined;
}

/** Whether the generated validator tests the pattern on the linear-time engine. */
export function usesLinearEngine(v: RedosVerdict, max: number | undefined): boolean {
  return redosRisk(v, max) !== undefined && v.re2;
}
