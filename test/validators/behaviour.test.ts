/** The generated validators on hand-picked inputs: every rule, paths, messages, every problem reported. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { awsModelsDir, projectRoot } from '../../generator/paths.js';
import { emitValidators } from '../../generator/emit/ts/validators/emitter.js';
import { ctx } from '../support/context.js';
import { requireShared } from '../support/shared.js';
import { loadService, loadValidators, type Validator } from './load-validators.js';

let v: Record<string, Validator>;
beforeAll(async () => {
  v = await loadValidators(loadService(join(projectRoot, 'test', 'fixtures', 'ts-kitchen', 'model.yaml')));
});

const valid = () => ({
  ClientToken: 'tok-1',
  OrderId: 'ord-42',
  Size: 'SMALL',
  Quantity: 3,
  Weight: 1.5,
  Paid: true,
  When: new Date(0),
  Photo: new Uint8Array([1, 2]),
  Tags: [{ Key: 'k', Value: 'v' }],
  Labels: { color: 'red' },
  Notes: 'hi',
  Grid: [[1, 2], [3]],
});

/** The problems for `valid()` with `change` applied, as `path rule` strings. */
function problems(change: (o: Record<string, unknown>) => void, fn = 'validatePutOrderRequest'): string[] {
  const input: Record<string, unknown> = valid();
  change(input);
  return v[fn](input).map((p) => `${p.path} ${p.rule}`);
}

describe('generated validators', () => {
  it('accept a valid input', () => {
    expect(v.validatePutOrderRequest(valid())).toEqual([]);
    expect(v.validatePutOrderRequest({ OrderId: 'ord-42', Size: 'LARGE' })).toEqual([]);
  });

  it('report required and unknown members with their paths and messages', () => {
    const input: Record<string, unknown> = { Size: 'SMALL', Bogus: 1, Tags: [{ Key: 'k', Value: 'v', Extra: 2 }] };
    expect(v.validatePutOrderRequest(input)).toEqual([
      { path: '/OrderId', message: 'is required', rule: 'required' },
      { path: '/Bogus', message: 'is not a member of this structure', rule: 'unknownMember' },
      { path: '/Tags/0/Extra', message: 'is not a member of this structure', rule: 'unknownMember' },
    ]);
  });

  it('report an inherited-looking key such as __proto__ as an unknown member', () => {
    const input = JSON.parse('{"OrderId":"ord-42","Size":"SMALL","__proto__":{"x":1}}') as unknown;
    expect(v.validatePutOrderRequest(input).map((p) => p.path)).toEqual(['/__proto__']);
  });

  it('check types, with what was given', () => {
    expect(v.validatePutOrderRequest(5)).toEqual([{ path: '', message: 'must be an object (got number)', rule: 'type' }]);
    expect(problems((o) => (o.Quantity = 1.5))).toEqual(['/Quantity type']);
    expect(problems((o) => (o.Weight = Number.NaN))).toEqual(['/Weight type']);
    expect(problems((o) => (o.Weight = Infinity))).toEqual(['/Weight type']);
    expect(problems((o) => (o.Paid = 'yes'))).toEqual(['/Paid type']);
    expect(problems((o) => (o.OrderId = null))).toEqual(['/OrderId type']);
    expect(v.validatePutOrderRequest({ ...valid(), OrderId: null })[0].message).toBe('must be a string (got null)');
    expect(problems((o) => (o.Tags = { Key: 'k' }))).toEqual(['/Tags type']);
  });

  it('check enums (one problem for a wrong type, not two)', () => {
    expect(v.validatePutOrderRequest({ ...valid(), Size: 'HUGE' })).toEqual([
      { path: '/Size', message: 'must be one of "SMALL", "MEDIUM", "LARGE"', rule: 'enum' },
    ]);
    expect(problems((o) => (o.Size = 3))).toEqual(['/Size type']);
  });

  it('count string lengths in code points, astral characters included', () => {
    const menu = (Emoji: string) => v.validateGetMenuRequest({ Emoji }).map((p) => p.rule);
    expect(menu('😀😀')).toEqual([]); // 2 code points, 4 UTF-16 units
    expect(menu('😀😀😀')).toEqual([]); // 3 code points, 6 units
    expect(menu('😀')).toEqual(['minLength']); // 1 code point, 2 units
    expect(menu('😀😀😀😀')).toEqual(['maxLength']);
    expect(menu('abcd')).toEqual(['maxLength']);
    expect(menu('a😀')).toEqual([]);
    expect(problems((o) => (o.Notes = '😀😀😀😀'))).toEqual([]); // max 4 code points, 8 units
    expect(problems((o) => (o.Notes = 'abcde'))).toEqual(['/Notes maxLength']);
    expect(v.validatePutOrderRequest({ ...valid(), Notes: 'abcde' })[0].message).toBe('must be at most 4 characters long');
  });

  it('check numeric ranges', () => {
    expect(problems((o) => (o.Quantity = 0))).toEqual(['/Quantity minimum']);
    expect(problems((o) => (o.Quantity = 11))).toEqual(['/Quantity maximum']);
    expect(problems((o) => (o.Weight = 0.4))).toEqual(['/Weight minimum']);
    expect(problems((o) => (o.Weight = 99.5))).toEqual([]);
  });

  it('check patterns, legacy-mode ones too', () => {
    expect(problems((o) => (o.OrderId = 'ord-xx'))).toEqual(['/OrderId pattern']);
    expect(v.validateGetMenuRequest({ Code: 'a_b9' })).toEqual([]);
    expect(v.validateGetMenuRequest({ Code: 'a-b' })).toEqual([
      { path: '/Code', message: 'must match the pattern ^[a-zA-Z0-9\\_]+$', rule: 'pattern' },
    ]);
  });

  it('check list and map sizes, map keys and nested lists', () => {
    expect(problems((o) => (o.Tags = []))).toEqual(['/Tags minItems']);
    const tag = { Key: 'k', Value: 'v' };
    expect(problems((o) => (o.Tags = [tag, tag, tag, tag]))).toEqual(['/Tags maxItems']);
    expect(problems((o) => (o.Labels = { a: '1', b: '2', c: '3' }))).toEqual(['/Labels maxProperties']);
    expect(problems((o) => (o.Labels = { Bad: '1' }))).toEqual(['/Labels/Bad key.pattern']);
    expect(problems((o) => (o.Labels = { ok: 'too-long-value' }))).toEqual(['/Labels/ok maxLength']);
    expect(problems((o) => (o.Grid = [[1], [2, 0]]))).toEqual(['/Grid/1/1 minimum']);
  });

  it('accept only valid Dates as timestamps', () => {
    expect(problems((o) => (o.When = new Date('nonsense')))).toEqual(['/When timestamp']);
    expect(problems((o) => (o.When = '2020-01-01T00:00:00Z'))).toEqual(['/When timestamp']);
    expect(problems((o) => (o.When = 0))).toEqual(['/When timestamp']);
  });

  it('accept blobs as bytes or base64, with their sizes in bytes', () => {
    expect(problems((o) => (o.Photo = 'AAAA'))).toEqual([]); // 3 bytes
    expect(problems((o) => (o.Photo = 'not base64!'))).toEqual(['/Photo blob']);
    expect(problems((o) => (o.Photo = new Uint8Array(0)))).toEqual(['/Photo minBytes']);
    expect(problems((o) => (o.Photo = new Uint8Array(17)))).toEqual(['/Photo maxBytes']);
    expect(problems((o) => (o.Photo = 'A'.repeat(24)))).toEqual(['/Photo maxBytes']); // 18 bytes
    expect(problems((o) => (o.Photo = [1, 2]))).toEqual(['/Photo blob']);
  });

  it('require exactly one member of a union, and accept any document', () => {
    expect(v.validateGetMenuRequest({ Choice: { ByName: 'a' } })).toEqual([]);
    expect(v.validateGetMenuRequest({ Choice: {} }).map((p) => `${p.path} ${p.rule}`)).toEqual(['/Choice union']);
    expect(v.validateGetMenuRequest({ Choice: { ByName: 'a', ByNumber: 1 } }).map((p) => p.rule)).toEqual(['union']);
    expect(v.validateGetMenuRequest({ Extra: { any: ['thing', 1, null] } })).toEqual([]);
  });

  it('follow recursive shapes to any depth', () => {
    const deep = { Dishes: [{ Name: 'a', Sides: [{ Sides: [{ Name: 'way-too-long' }] }] }] };
    expect(v.validateGetMenuResponse(deep).map((p) => `${p.path} ${p.rule}`)).toEqual(['/Dishes/0/Sides/0/Sides/0/Name maxLength']);
  });

  it('report every problem at once', () => {
    const input = { OrderId: 'x', Size: 'HUGE', Quantity: 0, Tags: [{ Key: '', Value: 1 }], Unknown: true, When: 'now' };
    expect(v.validatePutOrderRequest(input).map((p) => `${p.path} ${p.rule}`)).toEqual([
      '/Unknown unknownMember',
      '/OrderId minLength',
      '/OrderId pattern',
      '/Size enum',
      '/Quantity minimum',
      '/When timestamp',
      '/Tags/0/Key minLength',
      '/Tags/0/Value type',
    ]);
  });
});

describe('Lambda (a catalog model): long lists of values and names', () => {
  let lambda: Record<string, Validator>;
  /** CreateFunction's check module: a 30-value enum (Runtime) and 20 member names. */
  let code: string;
  beforeAll(async () => {
    requireShared('models', 'aws-sdk-js-2.1386.0', 'lambda-2015-03-31.normal.json');
    const service = loadService(join(awsModelsDir, 'lambda-2015-03-31.normal.json'));
    lambda = await loadValidators(service);
    code = emitValidators(ctx(service)).checks.find((c) => c.path.endsWith('/create-function-request.ts'))!.contents;
  });

  describe('a long enum (Runtime, 30 values: a Set lookup, enum-keyword.ts)', () => {
    const runtime = (Runtime: unknown) => lambda.validateCreateFunctionRequest({ FunctionName: 'f', Role: 'arn:aws:iam::123456789012:role/r', Code: {}, Runtime }).filter((p) => p.path === '/Runtime');

    it('accepts its values and reports any other with every allowed value', () => {
      expect(runtime('nodejs18.x')).toEqual([]);
      expect(runtime('python3.10')).toEqual([]);
      const [problem, ...rest] = runtime('cobol');
      expect(rest).toEqual([]);
      expect(problem.rule).toBe('enum');
      expect(problem.message).toMatch(/^must be one of "nodejs", "nodejs4\.3", .*"python3\.10"/);
      expect(runtime('__proto__').map((p) => p.rule)).toEqual(['enum']);
      expect(runtime(7).map((p) => p.rule)).toEqual(['type']);
    });

    it('declares its values once in the module and looks them up', () => {
      expect(code.match(/= \/\* @__PURE__ \*\/ new Set\(\["nodejs",/g)).toHaveLength(1);
      expect(code).toMatch(/if\(!keyword\d+\.has\(data\d*\)\)\{/);
      expect(code).not.toContain('=== "nodejs"');
    });
  });

  describe('member names (members-keyword.ts): CreateFunction, 20 members, and an input without members', () => {
    const base = () => ({ FunctionName: 'f', Role: 'arn:aws:iam::123456789012:role/r', Code: {} });

    it('accepts every member and reports every other key, inherited-looking ones included', () => {
      const full = { ...base(), Runtime: 'nodejs18.x', Handler: 'h', Description: 'd', Timeout: 3, MemorySize: 128, Publish: true, PackageType: 'Zip', Tags: { a: 'b' }, Architectures: ['x86_64'] };
      expect(lambda.validateCreateFunctionRequest(full)).toEqual([]);
      const hostile = JSON.parse('{"__proto__": 1, "constructor": 2, "toString": 3, "Bogus": 4}') as object;
      const found = lambda.validateCreateFunctionRequest({ ...base(), ...hostile });
      expect(found.map((p) => `${p.path} ${p.rule}`).sort()).toEqual(['/Bogus unknownMember', '/__proto__ unknownMember', '/constructor unknownMember', '/toString unknownMember']);
      expect(lambda.validateCreateFunctionRequest({ ...base(), Code: { ZipFile: 'AA==', S3Key: 'k', Nope: 1 } }).map((p) => p.path)).toEqual(['/Code/Nope']);
    });

    it('reports any key of a structure without members', () => {
      expect(lambda.validateGetAccountSettingsRequest({})).toEqual([]);
      expect(lambda.validateGetAccountSettingsRequest({ a: 1, b: 2 }).map((p) => `${p.path} ${p.rule}`)).toEqual(['/a unknownMember', '/b unknownMember']);
    });

    it('declares the names once in the module, looks them up, and keeps no copy of the schema', () => {
      expect(code.match(/= \/\* @__PURE__ \*\/ new Set\(\["FunctionName",/g)).toHaveLength(1);
      expect(code).toMatch(/if\(!keyword\d+\.has\(key\d+\)\)\{/);
      expect(code).not.toMatch(/hasOwnProperty|\bschema\d+\b/);
    });
  });
});
