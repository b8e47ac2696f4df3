/**
 * Faults, with a small proxy in front of dynalite: 500, 503 and throttling answers are retried and then
 * succeed; a connection reset is retried; a hang ends in a retry or a TimeoutError within the configured
 * time; nothing is retried once the attempts are used up; a non-retryable error is not retried; the
 * caller's AbortSignal ends a call at once.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildClientPackage, startDynalite, type LocalServer } from '../support/client-package.js';
import { startFaultProxy, type Fault, type FaultProxy } from '../support/fault-proxy.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Module = Record<string, any>;
let m: Module;
let server: LocalServer;
let proxy: FaultProxy;

const credentials = { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' };
const client = (options: Record<string, unknown> = {}) =>
  new m.DynamoDB({ region: 'eu-west-1', endpoint: proxy.endpoint, credentials, ...options, retry: { baseDelayMs: 1, ...(options.retry as object | undefined) } });
const throttled: Fault = { status: 400, body: JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException', message: 'slow down' }) };
const validation: Fault = { status: 400, body: JSON.stringify({ __type: 'com.amazon.coral.validate#ValidationException', message: 'nope' }) };

beforeAll(async () => {
  [{ module: m }, server] = await Promise.all([buildClientPackage<Module>('dynamodb-2012-08-10'), startDynalite()]);
  proxy = await startFaultProxy(server.endpoint);
});
afterAll(async () => {
  await proxy?.close();
  await server?.close();
});
beforeEach(() => proxy.script([]));

describe('retries through a faulty proxy', () => {
  it('retries 500, 503 and throttling, then succeeds', async () => {
    proxy.script([{ status: 500 }, { status: 503, body: 'Service Unavailable' }, throttled]);
    const out = await client({ retry: { maxAttempts: 4, baseDelayMs: 1 } }).listTables({});
    expect(out.TableNames).toEqual([]);
    expect(proxy.requests()).toBe(4);
  });

  it('retries a connection reset', async () => {
    proxy.script(['reset']);
    await expect(client().listTables({})).resolves.toHaveProperty('TableNames');
    expect(proxy.requests()).toBe(2);
  });

  it('ends a hang in a retry that succeeds, or a TimeoutError within the configured time', async () => {
    proxy.script(['hang']);
    await expect(client({ timeoutMs: 150 }).listTables({})).resolves.toHaveProperty('TableNames');
    expect(proxy.requests()).toBe(2);

    proxy.script(['hang', 'hang']);
    const start = Date.now();
    const error = await client({ timeoutMs: 150, retry: { maxAttempts: 2, baseDelayMs: 1 } }).listTables({}).catch((e: unknown) => e);
    const took = Date.now() - start;
    expect(error).toBeInstanceOf(m.TimeoutError);
    expect(proxy.requests()).toBe(2);
    expect(took).toBeGreaterThanOrEqual(300);
    expect(took).toBeLessThan(1500);
  });

  it('stops when the attempts are used up, with the last error', async () => {
    proxy.script([{ status: 500 }, { status: 502 }, { status: 503 }, { status: 500 }]);
    const error = await client({ retry: { maxAttempts: 3, baseDelayMs: 1 } }).listTables({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(m.ServiceError);
    expect(error.statusCode).toBe(503);
    expect(proxy.requests()).toBe(3);
  });

  it('does not retry a non-retryable error', async () => {
    proxy.script([validation, validation]);
    const error = await client({ retry: { maxAttempts: 5, baseDelayMs: 1 } }).listTables({}).catch((e: unknown) => e);
    expect(error.code).toBe('ValidationException');
    expect(proxy.requests()).toBe(1);
  });

  it('gives up at once when the caller aborts, without retrying', async () => {
    proxy.script(['hang', 'hang']);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('caller gave up')), 100);
    const start = Date.now();
    await expect(client({ timeoutMs: 10_000 }).listTables({}, { signal: controller.signal })).rejects.toThrow('caller gave up');
    expect(Date.now() - start).toBeLessThan(1000);
    expect(proxy.requests()).toBe(1);
  });

  it('retries nothing with maxAttempts 1', async () => {
    proxy.script([throttled]);
    await expect(client({ retry: { maxAttempts: 1 } }).listTables({})).rejects.toBeInstanceOf(m.ProvisionedThroughputExceededExceptionError);
    expect(proxy.requests()).toBe(1);
  });

  it('corrects a skewed clock from the refusal and retries', async () => {
    const future = new Date(Date.now() + 3_600_000).toUTCString();
    proxy.script([{ status: 400, body: JSON.stringify({ __type: 'InvalidSignatureException', message: 'Signature expired' }), headers: { date: future } }]);
    await expect(client().listTables({})).resolves.toHaveProperty('TableNames');
    expect(proxy.requests()).toBe(2);
  });
});
