/**
 * The generated S3 client (REST-XML, from the catalog's model) against s3rver started here (path style,
 * as s3rver needs): create a bucket, put objects (text, bytes, a stream), get one as a stream, list page by
 * page, delete; NoSuchKey and NoSuchBucket as their classes; an invalid input never reaches the server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClientPackage, startS3rver, type LocalServer } from '../support/client-package.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Module = Record<string, any>;
let m: Module;
let server: LocalServer;
let s3: any;

beforeAll(async () => {
  [{ module: m }, server] = await Promise.all([buildClientPackage<Module>('s3-2006-03-01'), startS3rver()]);
  s3 = new m.S3({ region: 'us-east-1', endpoint: server.endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
});
afterAll(async () => server?.close());

const text = async (body: unknown) => new TextDecoder().decode(new Uint8Array(await new Response(body as ReadableStream).arrayBuffer()));

describe('S3 against s3rver', () => {
  it('creates a bucket, puts, gets a streamed body, lists page by page, deletes', async () => {
    await s3.createBucket({ Bucket: 'shapegen-e2e' });
    await s3.putObject({ Bucket: 'shapegen-e2e', Key: 'dir/a.txt', Body: 'hello é', ContentType: 'text/plain' });
    await s3.putObject({ Bucket: 'shapegen-e2e', Key: 'dir/b.bin', Body: new Uint8Array([0, 1, 2, 255]) });
    for (let i = 0; i < 5; i++) await s3.putObject({ Bucket: 'shapegen-e2e', Key: `many/${i}`, Body: `n${i}` });
    const got = await s3.getObject({ Bucket: 'shapegen-e2e', Key: 'dir/a.txt' });
    expect(got.Body).toBeInstanceOf(ReadableStream);
    expect(await text(got.Body)).toBe('hello é');
    expect(got.ContentType).toBe('text/plain');
    const bytes = await s3.getObject({ Bucket: 'shapegen-e2e', Key: 'dir/b.bin' });
    expect(Array.from(new Uint8Array(await new Response(bytes.Body).arrayBuffer()))).toEqual([0, 1, 2, 255]);
    const pages: string[][] = [];
    // ListObjects (v1): its paginator's token is `NextMarker || Contents[-1].Key`. (s3rver answers a truncated
    // ListObjectsV2 page with a 500.)
    for await (const page of m.paginateListObjects(s3, { Bucket: 'shapegen-e2e', Prefix: 'many/', MaxKeys: 2 })) pages.push(page.Contents.map((c: { Key: string }) => c.Key));
    expect(pages).toEqual([['many/0', 'many/1'], ['many/2', 'many/3'], ['many/4']]);
    await s3.deleteObject({ Bucket: 'shapegen-e2e', Key: 'dir/a.txt' });
    await expect(s3.headObject({ Bucket: 'shapegen-e2e', Key: 'dir/a.txt' })).rejects.toBeInstanceOf(m.ServiceError);
  });

  it('throws NoSuchKey and NoSuchBucket as their classes', async () => {
    await s3.createBucket({ Bucket: 'shapegen-errors' });
    const key = await s3.getObject({ Bucket: 'shapegen-errors', Key: 'nothing' }).catch((e: unknown) => e);
    expect(key).toBeInstanceOf(m.NoSuchKeyError);
    expect(key.statusCode).toBe(404);
    expect(key.response.statusCode).toBe(404);
    const bucket = await s3.listObjectsV2({ Bucket: 'no-such-bucket-here' }).catch((e: unknown) => e);
    expect(bucket).toBeInstanceOf(m.NoSuchBucketError);
  });

  it('refuses an invalid input before sending it', async () => {
    const before = server.requests();
    await expect(s3.getObject({ Bucket: 'shapegen-e2e' })).rejects.toBeInstanceOf(m.RequestValidationError);
    expect(server.requests()).toBe(before);
  });
});
