/**
 * Generation compiles the validators without ajv's strict-types checks (compile.ts: they cost 13% of the
 * validators' time); they are a lint of the JSON Schema that json-schema.ts derives, and run here: on the
 * fixtures, Voice ID and every 20th catalog model, the lint finds nothing and the code is the same with
 * and without it. It is a real lint: a length keyword without its type is refused.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePass } from '../../generator/emit/ts/validators/compile.js';
import { serviceSchema } from '../../generator/emit/ts/validators/json-schema.js';
import { projectRoot, schemaDir } from '../../generator/paths.js';
import { ctx } from '../support/context.js';
import { awsModelFiles } from '../support/shared.js';
import { loadService } from './load-validators.js';

const fixture = (name: string) => join(projectRoot, 'test', 'fixtures', name, 'model.yaml');
const FIXTURES = [
  ...['ts-kitchen', 'ts-names', 'recursive', 'links', 'diff-base'].map(fixture),
  join(projectRoot, 'test', 'fixtures', 'protocol-kitchen', 'model.json'),
  join(projectRoot, 'test', 'fixtures', 'docs-hostile', 'hostile-2020-01-01.normal.json'),
];

function compileBoth(model: string) {
  const c = ctx(loadService(model));
  const names = c.index.roots.map((s) => c.symbols.type(s.name).name);
  return [true, false].map((lint) => compilePass(serviceSchema(c.index, { codePointKeywords: true }), names, lint));
}

describe('the validators without the strict-types lint', () => {
  it.each([...FIXTURES, join(schemaDir, 'voiceid.yaml')].map((f) => [f.replace(projectRoot, '.'), f]))('compile %s to the same code with the lint, which finds nothing', (_name, model) => {
    const [linted, plain] = compileBoth(model);
    expect(plain.code.length).toBeGreaterThan(0);
    expect(plain).toEqual(linted);
  });

  it('compile every 20th catalog model to the same code with the lint, which finds nothing', () => {
    const models = awsModelFiles().filter((_f, i) => i % 20 === 0);
    expect(models.length).toBeGreaterThanOrEqual(18);
    for (const model of models) {
      const [linted, plain] = compileBoth(model);
      expect(plain.code === linted.code && plain.helpers.join() === linted.helpers.join(), model).toBe(true);
    }
  }, 120_000);

  it('is a real lint: a length keyword on a schema without a type is refused', () => {
    const c = ctx(loadService(fixture('ts-kitchen')));
    const service = serviceSchema(c.index, { codePointKeywords: false });
    const emoji = (service.schema.$defs as any).GetMenuRequest.properties.Emoji;
    expect(emoji).toMatchObject({ type: 'string', maxLength: 3 });
    delete emoji.type;
    const names = c.index.roots.map((s) => c.symbols.type(s.name).name);
    expect(() => compilePass(service, names, true)).toThrow(/missing type "string" for keyword "maxLength"/);
    const again = serviceSchema(c.index, { codePointKeywords: false });
    delete (again.schema.$defs as any).GetMenuRequest.properties.Emoji.type;
    expect(() => compilePass(again, names, false)).not.toThrow();
  });
});
