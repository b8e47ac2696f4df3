/** Golden validators.ts and the compiled checks' modules (validators/*.ts) for the small fixture models (as the pipeline writes them). */
import { readdirSync } from 'node:fs';
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
      const paths = files.map((f) => f.path.replace(/^[^/]+\//, ''));
      expect(paths).toContain('src/validators.ts');
      expect(paths.filter((p) => p.startsWith('src/validators/')).length, 'the checks are split').toBeGreaterThan(1);
      for (const f of files) {
        const path = f.path.replace(/^[^/]+\/src\//, '');
        await expect(f.contents).toMatchFileSnapshot(join(dir, `${path}.snap`));
      }
      // No golden file is left over from a module the split no longer makes.
      const modules = paths.filter((p) => p.startsWith('src/validators/')).map((p) => `${p.slice('src/validators/'.length)}.snap`);
      expect(readdirSync(join(dir, 'validators')).sort()).toEqual(modules.sort());
    });
  }
});
