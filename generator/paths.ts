/** Where the project's own assets live, wherever the code runs from (source or dist). */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(resolve(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`shapegen: cannot find the project root above ${start}`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findRoot(dirname(fileURLToPath(import.meta.url)));
export const schemaDir = resolve(projectRoot, 'schema');
export const templatesDir = resolve(projectRoot, 'templates');
export const runtimeDir = resolve(projectRoot, 'runtime');

/** The reference material (`../shared`), overridable with SHAPEGEN_SHARED. */
export const sharedDir = resolve(process.env.SHAPEGEN_SHARED ?? resolve(projectRoot, '..', 'shared'));
export const awsModelsDir = resolve(sharedDir, 'models', 'aws-sdk-js-2.1386.0');
