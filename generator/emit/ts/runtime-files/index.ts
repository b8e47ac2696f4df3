/**
 * Copies the project's runtime helpers (`runtime/*.ts`, real and unit-tested TypeScript) into the
 * generated package as `src/runtime/*.ts`, each under a do-not-edit header: the module of the service's
 * protocol, the validators' module and the client's, with every runtime module they import (so a JSON
 * service carries no XML code). The sources are read once per session; the writer alone touches the output.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodegenContext } from '../../../context/context.js';
import { slashHeader } from '../../../context/header.js';
import { runtimeDir } from '../../../paths.js';
import type { Emitter, GeneratedFile } from '../../types.js';
import { protocolGenerator } from '../protocol/index.js';
import { hasClient } from '../client/index.js';
import { ts } from '../ts-morph.js';

/** The module every package needs whatever its protocol (validators.ts imports it). */
export const VALIDATION_MODULE = 'validation.ts';
/** The linear-time pattern engine: copied only into packages whose validators use it (it brings re2js). */
export const LINEAR_PATTERN_MODULE = 'linear-pattern.ts';

/** The runtime modules, sorted by name (declaration files and tests excluded). */
export function runtimeModules(dir: string = runtimeDir): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.test.ts'))
    .sort();
}

/** The runtime modules `entries` import, directly or not (relative imports only), with the entries; sorted. */
export function runtimeClosure(entries: readonly string[], read: (file: string) => string): string[] {
  const seen = new Set<string>();
  const todo = [...entries];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const ref of ts.preProcessFile(read(file), true, false).importedFiles) {
      if (ref.fileName.startsWith('./')) todo.push(ref.fileName.slice(2).replace(/\.js$/, '.ts'));
    }
  }
  return [...seen].sort();
}

function runtimeFiles(ctx: CodegenContext): GeneratedFile[] {
  const module = protocolGenerator(ctx)?.protocolClass.module;
  const entries = module === undefined ? [VALIDATION_MODULE] : [`${module}.ts`, VALIDATION_MODULE];
  if (ctx.index.needsLinearPatterns) entries.push(LINEAR_PATTERN_MODULE);
  // The client's modules: its interpreter, the paginators', and those its names are re-exported from.
  if (hasClient(ctx.ir)) {
    const dir = `${ctx.symbols.files.runtimeDir}/`;
    const reexported = ctx.symbols.client.runtimeExports.map((r) => r.file.slice(dir.length));
    entries.push(...new Set(['client.ts', 'paginate.ts', ...reexported]));
  }
  return ctx.session.cached(`runtime-files:${entries.join(',')}`, () => {
    const read = (file: string) => readFileSync(join(runtimeDir, file), 'utf8');
    return runtimeClosure(entries, read).map((file) => ({
      path: `${ctx.symbols.files.runtimeDir}/${file}`,
      contents: slashHeader(`runtime/${file}`) + read(file),
      // Copied as written: runtime/ is the project's own formatted source.
      preformatted: true,
    }));
  });
}


export const runtimeFilesEmitter: Emitter = {
  name: 'ts-runtime-files',
  outputs: ['src/runtime/*.ts'],
  emit: runtimeFiles,
};
