/**
 * How model text is made safe for each place it can reach in generated code. Every piece of text from a
 * model goes through one of these (the TypeScript writer calls them), so no name or documentation string
 * can end a comment, a string or a template early and become code.
 */

/** Line terminators of JavaScript source: any of them would end a `//` comment. */
const LINE_TERMINATORS = /\r\n|[\n\r\u2028\u2029]/g;

/** Text for a `//` comment: on one line. */
export function lineCommentText(text: string): string {
  return text.replace(LINE_TERMINATORS, ' ');
}

/** Text for the inside of a `/* *\/` or `/** *\/` comment: cannot close it (`*\/` becomes `*\\/`). */
export function blockCommentText(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/\u2028|\u2029/g, ' ');
}

/** The lines of a doc comment body, each safe inside the comment. */
export function docCommentLines(text: string): string[] {
  return blockCommentText(text).split(/\r\n|[\n\r]/);
}

/** What `stringLiteral` may have to escape: quotes, backslashes, control characters, U+2028/U+2029, surrogates. */
const NEEDS_ESCAPE = /['"\\\u0000-\u001f\u2028\u2029\ud800-\udfff]/;

/**
 * A JavaScript string literal of any text, single-quoted as the project's style has it (U+2028/U+2029
 * escaped too, for older parsers and readers). JSON's escapes are valid in either quote: only the quotes
 * themselves change.
 */
export function stringLiteral(text: string): string {
  // Most text has nothing to escape (every surrogate counts, as JSON escapes a lone one): as it is.
  if (!NEEDS_ESCAPE.test(text)) return `'${text}'`;
  const inner = JSON.stringify(text)
    .slice(1, -1)
    .replace(/\\.|'/g, (m) => (m === "'" ? "\\'" : m === '\\"' ? '"' : m));
  return `'${inner.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}'`;
}

/**
 * Text for the inside of a template literal: no `${`, backtick or backslash is live, and a carriage return
 * is escaped (a raw one would be read as a line feed).
 */
export function templateLiteralText(text: string): string {
  return text.replace(/[\\`]/g, (c) => `\\${c}`).replace(/\$\{/g, '\\${').replace(/\r/g, '\\r');
}

/** Text for an HTML comment (`<!-- -->` in Markdown): cannot close it or start another. */
export function htmlCommentText(text: string): string {
  return text.replace(LINE_TERMINATORS, ' ').replace(/-(?=-)/g, '- ').replace(/-$/, '- ').replace(/>/g, '&gt;');
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A name used as a TypeScript identifier: must already be one (names come from the symbol table). */
export function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`shapegen: ${JSON.stringify(name)} is not a TypeScript identifier`);
  return name;
}

/**
 * A property key as written in TypeScript (interfaces and object literals): bare when it is an identifier,
 * a string literal otherwise, and computed for `__proto__`, which as a plain key in an object literal would
 * set the object's prototype instead of making a property.
 */
export function propertyKey(name: string): string {
  if (name === '__proto__') return `[${stringLiteral(name)}]`;
  return IDENTIFIER.test(name) ? name : stringLiteral(name);
}

/** Characters no file name of ours may hold (separators, controls, and what Windows refuses). */
const UNSAFE_FILE_CHARS = /[\u0000-\u001f\u007f/\\:*?"<>|]/;

/** A single path segment: refused (not rewritten) when it could escape its folder or not be a file name. */
export function fileNameSegment(name: string): string {
  if (name === '' || name === '.' || name === '..' || UNSAFE_FILE_CHARS.test(name) || name.length > 255) {
    throw new Error(`shapegen: ${JSON.stringify(name)} cannot be a file name`);
  }
  return name;
}

/** An npm package name (scoped): lower case, URL-safe, at most 214 characters. */
export function npmPackageName(name: string): string {
  if (!/^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/.test(name) || name.length > 214) {
    throw new Error(`shapegen: ${JSON.stringify(name)} cannot be an npm package name`);
  }
  return name;
}
