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
 * - each error site becomes one statement, and the errors drop `schemaPath` (nothing reads it): together
 *   these halve the code;
 * - the copies of the schema ajv keeps for member-name checks become Sets of the names (enum-keyword.ts
 *   writes enums without any);
 * - the functions take the instance path as a plain string instead of an options object (ajv's other
 *   options, for `$data` references, are never used here): no object built and taken apart per call,
 *   a few per cent on the seed input;
 * - a valid value returns at once, without storing an empty error list (another 2%);
 * - nothing at the top level has a side effect, so a bundler keeps only the checks a program uses.
 * The patterns are those of the pinned ajv version: a leftover of any rewritten form is an error here, and
 * the compile, behaviour and property tests check the result.
 */
export function toTypeScript(js: string): string {
  js = dropSchemaCopies(js);
  const out = js
    .replace(/^"use strict";\n?/, '')
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
  // ajv's own forms only (a member may well be called rootData): `rootData=data}` and `,rootData})`.
  const leftover = /rootData=data\}|,rootData\}\)/.exec(out);
  if (leftover) throw new Error(`shapegen: ajv output has a form the rewriting does not know (${leftover[0]})`);
  return out;
}

/** A property path after a schema constant's name: `.properties.A["b-c"].properties`. */
const PATH = String.raw`(?:\.[A-Za-z_$][\w$]*|\["(?:[^"\\]|\\.)*"\])+`;
const SEGMENT = /^(?:\.([A-Za-z_$][\w$]*)|\[("(?:[^"\\]|\\.)*")\])/;

/** `path` (a PATH) evaluated in `value`; undefined where it leads nowhere. */
function evaluate(value: unknown, path: string): unknown {
  for (let rest = path; value !== undefined && value !== null && rest !== ''; ) {
    const m = SEGMENT.exec(rest)!;
    value = (value as Record<string, unknown>)[m[1] ?? (JSON.parse(m[2]) as string)];
    rest = rest.slice(m[0].length);
  }
  return value;
}

/**
 * ajv keeps a copy of the schema (one JSON line, `const schemaN = {...};`) where the code reads it: the
 * member names of a structure checked with own-property reads. Those reads become Sets of the names, and
 * a copy nothing reads any more goes.
 */
function dropSchemaCopies(js: string): string {
  const consts = new Map<string, unknown>();
  for (const m of js.matchAll(/^const (schema\d+) = (\{.*\});$/gm)) consts.set(m[1], JSON.parse(m[2]));
  if (consts.size === 0) return js;
  const replaced = memberSets(js, consts);
  // One counting pass; searching the whole code once per constant was quadratic (1.9 s on Glue).
  const uses = counts(replaced, /\bschema\d+\b/g);
  return replaced.replace(/^const (schema\d+) = \{.*\};\n/gm, (line, name: string) => ((uses.get(name) ?? 0) > 1 ? line : ''));
}

/**
 * ajv checks a key of a structure with many members by `hasOwnProperty` on the schema's `properties`,
 * which keeps the whole schema (nested definitions too) for its member names: a Set of the names instead
 * (`keysN`, declared first; a `__proto__` member is a name like any other in it).
 */
function memberSets(js: string, consts: ReadonlyMap<string, unknown>): string {
  const own = /^const (func\d+) = Object\.prototype\.hasOwnProperty;$/m.exec(js)?.[1];
  if (!own) return js;
  const sets = new Map<string, string>();
  const call = new RegExp(`\\b${own}\\.call\\((schema\\d+)(${PATH}), (key\\d+)\\)`, 'g');
  const out = js.replace(call, (whole, name: string, path: string, key: string) => {
    const value = evaluate(consts.get(name), path);
    if (!path.endsWith('.properties') || value === null || typeof value !== 'object' || Array.isArray(value)) return whole;
    const names = JSON.stringify(Object.keys(value));
    let set = sets.get(names);
    if (!set) sets.set(names, (set = `keys${sets.size}`));
    return `${set}.has(${key})`;
  });
  const decls = [...sets].map(([names, set]) => `const ${set} = /* @__PURE__ */ new Set(${names});\n`).join('');
  return out.replace(/^(?:"use strict";\n)?/, (head) => head + decls);
}

/** How often each match of `pattern` occurs. */
function counts(text: string, pattern: RegExp): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of text.matchAll(pattern)) {
    const key = m[0];
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

