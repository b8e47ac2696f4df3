import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaDir } from '../../generator/paths.js';
import { compilePackage, generateToTemp } from './package-harness.js';

describe('the generated Voice ID package', () => {
  it('compiles with tsc --strict, with no error', async () => {
    const { root } = await generateToTemp([join(schemaDir, 'voiceid.yaml')]);
    expect(compilePackage(join(root, 'voiceid'))).toEqual([]);
  });
});
