/**
 * Compiles the service schema with ajv, at generation time, into standalone validation code, and makes
 * that code strict-mode TypeScript (ajv emits untyped JavaScript: its entry points get `any` parameters).
 * One pass collects every error: measured on the seed input, a separate first-error-only pass for the
 * valid case was no faster (the same checks run either way; regular expressions dominate), and it would
 * double the code.
 */
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { addKeywords } from './keywords.js';
import type { ServiceSchema } from './json-schema.js';

// The CommonJS module is the function itself and also carries it as `default`, which is what its typing exposes.
const standaloneCode = standalone.default;

/** Member names an object inherits (`constructor`, `toString`, ...): reading them needs own-property checks. */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Whether any structure in the schema has a member named like an inherited property. */
function hasInheritedMemberName(schema: unknown): boolean {
  if (Array.isArray(schema)) return schema.some(hasInheritedMemberName);
  if (schema === null || typeof schema !== 'object') return false;
  const s = schema as Record<string, unknown>;
  if (s.properties && typeof s.properties === 'object' && Object.keys(s.properties).some((k) => INHERITED.has(k))) return true;
  return Object.values(s).some(hasInheritedMemberName);
}

function newAjv(ownProperties: boolean): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    // Plain property reads are faster; own-property checks only where a member could be read from Object.prototype.
    ownProperties,
    messages: false,
    strict: true,
    // Inlining is decided by json-schema.ts (shared and big shapes are functions, called where used).
    inlineRefs: false,
    // No optimizing pass: it halves ajv's generation time (Glue 0.97 s -> 0.52 s) for 10% more code and no
    // measurable change in validation speed (bench/validate).
    code: { source: true, esm: true, lines: true, optimize: false },
  });
  return addKeywords(ajv);
}

/** The type the exported checks are declared with (the generated module defines it). */
export const CHECK_TYPE = 'CompiledCheck';

/** ajv's error-collecting block: `const errN = {...}; if (vErrors === null) ... else push; errors++;`. */
const ERROR_BLOCK =
  /const (err\d+) = (\{[^\n]*\});\nif\(vErrors === null\)\{\nvErrors = \[\1\];\n\}\nelse \{\nvErrors\.push\(\1\);\n\}\nerrors\+\+;/g;

/**
 * ajv's standalone JavaScript -> TypeScript that compiles under `strict`, and smaller: each error site
 * becomes one statement, and the errors drop `schemaPath` (nothing reads it). Together these halve the
 * code. The patterns are those of the pinned ajv version; the compile and behaviour tests check them.
 * Enum errors name their allowed values literally, so the copies of the schema ajv keeps only for them go.
 */
export function toTypeScript(js: string): string {
  js = inlineAllowedValues(js);
  const functions = [...js.matchAll(/^function (validate\d+)\(/gm)].map((m) => m[1]);
  // Declares each function's `errors` property (a TypeScript expando: an assignment in the same scope).
  const declarations = functions.map((f) => `${f}.errors = null as RawValidationError[] | null;`).join('\n');
  return js
    .replace(/^"use strict";\n?/, '')
    .replace(/^export const (\w+) = (validate\d+);$/gm, `export const $1: ${CHECK_TYPE} = $2;`)
    .replace(
      /function (validate\d+)\(data, \{([^}]*)\}=\{\}\)\{/g,
      (_m, name: string, params: string) => `function ${name}(data: any, {${params}}: any = {}): boolean {`,
    )
    .replace(/\blet vErrors = null;/g, 'let vErrors: any = null;')
    .replace(ERROR_BLOCK, (_m, _name: string, error: string) => `(vErrors ??= []).push(${error});\nerrors++;`)
    .replace(/\bschemaPath:"(?:[^"\\]|\\.)*",/g, '')
    .concat('\n', declarations, '\n');
}

/** `schema12.properties.A["b-c"].enum` evaluated in the schema constants ajv emitted (one JSON line each). */
function inlineAllowedValues(js: string): string {
  const consts = new Map<string, unknown>();
  for (const m of js.matchAll(/^const (schema\d+) = (\{.*\});$/gm)) consts.set(m[1], JSON.parse(m[2]));
  const segment = /^(?:\.([A-Za-z_$][\w$]*)|\[("(?:[^"\\]|\\.)*")\])/;
  const replaced = js.replace(/allowedValues: (schema\d+)((?:\.[A-Za-z_$][\w$]*|\["(?:[^"\\]|\\.)*"\])+)/g, (whole, name: string, path: string) => {
    let value = consts.get(name) as Record<string, unknown> | undefined;
    for (let rest = path; value !== undefined && rest !== ''; ) {
      const m = segment.exec(rest)!;
      value = value[m[1] ?? (JSON.parse(m[2]) as string)] as Record<string, unknown> | undefined;
      rest = rest.slice(m[0].length);
    }
    return Array.isArray(value) ? `allowedValues: ${JSON.stringify(value)}` : whole;
  });
  // Drop the constants nothing refers to any more: those named once, by their own definition. One
  // counting pass; searching the whole code once per constant was quadratic (1.9 s on Glue).
  const uses = new Map<string, number>();
  for (const m of replaced.matchAll(/\bschema\d+\b/g)) uses.set(m[0], (uses.get(m[0]) ?? 0) + 1);
  return replaced.replace(/^const (schema\d+) = \{.*\};\n/gm, (line, name: string) => ((uses.get(name) ?? 0) > 1 ? line : ''));
}

/** The standalone code: `export const <export name> = validateN;` per root, in root order. */
export function compilePass(service: ServiceSchema, exportNames: readonly string[]): string {
  const ajv = newAjv(hasInheritedMemberName(service.schema));
  ajv.addSchema(service.schema);
  const refs: Record<string, string> = {};
  service.roots.forEach((r, i) => (refs[exportNames[i]] = r.ref));
  return toTypeScript(standaloneCode(ajv, refs));
}
