/**
 * Copies the project's runtime helpers (`runtime/*.ts`, real and unit-tested TypeScript) into the
 * generated package as `src/runtime/*.ts`, each under a do-not-edit header. The sources are read once per
 * session (they are the same for every service); the writer alone touches the output.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodegenContext } from '../../../context/context.js';
import { slashHeader } from '../../../context/header.js';
import { runtimeDir } from '../../../paths.js';
import type { Emitter, GeneratedFile } from '../../types.js';

/** The runtime modules, sorted by name (declaration files and tests excluded). */
export function runtimeModules(dir: string = runtimeDir): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.test.ts'))
    .sort();
}

function runtimeFiles(ctx: CodegenContext): GeneratedFile[] {
  return ctx.session.cached('runtime-files', () =>
    runtimeModules().map((file) => ({
      path: `${ctx.symbols.files.runtimeDir}/${file}`,
      contents: slashHeader(`runtime/${file}`) + readFileSync(join(runtimeDir, file), 'utf8'),
    })),
  );
}

export const runtimeFilesEmitter: Emitter = {
  name: 'ts-runtime-files',
  outputs: ['src/runtime/*.ts'],
  emit: runtimeFiles,
};
