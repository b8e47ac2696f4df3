/**
 * The generated SQS client (Query protocol, from the catalog's 2012-11-05 model) against sqslite started
 * here: create queues, list them, send, receive and delete messages, delete a queue; NonExistentQueue as
 * a ServiceError with its code (the model has no shape for that code); an invalid input never reaches the server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClientPackage, startSqslite, type LocalServer } from '../support/client-package.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Module = Record<string, any>;
let m: Module;
let server: LocalServer;
let sqs: any;

beforeAll(async () => {
  [{ module: m }, server] = await Promise.all([buildClientPackage<Module>('sqs-2012-11-05'), startSqslite()]);
  sqs = new m.SQS({ region: 'us-east-1', endpoint: server.endpoint, credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' } });
});
afterAll(async () => server?.close());

describe('SQS against sqslite', () => {
  it('creates queues, sends, receives and deletes messages, deletes a queue', async () => {
    const { QueueUrl } = await sqs.createQueue({ QueueName: 'jobs' });
    expect(QueueUrl).toMatch(/\/jobs$/);
    await sqs.createQueue({ QueueName: 'other' });
    expect((await sqs.listQueues({})).QueueUrls.length).toBeGreaterThanOrEqual(2);
    const sent = await sqs.sendMessage({ QueueUrl, MessageBody: 'hello & <world>' });
    expect(sent.MessageId).toMatch(/\S/);
    const got = await sqs.receiveMessage({ QueueUrl, MaxNumberOfMessages: 1 });
    expect(got.Messages.map((x: { Body: string }) => x.Body)).toEqual(['hello & <world>']);
    await sqs.deleteMessage({ QueueUrl, ReceiptHandle: got.Messages[0].ReceiptHandle });
    await sqs.deleteQueue({ QueueUrl });
  });

  it('throws NonExistentQueue as a ServiceError with its code', async () => {
    const error = await sqs.getQueueUrl({ QueueName: 'nowhere' }).catch((e: unknown) => e);
    // The catalog's SQS model (aws-sdk 2.1386.0) names QueueDoesNotExist in GetQueueUrl's errors but has no
    // such shape, so nothing says its wire code is AWS.SimpleQueueService.NonExistentQueue: as with v2, it
    // arrives as a ServiceError with that code. (A model with the shape's error code maps it: render.ts.)
    expect(error).toBeInstanceOf(m.ServiceError);
    expect(error).not.toBeInstanceOf(m.QueueDoesNotExistError);
    expect(error.code).toBe('AWS.SimpleQueueService.NonExistentQueue');
    expect(error.statusCode).toBe(400);
  });

  it('refuses an invalid input before sending it', async () => {
    const before = server.requests();
    await expect(sqs.sendMessage({ QueueUrl: 'x' })).rejects.toBeInstanceOf(m.RequestValidationError);
    expect(server.requests()).toBe(before);
  });
});
