/**
 * `src/validators.ts` of the generated package: `validate<Shape>(input)` for every operation input and
 * output structure, returning every problem (empty when valid). The checks themselves are ajv standalone
 * code compiled here at generation time (see compile.ts), in `src/validators.compiled.ts`; the wrappers turn
 * its raw errors into problems with the runtime helper. The compiled file is machine code that nobody reads
 * and is left as emitted: prettier on it took three quarters of a catalog run.
 */
import type { IRService, IRShape } from '../../../ir/types.js';
import { assignValueNames, VALIDATION_PROBLEM_TYPE } from '../../../names/names.js';
import type { Emitter, GeneratedFile } from '../../types.js';
import { generatedHeader } from '../package/header.js';
import { enumTypeNames, typeNames } from '../types/type-expr.js';
import { CHECK_TYPE, compilePass } from './compile.js';
import { serviceSchema } from './json-schema.js';
import { RUNTIME_HELPERS } from './keywords.js';

export const VALIDATORS_PATH = 'src/validators.ts';
export const COMPILED_VALIDATORS_PATH = 'src/validators.compiled.ts';

/** Which operations take or return each root, for the TSDoc. */
function usesOf(ir: IRService): Map<string, string[]> {
  const uses = new Map<string, string[]>();
  const add = (shape: string, text: string) => uses.set(shape, [...(uses.get(shape) ?? []), text]);
  for (const op of ir.operations) {
    if (op.input) add(op.input.target, `the input of \`${op.name}\``);
    if (op.output) add(op.output.target, `the output of \`${op.name}\``);
  }
  return uses;
}

function wrapper(shape: IRShape, fnName: string, uses: readonly string[]): string {
  const what = uses.length > 0 ? ` (${uses.join(', ')})` : '';
  const id = shape.tsName;
  return [
    `/**`,
    ` * Checks a \`${id}\`${what} and returns every problem found: an empty array means it is valid.`,
    ` */`,
    `export function ${fnName}(input: unknown): Problem[] {`,
    `  return compiled.${id}(input) ? [] : toProblems(compiled.${id}.errors, input);`,
    `}`,
  ].join('\n');
}

export interface ValidatorsModule {
  /** `src/validators.ts`: the typed `validate*` functions. */
  readonly wrappers: string;
  /** `src/validators.compiled.ts`: ajv's compiled checks. */
  readonly compiled: string;
}

export function emitValidators(ir: IRService): ValidatorsModule {
  const service = serviceSchema(ir, { codePointKeywords: true });
  const roots = service.roots.map((r) => r.shape);
  const exportNames = roots.map((s) => s.tsName);
  const types = typeNames(ir);
  const { validators } = assignValueNames(types, enumTypeNames(ir), exportNames);
  const code = compilePass(service, exportNames);
  const helpers = RUNTIME_HELPERS.filter((h) => new RegExp(`\\b${h}\\b`).test(code));
  const uses = usesOf(ir);
  const reexport = types.includes(VALIDATION_PROBLEM_TYPE)
    ? ''
    : `export type { ValidationProblem } from './runtime/validation.js';\n`;
  const header = generatedHeader(ir.source);
  const wrappers = [
    header + `// Validators of ${ir.metadata.serviceFullName} (API version ${ir.metadata.apiVersion}).\n`,
    `import { toProblems, type ValidationProblem as Problem } from './runtime/validation.js';`,
    `import * as compiled from './validators.compiled.js';`,
    reexport,
    roots.map((s) => wrapper(s, validators.get(s.tsName)!, uses.get(s.name) ?? [])).join('\n\n'),
    '',
  ].join('\n');
  const compiledModule = [
    header + `// The compiled checks of ${ir.metadata.serviceFullName}: ajv standalone code, every error collected.\n`,
    `import { ${[...helpers, 'type RawValidationError'].join(', ')} } from './runtime/validation.js';\n`,
    `/** A compiled check: true when valid; otherwise its \`errors\` say why. */`,
    `export type ${CHECK_TYPE} = { (data: unknown, instancePath?: string): boolean; errors?: RawValidationError[] | null };\n`,
    code,
    '',
  ].join('\n');
  return { wrappers, compiled: compiledModule };
}

export const validatorsEmitter: Emitter = {
  name: 'ts-validators',
  emit(ir: IRService): GeneratedFile[] {
    const module = emitValidators(ir);
    return [
      { path: VALIDATORS_PATH, contents: module.wrappers },
      { path: COMPILED_VALIDATORS_PATH, contents: module.compiled, preformatted: true },
    ];
  },
};
