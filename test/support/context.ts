/** Codegen contexts for tests: one session per test file (the model schema's check compiles once). */
import type { CodegenContext } from '../../generator/context/context.js';
import { GeneratorSession } from '../../generator/context/session.js';
import type { IRService } from '../../generator/ir/types.js';
import { contextOf, loadAndResolve } from '../../generator/pipeline.js';

export const testSession = new GeneratorSession();

/** The context of a model file; throws with the first problems when it does not load. */
export function loadContext(file: string): CodegenContext {
  const { load, service } = loadAndResolve(file, testSession);
  if (!service) throw new Error(`${file} does not load: ${JSON.stringify(load.problems.slice(0, 3))}`);
  return contextOf(service, testSession);
}

/** The context of a resolved service. */
export function ctx(service: IRService): CodegenContext {
  return contextOf(service, testSession);
}
