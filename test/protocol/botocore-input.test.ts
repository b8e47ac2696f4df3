/** Request serialization: every botocore input case of every protocol, through the importer and the generator. */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { requestUrl } from '../../runtime/http.js';
import { expectBody, bodyString, canonicalXml } from './support/bodies.js';
import { BOTOCORE_FILES, protocolModuleOf, runAllCases, serviceOf, type Case, type Suite } from './support/botocore-cases.js';
import { toTyped } from './support/convert.js';
import { ctx } from '../support/context.js';

/** Cases not run, each with its reason. None at present: every case runs. */
const SKIPPED: Readonly<Record<string, string>> = {};

/**
 * The idempotency-token cases expect the token a fixed UUID generator gives (botocore's harness patches
 * uuid4); `crypto.randomUUID` is stubbed the same way while a request is built.
 */
const FIXED_UUID = '00000000-0000-4000-8000-000000000000';

function header(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

/** Which expected headers the harness checks (PROVENANCE.md). */
function checkedHeader(protocol: string, name: string, value: string): boolean {
  if (name.toLowerCase() !== 'content-type') return true;
  if (protocol === 'rest-xml') return false;
  if (protocol === 'rest-json') return value === 'application/json';
  return true;
}

function expectedHeader(protocol: string, name: string, value: string): string {
  const form = protocol === 'query' || protocol === 'ec2';
  return form && name.toLowerCase() === 'content-type' ? `${value}; charset=utf-8` : value;
}

/** The body members of the input (those without an HTTP location), for the gzip cases. */
function bodyParams(c: Case, suite: Suite): Record<string, unknown> {
  const input = c.given.input as { shape: string } | undefined;
  const members = input ? ((suite.shapes[input.shape] as { members: Record<string, { location?: string }> }).members) : {};
  return Object.fromEntries(Object.entries(c.params ?? {}).filter(([k]) => members[k]?.location === undefined));
}

async function check(suite: Suite, c: Case): Promise<void> {
  const protocol = String(suite.metadata.protocol);
  const service = serviceOf(suite, c);
  const mod = await protocolModuleOf(suite, c);
  const op = service.operations[0];
  const input = op.input ? toTyped(service, op.input.target, c.params ?? {}) : undefined;
  const request = mod[ctx(service).symbols.serializer(op.name).name](input);
  const want = c.serialized!;
  expect(request.method).toBe(want.method);
  if (suite.clientEndpoint) {
    const url = requestUrl(suite.clientEndpoint, request);
    expect(url.pathname + url.search).toBe(want.uri);
    if (want.host) expect(url.hostname).toBe(want.host.split('/')[0]);
  } else {
    expect(request.path).toBe(want.uri);
  }
  for (const [name, value] of Object.entries(want.headers ?? {})) {
    if (name.toLowerCase() === 'content-md5' && bodyString(request.body) !== want.body) {
      // The case's MD5 is of its pretty-printed body; ours must be the MD5 of the body we send.
      expect(header(request.headers, name), name).toBe(createHash('md5').update(request.body).digest('base64'));
    } else if (checkedHeader(protocol, name, value)) {
      expect(header(request.headers, name), name).toBe(expectedHeader(protocol, name, value));
    }
  }
  for (const name of want.requireHeaders ?? []) expect(header(request.headers, name), name).toBeDefined();
  for (const name of want.forbidHeaders ?? []) expect(header(request.headers, name), name).toBeUndefined();
  const contentLength = header(request.headers, 'Content-Length');
  if (contentLength !== undefined) expect(Number(contentLength)).toBe(Buffer.byteLength(request.body));
  if (header(request.headers, 'Content-Encoding')?.endsWith('gzip')) {
    // The cases only check the header; the body must also be the gzip of the body members.
    const text = gunzipSync(request.body).toString('utf8');
    if (protocol === 'rest-xml') {
      const [root] = canonicalXml(text) as Array<Record<string, Array<Record<string, Array<{ '#text': string }>>>>>;
      const children = Object.values(root)[0].map((el) => Object.entries(el).map(([k, v]) => [k, v[0]['#text']])[0]);
      // Canonical XML trims text, so the params are compared trimmed too.
      const params = Object.entries(bodyParams(c, suite)).map(([k, v]) => [k, String(v).trim()]);
      expect(Object.fromEntries(children)).toEqual(Object.fromEntries(params));
    } else if (protocol === 'query' || protocol === 'ec2') {
      expect(new URLSearchParams(text).get(protocol === 'ec2' ? 'Data' : 'data')).toBe(c.params?.data);
    } else {
      expect(JSON.parse(text)).toEqual(bodyParams(c, suite));
    }
  } else if (want.body !== undefined) {
    const json = protocol === 'json' || protocol === 'json_1_0';
    expectBody(json ? 'json' : protocol, bodyString(request.body), json && want.body === '' ? '{}' : want.body);
  }
}

for (const file of BOTOCORE_FILES) {
  describe(`botocore input/${file}.json`, () => {
    beforeEach(() => {
      vi.spyOn(globalThis.crypto, 'randomUUID').mockReturnValue(FIXED_UUID);
    });
    afterEach(() => {
      vi.restoreAllMocks();
    });
    it('serializes every case', async () => {
      const { failures, total } = await runAllCases('input', file, SKIPPED, check);
      expect(failures, failures.join('\n\n')).toEqual([]);
      expect(total).toBeGreaterThan(0);
    });
  });
}
