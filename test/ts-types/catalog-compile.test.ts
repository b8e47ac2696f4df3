import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { awsModelsDir, requireShared } from '../support/shared.js';
import { CATALOG_SAMPLE } from './catalog-sample.js';
import { compilePackages, generateToTemp } from './package-harness.js';

describe('generated packages of a diverse sample of 20 catalog models', () => {
  it('compile with tsc --strict, with no error (one program over all of them)', async () => {
    requireShared('models', 'aws-sdk-js-2.1386.0');
    const models = CATALOG_SAMPLE.map((m) => join(awsModelsDir, `${m}.normal.json`));
    const { root, files } = await generateToTemp(models);
    const folders = [...new Set(files.map((f) => f.path.split('/')[0]))];
    expect(folders).toHaveLength(CATALOG_SAMPLE.length);
    expect(compilePackages(folders.map((f) => join(root, f)))).toEqual([]);
  }, 600_000);
});
