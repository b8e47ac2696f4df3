/**
 * `src/validators.ts` of the generated package: `validate<Shape>(input)` for every operation input and
 * output structure, returning every problem (empty when valid). The checks themselves are ajv standalone
 * code compiled here at generation time (see compile.ts), in `src/validators.compiled.ts`; the wrappers turn
 * its raw errors into problems with the runtime helper. The compiled file is machine code that nobody reads
 * and is left as emitted: prettier on it took three quarters of a catalog run.
 */
import type { CodegenContext } from '../../../context/context.js';
import { parenthesized } from '../../../context/ts-writer.js';
import type { IRStructure } from '../../../ir/types.js';
import type { Emitter, GeneratedFile } from '../../types.js';
import { CHECK_TYPE, compilePass, type CompiledValidators } from './compile.js';
import { serviceSchema } from './json-schema.js';
import { HELPER_MODULE } from './keywords.js';

/** The runtime module the validators use. */
function validationRuntime(ctx: CodegenContext): string {
  return `${ctx.symbols.files.runtimeDir}/validation.ts`;
}

function describeUses(ctx: CodegenContext, shape: IRStructure): string {
  const uses = (ctx.index.uses.get(shape.name) ?? []).map((u) => `the ${u.role} of \`${u.operation}\``);
  return uses.length > 0 ? ` (${uses.join(', ')})` : '';
}

function wrappers(ctx: CodegenContext): string {
  const { ir, symbols } = ctx;
  const w = ctx.tsFile(symbols.files.validators);
  w.titleLine(`Validators of ${ir.metadata.serviceFullName} (API version ${ir.metadata.apiVersion}).`);
  const runtime = validationRuntime(ctx);
  const toProblems = w.value(runtime, 'toProblems');
  const problem = w.type(runtime, 'ValidationProblem', 'Problem');
  const compiled = w.namespace(symbols.files.compiledValidators, 'compiled');
  if (symbols.validationProblem) w.reexport(runtime, symbols.validationProblem.name, true);
  ctx.index.roots.forEach((shape) => {
    const id = symbols.type(shape.name).name;
    w.code();
    w.doc([`Checks a \`${id}\`${describeUses(ctx, shape)} and returns every problem found: an empty array means it is valid.`]);
    w.code(parenthesized(`export function ${symbols.validator(shape.name).name}`, ['input: unknown'], `: ${problem}[] {`));
    // ajv's check keeps its errors on itself.
    w.code(`  const check = ${compiled}.${id};`);
    w.code(`  return check(input) ? [] : ${toProblems}(check.errors, input);`);
    w.code(`}`);
  });
  return w.toString();
}

function compiledModule(ctx: CodegenContext, out: CompiledValidators): string {
  const w = ctx.tsFile(ctx.symbols.files.compiledValidators);
  w.titleLine(`The compiled checks of ${ctx.ir.metadata.serviceFullName}: ajv standalone code, every error collected.`);
  const runtime = validationRuntime(ctx);
  for (const h of out.helpers) w.value(`${ctx.symbols.files.runtimeDir}/${HELPER_MODULE[h]}.ts`, h);
  const rawError = w.type(runtime, 'RawValidationError');
  w.code();
  w.doc('A compiled check: true when valid; otherwise its `errors` say why.');
  w.code(`export type ${CHECK_TYPE} = { (data: unknown, instancePath?: string): boolean; errors?: ${rawError}[] | null };`);
  w.code();
  w.code(out.code);
  return w.toString();
}

export interface ValidatorsModule {
  /** `src/validators.ts`: the typed `validate*` functions. */
  readonly wrappers: string;
  /** `src/validators.compiled.ts`: ajv's compiled checks. */
  readonly compiled: string;
}

export function emitValidators(ctx: CodegenContext): ValidatorsModule {
  const schema = serviceSchema(ctx.index, { codePointKeywords: true });
  const compiled = compilePass(schema, ctx.index.roots.map((s) => ctx.symbols.type(s.name).name));
  return { wrappers: wrappers(ctx), compiled: compiledModule(ctx, compiled) };
}

export const validatorsEmitter: Emitter = {
  name: 'ts-validators',
  outputs: ['src/validators.ts', 'src/validators.compiled.ts'],
  emit(ctx: CodegenContext): GeneratedFile[] {
    const module = emitValidators(ctx);
    return [
      { path: ctx.symbols.files.validators, contents: module.wrappers, preformatted: true },
      { path: ctx.symbols.files.compiledValidators, contents: module.compiled, preformatted: true },
    ];
  },
};
