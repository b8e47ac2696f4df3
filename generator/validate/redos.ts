/**
 * Super-linear (ReDoS-prone) patterns, found at generation time with recheck (automaton checker: exact for
 * patterns without back-references or look-arounds), in process (its pure JavaScript backend: no agent
 * process, the same answer on every machine). A pattern whose backtracking is provably linear by its form
 * alone (anchored, no quantified group, at most one unbounded quantifier) is not sent to recheck, which
 * costs tens of milliseconds a pattern. What is flagged is validated at run time by a linear-time engine
 * (RE2, see runtime/linear-pattern.ts) when RE2 accepts the pattern.
 */
import { createRequire } from 'node:module';
import { linearPattern } from '../../runtime/linear-pattern.js';

export interface RedosVerdict {
  /** `safe` (linear), or the complexity recheck found (`exponential`, `polynomial`), or `unknown`. */
  readonly complexity: 'safe' | 'exponential' | 'polynomial' | 'unknown';
  /** An input that shows it, when recheck gives one (cut to 60 characters). */
  readonly attack?: string;
  /** The pattern compiles in RE2 (the run-time linear engine). */
  readonly re2: boolean;
}

type Check = (source: string, flags: string, params: Record<string, unknown>) => { status: string; complexity?: { type: string }; attack?: { string: string } };

let checkSync: Check | undefined;

function recheck(): Check {
  // The pure backend: recheck reads the choice from the environment at each call.
  process.env.RECHECK_SYNC_BACKEND = 'pure';
  checkSync ??= (createRequire(import.meta.url)('recheck') as { checkSync: Check }).checkSync;
  return checkSync;
}

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
  if (linearByForm(source)) return { complexity: 'safe', re2: true };
  const r = recheck()(source, flags, { checker: 'automaton', timeout: 2000 });
  const complexity = r.status === 'safe' ? 'safe' : r.status === 'vulnerable' ? (r.complexity?.type === 'exponential' ? 'exponential' : 'polynomial') : 'unknown';
  const attack = r.attack?.string === undefined ? undefined : r.attack.string.slice(0, 60);
  return { complexity, ...(attack !== undefined ? { attack } : {}), re2: complexity === 'safe' ? true : compilesInRe2(source) };
}
