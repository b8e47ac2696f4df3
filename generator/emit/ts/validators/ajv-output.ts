/**
 * Rewriting ajv's standalone output (JavaScript text, in the form the pinned ajv version writes) into
 * the TypeScript module the generated package carries.
 */

/** The type the exported checks are declared with (the generated module defines it). */
export const CHECK_TYPE = 'CompiledCheck';

/** ajv's error-collecting block: `const errN = {...}; if (vErrors === null) ... else push; errors++;`. */
const ERROR_BLOCK =
  /const (err\d+) = (\{[^\n]*\});\nif\(vErrors === null\)\{\nvErrors = \[\1\];\n\}\nelse \{\nvErrors\.push\(\1\);\n\}\nerrors\+\+;/g;

/** ajv's entry point: `function validateN(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){`. */
const ENTRY = /function (validate\d+)\(data, \{instancePath="", parentData, parentDataProperty, rootData=data\}=\{\}\)\{/g;
/** A call of another compiled function: `validateN(value, {instancePath:..., parentData:..., ..., rootData})`. */
const NESTED_CALL = /\b(validate\d+|wrapper\d+\.validate)\(([^,()]+), \{instancePath:(.+?),parentData:[^,{}]+,parentDataProperty:[^,{}]+,rootData\}\)/g;

/**
 * ajv's standalone JavaScript -> TypeScript that compiles under `strict`, smaller and faster:
 * - the schema copies, emptied (see compile.ts), go;
 * - each error site becomes one statement, and the errors drop `schemaPath` (nothing reads it): together
 *   these halve the code;
 * - the functions take the instance path as a plain string instead of an options object (ajv's other
 *   options, for `$data` references, are never used here): no object built and taken apart per call,
 *   a few per cent on the seed input;
 * - a valid value returns at once, without storing an empty error list (another 2%);
 * - nothing at the top level has a side effect, so a bundler keeps only the checks a program uses.
 * The patterns are those of the pinned ajv version: a leftover of any rewritten form is an error here, and
 * the compile, behaviour and property tests check the result.
 */
export function toTypeScript(js: string): string {
  const out = js
    .replace(/^"use strict";\n?/, '')
    .replace(/^const schema\d+ = \{\};\n/gm, '')
    .replace(/^export const (\w+) = (validate\d+);$/gm, `export const $1: ${CHECK_TYPE} = $2;`)
    .replace(ENTRY, (_m, name: string) => `function ${name}(data: any, instancePath: string = ""): boolean {`)
    .replace(NESTED_CALL, (_m, callee: string, value: string, path: string) => `${callee}(${value}, ${path})`)
    .replace(/\blet vErrors = null;/g, 'let vErrors: any = null;')
    .replace(ERROR_BLOCK, (_m, _name: string, error: string) => `(vErrors ??= []).push(${error});\nerrors++;`)
    .replace(/\bschemaPath:"(?:[^"\\]|\\.)*",/g, '')
    // Valid (the common case): return at once; the errors are only read after a `false`.
    .replace(/^(validate\d+)\.errors = vErrors;\nreturn errors === 0;$/gm, 'if(errors === 0){\nreturn true;\n}\n$1.errors = vErrors;\nreturn false;')
    // A function's `errors` is reached through its check type, not declared by a top-level assignment:
    // no statement at the top level runs anything, so a bundler drops the checks a program does not use.
    .replace(/\b(validate\d+)\.errors\b/g, `($1 as ${CHECK_TYPE}).errors`)
    .replace(/^const (wrapper\d+) = \{\s*validate: (validate\d+)\s*\};$/gm, `const $1: { validate: ${CHECK_TYPE} } = { validate: $2 };`)
    // The pattern constants are built by a call, which is pure: marked so, a bundler may drop them too.
    .replace(/^const (\w+) = (func\d+\()/gm, 'const $1 = /* @__PURE__ */ $2');
  // ajv's own forms only (a member may well be called rootData): `rootData=data}` and `,rootData})`. A
  // schema constant left (compile.ts empties them) would mean that a keyword reads the schema at run time.
  const leftover = /rootData=data\}|,rootData\}\)|\bschema\d+\b/.exec(out);
  if (leftover) throw new Error(`shapegen: ajv output has a form the rewriting does not know (${leftover[0]})`);
  return out;
}
