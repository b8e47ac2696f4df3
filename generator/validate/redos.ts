/**
 * ReDoS at generation time. Detection is safe-regex2 (fastify's: star height, the cause of exponential
 * backtracking; deterministic and microseconds a pattern). recheck was measured first: exact, but 0.3 s a
 * pattern typically and 57 s of CPU for one Voice ID pattern (`{1,61}`), and with a wall-clock timeout its
 * verdict, hence the generated code, would depend on the machine's load. Detection only drives the warning:
 * the run-time guarantee does not rest on it. Every pattern whose backtracking is not linear by its form
 * (anchored, no quantified group, at most one unbounded quantifier) runs on the linear-time engine (RE2,
 * runtime/linear-pattern.ts) when RE2 accepts it; only the rest (look-arounds, back-references) stay on
 * V8's engine, bounded by the length limit, with a warning when they are also flagged.
 */
import { createRequire } from 'node:module';
import { linearPattern } from '../../runtime/linear-pattern.js';

export interface RedosVerdict {
  /** safe-regex2 flags it (nested quantifiers: exponential backtracking). */
  readonly flagged: boolean;
  /** Backtracking is linear by the pattern's form alone; V8's engine runs it. */
  readonly linearByForm: boolean;
  /** The pattern compiles in RE2 (the run-time linear engine). */
  readonly re2: boolean;
}

const safeRegex = createRequire(import.meta.url)('safe-regex2') as (re: RegExp | string) => boolean;

/** Anchored, no quantifier after a group, at most one unbounded quantifier: backtracking is linear. */
export function linearByForm(source: string): boolean {
  if (!source.startsWith('^') || /\\[1-9k]/.test(source)) return false;
  const plain = source.replace(/\\./g, 'x').replace(/\[(?:[^\]\\]|\\.)*\]/g, 'x');
  if (/\)(?:[*+?]|\{\d)/.test(plain)) return false;
  return (plain.match(/[*+]|\{\d+,\}/g) ?? []).length <= 1;
}

function compilesInRe2(source: string): boolean {
  try {
    linearPattern(source);
    return true;
  } catch {
    return false;
  }
}

export function redosVerdict(source: string, flags: string): RedosVerdict {
  const linear = linearByForm(source);
  let flagged = false;
  try {
    flagged = !linear && !safeRegex(new RegExp(source, flags));
  } catch {
    flagged = true; // safe-regex2's parser does not know the pattern: it cannot vouch for it
  }
  return { flagged, linearByForm: linear, re2: !linear && compilesInRe2(source) };
}

/** Whether the generated validator tests the pattern on the linear-time engine. */
export function usesLinearEngine(v: RedosVerdict): boolean {
  return !v.linearByForm && v.re2;
}
