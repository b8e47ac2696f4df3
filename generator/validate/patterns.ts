/**
 * How a model's `pattern` is validated. AWS patterns are Java regular expressions; most compile as
 * JavaScript in Unicode mode (`u`, what ajv uses). Those that do not (about 300 in the AWS catalog, e.g.
 * `[\w+=,.@-]` style escapes that Unicode mode rejects) are compiled in non-Unicode ("legacy") mode, where
 * JavaScript accepts them with the same meaning for ASCII input. A pattern neither mode can compile is not
 * checked at all, and the model gets a warning saying so.
 *
 * Each compilable pattern also carries its ReDoS verdict (see redos.ts).
 */
export type CompiledPattern =
  | { mode: 'unicode'; source: string; flags: 'u'; redos: RedosVerdict }
  | { mode: 'legacy'; source: string; flags: ''; reason: string; redos: RedosVerdict }
  | { mode: 'unsupported'; reason: string };

import { redosVerdict, type RedosVerdict } from './redos.js';

const cache = new Map<string, CompiledPattern>();

function reasonOf(e: unknown): string {
  return (e as Error).message.replace(/^Invalid regular expression: /, '');
}

export function compilePattern(pattern: string): CompiledPattern {
  const hit = cache.get(pattern);
  if (hit) return hit;
  let result: CompiledPattern;
  try {
    new RegExp(pattern, 'u');
    result = { mode: 'unicode', source: pattern, flags: 'u', redos: redosVerdict(pattern, 'u') };
  } catch (unicodeError) {
    try {
      new RegExp(pattern);
      result = { mode: 'legacy', source: pattern, flags: '', reason: reasonOf(unicodeError), redos: redosVerdict(pattern, '') };
    } catch (legacyError) {
      result = { mode: 'unsupported', reason: reasonOf(legacyError) };
    }
  }
  cache.set(pattern, result);
  return result;
}
