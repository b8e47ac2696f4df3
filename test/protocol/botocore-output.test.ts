/** Response parsing: every botocore output case of every protocol, through the importer and the generator. */
import { describe, expect, it } from 'vitest';
import { BOTOCORE_FILES, protocolModuleOf, runAllCases, serviceOf, type Case, type Suite } from './support/botocore-cases.js';
import { toCaseNotation } from './support/convert.js';
import { ctx } from '../support/context.js';

/** Cases not run, each with its reason. None at present: every case runs. */
const SKIPPED: Readonly<Record<string, string>> = {};

async function check(suite: Suite, c: Case): Promise<void> {
  const service = serviceOf(suite, c);
  const mod = await protocolModuleOf(suite, c);
  const op = service.operations[0];
  const r = c.response!;
  const response = {
    statusCode: r.status_code,
    headers: r.headers ?? {},
    body: r.body,
  };
  const deserialize = mod[ctx(service).symbols.deserializer(op.name).name];
  if (c.errorCode === undefined) {
    expect(toCaseNotation(deserialize(response))).toEqual(c.result);
    return;
  }
  let thrown: any;
  try {
    deserialize(response);
  } catch (e) {
    thrown = e;
  }
  expect(thrown, 'a failed response throws').toBeInstanceOf(mod.ServiceError);
  // The code on the wire is the error shape's name, or the code its `error` trait gives (awsQueryError).
  const shapeName = [...service.shapes.values()].find((s) => s.type === 'structure' && s.errorCode === c.errorCode)?.name ?? c.errorCode;
  const className = ctx(service).symbols.errorClass(shapeName).name;
  expect(thrown).toBeInstanceOf(mod[className]);
  expect(thrown.code).toBe(c.errorCode);
  expect(thrown.statusCode).toBe(r.status_code);
  expect(thrown.body).toBe(r.body ?? '');
  if (r.headers?.['x-amzn-requestid'] !== undefined) expect(thrown.requestId).toBe(r.headers['x-amzn-requestid']);
  if (c.errorMessage !== undefined) expect(thrown.message).toBe(c.errorMessage);
  if (c.error !== undefined) expect(toCaseNotation(thrown.data)).toEqual(c.error);
}

for (const file of BOTOCORE_FILES) {
  describe(`botocore output/${file}.json`, () => {
    it('parses every case', async () => {
      const { failures, total } = await runAllCases('output', file, SKIPPED, check);
      expect(failures, failures.join('\n\n')).toEqual([]);
      expect(total).toBeGreaterThan(0);
    });
  });
}
