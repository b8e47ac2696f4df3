/**
 * The standard retry mode's decisions, the paginator interpreter, S3 addressing and the transport's
 * timeout and abort, each on its own (the end-to-end tests drive them through real servers).
 */
import { describe, expect, it } from 'vitest';
import { parseEndpoint, target, virtualHostable, ConfigError } from '../../runtime/addressing.js';
import { evaluate, isEmpty, nextInput, paginate, paginateItems, type PaginatorSpec } from '../../runtime/paginate.js';
import { RetryStrategy, retryKindOf } from '../../runtime/retry.js';
import { NetworkError, send, TimeoutError, type HttpHandler } from '../../runtime/transport.js';

describe('retry decisions', () => {
  it('classifies throttling, transient, clock-skew and transport errors', () => {
    expect(retryKindOf({ code: 'ThrottlingException', statusCode: 400 })).toBe('throttling');
    expect(retryKindOf({ code: 'ProvisionedThroughputExceededException', statusCode: 400 })).toBe('throttling');
    expect(retryKindOf({ code: 'Whatever', statusCode: 429 })).toBe('throttling');
    expect(retryKindOf({ code: 'InternalServerError', statusCode: 500 })).toBe('transient');
    expect(retryKindOf({ code: 'Http503Error', statusCode: 503 })).toBe('transient');
    expect(retryKindOf({ code: 'RequestTimeTooSkewed', statusCode: 403 })).toBe('clock-skew');
    expect(retryKindOf(new TimeoutError(5))).toBe('timeout');
    expect(retryKindOf(new NetworkError('reset'))).toBe('transient');
    expect(retryKindOf({ code: 'ValidationException', statusCode: 400 })).toBeUndefined();
    expect(retryKindOf({ code: 'InternalFailure', statusCode: 501 })).toBeUndefined();
  });

  it('backs off exponentially with full jitter, throttling from a larger base, capped', () => {
    const r = new RetryStrategy({ maxAttempts: 10, random: () => 0.5, quota: 0 });
    expect([1, 2, 3].map((a) => r.retry({ statusCode: 500 }, a)?.delayMs)).toEqual([50, 100, 200]);
    expect(r.retry({ code: 'Throttling' }, 1)?.delayMs).toBe(250);
    expect(r.retry({ statusCode: 500 }, 9)?.delayMs).toBe(10_000);
    expect(new RetryStrategy({ maxAttempts: 30, random: () => 0.999, quota: 0 }).retry({ statusCode: 500 }, 20)?.delayMs).toBeLessThan(20_000);
  });

  it('stops after maxAttempts, for a non-retryable error, and for clock skew it did not correct', () => {
    const r = new RetryStrategy({ maxAttempts: 3 });
    expect(r.retry({ statusCode: 500 }, 2)).toBeDefined();
    expect(r.retry({ statusCode: 500 }, 3)).toBeUndefined();
    expect(r.retry({ code: 'ValidationException', statusCode: 400 }, 1)).toBeUndefined();
    expect(r.retry({ code: 'SignatureDoesNotMatch', statusCode: 403 }, 1)).toBeUndefined();
    expect(r.retry({ code: 'SignatureDoesNotMatch', statusCode: 403 }, 1, true)).toBeDefined();
    expect(new RetryStrategy({ retryable: (e) => (e as { code?: string }).code === 'Mine' }).retry({ code: 'Mine' }, 1)).toBeDefined();
  });

  it('spends the quota (5 a retry, 10 a timeout) and earns it back on success', () => {
    const r = new RetryStrategy({ maxAttempts: 1000, quota: 20 });
    expect(r.retry(new TimeoutError(1), 1)?.cost).toBe(10);
    expect(r.retry({ statusCode: 500 }, 1)?.cost).toBe(5);
    expect(r.retry({ statusCode: 500 }, 1)?.cost).toBe(5);
    expect(r.quotaLeft).toBe(0);
    expect(r.retry({ statusCode: 500 }, 1)).toBeUndefined();
    r.succeeded(5);
    expect(r.quotaLeft).toBe(5);
    r.succeeded(0);
    expect(r.quotaLeft).toBe(6);
  });
});

describe('paginators', () => {
  const kinesis: PaginatorSpec = {
    inputTokens: ['ExclusiveStartShardId'],
    outputTokens: [[['StreamDescription', 'Shards', -1, 'ShardId']]],
    moreResults: [['StreamDescription', 'HasMoreShards']],
    resultKey: [['StreamDescription', 'Shards']],
  };

  it('evaluates paths, negative indexes and || alternatives with JMESPath emptiness', () => {
    const page = { StreamDescription: { Shards: [{ ShardId: 'a' }, { ShardId: 'b' }] }, Contents: [{ Key: 'k1' }, { Key: 'k2' }] };
    expect(evaluate(page, kinesis.outputTokens[0])).toBe('b');
    expect(evaluate(page, [['NextMarker'], ['Contents', -1, 'Key']])).toBe('k2');
    expect(evaluate({ NextMarker: 'm', ...page }, [['NextMarker'], ['Contents', -1, 'Key']])).toBe('m');
    expect(evaluate({ a: { __proto__: 1 } }, [['a', 'constructor']])).toBeUndefined();
    expect([undefined, null, false, '', [], {}].every(isEmpty)).toBe(true);
    expect([0, 'x', [1], { a: 1 }, new Date(0)].some(isEmpty)).toBe(false);
  });

  it('moves the output token into the next input and stops on more_results false, no token, or the same token', () => {
    expect(nextInput(kinesis, { StreamName: 's' }, { StreamDescription: { HasMoreShards: true, Shards: [{ ShardId: 'x' }] } })?.input).toEqual({ StreamName: 's', ExclusiveStartShardId: 'x' });
    expect(nextInput(kinesis, {}, { StreamDescription: { HasMoreShards: false, Shards: [{ ShardId: 'x' }] } })).toBeUndefined();
    const dynamo: PaginatorSpec = { inputTokens: ['ExclusiveStartKey'], outputTokens: [[['LastEvaluatedKey']]] };
    expect(nextInput(dynamo, {}, { LastEvaluatedKey: {} })).toBeUndefined();
    expect(nextInput(dynamo, {}, { LastEvaluatedKey: { pk: { S: 'a' } } }, [{ pk: { S: 'a' } }])).toBeUndefined();
  });

  it('iterates pages and items', async () => {
    const spec: PaginatorSpec = { inputTokens: ['NextToken'], outputTokens: [[['NextToken']]], resultKey: [['Items']] };
    const pages = [{ Items: [1, 2], NextToken: 't1' }, { Items: [3], NextToken: 't2' }, { Items: [4] }];
    const seen: unknown[] = [];
    const call = async (input: { NextToken?: string; Q: string }) => {
      seen.push(input);
      return pages[seen.length - 1];
    };
    const items: number[] = [];
    for await (const item of paginateItems<unknown, number>(paginate(call, spec, { Q: 'q' }), spec.resultKey!)) items.push(item);
    expect(items).toEqual([1, 2, 3, 4]);
    expect(seen).toEqual([{ Q: 'q' }, { Q: 'q', NextToken: 't1' }, { Q: 'q', NextToken: 't2' }]);
  });

  it('ends on a service that repeats its token', async () => {
    let calls = 0;
    const spec: PaginatorSpec = { inputTokens: ['NextToken'], outputTokens: [[['NextToken']]] };
    for await (const _ of paginate(async () => ({ NextToken: 'same', n: ++calls }), spec, {})) void _;
    expect(calls).toBe(2);
  });
});

describe('S3 addressing', () => {
  const aws = parseEndpoint('https://s3.eu-west-1.amazonaws.com');
  it('puts a DNS-compatible bucket in the host unless path style is asked for', () => {
    expect(target(aws, '/my-bucket/a/b.txt', undefined, 'my-bucket', false)).toEqual({ host: 'my-bucket.s3.eu-west-1.amazonaws.com', path: '/a/b.txt' });
    expect(target(aws, '/my-bucket?list-type=2', undefined, 'my-bucket', false)).toEqual({ host: 'my-bucket.s3.eu-west-1.amazonaws.com', path: '/?list-type=2' });
    expect(target(aws, '/my-bucket', undefined, 'my-bucket', false).path).toBe('/');
    expect(target(aws, '/my-bucket/k', undefined, 'my-bucket', true)).toEqual({ host: 's3.eu-west-1.amazonaws.com', path: '/my-bucket/k' });
    expect(target(aws, '/My_Bucket/k', undefined, 'My_Bucket', false).host).toBe('s3.eu-west-1.amazonaws.com');
    expect(virtualHostable('a.b.c', true)).toBe(false);
    expect(virtualHostable('a.b.c', false)).toBe(true);
    expect(virtualHostable('192.168.1.1', false)).toBe(false);
  });

  it('keeps path style and no host prefix on an IP address or localhost, and joins a base path', () => {
    const local = parseEndpoint('http://127.0.0.1:4569/base/');
    expect(target(local, '/b/k', 'data.', 'bucket', false)).toEqual({ host: '127.0.0.1:4569', path: '/base/b/k' });
    expect(target(parseEndpoint('https://example.com'), '/', 'data-', undefined, false).host).toBe('data-example.com');
    expect(() => parseEndpoint('not a url')).toThrow(ConfigError);
    expect(() => parseEndpoint('ftp://x')).toThrow(ConfigError);
  });
});

describe('one attempt through a handler', () => {
  const request = { url: 'http://127.0.0.1:1/', method: 'POST', headers: {}, body: '{}' };
  const hang: HttpHandler = () => new Promise(() => {});

  it('times out even when the handler ignores its signal', async () => {
    const start = Date.now();
    await expect(send(hang, request, { timeoutMs: 50, streamResponse: false })).rejects.toBeInstanceOf(TimeoutError);
    expect(Date.now() - start).toBeLessThan(1000);
  });

  it('rejects with the caller abort reason, and aborts the handler signal', async () => {
    const controller = new AbortController();
    let seen: AbortSignal | undefined;
    const pending = send((_r, ctx) => ((seen = ctx.signal), new Promise(() => {})), request, { signal: controller.signal, streamResponse: false });
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
    expect(seen?.aborted).toBe(true);
  });

  it('wraps a handler failure, thrown or rejected, as a NetworkError', async () => {
    await expect(send(() => Promise.reject(new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } })), request, { streamResponse: false })).rejects.toThrow(/ECONNRESET/);
    await expect(send(() => { throw new Error('sync'); }, request, { streamResponse: false })).rejects.toBeInstanceOf(NetworkError);
  });
});
