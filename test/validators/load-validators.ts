/**
 * Test support: the generated validators of a model as a live module. The emitted validators.ts and the
 * runtime helper are transpiled (types stripped, nothing else changed) into a temporary folder and imported.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { loadAndResolve } from '../../generator/pipeline.js';
import { emitValidators } from '../../generator/emit/ts/validators/emitter.js';
import { projectRoot, runtimeDir } from '../../generator/paths.js';
import type { IRService } from '../../generator/ir/types.js';
import type { ValidationProblem } from '../../runtime/validation.js';
import { ctx, testSession } from '../support/context.js';

export type Validator = (input: unknown) => ValidationProblem[];

function transpile(source: string): string {
  return ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022 } }).outputText;
}

export function loadService(model: string): IRService {
  const { service, load } = loadAndResolve(model, testSession);
  if (!service) throw new Error(`cannot load ${model}: ${JSON.stringify(load.problems)}`);
  return service;
}

/** The module's `validate*` functions, keyed by export name. */
export async function loadValidators(service: IRService): Promise<Record<string, Validator>> {
  const dir = mkdtempSync(join(tmpdir(), 'shapegen-validators-'));
  mkdirSync(join(dir, 'runtime'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  for (const m of ['validation', 'linear-pattern']) writeFileSync(join(dir, 'runtime', `${m}.js`), transpile(readFileSync(join(runtimeDir, `${m}.ts`), 'utf8')));
  // linear-pattern.js imports re2js, as the package's dependency.
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const module = emitValidators(ctx(service));
  mkdirSync(join(dir, 'validators'));
  for (const c of module.checks) writeFileSync(join(dir, c.path.replace(/^src\//, '').replace(/\.ts$/, '.js')), transpile(c.contents));
  writeFileSync(join(dir, 'validators.js'), transpile(module.wrappers));
  return (await import(pathToFileURL(join(dir, 'validators.js')).href)) as Record<string, Validator>;
}
