/**
 * The ServiceClient interpreter on hand-made operation specs and a recording handler: streaming outputs
 * handed over unread (an error body read whole), stream uploads never retried, unsigned and bearer
 * operations, host prefixes, S3 buckets in the host, validation on and off, credentials fetched once.
 */
import { describe, expect, it } from 'vitest';
import { REGION_DATA } from '../../generator/emit/ts/client/region-data.js';
import { serviceRegionRules } from '../../generator/emit/ts/client/region-table.js';
import { ConfigError, RequestValidationError, ServiceClient, type OperationSpec } from '../../runtime/client.js';
import type { ServiceSpec } from '../../runtime/client-config.js';
import { ServiceError } from '../../runtime/errors.js';
import type { HttpRequest, HttpResponse } from '../../runtime/http.js';
import type { HttpHandler, OutgoingRequest } from '../../runtime/transport.js';

const spec = (endpointPrefix: string, signatureVersion = 'v4'): ServiceSpec => ({ serviceId: endpointPrefix, endpointPrefix, signingName: endpointPrefix, signatureVersion, regions: serviceRegionRules(REGION_DATA, endpointPrefix) });
const credentials = { accessKeyId: 'AKID', secretAccessKey: 'SECRET' };

function recorder(responses: (() => { statusCode: number; body?: Uint8Array | ReadableStream<Uint8Array> })[]) {
  const seen: OutgoingRequest[] = [];
  const handler: HttpHandler = async (request) => {
    seen.push(request);
    const next = responses[Math.min(seen.length, responses.length) - 1]();
    return { headers: {}, ...next };
  };
  return { seen, handler };
}

const fail = (response: HttpResponse) => {
  if (response.statusCode >= 300) throw new ServiceError({ code: `Http${response.statusCode}`, message: 'failed', statusCode: response.statusCode, body: new TextDecoder().decode(response.body as Uint8Array), data: {}, fault: 'server' });
};
const op = (overrides: Partial<OperationSpec<Record<string, unknown>, unknown>> = {}): OperationSpec<Record<string, unknown>, unknown> => ({
  name: 'Op',
  serialize: (): HttpRequest => ({ method: 'POST', path: '/', headers: { 'Content-Type': 'application/json' }, body: '{}' }),
  deserialize: (r) => (fail(r), { body: r.body }),
  ...overrides,
});

describe('ServiceClient', () => {
  it('hands a streaming output over as a stream, and reads an error body whole', async () => {
    const stream = () => new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(new TextEncoder().encode('bytes')), c.close()) });
    const { handler } = recorder([() => ({ statusCode: 200, body: stream() })]);
    const client = new ServiceClient(spec('s3'), { region: 'eu-west-1', credentials, handler });
    const out = (await client.send(op({ streamingOutput: true }), {})) as { body: unknown };
    expect(out.body).toBeInstanceOf(ReadableStream);
    const failing = new ServiceClient(spec('s3'), { region: 'eu-west-1', credentials, handler: recorder([() => ({ statusCode: 404, body: stream() })]).handler });
    const error = (await failing.send(op({ streamingOutput: true }), {}).catch((e: unknown) => e)) as ServiceError;
    expect(error.body).toBe('bytes');
    expect(error.response?.statusCode).toBe(404);
  });

  it('does not retry a request whose body was a stream', async () => {
    const { seen, handler } = recorder([() => ({ statusCode: 500 }), () => ({ statusCode: 200 })]);
    const client = new ServiceClient(spec('s3'), { region: 'eu-west-1', credentials, handler, retry: { baseDelayMs: 1 } });
    const upload = op({ serialize: () => ({ method: 'PUT', path: '/b/k', headers: {}, body: new ReadableStream() as never }) });
    await expect(client.send(upload, {})).rejects.toBeInstanceOf(ServiceError);
    expect(seen).toHaveLength(1);
    expect(seen[0].headers['X-Amz-Content-Sha256']).toBe('UNSIGNED-PAYLOAD');
  });

  it('sends an auth-none operation unsigned without credentials, and an unsigned-body one with UNSIGNED-PAYLOAD', async () => {
    const { seen, handler } = recorder([() => ({ statusCode: 200 })]);
    await new ServiceClient(spec('cognito-idp'), { region: 'eu-west-1', handler, env: {} }).send(op({ auth: 'none' }), {});
    expect(seen[0].headers).not.toHaveProperty('Authorization');
    await new ServiceClient(spec('lex'), { region: 'eu-west-1', handler, credentials }).send(op({ auth: 'unsigned-body' }), {});
    expect(seen[1].headers['X-Amz-Content-Sha256']).toBe('UNSIGNED-PAYLOAD');
    expect(seen[1].headers.Authorization).toMatch(/^AWS4-HMAC-SHA256 /);
  });

  it('authorizes a bearer service with its token, and says so when it has none', async () => {
    const { seen, handler } = recorder([() => ({ statusCode: 200 })]);
    await new ServiceClient(spec('codecatalyst', 'bearer'), { region: 'us-west-2', handler, token: async () => 'tok' }).send(op(), {});
    expect(seen[0].headers.Authorization).toBe('Bearer tok');
    await expect(new ServiceClient(spec('codecatalyst', 'bearer'), { region: 'us-west-2', handler }).send(op(), {})).rejects.toThrow(/bearer token: set the client option `token`/);
  });

  it('puts the host prefix and the S3 bucket in the host', async () => {
    const { seen, handler } = recorder([() => ({ statusCode: 200 })]);
    const prefixed = op({ serialize: () => ({ method: 'POST', path: '/', headers: {}, body: '{}', hostPrefix: 'data-' }) });
    await new ServiceClient(spec('servicediscovery'), { region: 'eu-west-1', handler, credentials }).send(prefixed, {});
    expect(seen[0].url).toBe('https://data-servicediscovery.eu-west-1.amazonaws.com/');
    await new ServiceClient(spec('servicediscovery'), { region: 'eu-west-1', handler, credentials, disableHostPrefix: true }).send(prefixed, {});
    expect(seen[1].url).toBe('https://servicediscovery.eu-west-1.amazonaws.com/');
    const get = op({ bucket: 'Bucket', serialize: () => ({ method: 'GET', path: '/my-bucket/a%20b.txt', headers: {}, body: '' }) });
    await new ServiceClient(spec('s3'), { region: 'us-east-1', handler, credentials }).send(get, { Bucket: 'my-bucket' });
    expect(seen[2].url).toBe('https://my-bucket.s3.amazonaws.com/a%20b.txt');
    await new ServiceClient(spec('s3'), { region: 'us-east-1', handler, credentials, forcePathStyle: true }).send(get, { Bucket: 'my-bucket' });
    expect(seen[3].url).toBe('https://s3.amazonaws.com/my-bucket/a%20b.txt');
  });

  it('validates before sending unless told not to', async () => {
    const { seen, handler } = recorder([() => ({ statusCode: 200 })]);
    const checked = op({ validate: () => [{ path: '/A', message: 'is required', rule: 'required' }, { path: '/B', message: 'too long', rule: 'maxLength' }] });
    const error = await new ServiceClient(spec('dynamodb'), { region: 'eu-west-1', handler, credentials }).send(checked, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).problems).toHaveLength(2);
    expect((error as Error).message).toContain('/A: is required');
    expect(seen).toHaveLength(0);
    await new ServiceClient(spec('dynamodb'), { region: 'eu-west-1', handler, credentials, validate: false }).send(checked, {});
    expect(seen).toHaveLength(1);
  });

  it("loads an operation's compiled check at its first call only, and keeps it (validate: false loads none)", async () => {
    const { seen, handler } = recorder([() => ({ statusCode: 200 })]);
    let loads = 0;
    const check = Object.assign((data: unknown) => (check.errors = (data as { A?: unknown }).A === undefined ? [{ instancePath: '', keyword: 'required', params: { missingProperty: 'A' } }] : null) === null, {
      errors: null as null | { instancePath: string; keyword: string; params: Record<string, unknown> }[],
    });
    const lazy = op({ loadCheck: async () => (loads++, check) });
    const off = new ServiceClient(spec('dynamodb'), { region: 'eu-west-1', handler, credentials, validate: false });
    await off.send(lazy, {});
    expect(loads).toBe(0);
    const client = new ServiceClient(spec('dynamodb'), { region: 'eu-west-1', handler, credentials });
    const error = await client.send(lazy, {}).catch((e: unknown) => e);
    expect((error as RequestValidationError).problems).toEqual([{ path: '/A', message: 'is required', rule: 'required' }]);
    await client.send(lazy, { A: 1 });
    await client.send(lazy, { A: 2 });
    expect(loads).toBe(1);
    expect(seen).toHaveLength(3);
  });

  it('fetches credentials once for many calls, and refuses what it cannot sign', async () => {
    let calls = 0;
    const { handler } = recorder([() => ({ statusCode: 200 })]);
    const client = new ServiceClient(spec('dynamodb'), { region: 'eu-west-1', handler, credentials: () => (calls++, credentials) });
    await Promise.all([client.send(op(), {}), client.send(op(), {}), client.send(op(), {})]);
    expect(calls).toBe(1);
    expect(() => new ServiceClient(spec('sdb', 'v2'), { region: 'eu-west-1' })).toThrow(ConfigError);
    expect(() => new ServiceClient(spec('dynamodb'), { endpoint: 'not a url' })).toThrow(ConfigError);
  });
});
