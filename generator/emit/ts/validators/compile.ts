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

function newAjv(): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    messages: false,
    strict: true,
    // Inlining is decided by json-schema.ts (shared and big shapes are functions, called where used).
    inlineRefs: false,
    code: { source: true, esm: true, lines: true, optimize: true },
  });
  return addKeywords(ajv);
}

/** The type the exported checks are declared with (the generated module defines it). */
export const CHECK_TYPE = 'CompiledCheck';

/** ajv's standalone JavaScript -> TypeScript that compiles under `strict`. */
export function toTypeScript(js: string): string {
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
    .concat('\n', declarations, '\n');
}

/** The standalone code: `export const <export name> = validateN;` per root, in root order. */
export function compilePass(service: ServiceSchema, exportNames: readonly string[]): string {
  const ajv = newAjv();
  ajv.addSchema(service.schema);
  const refs: Record<string, string> = {};
  service.roots.forEach((r, i) => (refs[exportNames[i]] = r.ref));
  return toTypeScript(standaloneCode(ajv, refs));
}
