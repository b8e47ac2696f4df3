/** Golden types.ts for the small fixture models (formatted as the pipeline writes them). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateAll } from '../../generator/scale/generate.js';
import { typesEmitter } from '../../generator/emit/ts/types/emitter.js';
import { projectRoot } from '../../generator/paths.js';

const FIXTURES = ['ts-kitchen', 'ts-names'];

describe('types.ts golden files', () => {
  for (const fixture of FIXTURES) {
    it(`${fixture} matches its snapshot`, async () => {
      const dir = join(projectRoot, 'test', 'fixtures', fixture);
      const [file] = await generateAll([join(dir, 'model.yaml')], [typesEmitter]);
      expect(file.path).toMatch(/\/src\/types\.ts$/);
      await expect(file.contents).toMatchFileSnapshot(join(dir, 'types.ts.snap'));
    });
  }
});
