/**
 * `src/validators.ts` of the generated package: `validate<Shape>(input)` for every operation input and
 * output structure, returning every problem (empty when valid). The checks themselves are ajv standalone
 * code compiled here at generation time (see compile.ts), in the modules of `src/validators/` (see
 * split.ts): one per operation input, which the client loads at the operation's first call, the shared
 * one they import from, and the other checks (outputs, errors). The wrappers import them all and turn raw
 * errors into problems with the runtime helper. The compiled modules are machine code that nobody reads and
 * are left as emitted: prettier on them took three quarters of a catalog run.
 */
import type { CodegenContext } from '../../../context/context.js';
import { parenthesized } from '../../../context/ts-writer.js';
import type { IRStructure } from '../../../ir/types.js';
import type { Emitter, GeneratedFile } from '../../types.js';
import { CHECK_TYPE, compilePass } from './compile.js';
import { serviceSchema } from './json-schema.js';
import { HELPER_MODULE, type RuntimeHelper } from './keywords.js';
import { OTHER, splitChecks, type CheckModule, type Place } from './split.js';

/** The runtime module the validators use. */
function validationRuntime(ctx: CodegenContext): string {
  return `${ctx.symbols.files.runtimeDir}/validation.ts`;
}

function describeUses(ctx: CodegenContext, shape: IRStructure): string {
  const uses = (ctx.index.uses.get(shape.name) ?? []).map((u) => `the ${u.role} of \`${u.operation}\``);
  return uses.length > 0 ? ` (${uses.join(', ')})` : '';
}

/** The input shapes with a check module of their own, by the name their check is exported as. */
function inputChecks(ctx: CodegenContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const shape of ctx.index.roots) {
    const check = ctx.symbols.inputCheck(shape.name);
    if (check) out.set(check.name, check.file);
  }
  return out;
}

function modulePath(ctx: CodegenContext, place: Place, inputs: ReadonlyMap<string, string>): string {
  if (typeof place === 'number') return ctx.symbols.sharedChecks(place);
  if (place === OTHER) return ctx.symbols.files.otherChecks;
  return inputs.get(place)!;
}

function wrappers(ctx: CodegenContext, where: ReadonlyMap<string, string>): string {
  const { ir, symbols } = ctx;
  const w = ctx.tsFile(symbols.files.validators);
  w.titleLine(`Validators of ${ir.metadata.serviceFullName} (API version ${ir.metadata.apiVersion}).`);
  const runtime = validationRuntime(ctx);
  const checkProblems = w.value(runtime, 'checkProblems');
  const problem = w.type(runtime, 'ValidationProblem', 'Problem');
  const other = [...where.values()].includes(symbols.files.otherChecks) ? w.namespace(symbols.files.otherChecks, 'other') : '';
  if (symbols.validationProblem) w.reexport(runtime, symbols.validationProblem.name, true);
  ctx.index.roots.forEach((shape) => {
    const id = symbols.type(shape.name).name;
    const file = where.get(id)!;
    // `<Type>Check`: no type (PascalCase, imported nowhere here) nor validator (`validate...`) has such a local name.
    const check = file === symbols.files.otherChecks ? `${other}.${id}` : w.value(file, id, `${id}Check`);
    w.code();
    w.doc([`Checks a \`${id}\`${describeUses(ctx, shape)} and returns every problem found: an empty array means it is valid.`]);
    w.code(parenthesized(`export function ${symbols.validator(shape.name).name}`, ['input: unknown'], `: ${problem}[] {`));
    w.code(`  return ${checkProblems}(${check}, input);`);
    w.code(`}`);
  });
  return w.toString();
}

function checkModule(ctx: CodegenContext, m: CheckModule, inputs: ReadonlyMap<string, string>, helpers: readonly RuntimeHelper[]): string {
  const w = ctx.tsFile(modulePath(ctx, m.place, inputs));
  const service = ctx.ir.metadata.serviceFullName;
  const title =
    typeof m.place === 'string'
      ? `The compiled check of ${m.place} (${service}), loaded at the first call that sends one.`
      : m.place === OTHER
        ? `The compiled checks of ${service}'s outputs and errors, which no call loads.`
        : `Compiled checks that several inputs of ${service} use.`;
  w.titleLine(`${title} ajv standalone code, every error collected.`);
  // The helpers its declarations bind, as the split found them (not a search of the code).
  for (const h of helpers) if (m.externals.includes(h)) w.value(`${ctx.symbols.files.runtimeDir}/${HELPER_MODULE[h]}.ts`, h);
  if (m.code.includes(CHECK_TYPE)) w.type(validationRuntime(ctx), CHECK_TYPE);
  for (const [from, names] of m.imports) for (const name of names) w.value(modulePath(ctx, from, inputs), name);
  w.code();
  w.code(m.code);
  return w.toString();
}

export interface ValidatorsModule {
  /** `src/validators.ts`: the typed `validate*` functions. */
  readonly wrappers: string;
  /** `src/validators/*.ts`: ajv's compiled checks, split. */
  readonly checks: readonly { readonly path: string; readonly contents: string }[];
}

export function emitValidators(ctx: CodegenContext): ValidatorsModule {
  const schema = serviceSchema(ctx.index, { codePointKeywords: true });
  const compiled = compilePass(schema, ctx.index.roots.map((s) => ctx.symbols.type(s.name).name));
  const inputs = inputChecks(ctx);
  const modules = splitChecks(compiled.code, new Set(inputs.keys()));
  const where = new Map<string, string>();
  const checks = modules.map((m) => {
    const path = modulePath(ctx, m.place, inputs);
    for (const root of m.roots) where.set(root, path);
    return { path, contents: checkModule(ctx, m, inputs, compiled.helpers) };
  });
  return { wrappers: wrappers(ctx, where), checks };
}

export const validatorsEmitter: Emitter = {
  name: 'ts-validators',
  outputs: ['src/validators.ts', 'src/validators/*.ts'],
  emit(ctx: CodegenContext): GeneratedFile[] {
    const module = emitValidators(ctx);
    return [
      { path: ctx.symbols.files.validators, contents: module.wrappers, preformatted: true },
      ...module.checks.map((c) => ({ ...c, preformatted: true })),
    ];
  },
};
