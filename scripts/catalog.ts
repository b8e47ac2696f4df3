/** The catalog of AWS models in the reference material (../shared, or $SHAPEGEN_SHARED). */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { awsModelsDir } from '../generator/paths.js';

/** Every `*.normal.json` model, sorted by file name; throws saying where it looked when the catalog is missing. */
export function catalogModels(): string[] {
  if (!existsSync(awsModelsDir)) throw new Error(`The catalog is missing: ${awsModelsDir} does not exist. Put the shared folder beside the checkout or set SHAPEGEN_SHARED.`);
  return readdirSync(awsModelsDir).filter((f) => f.endsWith('.normal.json')).sort().map((f) => join(awsModelsDir, f));
}
