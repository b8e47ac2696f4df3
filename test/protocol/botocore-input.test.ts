/** Request serialization: every botocore AWS JSON 1.0 and 1.1 input case, through the importer and the generator. */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { requestUrl } from '../../runtime/http.js';
import { protocolModuleOf, runAllCases, serviceOf, type Case, type Suite } from './support/botocore-cases.js';
import { toTyped } from './support/convert.js';

/** Cases not run, each with its reason. None at present: every case runs. */
const SKIPPED: Readonly<Record<string, string>> = {};

function header(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

async function check(suite: Suite, c: Case): Promise<void> {
  const service = serviceOf(suite, c);
  const mod = await protocolModuleOf(suite, c);
  const op = service.operations[0];
  const input = op.input ? toTyped(service, op.input.target, c.params ?? {}) : undefined;
  const request = mod[`serialize${op.name}Request`](input);
  const want = c.serialized!;
  expect(request.method).toBe(want.method);
  if (suite.clientEndpoint) {
    const url = requestUrl(suite.clientEndpoint, request);
    expect(url.pathname).toBe(want.uri);
    if (want.host) expect(url.hostname).toBe(want.host.split('/')[0]);
  } else {
    expect(request.path).toBe(want.uri);
  }
  for (const [name, value] of Object.entries(want.headers ?? {}))
    expect(header(request.headers, name), name).toBe(value);
  for (const name of want.requireHeaders ?? []) expect(header(request.headers, name), name).toBeDefined();
  const contentLength = header(request.headers, 'Content-Length');
  if (contentLength !== undefined) expect(Number(contentLength)).toBe(Buffer.byteLength(request.body));
  if (header(request.headers, 'Content-Encoding') === 'gzip') {
    // The cases only check the header; the body must also be the gzip of the params' JSON.
    expect(JSON.parse(gunzipSync(request.body).toString('utf8'))).toEqual(c.params);
  } else if (want.body !== undefined) {
    // Bodies are compared as JSON: the cases' bodies are pretty-printed.
    expect(JSON.parse(request.body)).toEqual(want.body === '' ? {} : JSON.parse(want.body));
  }
}

for (const file of ['json', 'json_1_0'] as const) {
  describe(`botocore input/${file}.json`, () => {
    it('serializes every case', async () => {
      const { failures, total } = await runAllCases('input', file, SKIPPED, check);
      expect(failures, failures.join('\n\n')).toEqual([]);
      expect(total).toBeGreaterThan(0);
    });
  });
}
