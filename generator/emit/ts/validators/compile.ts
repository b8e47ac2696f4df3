/**
 * Compiles the service schema with ajv, at generation time, into standalone validation code, and makes
 * that code strict-mode TypeScript (ajv emits untyped JavaScript: its entry points get `any` parameters).
 * One pass collects every error: measured on the seed input, a separate first-error-only pass for the
 * valid case was no faster (the same checks run either way; regular expressions dominate), and it would
 * double the code.
 */
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { toTypeScript } from './ajv-output.js';
import { addKeywords, patternEngine, RUNTIME_HELPERS, type HelperUse, type RuntimeHelper } from './keywords.js';
import { replaceEnum } from './enum-keyword.js';
import { replaceAdditionalProperties } from './members-keyword.js';
import type { ServiceSchema } from './json-schema.js';

export { CHECK_TYPE } from './ajv-output.js';

// The CommonJS module is the function itself and also carries it as `default`, which is what its typing exposes.
const standaloneCode = standalone.default;

/** Member names an object inherits (`constructor`, `toString`, ...): reading them needs own-property checks. */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Whether any structure in the schema has a member named like an inherited property. */
function hasInheritedMemberName(schema: unknown): boolean {
  if (Array.isArray(schema)) return schema.some(hasInheritedMemberName);
  if (schema === null || typeof schema !== 'object') return false;
  const s = schema as Record<string, unknown>;
  for (const key of ['properties', 'patternProperties']) {
    const props = s[key];
    if (props && typeof props === 'object' && Object.keys(props).some((k) => INHERITED.has(k) || k === '^__proto__$')) return true;
  }
  return Object.values(s).some(hasInheritedMemberName);
}

/** The function body ajv evaluates in place of a compiled check (see `code.process`). */
const NOT_EVALUATED = "return function notEvaluated() { throw new Error('shapegen: a generation-time check was called'); }";

function newAjv(ownProperties: boolean, use: HelperUse, lint: boolean): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    // Plain property reads are faster; own-property checks only where a member could be read from Object.prototype.
    ownProperties,
    messages: false,
    strict: true,
    // Strict types (a keyword without its type, a union of types) is a lint of json-schema.ts, run by the
    // tests (`lint`), which also check that it changes no code. On every subschema it walks ajv's whole
    // keyword table: 13% of the validators' time on every 12th catalog model (8.0 s against 7.0 s).
    strictTypes: lint,
    // The schema is ours, built from a validated model; strict mode still refuses an unknown keyword at
    // compile time. (Validating it against the meta-schema would run a check, and none is evaluated here.)
    validateSchema: false,
    // Inlining is decided by json-schema.ts (shared and big shapes are functions, called where used).
    inlineRefs: false,
    // No optimizing pass: it halves ajv's generation time (Glue 0.97 s -> 0.52 s) for 10% more code and no
    // measurable change in validation speed (bench/validate).
    // `process` hands ajv a stub to evaluate instead of each compiled function: the standalone module is
    // made from the source ajv keeps (`validate.source`), and nothing runs the checks at generation time.
    // Evaluating megabytes of code with `new Function` was 15% of the validators' time.
    code: { source: true, esm: true, lines: true, optimize: false, regExp: patternEngine(use), process: () => NOT_EVALUATED },
  });
  return addKeywords(replaceAdditionalProperties(replaceEnum(ajv)), use);
}

/**
 * With `code.source`, ajv writes each compiled function's schema into the code (`const schemaN = {...}`),
 * serialised whole, nested shapes included, although nothing in our code reads it (EC2's raw output is
 * 8.1 MB with them, 7.1 MB without). Each `$defs` entry (every function's schema) serialises as `{}` instead,
 * through a `toJSON` that ajv cannot see as a keyword (it is not enumerable); ajv-output.ts drops the
 * empty copies and refuses code that still names one.
 */
function emptyCopies(schema: ServiceSchema['schema']): void {
  const defs = (schema.$defs ?? {}) as Record<string, object>;
  for (const def of Object.values(defs)) Object.defineProperty(def, 'toJSON', { value: () => ({}), enumerable: false });
}

export interface CompiledValidators {
  /** The standalone code: `export const <export name> = validateN;` per root, in root order. */
  readonly code: string;
  /** The runtime helpers the code calls, in RUNTIME_HELPERS order. */
  readonly helpers: readonly RuntimeHelper[];
}

/** `lint`: ajv's strict-types checks too (the tests'; generation leaves them out). */
export function compilePass(service: ServiceSchema, exportNames: readonly string[], lint = false): CompiledValidators {
  const use: HelperUse = new Set();
  const ajv = newAjv(hasInheritedMemberName(service.schema), use, lint);
  emptyCopies(service.schema);
  ajv.addSchema(service.schema);
  const refs: Record<string, string> = {};
  service.roots.forEach((r, i) => (refs[exportNames[i]] = r.ref));
  const code = toTypeScript(standaloneCode(ajv, refs));
  return { code, helpers: RUNTIME_HELPERS.filter((h) => use.has(h)) };
}
