/**
 * How a model's `pattern` is validated. AWS patterns are Java regular expressions; most compile as
 * JavaScript in Unicode mode (`u`, what ajv uses). Those that do not (about 300 in the AWS catalog, e.g.
 * `[\w+=,.@-]` style escapes that Unicode mode rejects) are compiled in non-Unicode ("legacy") mode, where
 * JavaScript accepts them with the same meaning for ASCII input. A pattern neither mode can compile is not
 * checked at all, and the model gets a warning saying so.
 */
export type CompiledPattern =
  | { mode: 'unicode'; source: string; flags: 'u' }
  | { mode: 'legacy'; source: string; flags: ''; reason: string }
  | { mode: 'unsupported'; reason: string };

function reasonOf(e: unknown): string {
  return (e as Error).message.replace(/^Invalid regular expression: /, '');
}

/** How a pattern is compiled (cheap: a RegExp construction or two, so nothing is cached). */
export function compilePattern(pattern: string): CompiledPattern {
  try {
    new RegExp(pattern, 'u');
    return { mode: 'unicode', source: pattern, flags: 'u' };
  } catch (unicodeError) {
    try {
      new RegExp(pattern);
      return { mode: 'legacy', source: pattern, flags: '', reason: reasonOf(unicodeError) };
    } catch (legacyError) {
      return { mode: 'unsupported', reason: reasonOf(legacyError) };
    }
  }
}
