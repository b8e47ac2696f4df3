import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, schemaDir } from '../../generator/paths.js';
import { compilePackage, compilePackages, generateToTemp } from './package-harness.js';

describe('the generated Voice ID package', () => {
  it('compiles with tsc --strict, with no error', async () => {
    const { root } = await generateToTemp([join(schemaDir, 'voiceid.yaml')]);
    expect(compilePackage(join(root, 'voiceid'))).toEqual([]);
  });
});

describe('the generated packages of the TypeScript fixture models', () => {
  it('compile with tsc --strict, with no error (awkward names, unions, documents, recursion)', async () => {
    const fixtures = ['ts-kitchen', 'ts-names'].map((f) => join(projectRoot, 'test', 'fixtures', f, 'model.yaml'));
    const { root, files } = await generateToTemp(fixtures);
    const folders = [...new Set(files.map((f) => f.path.split('/')[0]))];
    expect(folders.sort()).toEqual(['kitchenexample', 'namesexample']);
    expect(compilePackages(folders.map((f) => join(root, f)))).toEqual([]);
  });
});
