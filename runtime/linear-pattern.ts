/**
 * Patterns that the generator found super-linear (ReDoS-prone) are tested with RE2 (its JavaScript port,
 * `re2js`), whose matching time is linear in the input: no input can make validation hang. The generated
 * package carries this file, and bundles re2js into its build, only when one of its patterns needs it.
 *
 * RE2's syntax and classes differ from JavaScript's in a few places; the pattern is translated so that it
 * matches what the JavaScript RegExp would: `\s` is JavaScript's whitespace (RE2's lacks \v and Unicode
 * spaces), `.` excludes every JavaScript line terminator, and `\uXXXX` is written `\x{XXXX}`.
 */
import { RE2JS } from 're2js';

const SPACE = '\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}';

/** The RE2 form of a JavaScript pattern with the same matches; throws when there is none it can write. */
export function re2Source(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      i++;
      if (e === 'u' && source[i + 1] === '{') {
        const end = source.indexOf('}', i);
        out += `\\x{${source.slice(i + 2, end)}}`;
        i = end;
      } else if (e === 'u' && /^[0-9A-Fa-f]{4}$/.test(source.slice(i + 1, i + 5))) {
        out += `\\x{${source.slice(i + 1, i + 5)}}`;
        i += 4;
      } else if (e === 's') out += inClass ? SPACE : `[${SPACE}]`;
      else if (e === 'S') {
        if (inClass) throw new Error('\\S inside a class has no RE2 form here');
        out += `[^${SPACE}]`;
      } else out += c + e;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
      if (source[i + 1] === '^') (out += '^'), i++;
      if (source[i + 1] === ']') (out += '\\]'), i++;
    } else if (c === '.') out += '[^\\n\\r\\x{2028}\\x{2029}]';
    else out += c;
  }
  return out;
}

/**
 * The pattern, with the one method the validators call (`test`, a search like RegExp's). It is compiled at
 * its first test, not when the validators module loads: a client's cold start pays only for what it checks.
 */
export function linearPattern(source: string): { test(input: string): boolean } {
  let compiled: RE2JS | undefined;
  return { test: (input) => (compiled ??= compileLinear(source)).test(input) };
}

/** The RE2 program of a JavaScript pattern now; throws when RE2 cannot take it (the generator asks first). */
export function compileLinear(source: string): RE2JS {
  return RE2JS.compile(re2Source(source));
}
