/**
 * The reference material (`../shared`, or $SHAPEGEN_SHARED). A test that needs it and cannot find it
 * fails with a message saying where it looked: it never skips silently.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { awsModelsDir, sharedDir } from '../../generator/paths.js';

export function requireShared(...parts: string[]): string {
  const path = join(sharedDir, ...parts);
  if (!existsSync(path)) {
    throw new Error(`The reference material is missing: ${path} does not exist. Put the shared folder beside the checkout or set SHAPEGEN_SHARED.`);
  }
  return path;
}

/** Every `*.normal.json` model in the catalog, sorted by file name. */
export function awsModelFiles(): string[] {
  requireShared('models', 'aws-sdk-js-2.1386.0');
  return readdirSync(awsModelsDir).filter((f) => f.endsWith('.normal.json')).sort().map((f) => join(awsModelsDir, f));
}

export { sharedDir, awsModelsDir };
