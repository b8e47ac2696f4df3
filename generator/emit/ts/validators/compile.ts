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
  if (s.properties && typeof s.properties === 'object' && Object.keys(s.properties).some((k) => INHERITED.has(k))) return true;
  return Object.values(s).some(hasInheritedMemberName);
}

function newAjv(ownProperties: boolean, use: HelperUse): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    // Plain property reads are faster; own-property checks only where a member could be read from Object.prototype.
    ownProperties,
    messages: false,
    strict: true,
    // Inlining is decided by json-schema.ts (shared and big shapes are functions, called where used).
    inlineRefs: false,
    // Enums of any size as inline comparisons: past ajv's default of 200 values it loops with its `equal`
    // helper, which standalone code `require`s from ajv (not ESM, not a dependency of the package).
    loopEnum: Number.MAX_SAFE_INTEGER,
    // No optimizing pass: it halves ajv's generation time (Glue 0.97 s -> 0.52 s) for 10% more code and no
    // measurable change in validation speed (bench/validate).
    code: { source: true, esm: true, lines: true, optimize: false, regExp: patternEngine(use) },
  });
  return addKeywords(ajv, use);
}

export interface CompiledValidators {
  /** The standalone code: `export const <export name> = validateN;` per root, in root order. */
  readonly code: string;
  /** The runtime helpers the code calls, in RUNTIME_HELPERS order. */
  readonly helpers: readonly RuntimeHelper[];
}

export function compilePass(service: ServiceSchema, exportNames: readonly string[]): CompiledValidators {
  const use: HelperUse = new Set();
  const ajv = newAjv(hasInheritedMemberName(service.schema), use);
  ajv.addSchema(service.schema);
  const refs: Record<string, string> = {};
  service.roots.forEach((r, i) => (refs[exportNames[i]] = r.ref));
  const code = toTypeScript(standaloneCode(ajv, refs));
  return { code, helpers: RUNTIME_HELPERS.filter((h) => use.has(h)) };
}
