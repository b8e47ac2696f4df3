/**
 * Property tests: the generated validators agree with the model (through arbitraries built from the IR,
 * not from the JSON Schema) on generated valid inputs (no problem) and on inputs with one known fault
 * (that fault reported at its path, and nothing reported elsewhere).
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ctx } from '../support/context.js';
import type { IRService } from '../../generator/ir/types.js';
import { projectRoot, schemaDir } from '../../generator/paths.js';
import { awsModelsDir, requireShared } from '../support/shared.js';
import { ModelArbitraries } from './arbitrary.js';
import { loadService, loadValidators, type Validator } from './load-validators.js';

const MODELS: Record<string, () => string> = {
  'ts-kitchen fixture': () => join(projectRoot, 'test', 'fixtures', 'ts-kitchen', 'model.yaml'),
  'ts-names fixture': () => join(projectRoot, 'test', 'fixtures', 'ts-names', 'model.yaml'),
  'Voice ID': () => join(schemaDir, 'voiceid.yaml'),
  'streams.dynamodb (recursive AttributeValue)': () => {
    requireShared('models', 'aws-sdk-js-2.1386.0');
    return join(awsModelsDir, 'streams.dynamodb-2012-08-10.normal.json');
  },
  'rds-data (unions, blobs)': () => {
    requireShared('models', 'aws-sdk-js-2.1386.0');
    return join(awsModelsDir, 'rds-data-2018-08-01.normal.json');
  },
  'emr-serverless (unions, legacy patterns)': () => {
    requireShared('models', 'aws-sdk-js-2.1386.0');
    return join(awsModelsDir, 'emr-serverless-2021-07-13.normal.json');
  },
};

const RUNS = 40;

for (const [label, file] of Object.entries(MODELS)) {
  describe(`validators of ${label} agree with the model`, () => {
    let service: IRService;
    let validators: Record<string, Validator>;
    beforeAll(async () => {
      service = loadService(file());
      validators = await loadValidators(service);
    });

    it('accept every generated valid input of every operation input and output', () => {
      const arbs = new ModelArbitraries(service);
      const c = ctx(service);
      for (const root of c.index.roots) {
        const validate = validators[c.symbols.validator(root.name).name];
        expect(validate, root.name).toBeTypeOf('function');
        fc.assert(
          fc.property(arbs.valid(root.name), (input) => {
            expect(validate(input), `${root.name} ${JSON.stringify(input)}`).toEqual([]);
          }),
          { numRuns: RUNS },
        );
      }
    });

    it('report the one fault of every generated invalid input, at its path, and nothing elsewhere', () => {
      const arbs = new ModelArbitraries(service);
      const c = ctx(service);
      for (const root of c.index.roots) {
        const validate = validators[c.symbols.validator(root.name).name];
        fc.assert(
          fc.property(arbs.invalid(root.name), (fault) => {
            const problems = validate(fault.value);
            const where = `${root.name}: expected ${fault.path} ${fault.rules.join('|')}, got ${JSON.stringify(problems)}`;
            expect(problems.some((p) => p.path === fault.path && fault.rules.includes(p.rule)), where).toBe(true);
            for (const p of problems) expect(p.path === fault.path || p.path.startsWith(`${fault.path}/`), where).toBe(true);
          }),
          { numRuns: RUNS },
        );
      }
    });
  });
}
