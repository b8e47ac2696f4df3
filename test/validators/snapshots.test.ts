/** Golden validators.ts and validators.compiled.ts for the small fixture models (as the pipeline writes them). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateAll } from '../../generator/scale/generate.js';
import { validatorsEmitter } from '../../generator/emit/ts/validators/emitter.js';
import { projectRoot } from '../../generator/paths.js';

const FIXTURES = ['ts-kitchen', 'ts-names'];

describe('validators.ts golden files', () => {
  for (const fixture of FIXTURES) {
    it(`${fixture} matches its snapshot`, async () => {
      const dir = join(projectRoot, 'test', 'fixtures', fixture);
      const files = await generateAll([join(dir, 'model.yaml')], [validatorsEmitter]);
      expect(files.map((f) => f.path.replace(/^[^/]+\//, ''))).toEqual(['src/validators.compiled.ts', 'src/validators.ts']);
      await expect(files[1].contents).toMatchFileSnapshot(join(dir, 'validators.ts.snap'));
      await expect(files[0].contents).toMatchFileSnapshot(join(dir, 'validators.compiled.ts.snap'));
    });
  }
});
