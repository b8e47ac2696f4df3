/**
 * For fixed credentials, time and input, the request our generated client sends equals the one the AWS
 * SDK v3 client sends, Authorization included, captured with a custom request handler on each side: one
 * operation per protocol whose v3 client speaks it (AWS JSON 1.0: DynamoDB GetItem; 1.1: Kinesis PutRecord;
 * REST-XML: S3 GetObject, also with an SSE-C key; the current v3 SQS client speaks JSON, not Query). The
 * v3 client's own telemetry headers (user agent, invocation id, retry count) are taken off before it signs.
 */
import { createHash } from 'node:crypto';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { KinesisClient, PutRecordCommand } from '@aws-sdk/client-kinesis';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildClientPackage } from '../support/client-package.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: 'FwoGZXIvYXdzEXAMPLE' };
const TELEMETRY = ['user-agent', 'x-amz-user-agent', 'amz-sdk-invocation-id', 'amz-sdk-request'];

interface Seen {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

function lower(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
}

/** A v3 client that hands its signed request to `seen` and answers `{}`. */
function v3<C extends { middlewareStack: any }>(make: (handler: unknown) => C, seen: Seen[]): C {
  const handler = {
    handle: async (request: any) => {
      const query = new URLSearchParams(request.query ?? {}).toString();
      seen.push({ url: `${request.protocol}//${request.hostname}${request.path}${query ? `?${query}` : ''}`, method: request.method, headers: lower(request.headers), body: String(request.body) });
      return { response: { statusCode: 200, headers: { 'content-type': 'application/x-amz-json-1.0' }, body: new TextEncoder().encode('{}') } };
    },
  };
  const client = make(handler);
  client.middlewareStack.addRelativeTo(
    (next: any) => (args: any) => {
      for (const h of TELEMETRY) delete args.request.headers[h];
      // v3's S3 model puts `x-id=<Operation>` in the query string; the v2 model our serializer follows does not.
      if (args.request.query) delete args.request.query['x-id'];
      return next(args);
    },
    { relation: 'before', toMiddleware: 'httpSigningMiddleware', name: 'dropTelemetry' },
  );
  return client;
}

function ours(seen: Seen[]) {
  return async (request: { url: string; method: string; headers: Record<string, string>; body?: unknown }) => {
    seen.push({ url: request.url, method: request.method, headers: { ...lower(request.headers), host: new URL(request.url).host }, body: String(request.body) });
    return { statusCode: 200, headers: {}, body: new TextEncoder().encode('{}') };
  };
}

let dynamodb: Record<string, any>;
let kinesis: Record<string, any>;
let s3: Record<string, any>;
beforeAll(async () => {
  [{ module: dynamodb }, { module: kinesis }, { module: s3 }] = await Promise.all([
    buildClientPackage('dynamodb-2012-08-10'),
    buildClientPackage('kinesis-2013-12-02'),
    buildClientPackage('s3-2006-03-01'),
  ]);
  vi.useFakeTimers({ now: Date.UTC(2024, 4, 17, 9, 30, 15), toFake: ['Date'] });
});
afterAll(() => vi.useRealTimers());

describe('the request and signature equal the v3 SDK’s', () => {
  it('AWS JSON 1.0: DynamoDB GetItem', async () => {
    const input = { TableName: 'Music', Key: { Artist: { S: 'No One You Know' }, SongTitle: { S: 'Call Me Today' } }, ConsistentRead: true };
    const theirs: Seen[] = [];
    await v3((requestHandler) => new DynamoDBClient({ region: 'eu-west-1', credentials, requestHandler: requestHandler as never }), theirs).send(new GetItemCommand(input));
    const mine: Seen[] = [];
    await new dynamodb.DynamoDB({ region: 'eu-west-1', credentials, handler: ours(mine) }).getItem(input);
    expect(mine[0].headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20240517\/eu-west-1\/dynamodb\/aws4_request, SignedHeaders=/);
    expect(mine).toEqual(theirs);
  });

  it('AWS JSON 1.1: Kinesis PutRecord', async () => {
    const input = { StreamName: 'events', Data: new TextEncoder().encode('payload'), PartitionKey: 'pk-1' };
    const theirs: Seen[] = [];
    await v3((requestHandler) => new KinesisClient({ region: 'us-west-2', credentials, requestHandler: requestHandler as never }), theirs).send(new PutRecordCommand(input));
    const mine: Seen[] = [];
    await new kinesis.Kinesis({ region: 'us-west-2', credentials, handler: ours(mine) }).putRecord(input);
    expect(mine[0].headers['x-amz-security-token']).toBe(credentials.sessionToken);
    expect(mine).toEqual(theirs);
  });

  it('REST-XML: S3 GetObject, virtual-hosted', async () => {
    const input = { Bucket: 'my-bucket', Key: 'photos/2024/a b+c.jpg', Range: 'bytes=0-99' };
    const theirs: Seen[] = [];
    const config = { region: 'eu-west-1', credentials, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } as const;
    // The request is captured when v3 sends it; its parse of the canned answer (it wants a Node stream) does not matter.
    await v3((requestHandler) => new S3Client({ ...config, requestHandler: requestHandler as never }), theirs).send(new GetObjectCommand(input)).catch(() => undefined);
    expect(theirs).toHaveLength(1);
    const mine: Seen[] = [];
    await new s3.S3({ region: 'eu-west-1', credentials, handler: ours(mine) }).getObject(input);
    expect(mine[0].url).toBe('https://my-bucket.s3.eu-west-1.amazonaws.com/photos/2024/a%20b%2Bc.jpg');
    expect(mine).toEqual(theirs);
  });

  it('REST-XML: S3 GetObject with an SSE-C key, sent with its MD5 that the input leaves out', async () => {
    const input = { Bucket: 'my-bucket', Key: 'secret.bin', SSECustomerAlgorithm: 'AES256', SSECustomerKey: '0123456789abcdef0123456789abcdef' };
    const theirs: Seen[] = [];
    const config = { region: 'eu-west-1', credentials, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } as const;
    await v3((requestHandler) => new S3Client({ ...config, requestHandler: requestHandler as never }), theirs).send(new GetObjectCommand(input)).catch(() => undefined);
    const mine: Seen[] = [];
    await new s3.S3({ region: 'eu-west-1', credentials, handler: ours(mine) }).getObject(input);
    expect(mine[0].headers['x-amz-server-side-encryption-customer-key-md5']).toBe(createHash('md5').update(input.SSECustomerKey).digest('base64'));
    expect(mine).toEqual(theirs);
  });
});
