/**
 * The generated Kinesis client (AWS JSON 1.1, from the catalog's model) against kinesalite started here:
 * create streams, put and get records (blobs both ways), the paginators of streams and shards (kinesalite
 * implements neither ListStreams' NextToken nor DescribeStream's Limit: the several-page case is
 * DynamoDB's), delete; modeled errors as their classes;
 * an invalid input never reaches the server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClientPackage, startKinesalite, type LocalServer } from '../support/client-package.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Module = Record<string, any>;
let m: Module;
let server: LocalServer;
let kinesis: any;

beforeAll(async () => {
  [{ module: m }, server] = await Promise.all([buildClientPackage<Module>('kinesis-2013-12-02'), startKinesalite()]);
  kinesis = new m.Kinesis({ region: 'eu-west-1', endpoint: server.endpoint, credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret', sessionToken: 'session' } });
});
afterAll(async () => server?.close());

async function active(name: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if ((await kinesis.describeStreamSummary({ StreamName: name })).StreamDescriptionSummary.StreamStatus === 'ACTIVE') return;
    await new Promise((ok) => setTimeout(ok, 20));
  }
  throw new Error(`stream ${name} never became ACTIVE`);
}

describe('Kinesis against kinesalite', () => {
  it('creates a stream, puts and gets records, deletes', async () => {
    await kinesis.createStream({ StreamName: 'events', ShardCount: 1 });
    await active('events');
    const data = new TextEncoder().encode('hello \u00e9\u{1F600}');
    const put = await kinesis.putRecord({ StreamName: 'events', Data: data, PartitionKey: 'k' });
    expect(put.ShardId).toMatch(/^shardId-/);
    await kinesis.putRecords({ StreamName: 'events', Records: [1, 2, 3].map((i) => ({ Data: new Uint8Array([i]), PartitionKey: `k${i}` })) });
    const { ShardIterator } = await kinesis.getShardIterator({ StreamName: 'events', ShardId: put.ShardId, ShardIteratorType: 'TRIM_HORIZON' });
    const records = await kinesis.getRecords({ ShardIterator, Limit: 10 });
    expect(records.Records.map((r: { Data: Uint8Array }) => Array.from(r.Data))).toEqual([Array.from(data), [1], [2], [3]]);
    expect(records.Records[0].ApproximateArrivalTimestamp).toBeInstanceOf(Date);
    await kinesis.deleteStream({ StreamName: 'events' });
  });

  it('runs the paginators of streams and shards to their end', async () => {
    const names = ['s-a', 's-b', 's-c', 's-d'];
    for (const n of names) await kinesis.createStream({ StreamName: n, ShardCount: n === 's-a' ? 5 : 1 });
    for (const n of names) await active(n);
    // kinesalite predates ListStreams' NextToken: it says HasMoreStreams but gives no token, where the
    // paginator has to stop (one page) instead of asking for the first page again and again.
    const pages: { StreamNames: string[]; HasMoreStreams: boolean }[] = [];
    for await (const page of m.paginateListStreams(kinesis, { Limit: 1 })) pages.push(page);
    expect(pages).toEqual([{ StreamNames: ['s-a'], HasMoreStreams: true }]);
    // kinesalite answers DescribeStream with every shard whatever the Limit (HasMoreShards false), so the
    // Shards[-1].ShardId token path is shown by the unit tests; here the paginators stop after that page.
    const shardPages: string[][] = [];
    for await (const page of m.paginateDescribeStream(kinesis, { StreamName: 's-a', Limit: 2 })) {
      expect(page.StreamDescription.HasMoreShards).toBe(false);
      shardPages.push(page.StreamDescription.Shards.map((s: { ShardId: string }) => s.ShardId));
    }
    expect(shardPages.map((p) => p.length)).toEqual([5]);
    const items: string[] = [];
    for await (const shard of m.paginateDescribeStreamItems(kinesis, { StreamName: 's-a' })) items.push(shard.ShardId);
    expect(items).toEqual(shardPages[0]);
  });

  it('throws modeled errors as their generated classes', async () => {
    const error = await kinesis.describeStream({ StreamName: 'nothing-here' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(m.ResourceNotFoundExceptionError);
    expect(error.statusCode).toBe(400);
    expect(error.response.statusCode).toBe(400);
    await kinesis.createStream({ StreamName: 'dup', ShardCount: 1 });
    await expect(kinesis.createStream({ StreamName: 'dup', ShardCount: 1 })).rejects.toBeInstanceOf(m.ResourceInUseExceptionError);
  });

  it('refuses an invalid input before sending it', async () => {
    const before = server.requests();
    const error = await kinesis.putRecord({ StreamName: 'x'.repeat(129), Data: 'not base64!', PartitionKey: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(m.RequestValidationError);
    expect(error.problems.map((p: { path: string }) => p.path).sort()).toEqual(['/Data', '/PartitionKey', '/StreamName']);
    expect(server.requests()).toBe(before);
  });
});
