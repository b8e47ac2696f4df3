/**
 * Strings that match an AWS pattern and a length range, for the arbitraries. fast-check's stringMatching
 * draws short strings, adds random text around an unanchored pattern, and cannot build every pattern the
 * models hold (lookarounds, `\b`, named groups, a class escape as a range end, reversed surrogate
 * ranges); so several generators are tried in turn and the first whose samples pass often enough wins.
 */
import fc from 'fast-check';

/**
 * Any Unicode scalar value (a code point that is not a surrogate half), so lengths are in code points as
 * AWS counts. fast-check's own `unit: 'binary'` means the same but costs seconds to set up once per process.
 */
export const CODE_POINT = fc.integer({ min: 0, max: 0x10ffff - 0x800 }).map((n) => String.fromCodePoint(n >= 0xd800 ? n + 0x800 : n));

/**
 * Pattern arbitraries already built, by pattern, flags and size: fast-check takes up to half a second to
 * build one for a pattern with Unicode property classes, and models repeat their patterns. The owner of a
 * ModelArbitraries may share one cache between several (its options.patternCache).
 */
export type PatternCache = Map<string, fc.Arbitrary<string>>;

/** A pattern that is one character class repeated (`^[A-Z2-7]+$`, `[\w]+`, `.*`): its class and quantifier. */
const REPEATED_CLASS = /^\^?(\[(?:\\.|[^\]\\])+\]|\\[wdsS]|\.)([+*])\$?$/;

/** How many of 30 samples must pass for a generator to be used. */
const MIN_HITS = 3;

/** Values the models' patterns often describe and random generation rarely hits (dates, hosts, ARNs). */
const WELL_KNOWN = [
  '2023-05-17T10:20:30Z',
  '2023-05-17T10:20:30.123Z',
  '2023-05-17',
  'example.com',
  'www.example.com',
  'arn:aws:iam::123456789012:role/example',
  '123456789012',
  'us-east-1',
  'a',
  'A1',
  'example',
];

function cached(cache: PatternCache, key: string, make: () => fc.Arbitrary<string>): () => fc.Arbitrary<string> {
  return () => {
    let arb = cache.get(key);
    if (!arb) {
      arb = make();
      cache.set(key, arb);
    }
    return arb;
  };
}

/** Index just past the group that opens at `start` (escapes and character classes skipped). */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return source.length;
}

const CLASS_ESCAPE = /^\\[dDwWsS]$|^\\[pP]\{[^}]*\}$/;

/**
 * The pattern rewritten into what fast-check can build: lookarounds and `\b`/`\B` left out, named groups
 * unnamed, a `-` next to a class escape inside `[...]` escaped (a literal there in legacy mode). The
 * strings it gives are checked against the real pattern afterwards.
 */
export function generationSource(source: string): string {
  let out = '';
  let inClass = false;
  let prevAtom = '';
  for (let i = 0; i < source.length; i++) {
    const atom = atomAt(source, i);
    i += atom.length - 1;
    if (inClass) {
      if (atom === ']') inClass = false;
      else if (atom === '-' && source[i + 1] !== ']' && (CLASS_ESCAPE.test(prevAtom) || CLASS_ESCAPE.test(atomAt(source, i + 1)))) {
        out += '\\-';
        prevAtom = '\\-';
        continue;
      }
    } else if (atom === '\\b' || atom === '\\B') {
      continue;
    } else if (atom === '[') {
      inClass = true;
    } else if (atom === '(' && /^\(\?(?:[=!]|<[=!])/.test(source.slice(i, i + 4))) {
      i = groupEnd(source, i) - 1;
      continue;
    } else if (atom === '(' && /^\(\?<[A-Za-z]/.test(source.slice(i, i + 4))) {
      i = source.indexOf('>', i);
      out += '(';
      prevAtom = '(';
      continue;
    }
    out += atom;
    prevAtom = atom;
  }
  return out;
}

/** The atom at `i`: an escape (`\\d`, `\\p{L}`, `\\u0041`) or one character. */
function atomAt(source: string, i: number): string {
  if (source[i] !== '\\') return source.charAt(i);
  const next = source[i + 1];
  if ((next === 'p' || next === 'P') && source[i + 2] === '{') return source.slice(i, source.indexOf('}', i) + 1 || source.length);
  if (next === 'u' && /^[0-9A-Fa-f]{4}$/.test(source.slice(i + 2, i + 6))) return source.slice(i, i + 6);
  if (next === 'x' && /^[0-9A-Fa-f]{2}$/.test(source.slice(i + 2, i + 4))) return source.slice(i, i + 4);
  return source.slice(i, i + 2);
}

function repeatedClass(source: string, flags: string, bounds: Bounds, cache: PatternCache): (() => fc.Arbitrary<string>) | undefined {
  const repeated = REPEATED_CLASS.exec(source);
  if (!repeated) return undefined;
  const minLength = Math.max(bounds.min ?? 0, repeated[2] === '+' ? 1 : 0);
  const maxLength = Math.min(bounds.max ?? minLength + 12, minLength + 12);
  const unit = cached(cache, `unit ${flags} ${repeated[1]}`, () => fc.stringMatching(new RegExp(`^${repeated[1]}$`, flags)));
  return () => fc.string({ unit: unit(), minLength, maxLength });
}

export interface Bounds {
  readonly min?: number;
  readonly max?: number;
}

/**
 * An arbitrary of strings for a pattern (`ok` says whether a string is acceptable: pattern, length,
 * characters), or undefined when no generator's samples pass often enough. In order: one repeated
 * character class at the shape's lengths; the pattern anchored (whole matching strings, as AWS means it)
 * and as it is, at fast-check's sizes, first as written and then rewritten (generationSource); a few
 * well-known values; any string.
 */
export function matching(re: RegExp, bounds: Bounds, any: fc.Arbitrary<string>, ok: (s: string) => boolean, cache: PatternCache): fc.Arbitrary<string> | undefined {
  const candidates: (() => fc.Arbitrary<string> | undefined)[] = [];
  const rewritten = generationSource(re.source);
  for (const source of new Set([re.source, rewritten])) {
    candidates.push(() => repeatedClass(source, re.flags, bounds, cache)?.());
    for (const pattern of [`^(?:${source})$`, source]) {
      for (const size of ['small', 'medium', 'large'] as const) {
        candidates.push(cached(cache, `${size} ${re.flags} ${pattern}`, () => fc.stringMatching(new RegExp(pattern, re.flags), { size })));
      }
    }
  }
  candidates.push(() => {
    const known = WELL_KNOWN.filter(ok);
    return known.length > 0 ? fc.constantFrom(...known) : undefined;
  });
  candidates.push(() => any);
  for (const make of candidates) {
    let arb: fc.Arbitrary<string> | undefined;
    try {
      arb = make();
    } catch {
      continue;
    }
    // Sampled unfiltered: a filter that never passes would hang fast-check.
    if (arb && fc.sample(arb, { numRuns: 30, seed: 7 }).filter(ok).length >= MIN_HITS) return arb;
  }
  return undefined;
}
